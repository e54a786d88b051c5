// Text inside a figure: a text block the parser read out of a picture (a label, an identifier printed in the
// figure: Docling's DocLayNet paper has a 64-digit page hash under Figure 4's sample pages, typed text) stands
// within the picture's box, right after it in reading order. It is the figure's part, which a paragraph flows
// around like the figure itself, never a paragraph's piece (it neither continues nor opens one).
// Evidence, all required: boxes on both; the block follows the picture on its page with only captions or other
// such blocks between; its box lies within the picture's (a small slack for the edge the parser's box shares with
// the picture's). Precedence: beside the subfigure labels (text-merge/breaks.ts), before any continuation feature.
import { CAPTION_TYPES, TEXT_LIKE } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';

/** How far (page fraction) a block may reach past the picture's box and still be inside it. */
const SLACK = 0.006;
const FIGURE_TYPES: ReadonlySet<string> = new Set(['image']);

function within(inner: Element, outer: Element): boolean {
  if (!inner.bbox || !outer.bbox || inner.page !== outer.page) return false;
  const [x0, y0, x1, y1] = inner.bbox;
  const [ox0, oy0, ox1, oy1] = outer.bbox;
  return x0 >= ox0 - SLACK && y0 >= oy0 - SLACK && x1 <= ox1 + SLACK && y1 <= oy1 + SLACK;
}

/** The ids of the text blocks the parser read out of the picture before them, in one pass over the body. */
export function figureTexts(body: readonly Element[]): Set<number> {
  const out = new Set<number>();
  let figure: Element | undefined;
  for (let i = 0; i < body.length; i++) {
    const el = body[i];
    if (figure && el.page !== figure.page) figure = undefined;
    if (FIGURE_TYPES.has(el.type)) figure = el;
    else if (figure && TEXT_LIKE.has(el.type) && within(el, figure)) out.add(el.id);
    // Captions may stand between; anything else ends the picture's run.
    else if (!CAPTION_TYPES.has(el.type)) figure = undefined;
  }
  return out;
}
