// A heading's number set apart before its heading: the badge "01" over "5.1. Packaging workflow" (office reports),
// a bare "2" or "2.1." a parser gives as its own line before the title (Unstructured, Docling). It has a page
// number's form, or repeats digit-folded as a running line does, but it is the heading's, and body.
// Evidence: a bare number or numbering label ("01", "2.1."; not a page number's words, not the number of its own
// page) the parser typed text or title — not header, footer or page number — whose next element on its page is a
// heading the parser typed title.
// Precedence: the document's page numbers in the same band win — where as many number-shaped lines of that band
// are followed by no title (page numbers set at the top, a chapter title under some of them), none is a badge.
import type { Element } from '../../model/element.js';
import { pageNumberValue } from '../../text/page-number.js';

type Band = 'top' | 'middle' | 'bottom';

/** A bare numbering label: "2", "2.1.", "IV.", "A.", "01". */
const BARE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.|[A-Z]\.)$/;
const MAX_BADGE_CHARS = 8;

const numberShaped = (e: Element) => {
  const t = e.text.trim();
  return t.length > 0 && t.length <= MAX_BADGE_CHARS && (BARE_NUMBER.test(t) || pageNumberValue(t) !== undefined);
};

/** A bare number that could be a badge: not a page number's words ("第1页", "- 1 -"), not its own page's number. */
const badgeShaped = (e: Element) => {
  const t = e.text.trim();
  return BARE_NUMBER.test(t) && !(/^\d+$/.test(t) && Number(t) === e.page);
};

/** Ids of the heading badges of the document (see the file's comment); `bandOf` the furniture stage's bands. */
export function headingBadges(byPage: ReadonlyMap<number, Element[]>, bandOf: (e: Element) => Band): Set<number> {
  const badges = new Map<Band, Element[]>();
  const plain = new Map<Band, number>();
  for (const els of byPage.values()) {
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      // a number-shaped line is short: most elements are passed over without a copy of their text
      if (el.text.length > 4 * MAX_BADGE_CHARS || !numberShaped(el)) continue;
      const band = bandOf(el);
      const next = els[i + 1];
      const typed = el.type === 'text' || el.type === 'title';
      if (typed && badgeShaped(el) && next?.type === 'title' && !numberShaped(next))
        badges.set(band, [...(badges.get(band) ?? []), el]);
      else plain.set(band, (plain.get(band) ?? 0) + 1);
    }
  }
  const out = new Set<number>();
  for (const [band, els] of badges) if (els.length > (plain.get(band) ?? 0)) for (const e of els) out.add(e.id);
  return out;
}
