import { describe, expect, it } from 'vitest';
import { LONG_DOCUMENT_ELEMENTS, SMALL_GROWTH, settleHeap } from '../../src/util/heap.js';

const MB = 2 ** 20;

/** `mb` MB (64 unless told) of doubles in V8's large-object space, freed only by a full collection (never by a scavenge). */
function garbage(mb = 64): number {
  let big: number[] | null = new Array((mb / 8) * MB).fill(0.5);
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

  it("skips a document's collection when its heap grew little since the last one made for it, not otherwise", () => {
    // 64 MB kept alive, so that what the collection leaves is known to be at least that
    const ballast = new Array(8 * MB).fill(0.25);
    const doc = {};
    settleHeap(LONG_DOCUMENT_ELEMENTS, doc);
    // 2 MB of garbage: under a quarter of SMALL_GROWTH of the ballast alone, left on the heap
    expect(2 * MB).toBeLessThan(((ballast.length * 8) / 4) * SMALL_GROWTH);
    garbage(2);
    let before = process.memoryUsage().heapUsed;
    settleHeap(LONG_DOCUMENT_ELEMENTS, doc);
    expect(before - process.memoryUsage().heapUsed).toBeLessThan(MB);
    // no document: collected whatever the growth (the 2 MB freed)
    before = process.memoryUsage().heapUsed;
    settleHeap(LONG_DOCUMENT_ELEMENTS);
    expect(before - process.memoryUsage().heapUsed).toBeGreaterThan(1.5 * MB);
    // another document: collected on its first call
    garbage(2);
    before = process.memoryUsage().heapUsed;
    settleHeap(LONG_DOCUMENT_ELEMENTS, {});
    expect(before - process.memoryUsage().heapUsed).toBeGreaterThan(1.5 * MB);
    // much garbage: collected for the same document
    garbage();
    before = process.memoryUsage().heapUsed;
    settleHeap(LONG_DOCUMENT_ELEMENTS, doc);
    expect(before - process.memoryUsage().heapUsed).toBeGreaterThan(48 * MB);
    expect(ballast.length).toBe(8 * MB);
  });
});
