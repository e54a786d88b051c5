// A page's footnotes without boxes, read at the page's end between a paragraph left open and its rest on the next page
// (Unstructured on a paper: "… Libraries like Dectectron2 [35]," | "6 The number shown is …" | "7 https://ocr-d.de/en/about"
// | … | "AllenNLP [8] and transformers [34] …"). Two shapes the note rules of ./flow.ts did not take:
//  - a note that is its number and a web address alone ("7 https://ocr-d.de/en/about", "14 https://altoxml.github.io"):
//    no sentence holds a bare address after a number, and a list of addresses has no paragraph left open above it;
//  - a note the parser typed as a list item ("6 The number shown is …", Unstructured's ListItem), under a paragraph
//    left in mid-sentence (a comma, a hyphen, a word in lower case): a list the paragraph led in would follow its
//    lead-in, which ends on a colon or a stop, not on a comma;
//  - a note whose text opens in lower case after its number ("2 dpkg will refuse to install … compatible again)."), the
//    last text of its page, its sentence ended, under a paragraph left in mid-sentence whose rest opens in lower case on
//    a later page ("… from the same" | note | "source package: a replaced file …"). A block opening with a number and
//    a lower-case word may be the body's rest behind a note's mark ("1 of tags for labeling bugs. For more …"); that
//    one stands at the head of the later page, or goes on itself into the text there, which its stop rules out.
// Evidence: the text of the block and of the open fragment, the reading order; only without boxes (with boxes the
// notes' place on the page decides). Precedence: asked by ./flow.ts in its page-foot rule without boxes, which still
// needs every text block from there to the page's end to be a note and the next fragment on a later page.
import type { Element } from '../../model/element.js';
import { endsSentence, startsLowercase } from '../../text/chars.js';

/** A footnote's number, then a web address and nothing more ("7 https://ocr-d.de/en/about"). */
const ADDRESS_NOTE = /^\s*\d{1,3}\s*(?:https?:\/\/|ftp:\/\/|www\.)\S+\s*$/u;

export function isAddressNote(text: string): boolean {
  return ADDRESS_NOTE.test(text);
}

/** The open fragment stops in mid-sentence: on a comma, a hyphen or a word in lower case. */
function leftInMidSentence(open: Element): boolean {
  const t = open.text.trimEnd();
  return !endsSentence(t) && /[\p{Ll},，-]$/u.test(t);
}

/** A block of this type may be a page's note without boxes: text, or a list item under a paragraph left in mid-sentence. */
export function mayBeNoteBlock(el: Element, open: Element): boolean {
  return el.type === 'text' || (el.type === 'list_item' && open.type !== 'list_item' && leftInMidSentence(open));
}

/** A note's number, then a word in lower case ("2 dpkg will …", "1 conf(5) and …"). */
const LOWER_CASE_NOTE = /^\s*\d{1,2}\s+\p{Ll}/u;

/** The third shape above: a whole note opening in lower case, the last text of its page, between a sentence's halves. */
export function lowerCaseNoteEndsPage(el: Element, open: Element, next: Element): boolean {
  const text = el.text.trim();
  return (
    el.type === 'text' &&
    el.page === open.page &&
    next.page > el.page &&
    LOWER_CASE_NOTE.test(text) &&
    endsSentence(text) &&
    leftInMidSentence(open) &&
    startsLowercase(next.text.trim())
  );
}
