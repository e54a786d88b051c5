// Ruled regions of a page (the PDF as the input): tables and framed figures from the lines and rules the
// page draws (src/pdf/graphics.ts). Rules that touch one another form a region; horizontal rules of the
// same span stacked within a page's third (booktabs' top, mid and bottom rules) do too, when no vertical
// rule frames either. A region is
//  - a table when its text falls into columns: vertical rules inside it, or two or more columns of text
//    separated by a gap no line crosses; its rows are the bands between its horizontal rules, or its text
//    lines when the rules only set off the header (a line whose first cell is empty goes on the row above);
//  - a figure when no text line lies inside it (a drawing made of lines, or a frame);
//  - neither otherwise (a framed paragraph): its lines stay text.
import type { BBox } from '../model/element.js';
import type { PdfLine, PdfPage } from './read.js';

export interface Region {
  kind: 'table' | 'figure';
  box: BBox;
  /** Indices into the page's lines of the lines inside the region. */
  lines: number[];
  /** The table's cells, row by row (tables only). */
  rows?: string[][];
}

const TOL = 0.004;

const isH = (b: BBox) => b[2] - b[0] >= b[3] - b[1];
const touch = (a: BBox, b: BBox) =>
  a[0] - TOL <= b[2] && b[0] - TOL <= a[2] && a[1] - TOL <= b[3] && b[1] - TOL <= a[3];
const sameSpan = (a: BBox, b: BBox) =>
  isH(a) &&
  isH(b) &&
  a[2] - a[0] >= 0.3 &&
  Math.abs(a[0] - b[0]) < 0.006 &&
  Math.abs(a[2] - b[2]) < 0.006 &&
  Math.abs(a[1] - b[1]) <= 0.35;

/** Rules → clusters of rules (union-find over touching rules and same-span horizontal ones). */
function clusters(rules: readonly BBox[]): BBox[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let i = 0; i < rules.length; i++)
    for (let j = i + 1; j < rules.length; j++) if (touch(rules[i], rules[j])) parent[find(i)] = find(j);
  // booktabs: same-span horizontal rules join only where neither one's cluster has a vertical rule
  const framed = new Set(rules.map((r, i) => (isH(r) ? -1 : find(i))));
  for (let i = 0; i < rules.length; i++)
    for (let j = i + 1; j < rules.length; j++)
      if (sameSpan(rules[i], rules[j]) && !framed.has(find(i)) && !framed.has(find(j))) parent[find(i)] = find(j);
  const groups = new Map<number, BBox[]>();
  for (let i = 0; i < rules.length; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), rules[i]]);
  return [...groups.values()];
}

function union(boxes: readonly BBox[]): BBox {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/** Distinct positions (sorted), values within `tol` of the previous one taken as the same. */
function distinct(values: number[], tol: number): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out[out.length - 1] > tol) out.push(v);
  return out;
}

/** Column separators of a region: interior vertical rules, or else gaps that no text run crosses. */
function columnCuts(box: BBox, vrules: readonly BBox[], lines: readonly PdfLine[]): number[] {
  const inner = vrules.filter((r) => r[0] > box[0] + 0.01 && r[2] < box[2] - 0.01).map((r) => (r[0] + r[2]) / 2);
  if (inner.length) return distinct(inner, 0.005);
  const spans = lines.flatMap((l) => l.spans ?? [[l.bbox[0], l.bbox[2], l.text] as [number, number, string]]);
  const xs = spans.filter((s) => s[2].trim()).map((s): [number, number] => [s[0], s[1]]);
  if (xs.length === 0) return [];
  xs.sort((a, b) => a[0] - b[0]);
  const cuts: number[] = [];
  let reach = xs[0][1];
  for (const [x0, x1] of xs.slice(1)) {
    if (x0 - reach >= 0.015) cuts.push((x0 + reach) / 2);
    reach = Math.max(reach, x1);
  }
  return cuts;
}

/** A line's text split at the column cuts (each run goes to the column its start falls in). */
function cells(line: PdfLine, cuts: readonly number[]): string[] {
  const out = cuts.map(() => '').concat('');
  for (const [x0, , text] of line.spans ?? [[line.bbox[0], line.bbox[2], line.text]]) {
    const c = cuts.filter((x) => x <= x0 + 0.002).length;
    out[c] = out[c] && !/\s$/.test(out[c]) && !/^\s/.test(text) ? `${out[c]} ${text}` : out[c] + text;
  }
  return out.map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The rows of a table region: bands between its horizontal rules, or its lines (see the header). */
function tableRows(box: BBox, hrules: readonly BBox[], lines: readonly PdfLine[], cuts: readonly number[]): string[][] {
  const width = box[2] - box[0];
  const seps = distinct(
    hrules.filter((r) => r[2] - r[0] >= 0.5 * width).map((r) => (r[1] + r[3]) / 2),
    0.003,
  ).filter((y) => y > box[1] + 0.003 && y < box[3] - 0.003);
  const band = (l: PdfLine) => seps.filter((y) => y < (l.bbox[1] + l.bbox[3]) / 2).length;
  const ruledRows = seps.length >= 2;
  const rows: { band: number; cells: string[]; y: number }[] = [];
  for (const l of [...lines].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0])) {
    const b = band(l);
    const c = cells(l, cuts);
    const y = (l.bbox[1] + l.bbox[3]) / 2;
    const last = rows[rows.length - 1];
    if (last && last.band === b && (ruledRows || Math.abs(y - last.y) < 0.004 || !c[0])) {
      last.cells = last.cells.map((t, i) => (c[i] ? (t ? `${t} ${c[i]}` : c[i]) : t));
      last.y = y;
    } else rows.push({ band: b, cells: c, y });
  }
  return rows.map((r) => r.cells);
}

/** The ruled regions of a page (see the header). */
export function pageRegions(page: PdfPage): Region[] {
  const rules = page.rules ?? [];
  if (rules.length < 3) return [];
  const out: Region[] = [];
  for (const group of clusters(rules)) {
    if (group.length < 3) continue;
    const box = union(group);
    if (box[2] - box[0] < 0.12 || box[3] - box[1] < 0.015) continue;
    const inside: number[] = [];
    page.lines.forEach((l, i) => {
      const cx = (l.bbox[0] + l.bbox[2]) / 2;
      const cy = (l.bbox[1] + l.bbox[3]) / 2;
      if (l.text.trim() && cx > box[0] && cx < box[2] && cy > box[1] - 0.002 && cy < box[3] + 0.002) inside.push(i);
    });
    if (inside.length === 0) {
      if (box[3] - box[1] >= 0.03) out.push({ kind: 'figure', box, lines: [] });
      continue;
    }
    const lines = inside.map((i) => page.lines[i]);
    const cuts = columnCuts(
      box,
      group.filter((r) => !isH(r)),
      lines,
    );
    if (cuts.length === 0) continue;
    const rows = tableRows(
      box,
      group.filter((r) => isH(r)),
      lines,
      cuts,
    );
    out.push({ kind: 'table', box, lines: inside, rows });
  }
  return out.sort((a, b) => a.box[1] - b.box[1]);
}

/** A table's rows as HTML. */
export function rowsHtml(rows: readonly string[][]): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
}
