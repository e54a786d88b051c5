// A block wider than its column (a listing reaching over the gutter: "CONFIG_SYSTEM_TRUSTED_KEYS=\"debian/certs/…\"" at
// the head of an IEEEtran page's left column, its lines running into the right one) overlaps the text of the column it
// overhangs. That text is no text above it in its own column: whether the block starts its column is asked of the
// column it starts in. Evidence: the other block starts right of the block's middle and ends further right than it
// (a right-aligned line in the block's own column ends where the block does). Precedence: asked by text-merge.ts
// where it looks for text above the next fragment (`bStartsColumn`), after the blocks out of the flow are set aside;
// and, the same way, for text below the first fragment (`aEndsColumnLow`): a listing cut at its column's foot whose
// lines reach over the gutter has the other column's text beside it and below, none in its own
// (`hasTextBelowInOwnColumn`).
import { overlapsHorizontally } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';

/** Boxes this close (page fraction) end together. */
const SLACK = 0.01;
/** A box whose top is this little below another's bottom still stands under it (as layout/columns.ts `hasAboveInScan`). */
const EDGE = 0.005;

/** `other` stands in a column right of `el`'s own, which `el` only overhangs. */
export function inOverhungColumn(el: Element, other: Element): boolean {
  if (!el.bbox || !other.bbox) return false;
  const middle = (el.bbox[0] + el.bbox[2]) / 2;
  return other.bbox[0] > middle && other.bbox[2] > el.bbox[2] + SLACK;
}

/**
 * Text above `el` in its own column (`byBottomAscending`: the page's text by bottom edge, as a column scan holds it),
 * other than the blocks `skip` sets aside and the text of a column `el` only overhangs. Stops at the first box that
 * ends below `el`'s top, as `hasAboveInScan` does.
 */
export function hasTextAboveInOwnColumn(
  el: Element,
  byBottomAscending: readonly Element[],
  skip: (o: Element) => boolean,
): boolean {
  if (!el.bbox) return false;
  const edge = el.bbox[1] + EDGE;
  for (const o of byBottomAscending) {
    if (!(o.bbox![3] <= edge)) return false;
    if (o !== el && overlapsHorizontally(el, o) && !inOverhungColumn(el, o) && !skip(o)) return true;
  }
  return false;
}

/**
 * Text below `el` in its own column (`byTopDescending`: the page's text by top edge, as a column scan holds it), other
 * than the blocks `skip` sets aside and the text of a column `el` only overhangs. Stops at the first box that starts
 * above `el`'s bottom, as `hasBelowInScan` does.
 */
export function hasTextBelowInOwnColumn(
  el: Element,
  byTopDescending: readonly Element[],
  skip: (o: Element) => boolean,
): boolean {
  if (!el.bbox) return false;
  const edge = el.bbox[3] - EDGE;
  for (const o of byTopDescending) {
    if (!(o.bbox![1] >= edge)) return false;
    if (o !== el && overlapsHorizontally(el, o) && !inOverhungColumn(el, o) && !skip(o)) return true;
  }
  return false;
}
