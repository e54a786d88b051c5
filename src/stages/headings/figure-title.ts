// A figure's own title typed a heading (`demoted-figure-title`): a figure drawn with a title line over its panel ("How
// the model weights are split over cores" over one diagram, "How the data is split over cores" over the next) is read
// by layout models as a section header sitting on the picture. A heading opens the text below it; this line names the
// picture right under it.
// Evidence: an unnumbered heading, no top keyword, with a picture next to it in reading order (two elements either way,
// on its page) whose box starts right under the line (the gap at most LINE_GAPS of the line's height, the line not
// inside the picture), the line narrower than the picture, within its span and centred on it. A section heading
// over a figure is numbered or set at the column's left edge, not centred on the picture.
// Precedence (headings.ts): with the other demotions by place (inside.ts: a label drawn inside the picture), before the
// sizes: a figure's title is often set at a heading's size.
import { PositionIndex } from '../../layout/positions.js';
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

/** How far in reading order the picture is looked for (a caption or a second label may stand between). */
const WINDOW = 2;
/** The gap between the line and the picture under it, in the line's heights. */
const LINE_GAPS = 1.5;
/** How far the line's centre may lie from the picture's, as a share of the picture's width. */
const CENTRED = 0.08;
/** The line is at most this share of the picture's width. */
const NARROWER = 0.8;

/** The line names the picture right under it: just above, narrower, within its span, centred on it. */
export function titlesPicture(line: Element, picture: Element): boolean {
  if (!line.bbox || !picture.bbox || line.page !== picture.page || picture.type !== 'image') return false;
  const [lx0, ly0, lx1, ly1] = line.bbox;
  const [px0, py0, px1] = picture.bbox;
  const [height, width, span] = [ly1 - ly0, lx1 - lx0, px1 - px0];
  if (height <= 0 || width <= 0 || span <= 0) return false;
  const gap = py0 - ly1;
  if (gap < -0.5 * height || gap > LINE_GAPS * height) return false;
  if (lx0 < px0 || lx1 > px1 || width > NARROWER * span) return false;
  return Math.abs((lx0 + lx1) / 2 - (px0 + px1) / 2) <= CENTRED * span;
}

export function demoteFigureTitles(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  if (ctx.weights['demoted-figure-title'] <= 0) return candidates;
  const lines = candidates.filter((c) => c.el.bbox && !c.numbering && !c.keyword);
  if (lines.length === 0 || !elements.some((e) => e.type === 'image')) return candidates;
  const index = new PositionIndex(elements);
  const dropped = new Set<Candidate>();
  for (const c of lines) {
    const at = index.get(c.el.id);
    if (at === undefined) continue;
    const picture = pictureNear(elements, at, c.el, furniture);
    if (!picture) continue;
    const message = `not a heading: the title of the picture right under it, centred on it`;
    if (demote(ctx, c.el, 'headings.figure-title', 'headings.demoted-figure-title', message)) dropped.add(c);
  }
  return dropped.size ? candidates.filter((c) => !dropped.has(c)) : candidates;
}

/** A picture within WINDOW elements of `at` that the line titles. */
function pictureNear(
  elements: readonly Element[],
  at: number,
  line: Element,
  furniture: FurnitureResult,
): Element | undefined {
  for (let k = Math.max(0, at - WINDOW); k <= Math.min(elements.length - 1, at + WINDOW); k++) {
    const e = elements[k];
    if (k !== at && !furniture.kinds.has(e.id) && titlesPicture(line, e)) return e;
  }
  return undefined;
}
