// One tree node as the Markdown a retrieval chunk holds: the text as its parser wrote it (no escaping,
// so search and embeddings see the words), headings with `#`, list items as `- ` lines, tables as GFM
// rows with their header rows, math in `$$` blocks and code fenced. One small handler per node type
// (a registry, as mdast-util-to-markdown keeps one), so a node renders the same wherever a chunk holds
// it — whole, inside a figure, or as the unit a cut block is measured in (src/retrieval/split.ts).
import type {
  BlockNode,
  CaptionNode,
  CodeNode,
  FigureNode,
  HeadingNode,
  HtmlNode,
  ImageNode,
  ListItemNode,
  ListNode,
  MathNode,
  ParagraphNode,
  TableNode,
} from '../model/tree.js';
import { cellsOf, isHeaderRow, parseTable, rowTexts } from '../table/html.js';
import { maxOf } from '../util/arrays.js';

/** Blank line between the blocks of a chunk (and between a figure's content and its captions). */
export const BLOCK_SEPARATOR = '\n\n';

/** Every node a chunk can hold: the blocks of a section, a heading, and the children of a figure. */
export type ChunkableNode = BlockNode | HeadingNode | FigureNode['children'][number];

type Handlers = { [T in ChunkableNode['type']]: (node: Extract<ChunkableNode, { type: T }>) => string };

/** The concatenated text values under a node. */
export function plainText(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  if (!Array.isArray(node.children)) return '';
  return node.children.map((c) => plainText(c as { children?: unknown[]; value?: unknown })).join('');
}

export const handlers: Handlers = {
  heading: (h: HeadingNode) => `${'#'.repeat(Math.min(6, Math.max(1, h.data.level ?? h.depth)))} ${plainText(h)}`,
  paragraph: (p: ParagraphNode) => plainText(p).trim(),
  caption: (c: CaptionNode) => plainText(c).trim(),
  list: (l: ListNode) => l.children.map(listItemMarkdown).join('\n'),
  math: (m: MathNode) => `$$\n${m.value}\n$$`,
  code: (c: CodeNode) => fence(c.value, c.lang),
  // Tables the Markdown of the tree cannot show (spanning cells) as GFM rows all the same: a chunk is
  // read, not rendered; the raw HTML when it holds no row.
  html: (h: HtmlNode) => tableMarkdown(tableRows(htmlOf(h))).join('\n') || h.value,
  table: (t: TableNode) => tableMarkdown(gfmRows(t)).join('\n'),
  image: (i: ImageNode) => i.alt?.trim() ?? '',
  figure: (f: FigureNode) => f.children.map(blockMarkdown).filter(Boolean).join(BLOCK_SEPARATOR),
};

/** A node as chunk Markdown, by its type's handler. */
export function blockMarkdown(node: ChunkableNode): string {
  return (handlers[node.type] as (n: ChunkableNode) => string)(node);
}

/** One list item as a `- ` line. */
export function listItemMarkdown(item: ListItemNode): string {
  return `- ${plainText(item).trim()}`;
}

/** Lines of code in a fence with the language; trailing blank lines dropped. */
export function fence(value: string, lang: string | null | undefined): string {
  return `\`\`\`${lang ?? ''}\n${value.replace(/\n+$/, '')}\n\`\`\``;
}

/** The lines of code in a block (what a cut code block is measured in). */
export function codeLines(value: string): string[] {
  return value.replace(/\n+$/, '').split('\n');
}

/** The table HTML of an html node (merged across pages when the table was). */
export function htmlOf(h: HtmlNode): string {
  return h.data.html ?? h.value;
}

/** A table's cell texts: header rows (repeated at the top of every part of a cut table) and body rows. */
export interface Rows {
  header: string[][];
  body: string[][];
}

/** Header and body rows of table HTML. */
export function tableRows(html: string): Rows {
  const parsed = parseTable(html);
  const rows = parsed.rows.filter((r) => cellsOf(r).length > 0);
  let h = 0;
  while (h < rows.length - 1 && isHeaderRow(rows[h], parsed)) h++;
  if (h === 0 && rows.length > 1) {
    // Parsers rarely mark headers: the first row is the header, and the row under a spanning one too.
    h = 1;
    const spans = (r: (typeof rows)[number]) => cellsOf(r).some((c) => Number(c.properties?.colSpan ?? 1) > 1);
    while (h < rows.length - 1 && h < 3 && spans(rows[h - 1])) h++;
  }
  return { header: rows.slice(0, h).map(rowTexts), body: rows.slice(h).map(rowTexts) };
}

/** Rows of a GFM table node: the first row is its header. */
export function gfmRows(t: TableNode): Rows {
  const rows = t.children.map((r) => r.children.map((cell) => plainText(cell).replace(/\s+/g, ' ').trim()));
  return { header: rows.slice(0, 1), body: rows.slice(1) };
}

/** The header rows, a delimiter row, and `body` (default: all body rows) as GFM lines. */
export function tableMarkdown(rows: Rows, body: string[][] = rows.body): string[] {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const lines = rows.header.map(line);
  const width = Math.max(1, maxOf(rows.header.map((r) => r.length)), maxOf(body.map((r) => r.length)));
  if (lines.length) lines.push(`|${' --- |'.repeat(width)}`);
  return [...lines, ...body.map(line)];
}
