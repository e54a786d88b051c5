// A numbered note printed under a table ("1. Guaranteed by design, not tested in production.", "2. Measured with a
// 10 uF decoupling capacitor.") that the parser typed as a title: Textract gives a datasheet's table notes as section
// headers (office-kinds datasheets, session 29, head15), and its number made it a top section. Evidence
// (`demoted-table-note`): a numbered title whose words make a sentence (NOTE_WORDS words or more, or NOTE_CJK CJK
// characters, ending in a full stop) standing right under a table — after it, its caption, or another such note, with
// nothing else (body text, a heading kept) between. Precedence: after the demotions by a title's text (a caption label
// such as "TABLE 1 …" is already gone) and before the sizes are read; a numbered heading elsewhere is not read.
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

/** Words after the number that make a note a sentence, at least (Latin scripts). */
const NOTE_WORDS = 3;
/** CJK characters that make a note a sentence, at least. */
const NOTE_CJK = 6;
/** What may stand between a table and its notes: its caption, a footnote. */
const BESIDE_TABLE = new Set(['table_caption', 'image_caption', 'table_footnote']);

/** A numbered title reading as a note's sentence. */
function noteSentence(c: Candidate): boolean {
  const n = c.numbering;
  const text = c.el.text.trim();
  if (!n || !text.startsWith(n.label) || !/[.。]$/u.test(text)) return false;
  const words = text.slice(n.label.length).trim();
  const cjk = words.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return words.split(/\s+/).length >= NOTE_WORDS || cjk >= NOTE_CJK;
}

/** The candidates less the numbered notes under tables; one pass over the elements. */
export function demoteTableNotes(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  if (ctx.weights['demoted-table-note'] <= 0) return candidates;
  const byId = new Map(candidates.map((c) => [c.el.id, c]));
  const notes = new Set<Candidate>();
  let underTable = false;
  for (const e of elements) {
    if (furniture.kinds.has(e.id)) continue;
    if (e.type === 'table') {
      underTable = true;
      continue;
    }
    if (!underTable) continue;
    const c = byId.get(e.id);
    if (c && noteSentence(c)) notes.add(c);
    // A caption, a footnote or a title already demoted (a caption's label typed title) keeps the run open.
    else if (c || !(BESIDE_TABLE.has(e.type) || ctx.demoted.has(e.id))) underTable = false;
  }
  if (notes.size === 0) return candidates;
  const message = 'not a heading: a numbered note printed under a table';
  const dropped = new Set(
    [...notes].filter((c) => demote(ctx, c.el, 'headings.table-note', 'headings.demoted-table-note', message)),
  );
  return candidates.filter((c) => !dropped.has(c));
}
