// The document centres its headings (`demoted-off-centre`): amsart sets its sections centred in the text column
// ("1. Display elements", "Placement of display elements", "Acknowledgments"), while a description list's term
// ("MainWidget", "Description") stands flush left, at the column's edge, in bold. A parser that types the term a
// title (MinerU middle, PaddleOCR, Unstructured) made it a top section. The document's habit tells the two apart.
// Evidence, all needed: two or more headings after the first centred in their column (both margins clear, and
// alike), every numbered one among them; no numbered heading flush left; the title unnumbered, no keyword, not
// the first heading, flush left (its left edge at the column's, its right far from the column's); fewer such
// titles than centred headings. The column of a heading is that of the wider body text around it on its page.
// Precedence: after the text demotions, before sizes and levels; without boxes nothing is measured.
import type { Element } from '../../model/element.js';
import { maxOf, minOf } from '../../util/arrays.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

type Place = 'centred' | 'left' | 'other';

/** Margins alike within this share of the column's width; an edge at the column's within it too. */
const TOLERANCE = 0.03;

/** Each margin of a centred heading at least this share of the column's width. */
const MARGIN = 0.08;

/** Text blocks of a page read for its column. */
const MAX_BLOCKS = 400;

/**
 * Where a heading stands in the text column around it (the span of the body text on its page that holds it and is
 * wider): centred, flush left, or else (unknown: other).
 */
function placeOf(c: Candidate, byPage: Map<number, Element[]>): Place {
  const b = c.el.bbox;
  if (!b) return 'other';
  const w = b[2] - b[0];
  const column = (byPage.get(c.el.page) ?? []).filter(
    (e) => e.bbox && e.bbox[2] - e.bbox[0] >= 1.25 * w && e.bbox[0] <= b[0] + w * 0.1 && e.bbox[2] >= b[2] - w * 0.1,
  );
  if (column.length < 2) return 'other';
  const left = minOf(column.map((e) => e.bbox![0]));
  const right = maxOf(column.map((e) => e.bbox![2]));
  const width = right - left;
  if (width <= 0) return 'other';
  const gapL = (b[0] - left) / width;
  const gapR = (right - b[2]) / width;
  if (gapL >= MARGIN && gapR >= MARGIN && Math.abs(gapL - gapR) <= TOLERANCE) return 'centred';
  if (Math.abs(gapL) <= TOLERANCE && gapR >= 0.3) return 'left';
  return 'other';
}

export function demoteOffCentre(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  if (ctx.weights['demoted-off-centre'] <= 0 || candidates.length < 4) return candidates;
  const byPage = new Map<number, Element[]>();
  for (const e of elements) {
    if (e.type !== 'text' || furniture.kinds.has(e.id)) continue;
    const onPage = byPage.get(e.page) ?? [];
    // A page's first blocks show its column; a bound keeps a page of 100,000 blocks linear.
    if (onPage.length < MAX_BLOCKS) onPage.push(e);
    byPage.set(e.page, onPage);
  }
  const rest = candidates.slice(1);
  const place = new Map(rest.map((c) => [c, placeOf(c, byPage)]));
  const centred = rest.filter((c) => place.get(c) === 'centred');
  const numbered = rest.filter((c) => c.numbering);
  if (centred.length < 2 || numbered.some((c) => place.get(c) !== 'centred')) return candidates;
  const left = rest.filter((c) => !c.numbering && !c.keyword && place.get(c) === 'left');
  if (left.length === 0 || left.length >= centred.length) return candidates;
  const dropped = new Set<Candidate>();
  for (const c of left) {
    const message = `not a heading: "${c.el.text.trim()}" stands flush left, where the document centres its headings`;
    if (demote(ctx, c.el, 'headings.off-centre', 'headings.demoted-off-centre', message)) dropped.add(c);
  }
  return candidates.filter((c) => !dropped.has(c));
}
