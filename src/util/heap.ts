// A full garbage collection between the stages of a long document (issue #16, peak memory). Evidence (session 19,
// docs/performance.md): on a 10,000-page input the stages' intermediate objects, dead at each stage's end, fill the
// room V8 leaves the old generation (about 2.5× its live size) before it collects on its own, and that room is the
// run's peak (565 MB, 167 MB live). A collection at each stage boundary sets the limit from what is live there:
// peak 410–430 MB for about 1.4 s of collection on 12 s of CPU. Below `LONG_DOCUMENT_ELEMENTS` the collections cost
// more than they save (1,000 pages: 13 MB less for +15 % CPU), so short documents never pay for them.
// Precedence: a document's collection is skipped when its heap grew by less than `SMALL_GROWTH` of what the last
// collection made for it left (session 21): there is little to free, and a full collection costs as much as the live
// heap it marks (at 10,000 pages, the one before the first output freed 17 MB of 184 for about 0.2–0.6 s).
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Elements from which a document is collected between stages (about 5,000 pages of the bench's MinerU input). */
export const LONG_DOCUMENT_ELEMENTS = 100_000;

/** Growth of the heap, as a share of what the document's last collection left, under which it is not collected again. */
export const SMALL_GROWTH = 0.2;

let collect: (() => void) | undefined;

/** Heap used after the last collection made for each document (its key: the document object). */
const retainedAfter = new WeakMap<object, number>();

/** V8's full collection, exposed once (the flag takes effect for contexts made after it: the new one here). */
function fullCollection(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

/**
 * Collect the heap when the document is long enough for the collection to lower the peak; else nothing. With
 * `document` (any object standing for it), not when the heap grew by less than `SMALL_GROWTH` since the last
 * collection made for that document.
 */
export function settleHeap(elementCount: number, document?: object): void {
  if (elementCount < LONG_DOCUMENT_ELEMENTS) return;
  const retained = document && retainedAfter.get(document);
  if (retained !== undefined && getHeapStatistics().used_heap_size < retained * (1 + SMALL_GROWTH)) return;
  fullCollection()();
  if (document) retainedAfter.set(document, getHeapStatistics().used_heap_size);
}
