// document.md: the tree as Markdown with real heading levels, GFM tables (HTML where cells span),
// math, and captions beside their floats — serialized by mdast-util-to-markdown, one small handler
// per node type of ours.
import type { Nodes as MdastNodes, Root as MdastRoot, RootContent } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { mathToMarkdown } from 'mdast-util-math';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { BlockNode, DocumentRoot, FigureNode, SectionNode, TreeNode } from '../model/tree.js';

/** Turn our nodes into plain mdast: sections are spliced, figures and captions become paragraphs. */
export function toMdast(tree: DocumentRoot): MdastRoot {
  const out: RootContent[] = [];
  const visit = (node: TreeNode) => {
    switch (node.type) {
      case 'section':
        for (const child of (node as SectionNode).children) visit(child);
        return;
      case 'figure':
        for (const child of (node as FigureNode).children) visit(child);
        return;
      case 'caption':
        out.push({ type: 'paragraph', children: [{ type: 'emphasis', children: node.children }] });
        return;
      case 'image':
        out.push({ type: 'paragraph', children: [{ type: 'image', url: node.url, alt: node.alt, title: null }] });
        return;
      default:
        out.push(stripData(node as BlockNode) as RootContent);
    }
  };
  for (const child of tree.children) visit(child);
  return { type: 'root', children: out };
}

/** mdast nodes without our provenance data (keeps the Markdown serializer's input plain). */
function stripData(node: BlockNode): MdastNodes {
  const { data: _data, ...rest } = node as BlockNode & { data?: unknown };
  return rest as unknown as MdastNodes;
}

export function renderMarkdown(tree: DocumentRoot): string {
  return toMarkdown(toMdast(tree), {
    extensions: [gfmTableToMarkdown(), mathToMarkdown()],
    bullet: '-',
    rule: '-',
  });
}
