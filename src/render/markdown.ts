// document.md: the tree as Markdown with real heading levels, GFM tables (HTML where cells span),
// math, and captions beside their floats — serialized by mdast-util-to-markdown, one small handler
// per node type of ours. Text is turned into phrasing nodes by the markup its parser writes
// (src/render/inline.ts): inline math, kept line breaks and the parser's own Markdown survive;
// list entries are one item each, and numbered entries an ordered list with their own numbers.
import type {
  List,
  ListItem,
  Nodes as MdastNodes,
  Root as MdastRoot,
  PhrasingContent,
  RootContent,
  Table,
  Text,
} from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { mathToMarkdown } from 'mdast-util-math';
import { defaultHandlers, type Handle, toMarkdown } from 'mdast-util-to-markdown';
import type { TextMarkup } from '../model/element.js';
import type { DocumentRoot, ListNode, NodeData, TableNode, TreeNode } from '../model/tree.js';
import { pushAll } from '../util/arrays.js';
import { inlineNodes, oneLine } from './inline.js';

/** Our node types, each turned into plain mdast by one handler: it pushes the node's mdast blocks to `out`. */
type ToMdast = {
  [T in Exclude<TreeNode['type'], 'root' | 'listItem'>]: (
    node: Extract<TreeNode, { type: T }>,
    out: RootContent[],
  ) => void;
};

const toMdastHandlers: ToMdast = {
  // Sections and figures are spliced: their children in order.
  section: (node, out) => visitAll(node.children, out),
  figure: (node, out) => visitAll(node.children, out),
  caption: (node, out) => {
    out.push({ type: 'paragraph', children: [{ type: 'emphasis', children: phrasing(node.children, node.data) }] });
  },
  image: (node, out) => {
    out.push({ type: 'paragraph', children: [{ type: 'image', url: node.url, alt: node.alt, title: null }] });
  },
  heading: (node, out) => {
    out.push({ type: 'heading', depth: node.depth, children: oneLine(phrasing(node.children, node.data)) });
  },
  paragraph: (node, out) => {
    out.push({ type: 'paragraph', children: phrasing(node.children, node.data) });
  },
  list: (node, out) => pushAll(out, listsFor(node)),
  table: (node, out) => {
    out.push(plainTable(node));
  },
  // math, code and html are mdast already.
  math: (node, out) => asMdast(node, out),
  code: (node, out) => asMdast(node, out),
  html: (node, out) => asMdast(node, out),
};

/** A node that is mdast already, without our provenance data. */
const asMdast = (node: { data?: unknown }, out: RootContent[]) => {
  out.push(stripData(node) as RootContent);
};

function visitAll(nodes: readonly TreeNode[], out: RootContent[]): void {
  for (const node of nodes) {
    const handle = toMdastHandlers[node.type as keyof ToMdast] as
      | ((n: TreeNode, out: RootContent[]) => void)
      | undefined;
    (handle ?? asMdast)(node, out);
  }
}

/** Turn our nodes into plain mdast: sections are spliced, figures and captions become paragraphs. */
export function toMdast(tree: DocumentRoot): MdastRoot {
  const out: RootContent[] = [];
  visitAll(tree.children, out);
  return { type: 'root', children: out };
}

/** The text children of a node of ours, as phrasing in the markup its parser wrote. */
function phrasing(children: readonly PhrasingContent[], data: NodeData | undefined): PhrasingContent[] {
  return inlineNodes(textOf(children), markupOf(data));
}

const markupOf = (data: NodeData | undefined): TextMarkup => data?.markup ?? 'plain';
const textOf = (children: readonly PhrasingContent[]) =>
  children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/** A list marker the parser left in an entry's text (the list item itself is the marker). */
const BULLET = /^[•·●○▪■◦*\-–]\s+/;
/** An entry's own number: `3.`, `3)`, `[3]`, `(3)`. */
const NUMBER = /^(?:(\d{1,3})[.)]|\[(\d{1,3})\]|\((\d{1,3})\))\s+/;

interface Entry {
  number?: number;
  children: PhrasingContent[];
}

/**
 * One tree list as Markdown lists: each line of an item's text is an entry (MinerU joins a block's
 * references with line breaks); entries numbered one after the other form an ordered list that starts
 * at the first number, the others a bullet list — so a note "1." is never a bullet with an escaped "1\.".
 */
