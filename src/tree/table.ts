// A table node: a GFM table when the HTML has no spans (Markdown can show it), else raw HTML.
import type { PhrasingContent, TableCell, TableRow } from 'mdast';
import type { HtmlNode, NodeData, TableNode } from '../model/tree.js';
import { type TableGrid, tableGrid } from '../table/grid.js';

/** `grid`: the HTML's grid when the caller has it already (`elementGrid` of the table's element). */
export function tableNode(html: string, fallbackText: string, data: NodeData, grid?: TableGrid): TableNode | HtmlNode {
  const { rows, spans } = grid ?? tableGrid(html);
  const widths = new Set(rows.map((r) => r.length));
  if (rows.length === 0 || spans || widths.size !== 1) {
    return { type: 'html', value: html || `<table><tr><td>${escapeHtml(fallbackText)}</td></tr></table>`, data };
  }
  const children: TableRow[] = rows.map((r) => ({
    type: 'tableRow',
    children: r.map(
      (t): TableCell => ({ type: 'tableCell', children: t ? [{ type: 'text', value: t } as PhrasingContent] : [] }),
    ),
  }));
  return { type: 'table', align: null, children, data };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
