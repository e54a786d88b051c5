import { describe, expect, it } from 'vitest';
import { LONG_DOCUMENT_ELEMENTS, settleHeap } from '../../src/util/heap.js';

const MB = 2 ** 20;

/** 64 MB of doubles in V8's large-object space, freed only by a full collection (never by a scavenge). */
function garbage(): number {
  let big: number[] | null = new Array(8 * MB).fill(0.5);
  const length = big.length;
  big = null;
  return length;
}

describe('settleHeap', () => {
  it('leaves a short document to V8: the dead array is still on the heap', () => {
    garbage();
    const before = process.memoryUsage().heapUsed;
    settleHeap(LONG_DOCUMENT_ELEMENTS - 1);
    expect(before - process.memoryUsage().heapUsed).toBeLessThan(32 * MB);
    settleHeap(LONG_DOCUMENT_ELEMENTS); // the next test starts from a collected heap
  });

  it('collects the heap between the stages of a long document', () => {
    garbage();
    const before = process.memoryUsage().heapUsed;
    settleHeap(LONG_DOCUMENT_ELEMENTS);
    expect(before - process.memoryUsage().heapUsed).toBeGreaterThan(48 * MB);
  });
});
