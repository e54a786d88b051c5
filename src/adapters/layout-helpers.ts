// Small pure helpers shared by the layout-style adapters (Docling, Marker, Unstructured, Textract):
// tables given as cells with spans → HTML and text, caption kind from a caption's own words,
// and the "is this header/footer just a page number" test.
import type { BBox, ElementHints } from '../model/element.js';
import { joinFragments } from '../text/chars.js';
import { pageNumberValue } from '../text/page-number.js';
import { maxOf, minOf } from '../util/arrays.js';

/** One table cell at its anchor (0-based row/column), with spans. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  header: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Cells grouped by anchor row, each row sorted by column; duplicates at one anchor keep the first. */
function rowsOf(cells: GridCell[]): GridCell[][] {
  const seen = new Set<string>();
  const rows: GridCell[][] = [];
  for (const cell of cells) {
    const key = `${cell.row},${cell.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!rows[cell.row]) rows[cell.row] = [];
    rows[cell.row].push(cell);
  }
  return Array.from(rows, (r) => (r ?? []).sort((a, b) => a.col - b.col));
}

/** `<table>` HTML with rowspan/colspan; header cells become `<th>`. Empty rows are kept as `<tr></tr>`. */
export function gridToHtml(cells: GridCell[]): string {
  const body = rowsOf(cells)
    .map((row) => {
      const tds = row.map((c) => {
        const tag = c.header ? 'th' : 'td';
        const span =
          (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '') + (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '');
        return `<${tag}${span}>${escapeHtml(c.text)}</${tag}>`;
      });
      return `<tr>${tds.join('')}</tr>`;
    })
    .join('');
  return `<table>${body}</table>`;
}

/** Plain text of a table: cells separated by tabs, rows by newlines (like innerText). */
export function gridToText(cells: GridCell[]): string {
  return rowsOf(cells)
    .filter((row) => row.length > 0)
    .map((row) => row.map((c) => c.text.replace(/\s+/g, ' ').trim()).join('\t'))
    .join('\n');
}

/** What a caption's first word says it captions, when it says so ("Table 3", "Fig. 2", "表1", "图 2"). */
export function captionKindFromText(text: string): 'table' | 'image' | undefined {
  const t = text.trimStart().slice(0, 40);
  if (/^(table|tab\.|tbl\.|tableau|tabelle|tabla|tabella|bảng|表)/i.test(t)) return 'table';
  if (/^(fig(ure|\.)?|fig\s|image|chart|graph|photo|plate|abbildung|abb\.|hình|图|圖|插图)/i.test(t)) return 'image';
  return undefined;
}

/** True for running-furniture text that is only a page number ("12", "- 3 -", "Page 4 of 9", "iv", "第7页"). */
export function looksLikePageNumber(text: string): boolean {
  return pageNumberValue(text) !== undefined;
}

/** Vertical centre of a box. */
export function centerY(b: BBox): number {
  return (b[1] + b[3]) / 2;
}

/** Area of the intersection of two boxes. */
export function intersectionArea(a: BBox, b: BBox): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

export function area(b: BBox): number {
  return Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
}

/** Nearest box by vertical gap (0 when they overlap vertically), ties broken by horizontal gap. */
export function nearestIndex(target: BBox, candidates: BBox[]): number {
  let best = -1;
  let bestScore = Number.POSITIVE_INFINITY;
  candidates.forEach((c, i) => {
    const dy = Math.max(0, c[1] - target[3], target[1] - c[3]);
    const dx = Math.max(0, c[0] - target[2], target[0] - c[2]);
    const score = dy + dx * 0.5;
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * The shape of a block's lines (boxes in any unit, x1 <= x2, y1 <= y2), for blocks of two or more lines:
 * `lastLineFill`, the last line's right end as a share of the widest line's, and `firstLineIndent`, how far
 * the first line starts in from the other lines (negative for a hanging indent), as a share of the width.
 */
export function lineShape(
  lines: ReadonlyArray<readonly [number, number, number, number]>,
): Pick<ElementHints, 'lastLineFill' | 'firstLineIndent'> {
  if (lines.length < 2) return {};
  const byTop = [...lines].sort((p, q) => p[1] + p[3] - (q[1] + q[3]));
  const left = minOf(lines.map((l) => l[0]));
  const right = maxOf(lines.map((l) => l[2]));
  if (right - left <= 0) return {};
  const last = byTop[byTop.length - 1];
  const restLeft = minOf(byTop.slice(1).map((l) => l[0]));
  const clamp = (v: number, lo: number) => Math.max(lo, Math.min(1, v));
  return {
    lastLineFill: clamp((last[2] - left) / (right - left), 0),
    firstLineIndent: clamp((byTop[0][0] - restLeft) / (right - left), -1),
  };
}

/**
 * Items (words, spans, OCR segments) grouped into text lines: an item joins a line when it overlaps one of the
 * line's items vertically by at least half the smaller height. Lines top to bottom, each left to right.
 */
export function groupIntoLines<T>(items: readonly T[], boxOf: (item: T) => BBox): T[][] {
  const sorted = [...items].sort((a, b) => boxOf(a)[1] + boxOf(a)[3] - (boxOf(b)[1] + boxOf(b)[3]));
  const lines: T[][] = [];
  for (const item of sorted) {
    const line = lines.find((l) => l.some((o) => verticalOverlap(boxOf(o), boxOf(item)) >= 0.5));
    if (line) line.push(item);
    else lines.push([item]);
  }
  for (const l of lines) l.sort((a, b) => boxOf(a)[0] - boxOf(b)[0]);
  const top = (l: T[]) => minOf(l.map((item) => boxOf(item)[1]));
  return lines.sort((a, b) => top(a) - top(b));
}

function verticalOverlap(a: BBox, b: BBox): number {
  const overlap = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  const smaller = Math.min(a[3] - a[1], b[3] - b[1]);
  return smaller > 0 ? overlap / smaller : 0;
}

/** The box around boxes. */
export function unionBox(boxes: readonly BBox[]): BBox {
  return [
    minOf(boxes.map((b) => b[0])),
    minOf(boxes.map((b) => b[1])),
    maxOf(boxes.map((b) => b[2])),
    maxOf(boxes.map((b) => b[3])),
  ];
}

/** Share of the block's width under which an inner line was broken by its author, not wrapped. */
const SHORT_LINE = 0.75;

/**
 * Line boxes of one block that its author broke (a program, a config file, an address), not the typesetter: two or
 * more lines under each other, and at least half of those before the last end short of the block's right edge.
 */
export function linesBrokenByAuthor(boxes: readonly BBox[]): boolean {
  if (boxes.length < 2) return false;
  const left = minOf(boxes.map((b) => b[0]));
  const width = maxOf(boxes.map((b) => b[2])) - left;
  if (width <= 0) return false;
  // Lines side by side (a block merged over two columns) are no program's lines.
  if (boxes.some((b) => b[0] - left > width * 0.3)) return false;
  const inner = boxes.slice(0, -1);
  return inner.filter((b) => (b[2] - left) / width < SHORT_LINE).length * 2 >= inner.length;
}

/**
 * Lines of a paragraph joined: wrapped lines with a space (none in CJK), a line-final hyphen before a
 * lowercase letter removed. Joined pairwise and concatenated once: folding `joinFragments` over the
 * growing text re-reads it at every line (quadratic, minutes on a block of 100,000 lines).
 */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  let tail = '';
  for (const line of lines) {
    const right = line.trimStart();
    if (!right.trim()) continue;
    // joinFragments ends with `right` unchanged; what comes before it is the (trimmed, dehyphenated) tail and the separator.
    const joined = joinFragments(tail, right);
    parts.push(joined.slice(0, joined.length - right.length));
    tail = right;
  }
  parts.push(tail);
  return parts.join('');
}
