// A header that opens its page and the body goes on under it (`opener-header`): a chapter's or section's title the
// parser labelled header. Moved out of candidates.ts (its 500 lines).
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';

/**
 * Headers the furniture stage kept in the body that open their page: the first body element on it, one short
 * line that ends no sentence, with body after it. A chapter's or section's title the parser labelled header
 * (it opens the page as a running head would), unnumbered (`opener-header`).
 */
export function openerHeaders(elements: readonly Element[], furniture: FurnitureResult): Set<number> {
  const out = new Set<number>();
  const seenPage = new Set<number>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (furniture.kinds.has(el.id) || !el.text.trim()) continue;
    if (seenPage.has(el.page)) continue;
    seenPage.add(el.page);
    const text = el.text.trim();
    if (el.type !== 'header' || text.includes('\n') || text.length > 60 || /[.。!?！？:：,，;；]$/.test(text)) continue;
    const next = elements.slice(i + 1).find((e) => !furniture.kinds.has(e.id) && e.text.trim());
    if (next && next.page === el.page && next.type !== 'header') out.add(el.id);
  }
  return out;
}
