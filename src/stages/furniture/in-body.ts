// Where a labelled header or footer stands in the body by its box (rule 5 of ../furniture.ts, `in-body`): the
// chapter opener under the running head, a banner mid-page, a keywords line over the page number.
import type { Element } from '../../model/element.js';
import { blankCell } from './table-heads.js';

/** How far into the page (fraction of its height) a labelled header (footer) stands clear of the running lines. */
const BODY_DEPTH = 0.15;

/**
 * Mid-page by its box, in the body, with text or a blank title (not a blank cut-out table header cell): upright and clear of the page's left and right edges (an arXiv stamp set
 * sideways in the margin is neither), and either well into the page or under (over) another header (footer) or a page
 * number the parser labelled on its page — the chapter opener under the running head, the keywords line over the
 * page number (a MinerU thesis's "KEY WORDS: …" typed discarded).
 */
export function inBody(el: Element, page: readonly Element[]): boolean {
  // A blank one (Marker empties its page headers) is a cut-out table header cell when a table or another cell follows.
  if (!el.bbox || (!el.text.trim() && blankCell(el, page))) return false;
  const [x1, y1, x2, y2] = el.bbox;
  if (y2 - y1 > 2 * (x2 - x1) || x2 <= 0.1 || x1 >= 0.9) return false;
  const cy = (y1 + y2) / 2;
  if (cy >= BODY_DEPTH && cy <= 1 - BODY_DEPTH) return true;
  return page.some(
    (o) =>
      o !== el &&
      (o.type === el.type || o.type === 'page_number') &&
      o.bbox !== null &&
      (el.type === 'footer' ? o.bbox[1] >= y2 : el.type === 'header' && o.bbox[3] <= y1),
  );
}
