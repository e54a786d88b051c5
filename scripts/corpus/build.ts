// Ground truth: every structure leaf of the tagged PDF (one per source block, or per table row) is
// aligned, in order, with the source blocks by their whitespace- and hyphen-free text; its runs are
// then cut per page column. One piece on one page/column = one page-level element. Untagged runs are
// the printed furniture.
import type { Block, SourceDoc } from './blocks.js';
import { alignKey, blockAlignText, fixChars, keyMap, looseStartsWith } from './blocks.js';
import type { Layout } from './layout.js';
import type { Leaf, PageData, Run } from './readback.js';
import { runningTexts } from './render.js';

export type ElemKind =
  | 'heading'
  | 'text'
  | 'item'
  | 'code'
  | 'lead'
  | 'footnote'
  | 'table'
  | 'image'
  | 'caption'
  | 'header'
  | 'footer'
  | 'page_number';

/** One printed line of an element: its box (PDF points, top-left origin) and text. */
export interface PLine {
  bbox: [number, number, number, number];
  text: string;
}

export interface PElem {
  kind: ElemKind;
  blockId?: string;
  level?: number;
  isTitle?: boolean;
  page: number;
  col: number;
  bbox: [number, number, number, number]; // PDF points, top-left origin
  text: string;
  rows?: { cells: string[]; tags: string[] }[];
  /** for captions: the table/figure block they belong to */
  captionOf?: string;
  /** top of page (header-ish) for furniture */
  top?: boolean;
  /** the printed lines of text elements, captions and furniture, top to bottom */
  lines?: PLine[];
  /** what the source block is when the kind does not say (a display equation is `text`); read by habits.ts */
  role?: 'equation';
}

export interface Built {
  pages: { width: number; height: number; elems: PElem[] }[];
  warnings: string[];
}

type Unit = {
  block: Block;
  kind: 'text' | 'tcaption' | 'row' | 'image' | 'fcaption';
  key: string;
  map: { key: string; orig: string[] };
  row?: number;
  head?: boolean;
};

function unitsOf(blocks: Block[]): Unit[] {
  const out: Unit[] = [];
  const mk = (block: Block, kind: Unit['kind'], text: string, extra: Partial<Unit> = {}): Unit => {
    const map = keyMap(text);
    return { block, kind, key: map.key, map, ...extra };
  };
  for (const b of blocks) {
    if (b.kind === 'table') {
      if (b.caption && !b.captionBelow) out.push(mk(b, 'tcaption', b.caption));
      const rows = [...b.headRows, ...b.bodyRows];
      rows.forEach((r, i) => {
        out.push(mk(b, 'row', r.join(''), { row: i, head: i < b.headRows.length }));
      });
      // printed under the table: its notes, then a caption set below
      for (const n of b.notes ?? []) out.push(mk(b, 'tcaption', n));
      if (b.caption && b.captionBelow) out.push(mk(b, 'tcaption', b.caption));
    } else if (b.kind === 'figure') {
      out.push(mk(b, 'image', ''));
      if (b.caption) out.push(mk(b, 'fcaption', b.caption));
    } else out.push(mk(b, 'text', blockAlignText(b)));
  }
  return out.filter((u) => u.kind === 'image' || u.key.length > 0);
}

function compatible(u: Unit, role: string): boolean {
  if (u.kind === 'text') return /^(H[1-6]|P|LI)$/.test(role);
  if (u.kind === 'tcaption' || u.kind === 'fcaption') return role === 'Caption';
  if (u.kind === 'row') return role === 'TR';
  return role === 'Figure';
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** The lines of runs in content order: a new line after an end-of-line mark or a vertical jump. */
function runLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [];
  let cur: Run[] = [];
  let lastY = Number.NaN;
  for (const r of runs) {
    const y = (r.y0 + r.y1) / 2;
    if (cur.length && !Number.isNaN(lastY) && Math.abs(y - lastY) > (r.y1 - r.y0) * 0.6 && r.str.trim()) {
      lines.push(cur);
      cur = [];
    }
    cur.push(r);
    if (r.str.trim()) lastY = y;
    if (r.eol) {
      lines.push(cur);
      cur = [];
      lastY = Number.NaN;
    }
  }
  if (cur.length) lines.push(cur);
  return lines;
}

const lineText = (runs: Run[]) => runs.map((r) => r.str).join('');

