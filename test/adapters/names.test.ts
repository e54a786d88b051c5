// The command line's list of format names (src/adapters/names.ts, read without loading the adapters) is the
// registry's, in its order: a new or renamed adapter must be added there too, or `--format NAME` rejects it.
import { describe, expect, it } from 'vitest';
import { adapters } from '../../src/adapters/index.js';
import { ADAPTER_NAMES } from '../../src/adapters/names.js';

describe('ADAPTER_NAMES', () => {
  it('lists every adapter of the registry by name, in its order', () => {
    expect([...ADAPTER_NAMES]).toEqual(adapters.map((a) => a.name));
  });
});
