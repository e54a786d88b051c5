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
  Parents,
  PhrasingContent,
  RootContent,
  Table,
  Text,
} from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { mathToMarkdown } from 'mdast-util-math';
import { defaultHandlers, type Handle, type Info, type State, toMarkdown } from 'mdast-util-to-markdown';
import type { TextMarkup } from '../model/element.js';
import type { DocumentRoot, ListNode, NodeData, TableNode, TreeNode } from '../model/tree.js';
import { inlineNodes, oneLine } from './inline.js';
import { lineEndUnsafe, unsafeFor } from './unsafe-patterns.js';

/** Our node types, each turned into plain mdast by one handler: it pushes the node's mdast blocks to `out`. */
type ToMdast = {
  [T in Exclude<TreeNode['type'], 'root' | 'listItem'>]: (node: Extract<TreeNode, { type: T }>, out: Sink) => void;
};

/** Where the mdast blocks go, one at a time and in order. */
type Sink = (block: RootContent) => void;

const toMdastHandlers: ToMdast = {
  // Sections and figures are spliced: their children in order.
  section: (node, out) => visitAll(node.children, out),
  figure: (node, out) => visitAll(node.children, out),
  caption: (node, out) => {
    out({ type: 'paragraph', children: [{ type: 'emphasis', children: phrasing(node.children, node.data) }] });
  },
  image: (node, out) => {
    out({ type: 'paragraph', children: [{ type: 'image', url: node.url, alt: node.alt, title: null }] });
  },
  heading: (node, out) => {
    out({ type: 'heading', depth: node.depth, children: oneLine(phrasing(node.children, node.data)) });
  },
  paragraph: (node, out) => {
    out({ type: 'paragraph', children: phrasing(node.children, node.data) });
  },
  list: (node, out) => {
    for (const list of listsFor(node)) out(list);
  },
  table: (node, out) => {
    out(plainTable(node));
  },
  // math, code and html are mdast already.
  math: (node, out) => asMdast(node, out),
  code: (node, out) => asMdast(node, out),
  html: (node, out) => asMdast(node, out),
};

/** A node that is mdast already, without our provenance data. */
const asMdast = (node: { data?: unknown }, out: Sink) => {
  out(stripData(node) as RootContent);
};

function visitAll(nodes: readonly TreeNode[], out: Sink): void {
  for (const node of nodes) {
    const handle = toMdastHandlers[node.type as keyof ToMdast] as ((n: TreeNode, out: Sink) => void) | undefined;
    (handle ?? asMdast)(node, out);
  }
}

