// A table's cell texts row by row, and whether a cell spans: read once per table element. The furniture stage
// asks for a table's first row from three rules (a running table head, the repeated head, the copied head) and
// the tree builds the table's node from every row; each of these parsed the HTML again (the parse cache in
// html.ts keeps the last 64 tables: a long document's tables were parsed four times over).

import { toText } from 'hast-util-to-text';
import type { Element } from '../model/element.js';
import { cellsOf, type ParsedTable, parseTable, rowTexts } from './html.js';
import { bareTableCells, bareTableText } from './simple.js';

export interface TableGrid {
  /** Each row's cell texts (`rowTexts`), in order; a row without cells is an empty list. */
  rows: string[][];
  /** Some cell spans more than one column or row. */
  spans: boolean;
}

/** The grid of table HTML. */
export function tableGrid(html: string): TableGrid {
  return gridOf(parseTable(html));
}

function gridOf({ rows }: ParsedTable): TableGrid {
  const spans = rows.some((r) =>
    cellsOf(r).some((c) => Number(c.properties?.colSpan ?? 1) > 1 || Number(c.properties?.rowSpan ?? 1) > 1),
  );
  return { rows: rows.map(rowTexts), spans };
}

/** Grids by element: an element's HTML never changes once the adapter made it. */
const byElement = new WeakMap<Element, TableGrid>();

/** The grid of a table element's own HTML, read once per element (shared: read it, never change it). */
export function elementGrid(el: Element): TableGrid {
  let grid = byElement.get(el);
  if (!grid) {
    grid = tableGrid(el.html ?? '');
    byElement.set(el, grid);
  }
  return grid;
}

/**
 * A table's text as an adapter gives a table element (the fragment's visible text, trimmed: cells apart by tabs,
 * rows by line breaks) and its grid, from one parse: hand both to `keepGrid` once the element is made.
 */
export function tableTextAndGrid(html: string): { text: string; grid: TableGrid } {
  // bare rows and cells (most of MinerU's tables) need no HTML parser: the same text and grid (simple.ts)
  const bare = bareTableCells(html);
  if (bare) {
    const { text, cells } = bareTableText(bare);
    return { text, grid: { rows: cells, spans: false } };
  }
  const parsed = parseTable(html);
  return { text: toText(parsed.root).trim(), grid: gridOf(parsed) };
}

/** Keep `grid`, read from `html`, as the element's: when `html` is the element's own (the builder may return an earlier element). */
export function keepGrid(el: Element, html: string, grid: TableGrid): void {
  if (el.html === html && !byElement.has(el)) byElement.set(el, grid);
}