function listsFor(list: ListNode): List[] {
  const entries: Entry[] = [];
  for (const item of list.children) {
    const markup = markupOf(item.data);
    const text = item.children.map((p) => ('children' in p ? textOf(p.children as PhrasingContent[]) : '')).join('\n');
    for (const line of text.split('\n')) {
      const bare = line.trim().replace(BULLET, '');
      if (!bare) continue;
      const m = NUMBER.exec(bare);
      const number = m ? Number(m[1] ?? m[2] ?? m[3]) : undefined;
      const children = inlineNodes(m ? bare.slice(m[0].length) : bare, markup);
      if (children.length) entries.push({ number, children });
    }
  }
  const lists: List[] = [];
  let current: List | undefined;
  let last: number | undefined;
  for (const entry of entries) {
    const ordered = entry.number !== undefined;
    const continues =
      current && (ordered ? current.ordered && last !== undefined && entry.number === last + 1 : !current.ordered);
    if (!current || !continues) {
      current = { type: 'list', ordered, spread: false, children: [] };
      if (ordered) current.start = entry.number;
      lists.push(current);
    }
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: entry.children }],
    };
    current.children.push(item);
    last = entry.number;
  }
  return lists;
}

/** A GFM table whose cells hold one line each (a line break inside a cell would end the row). */
function plainTable(node: TableNode): Table {
  return {
    type: 'table',
    align: node.align,
    children: node.children.map((row) => ({
      type: 'tableRow',
      children: row.children.map((cell) => ({
        type: 'tableCell',
        children: cell.children.map((c) =>
          c.type === 'text' ? ({ type: 'text', value: c.value.replace(/\s*\n\s*/g, ' ') } as Text) : c,
        ),
      })),
    })),
  };
}

/** mdast nodes without our provenance data (keeps the Markdown serializer's input plain). */
function stripData(node: { data?: unknown }): MdastNodes {
  const { data: _data, ...rest } = node;
  return rest as unknown as MdastNodes;
}

/**
 * Text that no escape rule of mdast-util-to-markdown (with GFM tables and math) can touch, in any phrasing
 * context: it opens with a letter or another character outside ASCII that is no blank (a bullet "•": no
 * line-start construct is written with one, as `#`, `-`, `1.`, `>` … are), ends with no blank (no
 * hard-break ambiguity), and holds no line break, control character, or character escaped wherever it
 * stands (`*`, `_`, `` ` ``, `[`, `]`, `\`, `$`, `|`) or escaped by its neighbour (`!`, `&`, `<`, `#`).
 * The serializer checks each text against ~90 patterns; most prose passes this one test instead.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the test rules out
const PLAIN_TEXT = /^(?:\p{L}|[^\0-\x9f\s])(?:[^\0-\x1f\x7f!#$&*<[\\\]_`|]*[^\0-\x20\x7f!#$&*<[\\\]_`|])?$/u;

/** Constructs in which other characters are escaped or percent-encoded (links' destinations and titles, autolinks, code fences). */
const ESCAPING_CONSTRUCTS = /^(?:autolink|destination|title|codeFenced|mathFlowMeta)/;

/** Plain text as it stands (the same string `safe` returns for it); anything else to the default handler. */
export const textHandler: Handle = (node, parent, state, info) =>
  PLAIN_TEXT.test(node.value) && !state.stack.some((c) => ESCAPING_CONSTRUCTS.test(c))
    ? node.value
    : defaultHandlers.text(node, parent, state, info);

/**
 * A paragraph of one plain text is that text: what the default handler gives for it, without serializing the
 * phrasing around it (mdast-util-to-markdown renders each child's neighbour to learn its first character,
 * and settles emphasis markers over the whole paragraph; a single plain text has neither).
 */
export const paragraphHandler: Handle = (node, parent, state, info) => {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' && PLAIN_TEXT.test(only.value) && !state.stack.some((c) => ESCAPING_CONSTRUCTS.test(c))
    ? only.value
    : defaultHandlers.paragraph(node, parent, state, info);
};

/**
 * The extensions, made once: made per call, their unsafe patterns were new objects each time, and the
 * `_compiled` regex mdast-util-to-markdown caches on each gave V8 new shapes in `safe` (a deoptimization per
 * document, and a recompilation after it).
 */
const EXTENSIONS = [gfmTableToMarkdown(), mathToMarkdown()];

export function renderMarkdown(tree: DocumentRoot): string {
  return toMarkdown(toMdast(tree), {
    extensions: EXTENSIONS,
    handlers: { text: textHandler, paragraph: paragraphHandler },
    bullet: '-',
    rule: '-',
  });
}
