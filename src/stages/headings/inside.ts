// A title drawn inside another block: a chart's legend or axis label ("United States", "Nov.") that the
// parser typed as a title while the figure itself, or the paragraph it wrongly took the figure into,
// covers it (`demoted-inside-block`). A heading stands beside the text it heads, never within it.
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

/** How much of the title's box the other block covers, and how much larger that block must be. */
const COVERED = 0.8;
const LARGER = 4;

const area = (b: readonly number[]) => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);

function covered(inner: readonly number[], outer: readonly number[]): number {
  const w = Math.min(inner[2], outer[2]) - Math.max(inner[0], outer[0]);
  const h = Math.min(inner[3], outer[3]) - Math.max(inner[1], outer[1]);
  const a = area(inner);
  return w > 0 && h > 0 && a > 0 ? (w * h) / a : 0;
}

/** A page's boxed elements, largest first, each with its area and its place in the page's order. */
interface Sized {
  el: Element;
  area: number;
  at: number;
}

/**
 * The host of a box: of the page's elements at least LARGER times its area that cover it, the first in the page's
 * order. Only the prefix of the largest is read (a page of 100,000 lines holds few blocks that large).
 */
function hostOf(box: readonly number[], bySize: readonly Sized[]): Element | undefined {
  const least = LARGER * area(box);
  let best: Sized | undefined;
  for (const s of bySize) {
    if (s.area < least) break;
    if ((!best || s.at < best.at) && covered(box, s.el.bbox!) >= COVERED) best = s;
  }
  return best?.el;
}

export function demoteInsideBlocks(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  const byPage = new Map<number, Sized[]>();
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (!e.bbox || furniture.kinds.has(e.id) || e.type === 'title' || e.type === 'page_title') continue;
    const list = byPage.get(e.page) ?? [];
    list.push({ el: e, area: area(e.bbox), at: list.length });
    byPage.set(e.page, list);
  }
  for (const list of byPage.values()) list.sort((a, b) => b.area - a.area || a.at - b.at);
  return candidates.filter((c) => {
    const box = c.el.bbox;
    if (!box || c.el.hints?.outlineLevel !== undefined || area(box) <= 0) return true;
    const host = hostOf(box, byPage.get(c.el.page) ?? []);
    if (!host) return true;
    const message = `not a heading: it lies inside another block (${host.type} ${host.ref}), a label drawn within it`;
    return !demote(ctx, c.el, 'headings.inside-block', 'headings.demoted-inside-block', message);
  });
}
