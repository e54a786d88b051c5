// Two tables next to each other on one page are never one table (table-merge.ts weighs `side-by-side` as a veto).
// Evidence: their tops level and most of their height shared, and the first not running down to the foot of its
// column — or, where it does, the page running across the gap between them outside the boxes (session 28: an office
// page's two panels of one table over or under a full-width paragraph). Precedence: decides over every other
// feature of the pair.

import { lowestBottom } from '../../layout/columns.js';
import type { BBox, Element } from '../../model/element.js';
import type { TableMergeFeature } from '../../weights/table-merge.js';

/**
 * Two tables next to each other on one page: their tops level and most of their height shared, the first
 * not running down to the foot of its column (a table that fills its column and goes on in the next one
 * stands beside its other part too) — unless the page runs across the gap between them (a paragraph over or a
 * block under both): then it has no columns there for a table to go on in (an office page's two panels).
 */
export function sideBySideEvidence(
  a: Element,
  b: Element,
  byPage: Map<number, Element[]>,
): TableMergeFeature | undefined {
  const [x, y] = [a.bbox, b.bbox];
  if (!x || !y || a.page !== b.page || Math.abs(x[1] - y[1]) > 0.02) return undefined;
  const overlap = Math.min(x[3], y[3]) - Math.max(x[1], y[1]);
  const shorter = Math.min(x[3] - x[1], y[3] - y[1]);
  const page = byPage.get(a.page) ?? [];
  const fillsColumn = x[3] >= lowestBottom(page) - 0.08 && !crossedOutside(x, y, page);
  return shorter > 0 && overlap >= 0.5 * shorter && !fillsColumn ? 'side-by-side' : undefined;
}

/**
 * The page runs across the gap between the two boxes outside them: a block under both, or a paragraph over them,
 * left of one and right of the other (a two-column page has no such paragraph but its abstract).
 */
function crossedOutside(x: BBox, y: BBox, page: readonly Element[]): boolean {
  const [left, right] = x[0] <= y[0] ? [x, y] : [y, x];
  const [top, bottom] = [Math.min(x[1], y[1]), Math.max(x[3], y[3])];
  return page.some((e) => {
    if (!e.bbox || e.bbox[0] >= left[2] || e.bbox[2] <= right[0]) return false;
    return e.bbox[1] >= bottom - 0.005 || (e.type === 'text' && e.bbox[3] <= top + 0.005);
  });
}
