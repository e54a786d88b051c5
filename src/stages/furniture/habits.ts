// The document's own habit for its page furniture, decided once per document before any element is judged:
// where its running heads and running feet sit. Many documents (LaTeX with one-inch margins, reports with a
// tall letterhead) set them lower (higher) than the fixed top (bottom) band of the engine options; others put
// a section name in the running head that changes from page to page, so no repetition finds it.
//
// A running line is a vertical position shared, on several pages, by the topmost (bottommost) element of the
// page, a short single line, where at least two of those elements are page numbers or one text repeated: the
// evidence that the line holds furniture at all (a table's header row repeated where the table runs on is no such
// evidence: ./table-heads.ts). Body text is never found this way: a page's first paragraph
// is long or tall, and a short one at the same height on several pages repeats neither a number nor a text.
import type { Element } from '../../model/element.js';
import { normalizeForRepeat } from '../../text/chars.js';
import { pageNumberValue } from '../../text/page-number.js';
import { maxOf, minOf } from '../../util/arrays.js';
import { repeatedTableHeads } from './table-heads.js';

/** One running line: its vertical extent (page units) and how many pages have an element on it. */
export interface RunningLine {
  top: number;
  bottom: number;
  center: number;
  pages: number;
}

/** Where the document's running heads and feet sit (undefined: no such habit found). */
export interface FurnitureHabits {
  head?: RunningLine;
  foot?: RunningLine;
}

/** How far (page units) the centres of one running line may move from page to page. */
export const LINE_TOLERANCE = 0.006;
/** A running line is one line of small type: no taller than this (page units). */
const MAX_LINE_HEIGHT = 0.025;
/** …in the outer part of the page: its centre no further than this from the top (bottom) edge. */
const MAX_LINE_REACH = 0.2;
/** Elements that start (end) within this of the page's topmost top (bottommost bottom) are its first (last) row. */
const ROW_TOLERANCE = 0.005;

export interface EdgeItem {
  el: Element;
  center: number;
}

/** The short, one-line elements of each page's first (or last) row. */
/** What shows a running line: no floats or captions ("Table 1 – continued"), no titles (a chapter title opening every page). */
const LINE_TYPES = new Set(['text', 'page_title', 'header', 'footer', 'page_number', 'aside_text', 'list_item']);

function edgeRows(
  byPage: Map<number, Element[]>,
  edge: 'head' | 'foot',
  maxLength: number,
  tableHeads: ReadonlySet<Element>,
): EdgeItem[] {
  const items: EdgeItem[] = [];
  for (const [, els] of byPage) {
    const boxed = els.filter((e) => e.bbox && !tableHeads.has(e));
    if (boxed.length === 0) continue;
    const limit = edgeOf(boxed, edge);
    for (let i = 0; i < boxed.length; i++) {
      const el = boxed[i];
      // the box's numbers read by index and the text trimmed last: asked of every element, twice
      const y1 = el.bbox![1];
      const y2 = el.bbox![3];
      const inRow = edge === 'head' ? y1 <= limit + ROW_TOLERANCE : y2 >= limit - ROW_TOLERANCE;
      if (!inRow || !LINE_TYPES.has(el.type) || y2 - y1 > MAX_LINE_HEIGHT) continue;
      const text = el.text.trim();
      if (!text || text.length > maxLength) continue;
      items.push({ el, center: (y1 + y2) / 2 });
    }
  }
  return items;
}

/**
 * The page's edge: the least top (head) or the greatest bottom (foot) of its boxes, as `minOf` / `maxOf` of them
 * (NaN when one is NaN), read in place: asked twice a page, the lists of tops and bottoms were garbage.
 */
function edgeOf(boxed: readonly Element[], edge: 'head' | 'foot'): number {
  const head = edge === 'head';
  let limit = head ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  for (let i = 0; i < boxed.length; i++) {
    const v = head ? boxed[i].bbox![1] : boxed[i].bbox![3];
    if (Number.isNaN(v)) return Number.NaN;
    if (head ? v < limit : v > limit) limit = v;
  }
  return limit;
}

