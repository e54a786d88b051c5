// A table's numbered note, typed caption by the parser (session 28, office kinds: datasheets, statistical releases):
// "1. Guaranteed by design, not tested in production.", "2) Measured with …", "1. 由设计保证…", "1 速報値…" — an
// enumerator, then a sentence, and no caption label. A footnote of its table (role `note`: a float takes any
// number), not its caption proper: read as a caption, "1." takes the table's one caption slot and pushes the
// real caption ("Table 1. Electrical characteristics", under the notes) onto another fragment of the table.
// Evidence: the caption type, the enumerator before a capital or a CJK character, no label (a label wins:
// "Table 1. …" is a caption whatever follows). Only table captions: a picture's unlabelled "1. Block diagram"
// stays a caption. Likewise a sentence under a table, typed caption, without a label or a number: "Rates per 1,000 of
// the sum insured, payable yearly.", "费率按每千元保险金额计，按年交纳。" — a caption proper is a title (no closing
// full stop) or opens with its label; a whole sentence with no label is the table's note.
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';

const NUMBERED_NOTE =
  /^\s*(?:\d{1,2}|[a-z])(?:[.)．）]\s*|\s+)(?:\p{Lu}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

/** A sentence: a closing full stop after at least four words (Latin) or ten characters (CJK). */
const SENTENCE = /(?:\S+\s+){3,}\S*[^.\s]\.\s*$|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][^。]{8,}。\s*$/u;

export function isTableNote(el: Element): boolean {
  if (el.type !== 'table_caption' || parseCaptionLabel(el.text)) return false;
  return NUMBERED_NOTE.test(el.text) || SENTENCE.test(el.text);
}
