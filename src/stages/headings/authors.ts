// Cover lines a parser typed as headings: an author's name with the author's e-mail address on the next line
// ("William Fedus∗" over "liamfedus@google.com", JMLR; Marker types each name SectionHeader, with levels that
// chain the names into a false hierarchy under the title). Evidence: an unnumbered title of a few words on the
// document's first page, the next element of the page starting with an e-mail address (`demoted-author`). The
// address is the author block's mark; a name alone (no address after it) is left to the size rules.
import type { Element } from '../../model/element.js';
import type { Numbering } from '../../text/numbering.js';

/** An e-mail address at the start of a line ("liamfedus@google.com", "{a,b}@x.org"). */
const EMAIL_START = /^\s*[{(]?[\w.+,\s-]*[\w}]\)?@[\w-]+(?:\.[\w-]+)+/u;

/** Most words in an author's name line (a name and its marks). */
const MAX_WORDS = 6;

/** Whether `el`, a title the parser gave, is an author's name: the next element on its page opens with an e-mail address. */
export function isAuthorLine(
  el: Element,
  numbering: Numbering | undefined,
  next: Element | undefined,
  firstPage: number,
): boolean {
  if (numbering || el.page !== firstPage || !next || next.page !== el.page) return false;
  const words = el.text.trim().split(/\s+/);
  if (words.length > MAX_WORDS || /[.:;!?]$/.test(el.text.trim())) return false;
  return EMAIL_START.test(next.text);
}
