// The floats a boxed caption stands right under or right over on its page, wherever the parser's reading order put
// it (`captions.page-neighbour` candidates of ../captions.ts). A parser that reads a two-column page column by
// column may set a caption of the right column's figure after the whole left column (Azure DI: "Figure 2: …", typed
// text, right under its picture but nine blocks after it), beyond the reading-order window, where it meets only the
// next figure's pictures. The caption's box still touches its float's: such a float becomes a candidate whose place
// in reading order counts for nothing (the pair is weighed by its page alone, as a doubted caption's is).
// Precedence: this only adds candidates; the pair evidence (kind, gap, a block between, the side) decides.
// Each page's floats are sorted once by their bottom and by their top edge, and a caption looks up only the floats
// whose edge lies within NEAR of its own (two binary searches), so a page of many floats stays linear.
import { overlapsHorizontally } from '../../layout/columns.js';
import { FLOAT_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';

/** Widest vertical gap between a caption and the float it stands right under or over, in page heights. */
export const NEAR = 0.03;
/** A caption's edge may reach this far into its float's box (boxes drawn a little generously). */
const SLACK = 0.005;

interface PageFloats {
  /** The page's floats by their bottom edge, ascending. */
  byBottom: Element[];
  /** The page's floats by their top edge, ascending. */
  byTop: Element[];
}

/** First index in `sorted` whose `edge` is at least `value`. */
function lowerBound(sorted: readonly Element[], edge: (e: Element) => number, value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edge(sorted[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const bottom = (e: Element) => e.bbox![3];
const top = (e: Element) => e.bbox![1];

/** The floats with a box on each page, sorted by their edges (built once per document). */
export function pageFloatIndex(body: readonly Element[]): Map<number, PageFloats> {
  const out = new Map<number, PageFloats>();
  for (const el of body) {
    if (!el.bbox || !FLOAT_TYPES.has(el.type)) continue;
    const page = out.get(el.page) ?? { byBottom: [], byTop: [] };
    page.byBottom.push(el);
    page.byTop.push(el);
    out.set(el.page, page);
  }
  for (const page of out.values()) {
    page.byBottom.sort((a, b) => bottom(a) - bottom(b));
    page.byTop.sort((a, b) => top(a) - top(b));
  }
  return out;
}

/**
 * The floats `caption` stands right under (its top within NEAR below their bottom) or right over (its bottom within
 * NEAR above their top), sharing its column (horizontal overlap).
 */
export function floatsTouching(caption: Element, index: ReadonlyMap<number, PageFloats>): Element[] {
  const page = index.get(caption.page);
  if (!caption.bbox || !page) return [];
  const [, captionTop, , captionBottom] = caption.bbox;
  const out: Element[] = [];
  // under a float: its bottom in [captionTop − NEAR, captionTop + SLACK]
  for (let k = lowerBound(page.byBottom, bottom, captionTop - NEAR); k < page.byBottom.length; k++) {
    const f = page.byBottom[k];
    if (bottom(f) > captionTop + SLACK) break;
    if (overlapsHorizontally(caption, f, 0.5)) out.push(f);
  }
  // over a float: its top in [captionBottom − SLACK, captionBottom + NEAR]
  for (let k = lowerBound(page.byTop, top, captionBottom - SLACK); k < page.byTop.length; k++) {
    const f = page.byTop[k];
    if (top(f) > captionBottom + NEAR) break;
    if (overlapsHorizontally(caption, f, 0.5) && !out.includes(f)) out.push(f);
  }
  return out;
}
