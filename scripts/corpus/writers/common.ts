// What every parser-style writer shares: the placed elements (element → the ref the adapter gives it), the gold
// built from them (emit.ts `gold`, so the same rules as the MinerU/dots writers), caption links to the true float,
// and small text helpers.
import { createHash } from 'node:crypto';
import type { Structure } from '../../../src/model/structure.js';
import type { PElem } from '../build.js';
import { gold } from '../emit.js';
import type { VElem } from '../habits.js';

export interface Placed {
  elem: PElem;
  ref: string;
}

const isFloat = (e: PElem) => e.kind === 'table' || e.kind === 'image';

/**
 * Gold from placed elements in the adapter's reading order. Every caption element is linked to its true float
 * (the fragment on its page, else the first one) whatever the parser typed or tied it to. A ref that holds
 * several elements (a page's header string) is furniture once; a ref that is a heading is not furniture.
 */
export function writerGold(placed: Placed[]): Structure {
  const links: { caption: string; target: string }[] = [];
  for (const p of placed) {
    if (p.elem.kind !== 'caption') continue;
    const frags = placed.filter((x) => isFloat(x.elem) && x.elem.blockId === p.elem.captionOf);
    const t = frags.find((x) => x.elem.page === p.elem.page) ?? frags[0];
    if (t) links.push({ caption: p.ref, target: t.ref });
  }
  const s = gold(placed, links);
  const headingRefs = new Set(s.headings.map((h) => h.ref));
  s.furniture = [...new Set(s.furniture)].filter((r) => !headingRefs.has(r));
  return s;
}

/** A list item's marker and its text without it (parsers keep bullets apart from the text, numbers often not). */
export function splitMarker(text: string): { marker: string; body: string; enumerated: boolean } {
  const m = /^\s*([•◦▪‣\-–*·・]|\d{1,3}[.)]|[a-z][.)]|（?\d{1,3}）)\s*/u.exec(text);
  if (!m) return { marker: '', body: text, enumerated: false };
  return { marker: m[1], body: text.slice(m[0].length), enumerated: /\d|[a-z]/.test(m[1]) };
}

/** Rows of a table element as cell strings, with whether each row is a head row (`<th>` cells). */
export function tableRows(e: PElem): { cells: string[]; head: boolean }[] {
  return (e.rows ?? []).map((r) => ({ cells: r.cells, head: r.tags.every((t) => t === 'th') }));
}

export function escHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<table>` HTML of a table element, `<th>` for head cells when asked. */
export function htmlTable(e: PElem, useTh: boolean): string {
  const rows = tableRows(e).map(
    (r) =>
      `<tr>${r.cells.map((c) => (useTh && r.head ? `<th>${escHtml(c)}</th>` : `<td>${escHtml(c)}</td>`)).join('')}</tr>`,
  );
  return `<table>${rows.join('')}</table>`;
}

/** The floats (by block id) that have a fragment on this page, and the first such fragment. */
export function floatsOnPage(page: VElem[]): Map<string, VElem> {
  const m = new Map<string, VElem>();
  for (const v of page) if (isFloat(v.elem) && v.elem.blockId && !m.has(v.elem.blockId)) m.set(v.elem.blockId, v);
  return m;
}

/** A deterministic hex id (Unstructured element ids, image names). */
export function hexId(s: string, n = 32): string {
  return createHash('sha256').update(s).digest('hex').slice(0, n);
}

/** The cells of a table element with their boxes: its box cut into equal rows and columns (no cell boxes are printed). */
export function tableCells(e: PElem): { cells: string[]; head: boolean; boxes: [number, number, number, number][] }[] {
  const rows = tableRows(e);
  const nCols = Math.max(1, ...rows.map((r) => r.cells.length));
  const [x0, y0, x1, y1] = e.bbox;
  return rows.map((r, ri) => ({
    ...r,
    boxes: r.cells.map((_, ci): [number, number, number, number] => [
      x0 + ((x1 - x0) * ci) / nCols,
      y0 + ((y1 - y0) * ri) / rows.length,
      x0 + ((x1 - x0) * (ci + 1)) / nCols,
      y0 + ((y1 - y0) * (ri + 1)) / rows.length,
    ]),
  }));
}
