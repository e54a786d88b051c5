// A body block that opens with a footnote's number is no footnote when a note with that same number stands after it
// on its page: a page's notes carry distinct numbers, so the first block holds the body's mark of that note (the parser
// put the superscript at the line's start: "2 First, we install the libreswan package. … (or Security Asso-" over the
// note "2 This allows every user to configure …"). Evidence: the number opening each text block, note or not, in reading
// order on one page. Precedence: asked once per document; ./flow.ts keeps such a block in the flow before its note rules
// (a numbered block at the page's foot, or before a later page, would else be read as a note and the paragraph cut by the
// page break would lose its first half).
import type { Element } from '../../model/element.js';

/** The number opening a block ("2 First, …", "2This …", "12 Note …"), not a decimal, a time or a version. */
const LEADING_NUMBER = /^\s*(\d{1,2})(?![\d.,:/)）-])/u;

const NUMBERED_TYPES = new Set(['text', 'title', 'list_item', 'page_footnote']);

/** Ids of the blocks opening with a number that a later block of their page opens with too. */
export function marksRepeatedBelow(body: readonly Element[]): Set<number> {
  const repeated = new Set<number>();
  // Per page, the numbers seen after each block: walked backwards, the later blocks' numbers are known.
  let page: number | undefined;
  let later = new Set<string>();
  for (let i = body.length - 1; i >= 0; i--) {
    const el = body[i];
    if (el.page !== page) {
      page = el.page;
      later = new Set();
    }
    if (!NUMBERED_TYPES.has(el.type)) continue;
    const n = LEADING_NUMBER.exec(el.text)?.[1];
    if (n === undefined) continue;
    if (later.has(n)) repeated.add(el.id);
    later.add(n);
  }
  return repeated;
}
