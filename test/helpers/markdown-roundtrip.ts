// The Markdown round trip, shared by the fixture tests and the sample suite: document.md parsed back with
// micromark (GFM + math, as a Markdown viewer reads it) must show the tree's headings (depth + text),
// paragraphs, tables (rows × cols), display math, one list item per entry, and every inline math node the
// renderer was given — so nothing the tree holds is escaped away, collapsed or split when rendered.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown } from 'mdast-util-math';
import { toString as mdastText } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import { expect } from 'vitest';
import type { DocumentRoot, NodeData, TreeNode } from '../../src/model/tree.js';
import { toMdast } from '../../src/render/markdown.js';

export interface MarkdownShape {
  /** Depth and the letters and digits of the text (markup, escapes and spacing differ by design). */
  headings: string[];
  /** Paragraphs outside lists. */
  paragraphs: number;
  /** `rows×cols` of each GFM table. */
  tables: string[];
  /** Display math, trimmed. */
  math: string[];
  inlineMath: string[];
  listItems: number;
}

/** Letters and digits only; in Markdown text, character references count as the character they stand for. */
function skeleton(text: string, markup?: NodeData['markup']): string {
  const t = markup === 'markdown' ? text.replace(/&(?:#x?[0-9a-f]+|[a-z]+\d*);/gi, '') : text;
  return t.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

const BULLET = /^[•·●○▪■◦*\-–]\s+/;

/** What document.md must show, read from the tree itself (inline math: from what the renderer is given). */
export function treeShape(tree: DocumentRoot): MarkdownShape {
  const shape: MarkdownShape = { headings: [], paragraphs: 0, tables: [], math: [], inlineMath: [], listItems: 0 };
  const textOf = (children: Array<{ type: string; value?: string }>) => children.map((c) => c.value ?? '').join('');
  const visit = (node: TreeNode) => {
    switch (node.type) {
      case 'root':
      case 'section':
      case 'figure':
        for (const child of node.children) visit(child as TreeNode);
        return;
      case 'heading':
        shape.headings.push(`${node.depth} ${skeleton(textOf(node.children), node.data.markup)}`);
        return;
      case 'paragraph':
      case 'caption':
      case 'image':
        shape.paragraphs++;
        return;
      case 'table':
        shape.tables.push(`${node.children.length}×${node.children[0]?.children.length ?? 0}`);
        return;
      case 'math':
        shape.math.push(node.value.trim());
        return;
      case 'list':
        for (const item of node.children) {
          const text = item.children.map((p) => ('children' in p ? textOf(p.children as never) : '')).join('\n');
          shape.listItems += text.split('\n').filter((line) => line.trim().replace(BULLET, '')).length;
        }
        return;
      default:
        return;
    }
  };
  visit(tree);
  collect(toMdast(tree), (n) => {
    if (n.type === 'inlineMath') shape.inlineMath.push(n.value);
  });
  return shape;
}

/** The same shape, read from Markdown. */
export function markdownShape(markdown: string): MarkdownShape {
  const root = parseMarkdown(markdown);
  const shape: MarkdownShape = { headings: [], paragraphs: 0, tables: [], math: [], inlineMath: [], listItems: 0 };
  for (const node of root.children) if (node.type === 'paragraph') shape.paragraphs++;
  collect(root, (n) => {
    if (n.type === 'heading') shape.headings.push(`${n.depth} ${skeleton(mdastText(n))}`);
    else if (n.type === 'table') shape.tables.push(`${n.children.length}×${n.children[0]?.children.length ?? 0}`);
    else if (n.type === 'math') shape.math.push(n.value.trim());
    else if (n.type === 'inlineMath') shape.inlineMath.push(n.value);
    else if (n.type === 'listItem') shape.listItems++;
  });
  return shape;
}

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfm(), math()],
    mdastExtensions: [gfmFromMarkdown(), mathFromMarkdown()],
  });
}

function collect(node: Nodes, found: (n: Nodes) => void): void {
  found(node);
  if ('children' in node) for (const child of node.children) collect(child, found);
}

/** document.md round-trips: parsed back, it has the tree's shape. */
export function checkMarkdownRoundTrip(tree: DocumentRoot, markdown: string): void {
  expect(markdownShape(markdown)).toEqual(treeShape(tree));
}
