// Gold for the LaTeX producer: every text item pdf.js reads from the PDF is given the source block it came
// from by SyncTeX. For an item, the line box TeX shipped at the item's baseline and across its centre (the
// narrowest such box at least 100 bp wide — a paragraph's line, a table's row —, else the narrowest one) says
// which input line TeX was reading when it made the box; ./tex.ts ends every block's boxes within the
// block's own lines, so that line names the block. Items above or below the text area (from the class's
// own \topmargin, \headheight, \headsep and \textheight, written to the log) are the running heads and
// feet: furniture. Pieces of one block on one page and column are one page-level element, in the order a
// parser reads a page (full-width material above the columns, then each column top to bottom).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Built, ElemKind, PElem, PLine } from '../build.js';
import { joinLines } from '../build.js';
import type { SyncBox, SyncTex } from './synctex.js';
import type { GBlock, TexDoc } from './tex.js';

export interface Geometry {
  /** baseline limits of the text area, bp from the page top */
  top: number;
  bottom: number;
}

/** The text area from the `DSGEOM:` line ./tex.ts makes TeX write to the log. */
export function readGeometry(log: string): Geometry {
  const m = /DSGEOM:([-\d.]+)pt,([-\d.]+)pt,([-\d.]+)pt,([-\d.]+)pt,([-\d.]+)pt,([-\d.]+)pt/.exec(log);
  if (!m) throw new Error('no DSGEOM line in the TeX log');
  const [voffset, topmargin, headheight, headsep, textheight] = m.slice(1, 6).map(Number);
  const k = 72 / 72.27;
  const top = (72.27 + voffset + topmargin + headheight + headsep) * k;
  return { top, bottom: top + textheight * k };
}

interface Item {
  str: string;
  x0: number;
  x1: number;
  base: number;
  fs: number;
}

