// The running-line search counts, for each edge-row item, the distinct pages among the items within
// LINE_TOLERANCE of its centre. It does so with one sliding window over the items sorted by centre (it was a
// filter of all items per item: quadratic in the pages). This compares the window with that definition on the
// elements of committed corpus documents and on centres placed exactly at the tolerance's edges.
import { describe, expect, it } from 'vitest';
import { listCorpus } from '../../src/eval/corpus.js';
import type { Element } from '../../src/model/element.js';
import { toDocument } from '../../src/pipeline.js';
import { LINE_TOLERANCE, pagesNear } from '../../src/stages/furniture/habits.js';

interface Item {
  el: Element;
  center: number;
}

/** The definition: the members within LINE_TOLERANCE of each item's centre, their distinct pages counted. */
function naive(items: Item[]): number[] {
  return items.map(
    (item) =>
      new Set(items.filter((i) => Math.abs(i.center - item.center) <= LINE_TOLERANCE).map((i) => i.el.page)).size,
  );
}

function itemsOf(elements: Element[], edge: 'top' | 'bottom'): Item[] {
  return elements
    .filter((e) => e.bbox)
    .map((el) => ({ el, center: edge === 'top' ? el.bbox![1] : (el.bbox![1] + el.bbox![3]) / 2 }));
}

describe('running-line page counts (sliding window)', () => {
  const cases = listCorpus('corpus').slice(0, 12);

  it.each(cases.map((c) => [c.id, c.input]))('match the per-item filter on %s', (_id, path) => {
    const doc = toDocument(path, {});
    for (const edge of ['top', 'bottom'] as const) {
      const items = itemsOf(doc.elements, edge);
      expect(items.length).toBeGreaterThan(0);
      expect(pagesNear(items)).toEqual(naive(items));
    }
  });

  it('match it on centres at, just inside and just past the tolerance', () => {
    // Centres 0, ±t, 2t, 3t and a hair either side: |a − b| is exactly t for neighbours in this set.
    const t = LINE_TOLERANCE;
    const centers = [0, t, -t, 2 * t, 3 * t, t + 1e-12, t - 1e-12, 0.5, 0.5 + t];
    const doc = toDocument(listCorpus('corpus')[0].input, {});
    const el = doc.elements[0];
    const items: Item[] = [];
    for (let k = 0; k < 200; k++) items.push({ el: { ...el, page: k % 37 }, center: centers[k % centers.length] });
    const counts = pagesNear(items);
    expect(counts).toEqual(naive(items));
    expect(new Set(counts).size).toBeGreaterThan(1);
  });
});