/** Turn our nodes into plain mdast: sections are spliced, figures and captions become paragraphs. */
export function toMdast(tree: DocumentRoot): MdastRoot {
  const out: RootContent[] = [];
  visitAll(tree.children, (block) => {
    out.push(block);
  });
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
 * stands (`*`, `_`, `` ` ``, `[`, `]`, `\`, `$`, `|`) or escaped by its neighbour (`!`, `&`, `<`), nor a `#` at
 * its start or end (a heading's line start, or its closing sequence; inside a text no pattern escapes it).
 * The serializer checks each text against ~90 patterns; most prose passes this one test instead.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the test rules out
const PLAIN_TEXT = /^(?:\p{L}|[^\0-\x9f\s])(?:[^\0-\x1f\x7f!$&*<[\\\]_`|]*[^\0-\x20\x7f!#$&*<[\\\]_`|])?$/u;

/**
 * Plain text but for dollars, anywhere in it (`PLAIN_TEXT` with `$` allowed): in phrasing the serializer escapes
 * each `$`, and nothing else such a text holds. Math's pattern escapes a dollar wherever it stands in phrasing;
 * its line-start pattern (`$$`) finds a dollar that pattern finds already, and the two together leave it no
 * `after` side, so `safe` never skips it as one of a pair; no other pattern's `before` or `after` can match a `$`.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the test rules out
const DOLLAR_TEXT = /^(?:\p{L}|[^\0-\x9f\s]|\$)(?:[^\0-\x1f\x7f!&*<[\\\]_`|]*[^\0-\x20\x7f!#&*<[\\\]_`|])?$/u;

/** Constructs in which other characters are escaped or percent-encoded (links' destinations and titles, autolinks, code fences). */
const ESCAPING_CONSTRUCTS = /^(?:autolink|destination|title|codeFenced|mathFlowMeta)/;

/**
 * Plain text as it stands (the same string `safe` returns for it), and in phrasing plain text but for dollars with
 * each dollar escaped (`DOLLAR_TEXT`); anything else to the default handler, told only the unsafe patterns whose
 * character the text or its neighbouring characters hold (`unsafeFor`).
 */
export const textHandler: Handle = (node, parent, state, info) => {
  const value = node.value;
  if (!state.stack.some((c) => ESCAPING_CONSTRUCTS.test(c))) {
    if (PLAIN_TEXT.test(value)) return value;
    if (state.stack.includes('phrasing') && DOLLAR_TEXT.test(value)) return value.replaceAll('$', '\\$');
  }
  const unsafe = state.unsafe;
  state.unsafe = unsafeFor(unsafe, info.before + value + info.after);
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = unsafe;
  }
};

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
 * Phrasing of plain texts and line breaks (a table cell, a heading, a listing, kept line breaks) as the default
 * serializer writes it: the texts as they stand and each break by its handler, told the character before it as
 * the serializer tells it; no attention markers to settle, no neighbour to render ahead. Undefined for anything
 * else (and for no children).
 */
function plainPhrasing(parent: Parents, state: State, info: Info): string | undefined {
  const children = parent.children as RootContent[];
  if (children.length === 0 || state.stack.some((c) => ESCAPING_CONSTRUCTS.test(c))) return undefined;
  for (const child of children)
    if (child.type !== 'break' && (child.type !== 'text' || !PLAIN_TEXT.test(child.value))) return undefined;
  let out = '';
  let before = info.before;
  for (const child of children) {
    const value =
      child.type === 'text' ? child.value : state.handle(child, parent, state, { ...info, before, after: '' });
    if (!value) continue;
    out += value;
    before = value.charAt(value.length - 1);
  }
  return out;
}

/**
 * A hard break as the default handler writes it (a space, or nothing after a blank, where a line end cannot be
 * written as it stands: a heading, a table cell; else a backslash and a line end), testing only the patterns of a
 * bare line end, found once per list, not all ninety per break.
 */
export const breakHandler: Handle = (_node, _parent, state, info) =>
  lineEndUnsafe(state) ? (/[\t ]/.test(info.before) ? '' : ' ') : '\\\n';

/** The math extension, one instance: its inline handler is known by identity (`IGNORES_AFTER`). */
const MATH = mathToMarkdown();

/** Phrasing without attention (emphasis, strong), links, images or html: each written by its handler alone. */
const FLAT_PHRASING = new Set(['text', 'break', 'inlineMath', 'inlineCode']);

/** The first character of a string, as mdast-util-to-markdown's `firstCharacter` takes it (a whole surrogate pair). */
function firstCharacter(value: string): string {
  const code = value.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last character, as its `lastCharacter` takes it. */
function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2);
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1);
}

/**
 * Handlers that never read `info.after` (a hard break, inline code, inline math): for a child they write, the
 * next child's first character is not asked (a text's peek renders it whole: a second `safe` per text after a
 * break). Keyed by type, compared by identity with the handler the state holds, so a replaced handler is asked.
 */
const IGNORES_AFTER: Record<string, Handle | undefined> = {
  break: breakHandler,
  inlineCode: defaultHandlers.inlineCode,
  inlineMath: MATH.handlers?.inlineMath,
};

/**
 * Phrasing of texts, breaks, inline math and inline code (any text, plain or not) as the default serializer
 * writes it: each child by its handler, told the character before it (the last one written) and the first
 * character of the next child's handler or `peek` (called as the default calls it: before and after empty,
 * the index stack still at the child; not called when the child's handler ignores it, `IGNORES_AFTER`: peeks
 * change no state), the results joined. With no attention among the children, the default's
 * sequence settling returns that join; what is left out is its position tracker, which none of these four
 * handlers reads, and the object spreads around it (V8's slow path, a sixth of document.md's time).
 * Undefined for any other child (and for no children).
 */
function flatPhrasing(parent: Parents, state: State, info: Info): string | undefined {
  const children = parent.children as RootContent[];
  if (children.length === 0) return undefined;
  for (const child of children) if (!FLAT_PHRASING.has(child.type)) return undefined;
  const handlers = (state.handle as unknown as { handlers: Record<string, Handle & { peek?: Handle }> }).handlers;
  const indexStack = state.indexStack;
  indexStack.push(-1);
  let out = '';
  let before = info.before;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    indexStack[indexStack.length - 1] = index;
    let after = info.after;
    if (index + 1 < children.length && IGNORES_AFTER[child.type] !== handlers[child.type]) {
      const next = children[index + 1];
      const handler = handlers[next.type];
      const peek = handler?.peek ?? handler;
      after = peek ? firstCharacter(peek(next, parent, state, { before: '', after: '' } as Info)) : '';
    }
    const value = state.handle(child, parent, state, { before, after } as Info);
    if (!value) continue;
    out += value;
    before = lastCharacter(value);
  }
  indexStack.pop();
  return out;
}

