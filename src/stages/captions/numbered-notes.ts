// A table's numbered notes that the parser typed text, title or list item (session 29, office kinds: a datasheet's "1.
// Guaranteed by design, not tested in production." | "2. Measured with a 10 uF decoupling capacitor." under its
// table, a statistical release's "1 Preliminary data, revised next issue."; Textract reads a short line as a section
// header, Mistral's Markdown and Azure DI as a list item, most layout models as text). Read as body, the first note
// stands between the table and a caption printed under the notes and pushes the caption onto another fragment.
// Evidence, all needed: the line opens with an enumerator ("1.", "2)", "1 ", "a.") and then a capital or a CJK
// character, carries no caption label, is short and ends as a sentence does (a title or a form's question "3 Name
// ____" does not); it follows a table in reading order, passing over only that table's other notes, note lines
// ("Source: …") and captions; the numbers run from 1 ("a") right under the table, one more each note; with boxes,
// each line of the run set right under the one before it (at most RUN_GAP of the page between) and within the
// table's width, and a note right after a table on the page before it opens its page (the table ran to its foot);
// without boxes the run follows the table directly (a list after a table opens with its lead-in).
// Precedence: the line's role is a note (./roles.ts `roleOf`: a float takes any number), placed by the pair evidence
// as the parser-typed note lines are; the headings stage leaves it to the captions (`headings.demoted-table-note`).
import { CAPTION_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { isMarkedNote, isNoteLine, looksLikeCaption } from './roles.js';
import { noteNumber } from './table-notes.js';

/** Largest gap (share of the page height) between the table and its first note, and between two notes. */
const RUN_GAP = 0.03;
/** How many blocks back (notes, note lines, captions) the table is looked for. */
const MAX_RUN = 6;
/** A page's first block opens it: its top within this share of the page (under a running head). */
const PAGE_TOP = 0.2;
/** A table running to its page's foot: its bottom below this share of the page. */
const PAGE_FOOT = 0.75;

/** `line` is set right under `prev` on its page, or opens the page after the one `prev` ends (boxes of both). */
function setUnder(line: Element, prev: Element): boolean {
  if (!line.bbox || !prev.bbox) return false;
  if (line.page === prev.page) {
    const gap = line.bbox[1] - prev.bbox[3];
    return gap <= RUN_GAP && line.bbox[1] >= prev.bbox[1];
  }
  return line.page === prev.page + 1 && line.bbox[1] <= PAGE_TOP && prev.bbox[3] >= PAGE_FOOT;
}

/** Within the table's width: its left edge no further left than the table's, its middle inside it. */
function withinWidth(line: Element, table: Element): boolean {
  if (!line.bbox || !table.bbox) return false;
  const mid = (line.bbox[0] + line.bbox[2]) / 2;
  return line.bbox[0] >= table.bbox[0] - 0.02 && mid <= table.bbox[2];
}

/** Another note or caption of the float the run passes over on its way back to the table. */
function passable(o: Element): boolean {
  if (CAPTION_TYPES.has(o.type) || isNoteLine(o) || isMarkedNote(o)) return true;
  return (o.type === 'text' || o.type === 'title') && looksLikeCaption(o.text);
}

/** Is `body[k]` a numbered note of the table before it (see the evidence above). */
export function numberedNoteOfTable(body: readonly Element[], k: number): boolean {
  const el = body[k];
  const own = noteNumber(el);
  if (own === undefined) return false;
  let want = own; // the number the block before must carry when it is a numbered note
  for (let j = k - 1; j >= 0 && j >= k - MAX_RUN; j--) {
    const [o, next] = [body[j], body[j + 1]];
    if (el.bbox ? !setUnder(next, o) : next.page !== o.page && next.page !== o.page + 1) return false;
    if (o.type === 'table') return want === 1 && (!el.bbox || withinWidth(el, o));
    const n = noteNumber(o, true);
    if (n !== undefined) {
      if (n !== want - 1) return false;
      want = n;
    } else if (!el.bbox || !passable(o)) return false;
  }
  return false;
}
