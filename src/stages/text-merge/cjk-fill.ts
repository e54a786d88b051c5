// How full the last line of a CJK block is, read from its box and its text when the parser gives no line boxes
// (asked once per document by the text-merge stage, src/stages/text-merge.ts; read as `lastLineFill` by the
// features). CJK type sets every full-width character on one square, and justified lines hold the same number of
// them, so a block's lines are its height over the document's line pitch and its last line's fill is what its
// characters leave over the full lines before it.
// Evidence, in order: the line pitch is the period of the CJK text blocks' heights (the one that fits them best
// between 1.1 and 2.2 single-line heights); a column's characters per line is the most any block of that width
// puts on a line (the upper decile of characters over lines, blocks of several lines only); the estimate is given
// only for a mostly-CJK block of two lines or more whose column has three such blocks to learn from, and never
// where line boxes were given (those say it exactly); only a surely full or surely short last line is told (on the
// train documents of the full LaTeX corpus, estimates from 0.7 to 0.97 were off by up to a quarter line).
import type { Element } from '../../model/element.js';
import { beforeFormulaTail } from './patterns.js';
import { cjkShare } from './text-kind.js';

/** A block this CJK (share of its letters) is read by character count. */
const CJK_BLOCK = 0.6;
/** Widths this close (page fraction) are one column. */
const SAME_WIDTH = 0.02;
/** Blocks of one column with several lines needed to learn its characters per line. */
const MIN_REFERENCES = 3;
/** An estimate this high is a full last line; one this low a short one; between, the count cannot tell. */
const SURELY_FULL = 0.97;
const SURELY_SHORT = 0.7;

/** Width of the text in full-width squares: CJK and full-width forms one, Latin and digits about a half. */
export function emLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (/[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch)) n += 1;
    else if (/\s/u.test(ch)) n += 0.25;
    else n += 0.5;
  }
  return n;
}

interface Block {
  el: Element;
  width: number;
  height: number;
  em: number;
}

/** The line pitch (page fraction) that best explains the blocks' heights as one line plus whole pitches. */
function linePitch(blocks: readonly Block[]): { single: number; pitch: number } | undefined {
  const heights = blocks.map((b) => b.height).sort((x, y) => x - y);
  const single = heights[Math.floor(heights.length * 0.1)];
  if (!single || heights.length < 5) return undefined;
  let best: { pitch: number; fit: number } | undefined;
  for (let f = 1.1; f <= 2.2; f += 0.01) {
    const pitch = single * f;
    let fit = 0;
    for (const h of heights) fit += Math.cos((2 * Math.PI * (h - single)) / pitch);
    if (!best || fit > best.fit) best = { pitch, fit };
  }
  // The heights must line up on it: most of them within an eighth of a pitch of a whole number of lines.
  if (!best) return undefined;
  const aligned = heights.filter((h) => {
    const lines = (h - single) / best.pitch;
    return Math.abs(lines - Math.round(lines)) <= 0.12;
  }).length;
  return aligned >= heights.length * 0.8 ? { single, pitch: best.pitch } : undefined;
}

/** Per block id, the estimated fill of its last line (0–1), for mostly-CJK boxed blocks without line boxes. */
export function cjkLastLineFills(body: readonly Element[]): Map<number, number> {
  const fills = new Map<number, number>();
  const blocks: Block[] = [];
  for (let i = 0; i < body.length; i++) {
    const el = body[i];
    if (el.type !== 'text' || !el.bbox || el.hints?.lastLineFill !== undefined) continue;
    if (cjkShare(el.text) < CJK_BLOCK) continue;
    const [x0, y0, x1, y1] = el.bbox;
    blocks.push({ el, width: x1 - x0, height: y1 - y0, em: 0 }); // em only once a line pitch is found (below)
  }
  const grid = linePitch(blocks);
  if (!grid) return fills;
  const linesOf = (b: Block) => 1 + Math.max(0, Math.round((b.height - grid.single) / grid.pitch));
  const several = blocks.filter((b) => linesOf(b) >= 2);
  // A display formula run into the block's end ("…ません。k = 2") stands on a line of its own: not counted.
  for (const b of several) b.em = emLength(beforeFormulaTail(b.el.text.trim()));
  const fulls = columnUpperDeciles(
    several.map((b) => b.width),
    several.map((b) => b.em / linesOf(b)),
  );
  for (let i = 0; i < several.length; i++) {
    const b = several[i];
    const full = fulls[i];
    if (full === undefined) continue;
    const lines = linesOf(b);
    const fill = Math.max(0, Math.min(1, (b.em - (lines - 1) * full) / full));
    if (fill >= SURELY_FULL) fills.set(b.el.id, 1);
    else if (fill <= SURELY_SHORT) fills.set(b.el.id, fill);
  }
  return fills;
}

/**
 * Per block, the upper decile (the value at ⌊0.9 n⌋ of the n sorted, the last at most) of `perLine` over its column:
 * the blocks whose width is within SAME_WIDTH of its own, itself included; undefined below MIN_REFERENCES blocks.
 * A column is a window of the blocks sorted by width that only moves forward, so the window's counts are kept in a
 * Fenwick tree over the values' ranks: n log n, where filtering and sorting each block's column was quadratic.
 */
export function columnUpperDeciles(widths: readonly number[], perLine: readonly number[]): (number | undefined)[] {
  const n = widths.length;
  const out: (number | undefined)[] = new Array(n).fill(undefined);
  const byWidth = widths.map((_, i) => i).sort((a, b) => widths[a] - widths[b]);
  const values = [...perLine].sort((x, y) => x - y);
  const rank = (v: number) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo; // the first of equal values: equal values share one slot
  };
  const ranks = perLine.map(rank);
  const tree = new Int32Array(n + 1);
  const bump = (r: number, by: number) => {
    for (let i = r + 1; i <= n; i += i & -i) tree[i] += by;
  };
  let step = 1;
  while (step * 2 <= n) step *= 2;
  const kth = (k: number) => {
    // The slot holding the k-th smallest (0-based) count: the largest prefix with at most k before it.
    let pos = 0;
    for (let s = step; s > 0; s >>= 1) {
      if (pos + s <= n && tree[pos + s] <= k) {
        pos += s;
        k -= tree[pos];
      }
    }
    return values[pos];
  };
  let from = 0;
  let to = 0;
  for (const i of byWidth) {
    const w = widths[i];
    for (; to < n && Math.abs(widths[byWidth[to]] - w) <= SAME_WIDTH; to++) bump(ranks[byWidth[to]], 1);
    for (; Math.abs(widths[byWidth[from]] - w) > SAME_WIDTH; from++) bump(ranks[byWidth[from]], -1);
    const count = to - from;
    if (count >= MIN_REFERENCES) out[i] = kth(Math.min(count - 1, Math.floor(count * 0.9)));
  }
  return out;
}
