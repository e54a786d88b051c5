// Headers the parser labelled in a document that sets no running head: a section banner opening its page
// ("Statement of financial position", "Notes to the financial statements", "別表 1 保険料率表") that a layout model
// took for the page's head because it stands at the top. The document's habit decides, read once: a running head
// stands on most pages; where the labelled headers stand on fewer than a third of the pages (three or more) and
// none repeats, the parser's header label is a guess about position, not a habit. A banner there — after the first
// page (a masthead or journal line heads the first page only, and is furniture), the one header of its page (two are
// a table's head row cut out), one short line with no sentence end,
// its words standing nowhere else in the document, no page number — stays body. Weighed as `lone-header` against the
// parser's label (src/stages/furniture.ts, rule 5).
import type { Element } from '../../model/element.js';
import { normalizeForRepeat } from '../../text/chars.js';
import { pageNumberValue } from '../../text/page-number.js';

/** A banner is one short line: longer text under a header label is a paragraph the parser misread, not decided here. */
const MAX_BANNER_CHARS = 80;

export interface BannerHeaders {
  readonly ids: Set<number>;
  /** The clause each banner's decision adds. */
  readonly reason: string;
}

/** Labelled headers that are section banners in a document without running heads (see the file's comment). */
export function bannerHeaders(elements: readonly Element[]): BannerHeaders {
  const headers: Element[] = [];
  const pages = new Set<number>();
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    pages.add(e.page);
    if (e.type === 'header' && e.text.trim()) headers.push(e);
  }
  const headerPages = new Set(headers.map((e) => e.page));
  const none = { ids: new Set<number>(), reason: '' };
  if (headers.length === 0 || pages.size < 3 || headerPages.size * 3 >= pages.size) return none;
  const keyOf = (e: Element) => normalizeForRepeat(e.text.trim());
  const count = new Map<string, number>();
  const wanted = new Set(headers.map(keyOf));
  for (let i = 0; i < elements.length; i++) {
    const k = normalizeForRepeat(elements[i].text.trim());
    if (wanted.has(k)) count.set(k, (count.get(k) ?? 0) + 1);
  }
  // a header text standing twice (on two pages, or as a header and a line of body) is a repetition: no habit to read
  if (headers.some((e) => count.get(keyOf(e))! > 1)) return none;
  const first = Math.min(...pages);
  const ids = new Set<number>();
  const perPage = new Map<number, number>();
  for (const e of headers) perPage.set(e.page, (perPage.get(e.page) ?? 0) + 1);
  for (const e of headers) {
    const t = e.text.trim();
    // two headers on one page are a row of cells the parser cut out of a table ("操作系统 | 架构"), not a banner
    if (perPage.get(e.page)! > 1) continue;
    if (e.page === first || t.includes('\n') || t.length > MAX_BANNER_CHARS) continue;
    if (/[.。!?！？;；,，]$/.test(t) || pageNumberValue(t) !== undefined) continue;
    ids.add(e.id);
  }
  const reason = `, but the document sets no running head (labelled headers on ${headerPages.size} of its ${pages.size} pages, none repeating) and its words stand nowhere else: a section banner`;
  return { ids, reason };
}
