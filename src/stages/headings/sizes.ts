// Sizes of headings and of body text, from the parser's font hints or from boxes: the evidence behind
// the size demotions and the size classes that rank unnumbered headings.
import type { Element, PageInfo } from '../../model/element.js';
import { textWidthEm, textWidthWithin } from '../../text/chars.js';
import type { FurnitureResult } from '../types.js';
import type { BodyLineMemo, Candidate } from './types.js';

/** Estimated line height of a block: hints first, else the box height divided by the lines its text needs. */
export function estimateLineHeight(el: Element, page: PageInfo | undefined): number | undefined {
  if (el.hints?.fontSize) return el.hints.fontSize / 1000;
  if (el.hints?.lineHeight) return el.hints.lineHeight;
  if (!el.bbox) return undefined;
  const aspect = pageAspect(page);
  const boxHeight = el.bbox[3] - el.bbox[1];
  const boxWidth = (el.bbox[2] - el.bbox[0]) * aspect; // in page-height units
  if (boxHeight <= 0 || boxWidth <= 0) return undefined;
  const em = textWidthEm(el.text.trim());
  if (el.hints?.lineCount) return boxHeight / el.hints.lineCount;
  for (let lines = 1; lines <= 12; lines++) {
    const lineHeight = boxHeight / lines;
    const fontSize = lineHeight / 1.2;
    if (em * fontSize <= boxWidth * 1.15) return lineHeight;
  }
  return boxHeight / 12;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Size classes: sort sizes descending, start a new class where the drop exceeds the tolerance. */
export function sizeClasses(sizes: number[], tolerance: number): (size: number) => number {
  const sorted = [...new Set(sizes)].sort((a, b) => b - a);
  const bounds: number[] = []; // smallest size of each class
  let classTop = Number.POSITIVE_INFINITY;
  for (const s of sorted) {
    if (bounds.length === 0 || s < classTop * (1 - tolerance)) {
      bounds.push(s);
      classTop = s;
    } else bounds[bounds.length - 1] = s;
  }
  return (size) => {
    const i = bounds.findIndex((b) => size >= b * (1 - 1e-9));
    return i < 0 ? bounds.length - 1 : i;
  };
}

/** A margin past rounding: a text this much wider than the room is surely wider however the product rounds. */
const SURELY_WIDER = 1 + 1e-6;

/** Width of a box in page-height units (so it compares with heights). */
function widthInHeights(el: Element, page: PageInfo | undefined): number {
  const aspect = pageAspect(page);
  return el.bbox ? (el.bbox[2] - el.bbox[0]) * aspect : 0;
}

function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

/**
 * One line of body text: the median height of text blocks whose text fits on one line at the font size their height
 * implies (undefined under three). With `memo`, measured once per stage: it reads every text block's width.
 */
export function bodyLineHeight(
  elements: readonly Element[],
  pageInfo: Map<number, PageInfo>,
  furniture: FurnitureResult,
  memo?: BodyLineMemo,
): number | undefined {
  if (memo?.bodyLine) return memo.bodyLine.value;
  const heights: number[] = [];
  for (const e of elements) {
    if (!isBodyBlock(e, furniture)) continue;
    const h = e.bbox![3] - e.bbox![1];
    const text = e.text.trim();
    if (!(h > 0 && text.length >= 8)) continue;
    const room = widthInHeights(e, pageInfo.get(e.page)) * 1.1;
    // a paragraph far wider than its line is seen from its first words, the rest summed exactly (one reading: the
    // width up to a bound is the whole width when it stays within it)
    const em = textWidthWithin(text, (room / (h / 1.2)) * SURELY_WIDER);
    if (em !== undefined && em * (h / 1.2) <= room) heights.push(h);
  }
  const value = heights.length >= 3 ? median(heights) : undefined;
  if (memo) memo.bodyLine = { value };
  return value;
}

const isBodyBlock = (e: Element, furniture: FurnitureResult): boolean =>
  (e.type === 'text' || e.type === 'list_item') && Boolean(e.bbox) && !furniture.kinds.has(e.id);

/**
 * Line heights from boxes. One line of body text: `bodyLineHeight`. A heading as wide as the column may have
 * wrapped: its height divided by 2–4 lines is taken when that matches a surely one-line heading.
 */
export function measureSizes(
  candidates: Candidate[],
  elements: readonly Element[],
  pageInfo: Map<number, PageInfo>,
  furniture: FurnitureResult,
  memo?: BodyLineMemo,
): { bodyLine: number | undefined; lineHeight: (c: Candidate) => number | undefined } {
  const body = elements.filter((e) => isBodyBlock(e, furniture));
  const bodyLine = bodyLineHeight(elements, pageInfo, furniture, memo);
  const columnWidth = quantile(
    body.filter((e) => e.text.length > 40).map((e) => e.bbox![2] - e.bbox![0]),
    0.9,
  );
  const mayWrap = (el: Element) =>
    columnWidth !== undefined && el.bbox !== null && el.bbox[2] - el.bbox[0] >= 0.7 * columnWidth;
  const singles = candidates
    .filter((c) => c.el.bbox && !c.el.hints?.fontSize && !c.el.hints?.lineHeight && !mayWrap(c.el))
    .map((c) => c.el.bbox![3] - c.el.bbox![1]);
  const nearSingle = singleHeightWithin10Percent(singles);
  const ascending = singles.filter((s) => s > 0).sort((a, b) => a - b); // for loosePitch's binary search
  const lineHeight = (c: Candidate): number | undefined => {
    const el = c.el;
    if (!el.bbox || el.hints?.fontSize || el.hints?.lineHeight || el.hints?.lineCount || singles.length === 0) {
      return estimateLineHeight(el, pageInfo.get(el.page));
    }
    const h = el.bbox[3] - el.bbox[1];
    if (!mayWrap(el)) return h;
    const em = headingWidthEm(el.text.trim());
    const width = widthInHeights(el, pageInfo.get(el.page));
    for (let lines = 2; lines <= 4; lines++) {
      const line = h / lines;
      const longEnough = em * (line / 1.2) >= width * (lines - 1) * 0.9; // the text needs that many lines
      // The lines' pitch holds their leading: the wrapped heading is as tall as the one-line heading it matches.
      const single = longEnough ? nearSingle(line) : undefined;
      if (single !== undefined) return Math.min(line, single);
    }
    return loosePitch(h, em, width, ascending);
  };
  return { bodyLine, lineHeight };
}

/**
 * A wrapped heading set with more leading than one line's box (aip's section titles in capitals: a 95-unit box for two
 * lines beside 37-unit single lines): a surely one-line heading's height `s` is its line when the box holds `lines`
 * such lines at a pitch of 0.9–1.7 lines (h from lines × 0.9 s to s + (lines − 1) × 1.7 s) and the text needs that many
 * lines at that height; the largest such `s`, else the box's height. `ascending`: the positive single heights, sorted.
 * Asked for every wrapped heading, a scan of every single height was quadratic in the headings; each bound is monotone
 * in `s` (the upper one falls as `s` grows, the other two rise), so per `lines` only the largest `s` under the upper
 * bound can be the answer, found by bisection and then tested whole, rounding as before.
 */
export function loosePitch(h: number, em: number, width: number, ascending: readonly number[]): number {
  let best: number | undefined;
  for (let lines = 2; lines <= 4; lines++) {
    let lo = 0;
    let hi = ascending.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h >= lines * 0.9 * ascending[mid]) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) continue;
    const s = ascending[lo - 1];
    const fits = h <= s + (lines - 1) * 1.7 * s && em * (s / 1.2) >= width * (lines - 1) * 0.9;
    if (fits && (best === undefined || s > best)) best = s;
  }
  return best ?? h;
}