/** Join text lines as a parser would: by a space (none in CJK, none after a hyphen); code keeps its lines. */
export function joinLines(lines: string[], code = false): string {
  const ls = lines.map((l) => (code ? l.replace(/\s+$/, '') : l.trim())).filter((l) => l.trim());
  if (code) return ls.join('\n');
  let out = '';
  for (const l of ls) {
    if (!out) out = l;
    else if (/[A-Za-z]-$/.test(out) || CJK.test(out.slice(-1)) || CJK.test(l[0])) out += l;
    else out += ` ${l}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Join runs into text as a parser would: lines joined by a space (none in CJK, none after a hyphen). */
export function joinRuns(runs: Run[], code = false): string {
  return joinLines(runLines(runs).map(lineText), code);
}

/**
 * The printed lines of runs, by geometry: runs whose vertical centres are within half a line height of
 * the line's (its tallest run's) centre are one line, read left to right (by the runs' horizontal centres:
 * glyphs with negative side bearings, as CJK brackets, start left of the run before them); a line's box
 * is the union of its runs' boxes. Text as `joinLines` takes it: code keeps its indentation, other text
 * is trimmed with its spaces collapsed. Lines top to bottom.
 */
export function printedLines(runs: Run[], code = false): PLine[] {
  type Group = { cy: number; h: number; runs: { r: Run; i: number }[] };
  const groups: Group[] = [];
  const sorted = runs
    .map((r, i) => ({ r, i }))
    .filter((x) => x.r.str.length > 0)
    .sort((a, b) => (a.r.y0 + a.r.y1) / 2 - (b.r.y0 + b.r.y1) / 2 || a.i - b.i);
  for (const x of sorted) {
    const cy = (x.r.y0 + x.r.y1) / 2;
    const h = x.r.y1 - x.r.y0;
    const last = groups[groups.length - 1];
    if (last && Math.abs(cy - last.cy) <= 0.5 * Math.max(last.h, h)) {
      last.runs.push(x);
      // the line's centre is that of its tallest run (not a superscript's)
      if (h > last.h && x.r.str.trim()) {
        last.cy = cy;
        last.h = h;
      }
    } else groups.push({ cy, h, runs: [x] });
  }
  const geometric = groups.map((g) =>
    g.runs.sort((a, b) => a.r.x0 + a.r.x1 - (b.r.x0 + b.r.x1) || a.i - b.i).map((x) => x.r),
  );
  const lines = (rows: Run[][]): PLine[] =>
    rows
      .filter((row) => row.some((r) => r.str.trim()))
      .map((row) => {
        const text = lineText(row);
        return {
          bbox: bboxOf(row),
          text: code ? text.replace(/\s+$/, '') : text.replace(/\s+/g, ' ').trim(),
        };
      });
  const out = lines(geometric);
  // the lines must give the element's text: where geometry reads them otherwise, take them in content order
  const texts = out.map((l) => l.text);
  if (joinLines(texts, code) === joinRuns(runs, code)) return out;
  lineStats.contentOrder++;
  return lines(runLines(runs));
}

/** How many elements' lines `printedLines` took in content order, for the build log. */
export const lineStats = { contentOrder: 0 };

function bboxOf(runs: Run[]): [number, number, number, number] {
  const rs = runs.filter((r) => r.str.trim());
  return [
    Math.min(...rs.map((r) => r.x0)),
    Math.min(...rs.map((r) => r.y0)),
    Math.max(...rs.map((r) => r.x1)),
    Math.max(...rs.map((r) => r.y1)),
  ];
}

const PAGE_NUM = /^(-\s*)?\d+(\s*-)?$|^Page \d+ of \d+$|^第\s*\d+\s*页$|^[ivxlcdm]+$/i;

function roman(n: number): string {
  const t: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of t) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

export function pageNumberText(form: Layout['pageNumber'], n: number, total: number): string {
  switch (form) {
    case 'plain':
      return String(n);
    case 'dash':
      return `- ${n} -`;
    case 'pageof':
      return `Page ${n} of ${total}`;
    case 'cjk':
      return `第${n}页`;
    case 'roman':
      return roman(n);
    default:
      return '';
  }
}

/** Printed furniture text is known: take the known string where the PDF's text layer matches it. */
function knownText(t: string, expected: string[]): string {
  const k = alignKey(t);
  for (const e of expected) {
    const ek = alignKey(e);
    if (ek.length === k.length && looseStartsWith(ek, k)) return e;
  }
  return t;
}

function furniture(page: PageData, expected: string[]): PElem[] {
  const runs = [...page.artifacts].sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0);
  const lines: Run[][] = [];
  for (const r of runs) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0].y1 - r.y1) < 2) last.push(r);
    else lines.push([r]);
  }
  const out: PElem[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x0 - b.x0);
    let group: Run[] = [];
    const flushGroup = () => {
      if (!group.length) return;
      const text = knownText(
        group
          .map((r) => r.str)
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
        expected,
      );
      const bbox = bboxOf(group);
      const top = (bbox[1] + bbox[3]) / 2 < page.height / 2;
      if (text)
        out.push({
          kind: PAGE_NUM.test(text) ? 'page_number' : top ? 'header' : 'footer',
          page: page.index,
          col: 0,
          bbox,
          text,
          top,
          lines: [{ bbox, text }],
        });
      group = [];
    };
    for (const r of line) {
      const prev = group[group.length - 1];
      if (prev && r.x0 - prev.x1 > 15) flushGroup();
      group.push(r);
    }
    flushGroup();
  }
  return out;
}

export function buildElements(doc: SourceDoc, layout: Layout, pages: PageData[]): Built {
  const warnings: string[] = [];
  const units = unitsOf(doc.blocks);
  const titleId = doc.blocks[0]?.kind === 'heading' && doc.blocks[0].level === 1 ? doc.blocks[0].id : undefined;
  const titleUnique = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).length === 1;
  const colOf = (r: Run, page: PageData) => (layout.columns === 2 && (r.x0 + r.x1) / 2 > page.width / 2 ? 1 : 0);
  // 1. align leaves with units
  type Assigned = { page: number; order: number; leaf: Leaf; unit: Unit; repeated?: boolean };
  const assigned: Assigned[] = [];
  let u = 0;
  let off = 0;
  let lastTable: Block | null = null;
  const matched = new Set<Unit>();
  for (const page of pages) {
    let imageIdx = 0;
    page.leaves.forEach((leaf, order) => {
      // a table row may be printed twice on one page (its header repeated at a column top): the
      // first column's copy is the one aligned, the others are repeats
      const cols = new Map<number, Run[]>();
      for (const r of leaf.runs) {
        const c = colOf(r, page);
        cols.set(c, [...(cols.get(c) ?? []), r]);
      }
      const colGroups = [...cols.entries()].sort((x, y) => x[0] - y[0]).map((e) => e[1]);
      const keyRuns = leaf.role === 'TR' ? (colGroups[0] ?? []) : leaf.runs;
      const key = leaf.role === 'Figure' ? '' : alignKey(keyRuns.map((r) => r.str).join(''));
      const fix = (unit: Unit, at: number) => {
        const groups = leaf.role === 'TR' ? colGroups : [leaf.runs];
        for (const g of groups) {
          const fixed = fixChars(
            g.map((r) => r.str),
            unit.map,
            at,
          );
          g.forEach((r, i) => {
            r.str = fixed[i];
          });
        }
      };
      if (leaf.role === 'TR' && lastTable && lastTable.kind === 'table') {
        const tb: Block = lastTable;
        const cur = units[u];
        const hi = tb.headRows.findIndex((r) => {
          const k = alignKey(r.join(''));
          return k.length === key.length && looseStartsWith(k, key);
        });
        // the head row of the next table, printed the same as this one's (the office kinds' spec tables): not a repeat
        const nextTable = cur && cur.kind === 'row' && cur.block !== tb && off === 0 && looseStartsWith(cur.key, key);
        if (hi >= 0 && !nextTable && !(cur && cur.block === tb && cur.row === hi && off === 0)) {
          const hu = units.find((x) => x.block === tb && x.row === hi);
          if (hu) {
            fix(hu, 0);
            assigned.push({ page: page.index, order, leaf, unit: hu, repeated: true });
            return;
          }
        }
      }
      if (off > 0) {
        const cur = units[u];
        if (compatible(cur, leaf.role) && looseStartsWith(cur.key, key, off)) {
          fix(cur, off);
          assigned.push({ page: page.index, order, leaf, unit: cur });
          off += key.length;
          if (off >= cur.key.length) {
            u++;
            off = 0;
          }
          return;
        }
        warnings.push(`p${page.index}: continuation of ${cur.block.id} did not match`);
        u++;
        off = 0;
      }
      let found = -1;
      for (let v = u; v < Math.min(units.length, u + 12); v++) {
        const c = units[v];
        if (!compatible(c, leaf.role)) continue;
        if (c.kind === 'image' || (key.length > 0 && looseStartsWith(c.key, key))) {
          found = v;
          break;
        }
      }
      if (found < 0) {
        for (let v = u; v < Math.min(units.length, u + 12); v++) {
          const c = units[v];
          const n = Math.min(10, key.length, c.key.length);
          if (compatible(c, leaf.role) && n > 0 && c.key.slice(0, n) === key.slice(0, n)) {
            found = v;
            warnings.push(`p${page.index}: loose match for ${c.block.id}`);
            break;
          }
        }
      }
      if (found < 0) {
        warnings.push(`p${page.index}: unmatched ${leaf.role} "${key.slice(0, 30)}"`);
        return;
      }
      for (let v = u; v < found; v++) if (!matched.has(units[v])) warnings.push(`skipped ${units[v].block.id}`);
      const unit = units[found];
      matched.add(unit);
      if (unit.block.kind === 'table') lastTable = unit.block;
      const a: Assigned = { page: page.index, order, leaf, unit };
      if (unit.kind === 'image') {
        const box = page.images[imageIdx++];
        if (!box) warnings.push(`p${page.index}: no painted image for ${unit.block.id}`);
        else leaf.runs = [{ str: '\u0000', x0: box[0], y0: box[1], x1: box[2], y1: box[3], eol: false }];
        assigned.push(a);
        u = found + 1;
        off = 0;
        return;
      }
      fix(unit, 0);
      assigned.push(a);
      off = key.length;
      if (off >= unit.key.length || unit.kind === 'row') {
        u = found + 1;
        off = 0;
      } else u = found;
    });
    if (imageIdx !== page.images.length)
      warnings.push(`p${page.index}: ${page.images.length} images, ${imageIdx} figures`);
  }
  for (const x of units) if (!matched.has(x)) warnings.push(`never printed: ${x.block.id} ${x.kind}`);

  // 2. cut into per-page, per-column elements
  const out: Built = { pages: [], warnings };
  for (const page of pages) {
    const mine = assigned.filter((a) => a.page === page.index);
    type Piece = { col: number; order: number; elem: PElem };
    const pieces: Piece[] = [];
    const tables = new Map<string, Piece>();
    for (const a of mine) {
      const b = a.unit.block;
      if (a.unit.kind === 'row') {
        const cells = a.leaf.cells ?? [];
        for (const col of [0, 1]) {
          const cr = cells.map((c) => ({ tag: c.tag, runs: c.runs.filter((r) => colOf(r, page) === col) }));
          const all = cr.flatMap((c) => c.runs).filter((r) => r.str.trim());
          if (all.length === 0) continue;
          const k = `${b.id}|${col}`;
          let p = tables.get(k);
          if (!p) {
            p = {
              col,
              order: a.order,
              elem: { kind: 'table', blockId: b.id, page: page.index, col, bbox: bboxOf(all), text: '', rows: [] },
            };
            tables.set(k, p);
            pieces.push(p);
          }
          const bb = bboxOf(all);
          const e = p.elem;
          e.bbox = [
            Math.min(e.bbox[0], bb[0]),
            Math.min(e.bbox[1], bb[1]),
            Math.max(e.bbox[2], bb[2]),
            Math.max(e.bbox[3], bb[3]),
          ];
          e.rows?.push({ cells: cr.map((c) => joinRuns(c.runs)), tags: cr.map((c) => c.tag.toLowerCase()) });
        }
        continue;
      }
      const byCol = new Map<number, Run[]>();
      for (const r of a.leaf.runs) {
        const c = colOf(r, page);
        const l = byCol.get(c) ?? [];
        l.push(r);
        byCol.set(c, l);
      }
      for (const [col, runs] of [...byCol.entries()].sort((x, y) => x[0] - y[0])) {
        if (!runs.some((r) => r.str.trim())) continue;
        const bbox = bboxOf(runs);
        let kind: ElemKind;
        let level: number | undefined;
        let captionOf: string | undefined;
        if (a.unit.kind === 'image') kind = 'image';
        else if (a.unit.kind === 'tcaption' || a.unit.kind === 'fcaption') {
          kind = 'caption';
          captionOf = b.id;
        } else if (b.kind === 'heading') {
          kind = 'heading';
          level = b.level;
        } else if (b.kind === 'item') kind = 'item';
        else if (b.kind === 'para') kind = b.role === 'body' ? 'text' : b.role;
        else kind = 'text';
        const text = kind === 'image' ? '' : joinRuns(runs, kind === 'code');
        const lines = kind === 'image' ? undefined : printedLines(runs, kind === 'code');
        pieces.push({
          col,
          order: a.order,
          elem: {
            kind,
            blockId: b.id,
            level,
            isTitle: b.id === titleId && titleUnique,
            page: page.index,
            col,
            bbox,
            text,
            captionOf,
            lines,
          },
        });
      }
    }
    pieces.sort((x, y) => x.col - y.col || x.order - y.order);
    for (const p of pieces) {
      // a table's box takes in its cell borders and padding, a little outside the text
      if (p.elem.kind === 'table') {
        const b = p.elem.bbox;
        p.elem.bbox = [b[0] - 4, b[1] - 3, b[2] + 4, b[3] + 3];
      }
    }
    const rt = runningTexts(doc, layout);
    const furn = furniture(
      page,
      [rt.left, rt.right, rt.footer, pageNumberText(layout.pageNumber, page.index + 1, pages.length)].filter(Boolean),
    );
    const elems = [...furn.filter((f) => f.top), ...pieces.map((p) => p.elem), ...furn.filter((f) => !f.top)];
    out.pages.push({ width: page.width, height: page.height, elems });
  }
  return out;
}