/** The members of `items` within LINE_TOLERANCE of `center`. */
function near(items: EdgeItem[], center: number): EdgeItem[] {
  return items.filter((i) => Math.abs(i.center - center) <= LINE_TOLERANCE);
}

/**
 * For each item, the number of distinct pages among the items within LINE_TOLERANCE of its centre (what
 * `near` would return): one pass over the items sorted by centre with a sliding window, not a scan per item.
 */
export function pagesNear(items: EdgeItem[]): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a].center - items[b].center);
  const counts = new Array<number>(items.length).fill(0);
  const inWindow = new Map<number, number>();
  const enter = (k: number) => inWindow.set(items[k].el.page, (inWindow.get(items[k].el.page) ?? 0) + 1);
  const leave = (k: number) => {
    const page = items[k].el.page;
    const left = (inWindow.get(page) ?? 0) - 1;
    if (left === 0) inWindow.delete(page);
    else inWindow.set(page, left);
  };
  let lo = 0;
  let hi = 0;
  for (const i of order) {
    const center = items[i].center;
    while (hi < order.length && Math.abs(items[order[hi]].center - center) <= LINE_TOLERANCE) enter(order[hi++]);
    while (Math.abs(items[order[lo]].center - center) > LINE_TOLERANCE) leave(order[lo++]);
    counts[i] = inWindow.size;
  }
  return counts;
}

/** Pages on which the line shows a page number that follows the page sequence (one offset from the page index). */
function numberedPages(members: EdgeItem[]): number {
  const byOffset = new Map<number, Set<number>>();
  for (const m of members) {
    const value = pageNumberValue(m.el.text);
    if (value === undefined) continue;
    const pages = byOffset.get(value - m.el.page) ?? new Set<number>();
    pages.add(m.el.page);
    byOffset.set(value - m.el.page, pages);
  }
  return Math.max(0, ...[...byOffset.values()].map((p) => p.size));
}

/** One text (digits folded) on two pages of the line. */
function repeatsText(members: EdgeItem[]): boolean {
  const pagesByText = new Map<string, Set<number>>();
  for (const m of members) {
    const key = normalizeForRepeat(m.el.text);
    const pages = pagesByText.get(key) ?? new Set<number>();
    pages.add(m.el.page);
    pagesByText.set(key, pages);
  }
  return [...pagesByText.values()].some((p) => p.size >= 2);
}

/** The median gap between the line's members and the nearest element towards the body on their pages. */
function gapToBody(members: EdgeItem[], byPage: Map<number, Element[]>, edge: 'head' | 'foot'): number {
  const gaps: number[] = [];
  for (const m of members) {
    const [, y1, , y2] = m.el.bbox!;
    let gap = Number.POSITIVE_INFINITY;
    for (const o of byPage.get(m.el.page) ?? []) {
      if (!o.bbox || o === m.el) continue;
      const g = edge === 'head' ? o.bbox[1] - y2 : y1 - o.bbox[3];
      if (g >= -ROW_TOLERANCE / 2 && g < gap) gap = Math.max(0, g);
    }
    if (Number.isFinite(gap)) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)] : Number.POSITIVE_INFINITY;
}

/**
 * The position most pages' edge rows share, when it holds furniture (page numbers in sequence on two pages,
 * or one text on two pages) on enough of them (`minFraction` of the pages, or page numbers on three), and
 * stands in the outer part of the page; a line of repeated text without page numbers must also be set off
 * from the body by a gap (a page's first body line sits at one height on many pages too).
 */
