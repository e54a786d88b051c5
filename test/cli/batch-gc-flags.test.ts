// The worker processes' collector flags (workerGcFlags in src/cli/batch.ts): one collector thread per worker only when
// every core has a worker, and never over flags the user gave node.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { workerGcFlags } from '../../src/cli/batch.js';

describe('worker collector flags', () => {
  const cores = availableParallelism();
  it('a worker on every core collects on its own thread', () => {
    expect(workerGcFlags(cores, [])).toEqual(['--single-threaded-gc']);
    expect(workerGcFlags(cores + 2, ['--enable-source-maps'])).toEqual(['--single-threaded-gc']);
  });
  it('fewer workers than cores keep V8’s helper threads (a core is free for them)', () => {
    if (cores > 1) expect(workerGcFlags(cores - 1, [])).toEqual([]);
    expect(workerGcFlags(0, [])).toEqual([]);
  });
  it('collector flags given to node win', () => {
    expect(workerGcFlags(cores, ['--max-semi-space-size=32'])).toEqual([]);
    expect(workerGcFlags(cores, ['--single-threaded-gc'])).toEqual([]);
    expect(workerGcFlags(cores, ['--max-old-space-size=8192'])).toEqual([]);
  });
});
