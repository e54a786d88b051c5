// A float's note opened by a footnote marker that the parser typed text or list item: "* Not available on every
// architecture." under a table, "† Measured on …" (a layout model reads a short line under a table as body text, and a
// Markdown reader takes "* " for a bullet). The note word lines ("Note: …", "Source: …") are ./roles.ts `isNoteLine`.
// Evidence, all needed: one short line opened by "*", "**", "†", "‡", "§" or "¶"; right after the float in reading
// order, passing over its caption and other notes; with boxes, each block of that run set right under the one before
// it (at most 3 % of the page between) and within the float's width; without boxes only a text line right after the
// float (a bullet list after a table is Markdown's "* " too: a boxless list item is never taken), and a list item is
// none when the next block is another item with the same marker (a list).
// Precedence: the line's role is a note (./roles.ts `roleOf`), placed as the parser-typed note lines are.
import { CAPTION_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { isMarkedNote, isNoteLine, looksLikeCaption, MARKED } from './roles.js';
import { isNumberedNote } from './table-notes.js';

/** Largest gap (share of the page height) between the blocks of a float's run. */
const RUN_GAP = 0.03;

const marker = (el: Element | undefined) => (el ? MARKED.exec(el.text)?.[1] : undefined);

/** Is `body[k]` a marked note of the float before it (see the evidence above). */
export function markedNoteOfFloat(body: readonly Element[], k: number): boolean {
  const el = body[k];
  if (!isMarkedNote(el)) return false;
  if (!el.bbox) return el.type === 'text' && (body[k - 1]?.type === 'table' || body[k - 1]?.type === 'image');
  if (el.type === 'list_item' && body[k + 1]?.type === 'list_item' && marker(body[k + 1]) === marker(el)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3 && body[j].page === el.page; j--) {
    const [line, prev] = [body[j + 1].bbox, body[j].bbox];
    if (!line || !prev || line[1] - prev[3] > RUN_GAP || line[1] < prev[1]) return false;
    const o = body[j];
    if (o.type === 'table' || o.type === 'image') {
      const mid = (el.bbox[0] + el.bbox[2]) / 2;
      return el.bbox[0] >= prev[0] - 0.02 && mid <= prev[2];
    }
    const caption =
      CAPTION_TYPES.has(o.type) || ((o.type === 'text' || o.type === 'title') && looksLikeCaption(o.text));
    if (!caption && !isNoteLine(o) && !isMarkedNote(o) && !isNumberedNote(o)) return false;
  }
  return false;
}
