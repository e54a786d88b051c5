// A table node: a GFM table when the HTML has no spans (Markdown can show it), else raw HTML.
import type { Element as HastElement } from 'hast';
import type { PhrasingContent, TableCell, TableRow } from 'mdast';
import type { HtmlNode, NodeData, TableNode } from '../model/tree.js';
import { cellsOf, parseTable, rowTexts } from '../table/html.js';

export function tableNode(html: string, fallbackText: string, data: NodeData): TableNode | HtmlNode {
  const { rows } = parseTable(html);
  const hasSpans = rows.some((r) =>
    cellsOf(r).some(
      (c: HastElement) => Number(c.properties?.colSpan ?? 1) > 1 || Number(c.properties?.rowSpan ?? 1) > 1,
    ),
  );
  const widths = new Set(rows.map((r) => cellsOf(r).length));
  if (rows.length === 0 || hasSpans || widths.size !== 1) {
    return { type: 'html', value: html || `<table><tr><td>${escapeHtml(fallbackText)}</td></tr></table>`, data };
  }
  const children: TableRow[] = rows.map((r) => ({
    type: 'tableRow',
    children: rowTexts(r).map(
      (t): TableCell => ({ type: 'tableCell', children: t ? [{ type: 'text', value: t } as PhrasingContent] : [] }),
    ),
  }));
  return { type: 'table', align: null, children, data };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