/**
 * The root, with the state's phrasing serializer taking plain phrasing (`plainPhrasing`), then flat phrasing
 * (`flatPhrasing`) first: every
 * container of phrasing goes through it (paragraphs, headings, links, and table cells, whose handler the GFM
 * table extension calls itself).
 */
export const rootHandler: Handle = (node, parent, state, info) => {
  const containerPhrasing = state.containerPhrasing;
  state.containerPhrasing = function (this: State, parent, info) {
    return (
      plainPhrasing(parent, this, info) ??
      flatPhrasing(parent, this, info) ??
      containerPhrasing.call(this, parent, info)
    );
  };
  return defaultHandlers.root(node, parent, state, info);
};

/** Our handlers, over mdast-util-to-markdown's. */
export const MARKDOWN_HANDLERS = {
  root: rootHandler,
  text: textHandler,
  paragraph: paragraphHandler,
  break: breakHandler,
};

/**
 * The extensions, made once: made per call, their unsafe patterns were new objects each time, and the
 * `_compiled` regex mdast-util-to-markdown caches on each gave V8 new shapes in `safe` (a deoptimization per
 * document, and a recompilation after it).
 */
const EXTENSIONS = [gfmTableToMarkdown(), MATH];

const OPTIONS = {
  extensions: EXTENSIONS,
  handlers: MARKDOWN_HANDLERS,
  bullet: '-',
  rule: '-',
} as const;

export function renderMarkdown(tree: DocumentRoot): string {
  return toMarkdown(toMdast(tree), OPTIONS);
}

/** Blocks per piece of `writeMarkdown` (at least: a piece ends only before a block that may start one). */
const BLOCKS_PER_PIECE = 256;

/** A paragraph put after a piece's blocks, so that what `toMarkdown` adds at the end is known (it is cut off). */
const SENTINEL: RootContent = { type: 'paragraph', children: [{ type: 'text', value: 'x' }] };
const SENTINEL_TAIL = '\n\nx\n';

/**
 * A block the document's Markdown may be cut before: mdast-util-to-markdown writes a blank line between two
 * blocks of the root unless the right one is code after a list (a comment between them), and only a list reads
 * what came before it (the bullet of the list just before); after any other block that is forgotten.
 */
const startsPiece = (block: RootContent) => block.type !== 'list' && block.type !== 'code';

/** Node types turned into flow content (a root with phrasing content is serialized as phrasing, whole). */
const FLOW = new Set(['caption', 'image', 'heading', 'paragraph', 'list', 'table', 'math', 'code', 'html']);
const allFlow = (nodes: readonly TreeNode[]): boolean =>
  nodes.every((n) => (n.type === 'section' || n.type === 'figure' ? allFlow(n.children) : FLOW.has(n.type)));

/**
 * document.md handed to `write` in pieces, the same characters as `renderMarkdown`: the tree turned to mdast
 * block by block and serialized `BLOCKS_PER_PIECE` blocks or so per `toMarkdown` call, the pieces joined by the
 * blank line the whole call writes between two blocks. Neither the document's mdast nor its Markdown exists
 * whole. A tree with a node of another kind (its mdast might be phrasing) is rendered whole.
 */
export function writeMarkdown(
  tree: DocumentRoot,
  write: (chunk: string) => void,
  blocksPerPiece = BLOCKS_PER_PIECE,
): void {
  if (!allFlow(tree.children)) {
    write(renderMarkdown(tree));
    return;
  }
  let pending: RootContent[] = [];
  let written = false;
  visitAll(tree.children, (block) => {
    if (pending.length >= blocksPerPiece && startsPiece(block)) {
      const text = toMarkdown({ type: 'root', children: [...pending, SENTINEL] }, OPTIONS);
      if (!text.endsWith(SENTINEL_TAIL)) throw new Error('writeMarkdown: the serializer wrote an unexpected end');
      write(`${written ? '\n\n' : ''}${text.slice(0, -SENTINEL_TAIL.length)}`);
      written = true;
      pending = [];
    }
    pending.push(block);
  });
  // the last piece as the whole call ends (a newline added unless it ends with one, or it is empty)
  const last = toMarkdown({ type: 'root', children: pending }, OPTIONS);
  write(written ? `\n\n${last}` : last);
}
