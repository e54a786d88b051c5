// A blank header that opens its page: Marker empties the text of every block it labels PageHeader, and a
// layout model labels a chapter's or top section's title that opens its page so (it stands where a running
// head would). One such block the furniture stage kept in the body (it is not on the running-head line, nor a
// table's cut-out header cell) that is the first body element on its page, with body text after it below it,
// is that title with its words lost: a heading with no text, one of the top sections (`blank-opener-header`).
// Its section then holds the text after it, not the section before.
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';

/** Ids of blank headers kept in the body that open their page above its body text. */
export function blankOpenerHeaders(elements: readonly Element[], furniture: FurnitureResult): Set<number> {
  const out = new Set<number>();
  const seenPage = new Set<number>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (furniture.kinds.has(el.id) || seenPage.has(el.page)) continue;
    seenPage.add(el.page);
    if (el.type !== 'header' || el.text.trim() !== '') continue;
    const next = elements.slice(i + 1).find((e) => !furniture.kinds.has(e.id) && e.text.trim());
    if (!next || next.page !== el.page || next.type === 'header') continue;
    // Above the text it heads: a cut-out cell of a table lies beside or below the text before the table.
    if (el.bbox && next.bbox && next.bbox[1] < (el.bbox[1] + el.bbox[3]) / 2) continue;
    out.add(el.id);
  }
  return out;
}
