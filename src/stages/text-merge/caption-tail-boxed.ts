// A paragraph's tail the parser set as a float's caption, with a box of its own (MinerU's middle.json, whose caption
// sub-blocks are boxed, where the content list nests them without one: ./caption-tail.ts). The real dev set's long122
// middle.json: "… a GPT2 model is unlikely to" at a column's foot | the table caption sub-block "“understand” it
// (Ouyang et al., 2022). …" at the next column's head; SVOLT's "1.6.2 … Regenerative pulse charge current and" | the
// caption "continuous time (BOL)" right under it.
// Evidence, all needed (the text's as in ./caption-tail.ts): the caption comes right after the paragraph in reading
// order; the paragraph opens no caption label itself (a caption cut in two, its first piece typed text, is the
// caption's own business) and stops where no sentence stops; the caption opens in lower case with no label; where it
// stands: at the head of the next column or page, or right under the paragraph.
import { isColumnBreak, overlapsHorizontally } from '../../layout/columns.js';
import { CAPTION_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';

/** Right under the paragraph: the space between them at most this (page fraction, a line's). */
const UNDER = 0.02;

/** The boxed caption stands where the paragraph's next line would: next column, next page, or the line under it. */
export function standsAsTail(a: Element, c: Element): boolean {
  if (!CAPTION_TYPES.has(c.type) || !a.bbox || !c.bbox || parseCaptionLabel(a.text.trim())) return false;
  if (c.page === a.page + 1 || isColumnBreak(a, c)) return true;
  const gap = c.bbox[1] - a.bbox[3];
  return c.page === a.page && gap >= -0.002 && gap <= UNDER && overlapsHorizontally(a, c);
}
