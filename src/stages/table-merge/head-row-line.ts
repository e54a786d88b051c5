// A table's head row the parser read as a text line above the table body ("Escape Name Default size Expandable
// Description" | table of the rows under it): a layout model takes a head row set apart by a rule, in bold, for a
// line of text, on the first page of a table or over each continuation. It is the table's: no text between two
// fragments of a table cut over pages (./between.ts), no paragraph's fragment (src/stages/text-merge.ts `floatPart`),
// and no block between a caption and its table (src/stages/captions.ts).
// Evidence, all needed: a short line typed text or title, one line of text no taller than a wrapped head row (a code
// block over a table is several),
// ending in no sentence or clause mark, carrying no caption
// label; the next block in reading order (past the table's captions, which a parser may give first) is a table
// on its page; both have boxes: the line's bottom meets the table's top (at most a line's gap between) and the line
// stands within the table's width, over half of it (a head row spans the columns; a sentence introducing the table is
// set apart from it and ends in a colon or a full stop).
import { CAPTION_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';

/** Longest line taken for a head row. */
const MAX_HEAD_LINE = 160;
/** Tallest head row (share of the page height): two or three lines of wrapped head cells. */
const MAX_HEAD_HEIGHT = 0.045;
/** Widest gap (share of the page height) between the line and the table under it. */
const HEAD_GAP = 0.012;
/** How far (share of the page width) the line may stand out of the table's sides. */
const SIDE_SLACK = 0.03;
/** A sentence or clause ends at the line's end. */
const ENDS = /[.!?:;。！？：；]["'”’)\]）]*$/u;

/** The table right after `body[i]` in reading order, past captions (a parser may give a table's group its caption first). */
function tableAfter(body: readonly Element[], i: number): Element | undefined {
  for (let j = i + 1; j < body.length && j <= i + 3; j++) {
    const o = body[j];
    if (o.type === 'table') return o;
    if (!CAPTION_TYPES.has(o.type)) return undefined;
  }
  return undefined;
}

/** Is `body[i]` a table's head row read as a text line above the table (see the evidence above). */
export function isHeadRowLine(body: readonly Element[], i: number): boolean {
  const el = body[i];
  if (el.type !== 'text' && el.type !== 'title') return false;
  // the table under it and the boxes first (most lines have no table after them), then the text
  const table = tableAfter(body, i);
  if (!table || table.page !== el.page || !el.bbox || !table.bbox) return false;
  if (el.bbox[3] - el.bbox[1] > MAX_HEAD_HEIGHT) return false;
  const gap = table.bbox[1] - el.bbox[3];
  if (gap < -0.005 || gap > HEAD_GAP) return false;
  const [x1, x2, t1, t2] = [el.bbox[0], el.bbox[2], table.bbox[0], table.bbox[2]];
  if (!(x1 >= t1 - SIDE_SLACK && x2 <= t2 + SIDE_SLACK && x2 - x1 > 0.5 * (t2 - t1))) return false;
  const text = el.text.trim();
  return !!text && text.length <= MAX_HEAD_LINE && !text.includes('\n') && !ENDS.test(text) && !parseCaptionLabel(text);
}

/** The ids of the head-row lines of `body`. */
export function headRowLines(body: readonly Element[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < body.length; i++) if (isHeadRowLine(body, i)) out.add(body[i].id);
  return out;
}