interface TLine {
  page: number;
  block: number; // index into blocks, -1 furniture
  col: number; // -1 spanning, 0/1
  base: number;
  fs: number;
  items: Item[];
  rowLines: Set<number>;
  image?: [number, number, number, number];
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const PAGE_NUM = /^[-–—\s]*(\d+|[ivxlcdm]+|第\s*\d+\s*页)[-–—\s]*$/i;
/** a label printed on its own line above an abstract or preface: a heading of its own */
const ABSTRACT_LABEL = /^(abstract|preface|摘要|概要|要旨|内容梗概|前言)[.:：。—-]?$/i;

async function readItems(pdfPath: string): Promise<{ width: number; height: number; items: Item[] }[]> {
  const data = new Uint8Array(readFileSync(pdfPath));
  // CID fonts without ToUnicode (Fandol under XeLaTeX) are read through the predefined CMaps
  const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), '/');
  const doc = await getDocument({
    data,
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: path.join(dist, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: path.join(dist, 'standard_fonts/'),
  }).promise;
  const out: { width: number; height: number; items: Item[] }[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const tc = await page.getTextContent();
      const items: Item[] = [];
      for (const it of tc.items as Array<Record<string, unknown>>) {
        if (typeof it.str !== 'string' || !it.str.trim()) continue;
        const t = it.transform as number[];
        const fs = Math.hypot(t[2], t[3]) || (it.height as number) || 10;
        items.push({ str: it.str, x0: t[4], x1: t[4] + (it.width as number), base: vp.height - t[5], fs });
      }
      out.push({ width: vp.width, height: vp.height, items });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/** Text of one printed line: items left to right, a space where the gap is wide (none between CJK). */
function lineText(items: Item[]): string {
  const its = [...items].sort((a, b) => a.x0 - b.x0);
  let s = '';
  let prev: Item | null = null;
  for (const it of its) {
    if (prev) {
      const gap = it.x0 - prev.x1;
      const cjk = CJK.test(s.slice(-1)) && CJK.test(it.str[0]);
      if (gap > 0.15 * it.fs && !cjk && !s.endsWith(' ') && !it.str.startsWith(' ')) s += ' ';
    }
    s += it.str;
    prev = it;
  }
  return s.replace(/\s+/g, ' ').trim();
}

function lineBox(l: TLine): [number, number, number, number] {
  if (l.image) return l.image;
  const x0 = Math.min(...l.items.map((i) => i.x0));
  const x1 = Math.max(...l.items.map((i) => i.x1));
  const y0 = Math.min(...l.items.map((i) => i.base - 0.88 * i.fs));
  const y1 = Math.max(...l.items.map((i) => i.base + 0.22 * i.fs));
  return [x0, y0, x1, y1];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

function union(boxes: [number, number, number, number][], pad = 0): [number, number, number, number] {
  return [
    r2(Math.min(...boxes.map((b) => b[0])) - pad),
    r2(Math.min(...boxes.map((b) => b[1])) - pad),
    r2(Math.max(...boxes.map((b) => b[2])) + pad),
    r2(Math.max(...boxes.map((b) => b[3])) + pad),
  ];
}

export interface LatexBuilt extends Built {
  /** text items in the text area that no block owns (class-made text outside any block's lines) */
  unmapped: number;
  items: number;
}

export async function buildLatex(
  pdfPath: string,
  sync: SyncTex,
  mainTag: number,
  tex: TexDoc,
  geom: Geometry,
): Promise<LatexBuilt> {
  const pages = await readItems(pdfPath);
  const blocks = tex.blocks;
  const nLines = Math.max(0, ...blocks.map((b) => b.to)) + 2;
  // innermost block owns a line: fill from the widest range to the narrowest
  const owner = new Int32Array(nLines + 1).fill(-1);
  const order = blocks.map((_, i) => i).sort((a, b) => blocks[b].to - blocks[b].from - (blocks[a].to - blocks[a].from));
  for (const i of order) for (let l = blocks[i].from; l <= blocks[i].to && l <= nLines; l++) owner[l] = i;
  const warnings: string[] = [];
  let unmapped = 0;
  let itemCount = 0;
  const lines: TLine[] = [];
  const colOf = (box: SyncBox, width: number) =>
    tex.columns === 1 ? 0 : box.w > 0.6 * width ? -1 : box.x + box.w / 2 < width / 2 ? 0 : 1;

  pages.forEach((pg, pi) => {
    // a box that holds printed text has a height (empty boxes and struts at the same baseline do not)
    const boxes = (sync.pages[pi] ?? []).filter(
      (b) => b.kind === 'h' && b.tag === mainTag && b.h + b.d > 0.5 && b.h + b.d < 40,
    );
    for (const it of pg.items) {
      itemCount++;
      const cx = (it.x0 + it.x1) / 2;
      const furniture = it.base < geom.top - 1 || it.base > geom.bottom + 4;
      let block = -1;
      let col = 0;
      let line = 0;
      if (!furniture) {
        const at = boxes.filter((b) => Math.abs(b.y - it.base) < 1.2);
        let cands = at.filter((b) => cx >= b.x - 1 && cx <= b.x + b.w + 1);
        if (cands.length === 0) cands = at.filter((b) => cx >= b.x - 40 && cx <= b.x + b.w + 40);
        let wide = cands.filter((b) => b.w >= 100);
        // a raised or lowered item (a footnote mark, a superscript) sits inside its line's box, off its baseline
        if (!wide.length)
          wide = boxes.filter(
            (b) =>
              b.w >= 100 &&
              it.base >= b.y - b.h - 1 &&
              it.base <= b.y + b.d + 1 &&
              cx >= b.x - 1 &&
              cx <= b.x + b.w + 1,
          );
        const pool = wide.length ? wide : cands;
        const box = pool.sort((a, b) => a.w - b.w)[0];
        if (box) {
          line = box.line;
          block = line <= nLines ? owner[line] : -1;
          col = colOf(box, pg.width);
        }
        if (block < 0) {
          unmapped++;
          continue;
        }
      } else col = -1;
      const last = lines.find(
        (l) => l.page === pi && l.block === block && l.col === col && !l.image && Math.abs(l.base - it.base) < 1.5,
      );
      if (last) {
        last.items.push(it);
        last.fs = Math.max(last.fs, it.fs);
        if (line) last.rowLines.add(line);
      } else
        lines.push({
          page: pi,
          block,
          col,
          base: it.base,
          fs: it.fs,
          items: [it],
          rowLines: new Set(line ? [line] : []),
        });
    }
  });

  // figures: the framed box of each image block (no text)
  blocks.forEach((b, bi) => {
    if (b.kind !== 'image') return;
    let best: { pi: number; box: SyncBox } | null = null;
    sync.pages.forEach((boxes, pi) => {
      for (const box of boxes) {
        if (box.tag !== mainTag || box.line < b.from || box.line > b.to) continue;
        if (box.h + box.d < 20 || box.w < 20) continue;
        if (!best || box.w * (box.h + box.d) < best.box.w * (best.box.h + best.box.d)) best = { pi, box };
      }
    });
    if (!best) {
      warnings.push(`image ${b.id} not found`);
      return;
    }
    const { pi, box } = best as { pi: number; box: SyncBox };
    lines.push({
      page: pi,
      block: bi,
      col: colOf(box, pages[pi].width),
      base: box.y - box.h,
      fs: 10,
      items: [],
      rowLines: new Set(),
      image: [r2(box.x), r2(box.y - box.h), r2(box.x + box.w), r2(box.y + box.d)],
    });
  });

  const out: Built = { pages: pages.map((p) => ({ width: p.width, height: p.height, elems: [] })), warnings };
  const headingElems: PElem[] = [];
  pages.forEach((pg, pi) => {
    const mine = lines.filter((l) => l.page === pi);
    const fur = mine.filter((l) => l.block < 0);
    const body = mine.filter((l) => l.block >= 0);
    // reading order: full-width lines above the columns, column 0, column 1, full-width lines below
    const colTop = Math.min(...body.filter((l) => l.col >= 0).map((l) => l.base), Number.POSITIVE_INFINITY);
    const rank = (l: TLine) => (l.col < 0 ? (l.base <= colTop ? 0 : 3) : l.col + 1);
    body.sort((a, b) => rank(a) - rank(b) || a.base - b.base || lineBox(a)[0] - lineBox(b)[0]);
    // group consecutive lines of one block into elements
    const groups: TLine[][] = [];
    for (const l of body) {
      const g = groups[groups.length - 1];
      const prev = g?.[g.length - 1];
      const kind = blocks[l.block].kind;
      const splittable = kind === 'title' || kind === 'abstract' || kind === 'heading' || kind === 'keywords';
      const bigGap = prev && l.base - prev.base > 2 * Math.max(prev.fs, l.fs);
      const sizeJump = prev && Math.abs(l.fs - prev.fs) > 0.15 * Math.max(l.fs, prev.fs);
      if (
        g &&
        prev &&
        prev.block === l.block &&
        rank(prev) === rank(l) &&
        !l.image &&
        !prev.image &&
        !(splittable && (bigGap || (kind !== 'heading' && sizeJump)))
      )
        g.push(l);
      else groups.push([l]);
    }
    const pieceNo = new Map<number, number>();
    for (const g of groups) {
      const b = blocks[g[0].block];
      const k = pieceNo.get(g[0].block) ?? 0;
      pieceNo.set(g[0].block, k + 1);
      const e = toElem(b, g, pi, tex, k);
      out.pages[pi].elems.push(e);
      if (e.kind === 'heading') headingElems.push(e);
    }
    out.pages[pi].elems.unshift(
      ...furnitureElems(
        fur.filter((l) => l.base < pg.height / 2),
        pi,
        true,
      ),
    );
    out.pages[pi].elems.push(
      ...furnitureElems(
        fur.filter((l) => l.base >= pg.height / 2),
        pi,
        false,
      ),
    );
  });
  // title pieces after the first, and abstract labels, get their own block ids (never merged with the rest)
  const seen = new Map<string, number>();
  for (const p of out.pages)
    for (const e of p.elems) {
      if (!e.blockId) continue;
      const b = blocks.find((x) => x.id === e.blockId) as GBlock;
      if (b.kind === 'title') {
        const n = seen.get(b.id) ?? 0;
        seen.set(b.id, n + 1);
        if (n === 0) {
          e.kind = 'heading';
          e.level = 1;
          e.isTitle = true;
          headingElems.push(e);
        } else if (tex.titleAbstractLabel && ABSTRACT_LABEL.test(e.text.trim())) {
          // acmart typesets its ABSTRACT label inside \maketitle: the same label as article's, a heading too
          e.kind = 'heading';
          e.level = 2;
          e.blockId = `${b.id}#label`;
          headingElems.push(e);
        } else {
          e.kind = 'text';
          e.blockId = `${b.id}#${n}`;
        }
      } else if (b.kind === 'abstract' && ABSTRACT_LABEL.test(e.text.trim()) && !seen.has(b.id)) {
        seen.set(b.id, 1);
        e.kind = 'heading';
        e.level = 2;
        e.blockId = `${b.id}#label`;
        headingElems.push(e);
      }
    }
  normaliseLevels(out);
  const counted = new Set(out.pages.flatMap((p) => p.elems.map((e) => e.blockId?.replace(/#.*$/, ''))));
  for (const b of blocks)
    if (!counted.has(b.id) && !['heading', 'title', 'keywords'].includes(b.kind))
      warnings.push(`${b.kind} ${b.id} not printed`);
  return { ...out, unmapped, items: itemCount };
}

/** Heading levels along the printed headings' own nesting (run-in headings print no element of their own). */
function normaliseLevels(built: Built): void {
  const stack: number[] = [];
  const firstOf = new Set<string>();
  for (const p of built.pages)
    for (const e of p.elems) {
      if (e.kind !== 'heading' || !e.blockId || firstOf.has(e.blockId)) continue;
      firstOf.add(e.blockId);
      const nominal = e.level ?? 1;
      while (stack.length > 0 && stack[stack.length - 1] >= nominal) stack.pop();
      stack.push(nominal);
      e.level = Math.min(stack.length, 6);
    }
}

const KIND: Record<string, ElemKind> = {
  title: 'text',
  abstract: 'text',
  keywords: 'text',
  heading: 'heading',
  para: 'text',
  lead: 'lead',
  item: 'item',
  bib: 'item',
  code: 'code',
  algorithm: 'code',
  footnote: 'footnote',
  equation: 'text',
  theorem: 'text',
  algcaption: 'text',
  table: 'table',
  tcaption: 'caption',
  tcont: 'caption',
  fcaption: 'caption',
  image: 'image',
};

function toElem(b: GBlock, g: TLine[], page: number, tex: TexDoc, piece: number): PElem {
  const kind = KIND[b.kind];
  const plines: PLine[] = g
    .filter((l) => !l.image)
    .map((l) => ({ bbox: union([lineBox(l)]), text: lineText(l.items) }));
  const code = kind === 'code';
  const text = joinLines(
    plines.map((l) => l.text),
    code,
  );
  const e: PElem = {
    kind,
    blockId: b.id,
    page,
    col: Math.max(0, g[0].col),
    bbox: union(
      g.map((l) => lineBox(l)),
      kind === 'table' ? 3 : 0,
    ),
    text,
  };
  if (kind !== 'image' && kind !== 'table') e.lines = plines;
  if (b.kind === 'heading') e.level = b.level;
  if (b.kind === 'equation') e.role = 'equation';
  if (b.captionOf) e.captionOf = b.captionOf;
  if (kind === 'table') {
    // the rows printed in this fragment, in printed order (a repeated head is printed again)
    const rows: { cells: string[]; tags: string[] }[] = [];
    let lastLine = -1;
    for (const l of g)
      for (const ln of [...l.rowLines].sort((a, c) => a - c)) {
        const r = tex.rowLines.get(ln);
        if (!r || ln === lastLine) continue;
        lastLine = ln;
        const row = b.rows?.[r.row];
        if (row) rows.push({ cells: row.cells, tags: row.cells.map(() => (row.head ? 'th' : 'td')) });
      }
    e.rows = rows;
  }
  void piece;
  return e;
}

function furnitureElems(fur: TLine[], page: number, top: boolean): PElem[] {
  const out: PElem[] = [];
  const sorted = [...fur].sort((a, b) => a.base - b.base);
  for (const l of sorted) {
    const its = [...l.items].sort((a, b) => a.x0 - b.x0);
    let group: Item[] = [];
    const flush = () => {
      if (!group.length) return;
      const text = lineText(group);
      const bbox = union([lineBox({ ...l, items: group })]);
      if (text)
        out.push({
          kind: PAGE_NUM.test(text) ? 'page_number' : top ? 'header' : 'footer',
          page,
          col: 0,
          bbox,
          text,
          top,
          lines: [{ bbox, text }],
        });
      group = [];
    };
    for (const it of its) {
      const prev = group[group.length - 1];
      if (prev && it.x0 - prev.x1 > 15) flush();
      group.push(it);
    }
    flush();
  }
  return out;
}
