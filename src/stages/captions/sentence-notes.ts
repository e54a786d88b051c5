// A table's note given as one sentence without a label or number and typed text or title (session 29, office kinds:
// "Rates per 1,000 of the sum insured, payable yearly." under an insurance rate table, "The accompanying notes form an
// integral part of these financial statements." under a balance sheet, "费率按每千元保险金额计，按年交纳。"). Typed
// caption it is a note already (./table-notes.ts); typed as body it read as a paragraph, and under a table captioned
// below it stood between the table and its caption.
// Evidence, all needed: the line carries no caption label, number or note word and ends as a sentence (at least four
// words, or ten CJK characters); it follows the table right after it in reading order, on its page (after the table's
// other notes a paragraph set as tight reads the same: a document's "Source: …" line, then its body). With boxes: one line, set tight under the block before it (at most TIGHT of the page:
// a paragraph after a table stands a line's space or more below it) and within the table's width. Without boxes, only
// between a table and a labelled table caption that no table follows (the caption is the table's above it): a note
// between a table and its caption.
// Precedence: like a caption's cut-off rest (./caption-pieces.ts) it is set aside before the pair passes (no float's
// caption proper, no block between the table and its caption) and linked to its table at the end
// (`captions.sentence-note`); never an element the text or headings stage settled.
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';
import { seen } from '../weigh.js';
import type { Linked } from './parser-links.js';
import { record } from './parser-links.js';
import { isMarkedNote, isNoteLine, looksLikeCaption } from './roles.js';
import { isNumberedNote } from './table-notes.js';

/** A sentence: a closing full stop after at least four words (Latin) or ten characters (CJK). */
const SENTENCE = /(?:\S+\s+){3,}\S*[^.\s]\.\s*$|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][^。]{8,}。\s*$/u;
/** Longest line taken for a table's sentence note. */
const MAX_NOTE = 160;
/** Largest gap (share of the page) between the block before and the note. */
const TIGHT = 0.008;
/** Tallest box of one line (share of the page). */
const ONE_LINE = 0.022;

function readsAsNote(el: Element, settled: ReadonlySet<number>): boolean {
  if ((el.type !== 'text' && el.type !== 'title') || settled.has(el.id) || el.text.length > MAX_NOTE) return false;
  if (!SENTENCE.test(el.text) || parseCaptionLabel(el.text)) return false;
  return !isNumberedNote(el) && !isNoteLine(el) && !isMarkedNote(el);
}

/** The table `body[k]` follows right after it in reading order, on its page; undefined if none. */
function tableBefore(body: readonly Element[], k: number): Element | undefined {
  const o = body[k - 1];
  return o?.type === 'table' && o.page === body[k].page ? o : undefined;
}

/** With boxes: one line, set tight under the block before it, within the table's width. */
function setAsNote(el: Element, prev: Element, table: Element): boolean {
  if (!el.bbox || !prev.bbox || !table.bbox) return false;
  const gap = el.bbox[1] - prev.bbox[3];
  if (gap < -0.003 || gap > TIGHT || el.bbox[3] - el.bbox[1] > ONE_LINE) return false;
  return el.bbox[0] >= table.bbox[0] - 0.02 && el.bbox[2] <= table.bbox[2] + 0.01;
}

/** Without boxes: a labelled table caption follows on the page, and no table follows that caption. */
function beforeItsCaption(body: readonly Element[], k: number): boolean {
  const [next, after] = [body[k + 1], body[k + 2]];
  if (!next || next.page !== body[k].page || !looksLikeCaption(next.text)) return false;
  if (parseCaptionLabel(next.text)?.kind !== 'table') return false;
  return !(after?.type === 'table' && after.page === next.page);
}

/** Each sentence note of `body` (reading order) and the table it belongs to. */
export function sentenceNotes(body: readonly Element[], settled: ReadonlySet<number>): Map<number, Element> {
  const out = new Map<number, Element>();
  for (let k = 1; k < body.length; k++) {
    const el = body[k];
    // the cheap test first: a table within the run before it
    const table = tableBefore(body, k);
    if (!table || !readsAsNote(el, settled)) continue;
    if (el.bbox ? setAsNote(el, body[k - 1], table) : beforeItsCaption(body, k)) out.set(el.id, table);
  }
  return out;
}

/** Each sentence note linked to its table (`captions.sentence-note`). */
export function linkSentenceNotes(
  notes: ReadonlyMap<number, Element>,
  elements: readonly Element[],
  out: Linked,
  threshold: number,
) {
  for (const [id, table] of notes) {
    const el = elements[id];
    const observations = [seen('captions.reading-order'), seen('captions.distance', 1)];
    if (el.bbox && table.bbox)
      observations.push(seen('captions.same-page'), seen('captions.gap', Math.max(0, el.bbox[1] - table.bbox[3])));
    const why = 'a sentence set as a note right under the table, no paragraph of the body';
    record(
      out,
      { caption: id, target: table.id, nested: false },
      'captions.sentence-note',
      why,
      [el, table],
      out.weigh(observations, threshold),
      'rules',
    );
  }
}
