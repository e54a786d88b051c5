// A table's numbered note typed a title (`demoted-table-note`): Textract reads a datasheet's short note under its table
// ("1. Guaranteed by design, not tested in production.") as a section header, and its number makes it a top section.
// Evidence: the captions stage's own reading of a numbered note (../captions/numbered-notes.ts: an enumerator, a
// sentence, the run from 1 right under a table, set right under it within its width where boxes tell); a heading is
// no sentence set in a run under a table. Precedence (headings.ts): with the other demotions by place; the captions
// stage then links the line to its table as a note.
import type { Element } from '../../model/element.js';
import { numberedNoteOfTable } from '../captions/numbered-notes.js';
import { isNumberedNote } from '../captions/table-notes.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

export function demoteTableNotes(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  if (ctx.weights['demoted-table-note'] <= 0) return candidates;
  const lines = candidates.filter((c) => isNumberedNote(c.el));
  if (lines.length === 0 || !elements.some((e) => e.type === 'table')) return candidates;
  // the body in reading order, as the captions stage reads it (furniture out), and each line's place in it
  const body = elements.filter((e) => !furniture.kinds.has(e.id));
  const at = new Map<number, number>();
  const wanted = new Set(lines.map((c) => c.el.id));
  for (let k = 0; k < body.length; k++) if (wanted.has(body[k].id)) at.set(body[k].id, k);
  const dropped = new Set<Candidate>();
  for (const c of lines) {
    const k = at.get(c.el.id);
    if (k === undefined || !numberedNoteOfTable(body, k)) continue;
    const message = 'not a heading: a numbered note in the run right under a table';
    if (demote(ctx, c.el, 'headings.table-note', 'headings.demoted-table-note', message)) dropped.add(c);
  }
  return dropped.size ? candidates.filter((c) => !dropped.has(c)) : candidates;
}
