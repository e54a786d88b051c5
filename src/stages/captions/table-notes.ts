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

/**
 * An enumerator, then a capital or a CJK character ("1. Guaranteed …", "2) Measured …", "1 初步数据…", "a. …"), or after
 * its stop a figure ("2. 10 uF のデカップリング…").
 */
const ENUMERATED =
  /^\s*(\d{1,2}|[a-z])(?:[.)．）](?:\s+\p{N}|\s*(?=\p{Lu}))|\s+(?=\p{Lu})|(?:[.)．）]\s*|\s+)(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))/u;
/** Ends as a sentence: a full stop (Latin or CJK). */
const SENTENCE_END = /[.。．]["'”’)）]*\s*$/u;
/** Longest line taken for a numbered note. */
const MAX_NOTE = 200;
const LINE_TYPES = new Set(['text', 'title', 'list_item']);

/**
 * A line typed text, title or list item that reads as a numbered note by its own text (./numbered-notes.ts: its place
 * decides whether it is one): an enumerator, a capital or CJK character, no caption label, short, closing as a
 * sentence (no form blanks "____"). Its number (1 for "1." or "a."), else undefined. `captionTyped`: a table caption
 * too (the parser gave the run's first note as the table's caption: Azure DI).
 */
export function noteNumber(el: Element, captionTyped = false): number | undefined {
  if (!(LINE_TYPES.has(el.type) || (captionTyped && el.type === 'table_caption')) || el.text.length > MAX_NOTE)
    return undefined;
  const m = ENUMERATED.exec(el.text);
  if (!m || !SENTENCE_END.test(el.text) || /_{2,}/.test(el.text) || parseCaptionLabel(el.text)) return undefined;
  const n = /^\d/.test(m[1]) ? Number(m[1]) : m[1].charCodeAt(0) - 96;
  return n >= 1 ? n : undefined;
}

export const isNumberedNote = (el: Element) => noteNumber(el) !== undefined;