/** How much wider than a lower-case letter (0.52 em in textWidthEm) a capital is set: about 0.72 em. */
const CAPITAL_EXTRA_EM = 0.2;

/**
 * A heading's width in ems, its capitals counted wider than textWidthEm counts them: a section title in capitals
 * (revtex's "CUSTOMIZING HOW PACKAGES ARE DISPLAYED", two lines in its column) measured at lower-case widths seemed
 * short enough for one line, so its two-line box passed for one line twice the height, a size no heading has.
 */
function headingWidthEm(text: string): number {
  let capitals = 0;
  for (const ch of text) if (/\p{Lu}/u.test(ch)) capitals++;
  return textWidthEm(text) + CAPITAL_EXTRA_EM * capitals;
}

/**
 * The one-line height s closest to `line` with `Math.abs(line - s) / s < 0.1` (undefined: none), answered from the
 * sorted heights: asked for every wrapped heading against every single-line one, the scan was quadratic in the
 * number of headings. A positive s can pass only within line / 1.1 … line / 0.9; the window is widened a little and
 * each height in it takes the exact test, so rounding decides as before. Non-positive heights keep the plain test
 * (and give `line` itself).
 */
function singleHeightWithin10Percent(singles: readonly number[]): (line: number) => number | undefined {
  const passes = (line: number, s: number) => Math.abs(line - s) / s < 0.1;
  const positive = singles.filter((s) => s > 0).sort((a, b) => a - b);
  const other = singles.filter((s) => !(s > 0));
  return (line) => {
    if (other.some((s) => passes(line, s))) return line;
    if (!(line > 0)) return positive.some((s) => passes(line, s)) ? line : undefined;
    const low = (line / 1.1) * (1 - 1e-9);
    const high = (line / 0.9) * (1 + 1e-9);
    let lo = 0;
    let hi = positive.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positive[mid] < low) lo = mid + 1;
      else hi = mid;
    }
    let best: number | undefined;
    for (let k = lo; k < positive.length && positive[k] <= high; k++) {
      const s = positive[k];
      if (passes(line, s) && (best === undefined || Math.abs(line - s) < Math.abs(line - best))) best = s;
    }
    return best;
  };
}

/** Width / height of a page; 0.75 (between A4 and Letter) when only a normalized unit space is known. */
function pageAspect(page: PageInfo | undefined): number {
  const real = page?.unit !== 'normalized' && page?.unit !== 'per-mille';
  return real && page?.width && page?.height ? page.width / page.height : 0.75;
}
