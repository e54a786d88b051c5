// Page geometry shared by the merge stages: which elements are body, where columns end and start.
import type { Element } from '../model/element.js';

/** Elements by page, in reading order. */
export function groupByPage(elements: readonly Element[]): Map<number, Element[]> {
  const byPage = new Map<number, Element[]>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    const list = byPage.get(el.page);
    if (list) list.push(el);
    else byPage.set(el.page, [el]);
  }
  return byPage;
}

/** Each element's index in `elements` by id (a stage's passes over one body list share it: one Map, not one each). */
export function positionsOf(elements: readonly Element[]): Map<number, number> {
  const position = new Map<number, number>();
  for (let i = 0; i < elements.length; i++) position.set(elements[i].id, i);
  return position;
}

/** True when the two boxes overlap horizontally by at least `fraction` of the narrower one. */
export function overlapsHorizontally(a: Element, b: Element, fraction = 0.3): boolean {
  if (!a.bbox || !b.bbox) return false;
  const overlap = Math.min(a.bbox[2], b.bbox[2]) - Math.max(a.bbox[0], b.bbox[0]);
  const narrower = Math.min(a.bbox[2] - a.bbox[0], b.bbox[2] - b.bbox[0]);
  return narrower > 0 && overlap >= fraction * narrower;
}

/** Same page, one column, the second box starting inside the first (below its top, above its end): one block cut. */
export function startsInside(a: Element, b: Element): boolean {
  if (!a.bbox || !b.bbox || a.page !== b.page) return false;
  return b.bbox[1] < a.bbox[3] - 0.005 && b.bbox[1] > a.bbox[1] + 0.005 && overlapsHorizontally(a, b, 0.8);
}

/** Is any of `others` (same page) below `el` in its column? */
export function hasBelowInColumn(el: Element, others: readonly Element[]): boolean {
  if (!el.bbox) return false;
  return others.some((o) => o !== el && o.bbox && o.bbox[1] >= el.bbox![3] - 0.005 && overlapsHorizontally(el, o));
}

/** Is any of `others` (same page) above `el` in its column? */
export function hasAboveInColumn(el: Element, others: readonly Element[]): boolean {
  if (!el.bbox) return false;
  return others.some((o) => o !== el && o.bbox && o.bbox[3] <= el.bbox![1] + 0.005 && overlapsHorizontally(el, o));
}

/**
 * A page's boxed elements sorted for repeated column questions: `hasBelowInColumn` / `hasAboveInColumn`
 * asked of many elements of one long page scan the whole page each time (quadratic); over a scan they stop
 * at the first element past the edge. Same answers.
 */
export interface ColumnScan {
  /** Top edge, highest value (lowest on the page) first. */
  byTopDescending: Element[];
  /** Bottom edge, lowest value (highest on the page) first. */
  byBottomAscending: Element[];
}

export function columnScan(others: readonly Element[]): ColumnScan {
  const boxed = others.filter((o) => o.bbox);
  return {
    byTopDescending: [...boxed].sort((a, b) => b.bbox![1] - a.bbox![1]),
    byBottomAscending: boxed.sort((a, b) => a.bbox![3] - b.bbox![3]),
  };
}

/** `hasBelowInColumn(el, others)` over `columnScan(others)`. */
export function hasBelowInScan(el: Element, scan: ColumnScan): boolean {
  if (!el.bbox) return false;
  const edge = el.bbox[3] - 0.005;
  for (const o of scan.byTopDescending) {
    if (!(o.bbox![1] >= edge)) return false;
    if (o !== el && overlapsHorizontally(el, o)) return true;
  }
  return false;
}

/** `hasAboveInColumn(el, others)` over `columnScan(others)`. */
export function hasAboveInScan(el: Element, scan: ColumnScan): boolean {
  if (!el.bbox) return false;
  const edge = el.bbox[1] + 0.005;
  for (const o of scan.byBottomAscending) {
    if (!(o.bbox![3] <= edge)) return false;
    if (o !== el && overlapsHorizontally(el, o)) return true;
  }
  return false;
}

/** Did the flow move to a new column between a and b (same page): b stands further right and starts above a's end? */
export function isColumnBreak(a: Element, b: Element): boolean {
  if (!a.bbox || !b.bbox || a.page !== b.page) return false;
  return b.bbox[0] > a.bbox[0] + 0.1 && b.bbox[1] < a.bbox[3] - 0.01;
}

/** Lowest bottom edge among elements (0 when none has a box). */
export function lowestBottom(elements: readonly Element[]): number {
  let y = 0;
  for (const e of elements) if (e.bbox && e.bbox[3] > y) y = e.bbox[3];
  return y;
}

/** Union-find style grouping of merge pairs into ordered groups. */
export function groupsFromPairs(pairs: Array<[number, number]>): number[][] {
  const groupOf = new Map<number, number[]>();
  const groups: number[][] = [];
  for (const [a, b] of pairs) {
    let g = groupOf.get(a);
    if (!g) {
      g = [a];
      groups.push(g);
      groupOf.set(a, g);
    }
    g.push(b);
    groupOf.set(b, g);
  }
  return groups;
}
