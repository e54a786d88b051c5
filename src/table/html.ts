// Table HTML as a tree (hast): rows, cells, the column grid with spans expanded, and joins.
import type { Element as HastElement, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { parseFragment } from 'parse5';
import { pushAll } from '../util/arrays.js';

export interface ParsedTable {
  root: Root;
  rows: HastElement[];
}

function childElements(node: HastElement | Root): HastElement[] {
  const children: ReadonlyArray<{ type: string }> = node.children;
  return children.filter((c): c is HastElement => c.type === 'element');
}

function collectRows(node: HastElement | Root, out: HastElement[]): void {
  for (const child of childElements(node)) {
    if (child.tagName === 'tr') out.push(child);
    else if (child.tagName !== 'table' || out.length === 0) collectRows(child, out);
  }
}

/**
 * An HTML fragment as hast: what `fromHtml(html, { fragment: true })` gives, without source positions
 * (nothing reads them; tracking them doubled the cost of parsing every table).
 */
export function parseHtmlFragment(html: string): Root {
  return fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root;
}

/** Tables parsed lately, by their HTML: the stages, the tree and document.md each read a table again. */
const parsedTables = new Map<string, ParsedTable>();
const PARSED_TABLES_KEPT = 64;

/** A table's rows. Shared between callers (parsed once): read it, never change it (copy what you change). */
export function parseTable(html: string): ParsedTable {
  const known = parsedTables.get(html);
  if (known) return known;
  const root = parseHtmlFragment(html);
  const rows: HastElement[] = [];
  collectRows(root, rows);
  const parsed = { root, rows };
  if (parsedTables.size >= PARSED_TABLES_KEPT) parsedTables.delete(parsedTables.keys().next().value as string);
  parsedTables.set(html, parsed);
  return parsed;
}

export function cellsOf(row: HastElement): HastElement[] {
  return childElements(row).filter((c) => c.tagName === 'td' || c.tagName === 'th');
}

function span(cell: HastElement, name: 'colSpan' | 'rowSpan'): number {
  const v = Number(cell.properties?.[name] ?? 1);
  return Number.isFinite(v) && v >= 1 ? Math.min(v, 1000) : 1;
}

/** Number of grid columns (the widest row once colspans and rowspans from rows above are counted). */
export function columnCount(rows: HastElement[]): number {
  const carried: number[] = []; // remaining rowspan per column
  let widest = 0;
  for (const row of rows) {
    let col = 0;
    const next: number[] = [];
    const take = () => {
      while ((carried[col] ?? 0) > 0) {
        next[col] = carried[col] - 1;
        col++;
      }
    };
    for (const cell of cellsOf(row)) {
      take();
      const cs = span(cell, 'colSpan');
      const rs = span(cell, 'rowSpan');
      for (let k = 0; k < cs; k++) next[col + k] = rs - 1;
      col += cs;
    }
    take();
    widest = Math.max(widest, col);
    for (let k = 0; k < next.length; k++) carried[k] = next[k] ?? 0;
  }
  return widest;
}

export function rowTexts(row: HastElement): string[] {
  return cellsOf(row).map((c) => toText(c).replace(/\s+/g, ' ').trim());
}

/** Each row's cell texts, read once: the table-merge tests ask for a table's first rows several times a pair. */
const sharedRowTexts = new WeakMap<HastElement, readonly string[]>();

/** `rowTexts(row)` read once per row and shared, as the parsed table is: read them, never change them. */
export function rowTextsOnce(row: HastElement): readonly string[] {
  let texts = sharedRowTexts.get(row);
  if (texts === undefined) {
    texts = rowTexts(row);
    sharedRowTexts.set(row, texts);
  }
  return texts;
}

/** True when a row is a header row: all <th>, or inside <thead>. */
export function isHeaderRow(row: HastElement, parsed: ParsedTable): boolean {
  const cells = cellsOf(row);
  if (cells.length > 0 && cells.every((c) => c.tagName === 'th')) return true;
  let found = false;
  const visit = (node: HastElement | Root, inHead: boolean) => {
    for (const c of childElements(node)) {
      if (c === row) found = found || inHead;
      else visit(c, inHead || c.tagName === 'thead');
    }
  };
  visit(parsed.root, false);
  return found;
}

/** Cell text of a table (for element text). */
export function tableText(html: string): string {
  return parseTable(html)
    .rows.map((r) => rowTexts(r).join(' | '))
    .join('\n');
}

/**
 * One table from fragments: the first fragment's table with the later fragments' rows appended.
 * `skipRows[i]` leading rows of fragment i are dropped (a repeated header); when `joinFirstRow[i]`,
 * fragment i's first kept row continues the previous fragment's last row (a row cut by the page
 * break) and their cells are joined column by column; with `'last-cell'`, the fragment is the rest
 * of one cell (its single cell goes on in the previous row's last non-empty cell).
 */
export function concatTables(
  fragments: ParsedTable[],
  skipRows: number[],
  joinFirstRow: Array<boolean | 'last-cell'>,
): string {
  const first = fragments[0];
  const body: HastElement = { type: 'element', tagName: 'tbody', properties: {}, children: [] };
  const rows: HastElement[] = [];
  const copied = new Map<HastElement, HastElement>();
  fragments.forEach((frag, i) => {
    const kept = frag.rows.slice(i === 0 ? 0 : skipRows[i]);
    if (i > 0 && joinFirstRow[i] && kept.length > 0 && rows.length > 0) {
      // the row goes on with the cut row's cells: a copy, as parsed tables are shared (parseTable)
      const last = structuredClone(rows[rows.length - 1]);
      copied.set(last, copied.get(rows[rows.length - 1]) ?? rows[rows.length - 1]);
      rows[rows.length - 1] = last;
      const lastCells = cellsOf(last);
      const filled = lastCells.filter((c) => toText(c).trim());
      cellsOf(kept[0]).forEach((cell, k) => {
        const target = joinFirstRow[i] === 'last-cell' ? filled[filled.length - 1] : lastCells[k];
        const text = toText(cell).trim();
        if (target && text) target.children.push({ type: 'text', value: ` ${text}` });
      });
      kept.shift();
    }
    pushAll(rows, kept);
  });
  const head = rows.filter((r) => isHeaderRow(copied.get(r) ?? r, first));
  const headRows = rows.slice(0, head.length === 0 ? 0 : rows.findIndex((r) => !head.includes(r)));
  const thead: HastElement = { type: 'element', tagName: 'thead', properties: {}, children: headRows };
  body.children = rows.slice(headRows.length);
  const table: HastElement = {
    type: 'element',
    tagName: 'table',
    properties: {},
    children: headRows.length ? [thead, body] : [body],
  };
  return toHtml(table);
}
