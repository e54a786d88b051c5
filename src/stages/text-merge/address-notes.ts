// A page's footnotes without boxes, read at the page's end between a paragraph left open and its rest on the next page
// (Unstructured on a paper: "… Libraries like Dectectron2 [35]," | "6 The number shown is …" | "7 https://ocr-d.de/en/about"
// | … | "AllenNLP [8] and transformers [34] …"). Two shapes the note rules of ./flow.ts did not take:
//  - a note that is its number and a web address alone ("7 https://ocr-d.de/en/about", "14 https://altoxml.github.io"):
//    no sentence holds a bare address after a number, and a list of addresses has no paragraph left open above it;
//  - a note the parser typed as a list item ("6 The number shown is …", Unstructured's ListItem), under a paragraph
//    left in mid-sentence (a comma, a hyphen, a word in lower case): a list the paragraph led in would follow its
//    lead-in, which ends on a colon or a stop, not on a comma.
// Evidence: the text of the block and of the open fragment, the reading order; only without boxes (with boxes the
// notes' place on the page decides). Precedence: asked by ./flow.ts in its page-foot rule without boxes, which still
// needs every text block from there to the page's end to be a note and the next fragment on a later page.
import type { Element } from '../../model/element.js';
import { endsSentence } from '../../text/chars.js';

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