function runningLine(
  rows: EdgeItem[],
  byPage: Map<number, Element[]>,
  edge: 'head' | 'foot',
  minFraction: number,
): RunningLine | undefined {
  // only rows in the outer part of the page, measured from this edge: a blank page's lone page number at the
  // top is its bottommost element too, and must not make a running foot of the running head's line
  const items = rows.filter((i) => (edge === 'head' ? i.center : 1 - i.center) <= MAX_LINE_REACH + LINE_TOLERANCE);
  const counts = pagesNear(items);
  let bestIndex = -1;
  for (let i = 0; i < items.length; i++) if (bestIndex < 0 || counts[i] > counts[bestIndex]) bestIndex = i;
  if (bestIndex < 0 || counts[bestIndex] < 2) return undefined;
  const best = { members: near(items, items[bestIndex].center), pages: counts[bestIndex] };
  const numbered = numberedPages(best.members);
  const enough = best.pages >= minFraction * byPage.size || numbered >= 3;
  if (!enough || (numbered < 2 && !repeatsText(best.members))) return undefined;
  const centers = best.members.map((m) => m.center).sort((a, b) => a - b);
  const center = centers[Math.floor(centers.length / 2)];
  if ((edge === 'head' ? center : 1 - center) > MAX_LINE_REACH) return undefined;
  const top = minOf(best.members.map((m) => m.el.bbox![1]));
  const bottom = maxOf(best.members.map((m) => m.el.bbox![3]));
  const heights = best.members.map((m) => m.el.bbox![3] - m.el.bbox![1]).sort((a, b) => a - b);
  // A line that shows no page numbers in sequence must stand apart from the body, as running heads do.
  if (numbered < 2 && gapToBody(best.members, byPage, edge) < heights[Math.floor(heights.length / 2)] / 2)
    return undefined;
  return { top, bottom, center, pages: best.pages };
}

/**
 * Short lines sitting on a table, closer to its top than their own height and inside its width: a header row the
 * parser cut out of the table (PaddleOCR, Azure DI, MinerU-v2 label its cells header where the table runs on). A
 * running head stands off from what follows it by more than a line.
 */
function cellsOverTables(byPage: Map<number, Element[]>): Element[] {
  const out: Element[] = [];
  for (const [, els] of byPage) {
    const tables = els.filter((e) => e.type === 'table' && e.bbox);
    if (tables.length === 0) continue;
    for (const el of els) {
      if (!el.bbox || el.type === 'table') continue;
      const [x1, y1, x2, y2] = el.bbox;
      const h = y2 - y1;
      const on = tables.some(
        (t) =>
          t.bbox![1] >= y2 - ROW_TOLERANCE && t.bbox![1] - y2 < h && x1 >= t.bbox![0] - 0.01 && x2 <= t.bbox![2] + 0.01,
      );
      if (on) out.push(el);
    }
  }
  return out;
}

/**
 * The document's running-head and running-foot lines. `minFraction`: the share of the pages the line must
 * appear on (the engine's `furniture.minRepeatFraction`); `maxLength`: the longest text a running line holds.
 */
export function furnitureHabits(
  byPage: Map<number, Element[]>,
  minFraction: number,
  maxLength: number,
): FurnitureHabits {
  // A table's header row repeated at the top of the pages it runs over repeats as a running head does, but sets
  // the height of the table's rows, not of the page's running lines: a page-opening heading there is body; so do
  // the cells of a head row cut out right on top of the table on its later pages.
  const tableHeads = new Set([...repeatedTableHeads(byPage, () => false), ...cellsOverTables(byPage)]);
  return {
    head: runningLine(edgeRows(byPage, 'head', maxLength, tableHeads), byPage, 'head', minFraction),
    foot: runningLine(edgeRows(byPage, 'foot', maxLength, tableHeads), byPage, 'foot', minFraction),
  };
}

/** Is `el` on the running line (its centre within the line's tolerance, itself one short line)? */
export function onRunningLine(el: Element, line: RunningLine | undefined): boolean {
  if (!line || !el.bbox) return false;
  const [, y1, , y2] = el.bbox;
  return y2 - y1 <= MAX_LINE_HEIGHT && Math.abs((y1 + y2) / 2 - line.center) <= LINE_TOLERANCE;
}
