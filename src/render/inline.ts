// The text of a heading, paragraph, list entry or caption as mdast phrasing nodes, read by how its parser
// writes text (`TextMarkup`): Markdown is parsed (so MinerU's `\*` or `<sup>` are not escaped a second
// time), `$…$` becomes inlineMath, and kept line breaks become `break` nodes. Parsing with micromark,
// the parser the round trip uses too, rather than unescaping a list of known escapes: it knows every
// escape, entity and inline construct, and what it reads back is what it parsed.
import type { Break, PhrasingContent, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { type InlineMath, mathFromMarkdown } from 'mdast-util-math';
import { math } from 'micromark-extension-math';
import type { TextMarkup } from '../model/element.js';
import { textWidthEm } from '../text/chars.js';
import { maxOf, pushAll } from '../util/arrays.js';

/** Block-level constructs switched off: a paragraph's text is inline content, whatever its first characters. */
const INLINE_ONLY = {
  disable: {
    null: [
      'blockQuote',
      'codeFenced',
      'codeIndented',
      'definition',
      'headingAtx',
      'htmlFlow',
      'list',
      'setextUnderline',
      'thematicBreak',
      'mathFlow',
    ],
  },
};

const MARKDOWN_OPTIONS = { extensions: [math(), INLINE_ONLY], mdastExtensions: [mathFromMarkdown()] };

/**
 * The characters that can start inline Markdown (escape, code, emphasis, HTML, reference, link, math, line end):
 * without one, Markdown text is plain. Not `!` (an image needs its `[`, listed) nor `~` (only a code fence,
 * switched off, or GFM strikethrough, not loaded, read it).
 */
const MARKDOWN_SYNTAX = /[\\`*_<&[\]$\n]/;

/** Phrasing nodes for `text` written in `markup`. */
export function inlineNodes(text: string, markup: TextMarkup = 'plain'): PhrasingContent[] {
  const source = text.trim();
  if (!source) return [];
  const nodes =
    markup === 'markdown' && MARKDOWN_SYNTAX.test(source)
      ? isInert(source)
        ? fromLines(source)
        : (fromInertMath(source) ?? fromMarkdownInline(source))
      : fromPlain(source, markup === 'math');
  return mergeTexts(nodes);
}

/** The same nodes by the micromark path alone, whatever the text: for the test that `fromLines` matches it. */
export function inlineNodesParsed(text: string): PhrasingContent[] {
  const source = text.trim();
  return source ? mergeTexts(fromMarkdownInline(source)) : [];
}

/**
 * Markdown text whose only syntax is line breaks, brackets, underscores between ASCII letters or digits
 * (`snake_case`) and asterisks between spaces or tabs (`2 * 3`): no underscore or asterisk there can open or
 * close emphasis (a run with whitespace on both sides flanks neither way), and without a `](` and with block
 * constructs and definitions off no bracket makes a link. micromark reads such text as its lines, which
 * `fromLines` splits as it does; most of the parser's Markdown that is not plain is of this kind.
 */
const INERT_MARKDOWN =
  /^(?:[^\\`*_<&[\]$\n\r\0]|[A-Za-z0-9]_+(?=[A-Za-z0-9])|(?<=[ \t])\*+(?=[ \t])|&(?!#|[A-Za-z0-9]+;)|[[\]\n])*$/;

/** Runs of `_` or `*` that `INERT_MARKDOWN` does not take as they stand (not inside a word, not between blanks). */
const LONE_UNDERSCORES = /(?<![A-Za-z0-9_])_+(?!_)|(?<!_)_+(?![A-Za-z0-9_])/g;
const LONE_ASTERISKS = /(?<![ \t*])\*+(?!\*)|(?<!\*)\*+(?![ \t*])/g;

/**
 * Inert Markdown (`INERT_MARKDOWN`), or text that would be but for runs of underscores and asterisks none of which
 * can close emphasis that an earlier run of the same character opened (`unpaired`): "package_", "R&D*",
 * `debian/*` and `*.dsc` in one text. An `&` that starts no character reference (`&name;`, `&#…;`) is text too.
 */
function isInert(source: string): boolean {
  if (source.includes('](')) return false;
  if (INERT_MARKDOWN.test(source)) return true;
  if (!/[*_]/.test(source)) return false;
  // one run of each that can flank cannot pair, whatever stands beside it (a masked span too)
  const single = (source.match(LONE_UNDERSCORES)?.length ?? 0) <= 1 && (source.match(LONE_ASTERISKS)?.length ?? 0) <= 1;
  if (!single && (!unpaired(source, '*') || !unpaired(source, '_'))) return false;
  return INERT_MARKDOWN.test(source.replace(/[*_]/g, 'x'));
}

/** micromark's classes of the character beside a run (`classifyCharacter`, by UTF-16 unit as micromark reads). */
const WHITESPACE = 1;
const PUNCTUATION = 2;
const OTHER = 0;
function classOf(source: string, at: number): number {
  if (at < 0 || at >= source.length) return WHITESPACE;
  const c = source.charAt(at);
  return /\s/.test(c) ? WHITESPACE : /\p{P}|\p{S}/u.test(c) ? PUNCTUATION : OTHER;
}

/**
 * Whether no run of `marker` can close emphasis opened by an earlier run of it, by micromark's flanking rules
 * (micromark-core-commonmark's attention: a run opens when followed by neither whitespace nor punctuation, or by
 * punctuation after whitespace or punctuation, and closes the other way round; an underscore run that could do
 * both only where punctuation is on that side): then every run stays text. False when a run stands beside a
 * masked span (`fromInertMath`: the character micromark sees there is the span's).
 */
function unpaired(source: string, marker: '*' | '_'): boolean {
  let opened = false;
  for (let i = source.indexOf(marker); i >= 0; i = source.indexOf(marker, i)) {
    let end = i;
    while (source[end] === marker) end++;
    if (/[\uE000\uE001]/.test(source.charAt(i - 1) + source.charAt(end))) return false;
    const before = classOf(source, i - 1);
    const after = classOf(source, end);
    const open = after === OTHER || (after === PUNCTUATION && before !== OTHER);
    const close = before === OTHER || (before === PUNCTUATION && after !== OTHER);
    const canOpen = marker === '*' ? open : open && (before !== OTHER || !close);
    const canClose = marker === '*' ? close : close && (after !== OTHER || !open);
    if (canClose && opened) return false;
    if (canOpen) opened = true;
    i = end;
  }
  return true;
}

/**
 * What micromark makes of inert Markdown (`INERT_MARKDOWN`): paragraphs at blank lines (only spaces and tabs),
 * one break between them; in a paragraph, each line without its leading and trailing spaces and tabs, lines
 * joined by `\n`, or by a break after two or more trailing spaces and no tab (never after the last line).
 */
function fromLines(source: string): PhrasingContent[] {
  const nodes = linesOf(source);
  return brokenByAuthor(source) ? hardenSoftBreaks(nodes) : nodes;
}

/** `fromLines` before the author's line breaks are hardened. */
function linesOf(source: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let text: string | undefined; // the current paragraph's text since its last break
  let pendingBreak = false; // the previous line of this paragraph ended in a hard break
  for (const line of source.split('\n')) {
    const body = line.replace(/^[ \t]+/, '');
    const content = body.replace(/[ \t]+$/, '');
    if (!content) {
      // a blank line ends the paragraph
      if (text !== undefined) out.push(textNode(text));
      text = undefined;
      pendingBreak = false;
      continue;
    }
    if (text === undefined) {
      if (out.length) out.push(lineBreak());
      text = content;
    } else if (pendingBreak) {
      out.push(textNode(text), lineBreak());
      text = content;
    } else text += `\n${content}`;
    const suffix = body.slice(content.length);
    pendingBreak = suffix.length >= 2 && !suffix.includes('\t');
  }
  if (text !== undefined) out.push(textNode(text));
  return out;
}

/** Stands in `fromInertMath`'s masked text for one run of dollars (a math span, or dollars left as text). */
const DOLLARS = '\uE000';

/** Stands in `fromInertMath`'s masked text for one HTML tag (`HTML_TAG`). */
const TAG = '\uE001';

/** Where the masked text is split back into its spans. */
const MASKS = /([\uE000\uE001])/;

/**
 * An HTML tag micromark reads as inline HTML however it stands: an opening tag without attributes or blanks
 * (`<name>`, `<name/>`), or a closing one (`</name>`); a name is an ASCII letter, then letters, digits and dashes.
 * It holds no character another construct needs (no `:` or `@` of an autolink), and none may open inside it.
 */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*>|<[A-Za-z][A-Za-z0-9-]*\/>/g;

/**
 * Inert Markdown (`INERT_MARKDOWN`) with dollar math and HTML tags (`HTML_TAG`), read as micromark (with
 * micromark-extension-math) and `checkMath` read it: a run of one or two dollars opens math that the next run of
 * exactly as many closes (what lies between is not Markdown); a run that no such run closes is text. Each span,
 * math or text by `isDollarMath`, stands in the masked source as one character, then each tag outside them (an
 * `html` node: `<name>` in a shell example, `#include <stdio.h>` is no tag); the rest must be inert (a `<`
 * left is not), and the lines are read as `fromLines` reads them. Undefined (micromark decides) when math
 * crosses a line end or another construct could be involved.
 */
export function fromInertMath(source: string): PhrasingContent[] | undefined {
  if (/[\uE000\uE001\r\0]/.test(source) || source.includes('](')) return undefined;
  const spans: PhrasingContent[] = [];
  let masked = '';
  let from = 0;
  for (let i = source.indexOf('$'); i >= 0; i = source.indexOf('$', from)) {
    const n = dollarRun(source, i);
    let close = source.indexOf('$', i + n);
    while (close >= 0 && dollarRun(source, close) !== n) close = source.indexOf('$', close + dollarRun(source, close));
    const end = close < 0 ? i + n : close + n;
    const math = close >= 0 && isDollarMath(source, i, end, n);
    if (n > 2 || (close >= 0 && crossesLine(source.slice(i, end), math))) return undefined;
    spans.push(math ? inlineMath(source.slice(i + n, close)) : textNode(source.slice(i, end)));
    masked += source.slice(from, i) + DOLLARS;
    from = end;
  }
  masked += source.slice(from);
  const tags: PhrasingContent[] = [];
  if (masked.includes('<'))
    masked = masked.replace(HTML_TAG, (tag) => {
      tags.push({ type: 'html', value: tag });
      return TAG;
    });
  if (!isInert(masked)) return undefined;
  let k = 0;
  let t = 0;
  const nodes = linesOf(masked).flatMap((node): PhrasingContent[] => {
    if (node.type !== 'text' || !MASKS.test(node.value)) return [node];
    const out: PhrasingContent[] = [];
    // the split keeps each mask (odd places) between the pieces of text (even places)
    node.value.split(MASKS).forEach((piece, j) => {
      if (j % 2 === 1) out.push(piece === DOLLARS ? spans[k++] : tags[t++]);
      else if (piece) out.push(textNode(piece));
    });
    return out;
  });
  return brokenByAuthor(source) ? hardenSoftBreaks(nodes) : nodes;
}

/**
 * A span over a line end that `fromInertMath` cannot read: math (micromark turns its line ends into the
 * value), or over a blank line (a new paragraph, where micromark never looks for the closing run). Text over
 * a line end is the source as written, what `checkMath` returns for it.
 */
function crossesLine(span: string, math: boolean): boolean {
  return span.includes('\n') && (math || /\n[ \t]*\n/.test(span));
}

/** The length of the run of dollars at `i`. */
function dollarRun(source: string, i: number): number {
  let n = 0;
  while (source[i + n] === '$') n++;
  return n;
}

/**
 * Whether the dollars at `start` and `end` (exclusive) delimit math, by Pandoc's rule, in `math` and in
 * `markdown` text alike: the opening dollar is followed by a non-space, the closing one follows a
 * non-space and is not followed by a digit, and the opening one is not escaped. So `$5 and $10` stays
 * text, and `$x_i$` is math.
 */
export function isDollarMath(source: string, start: number, end: number, fence: number): boolean {
  const inner = source.slice(start + fence, end - fence);
  if (!inner.trim()) return false;
  if (/^\s/.test(inner) || /\s$/.test(inner)) return false;
  if (/\d/.test(source[end] ?? '')) return false;
  return source[start - 1] !== '\\';
}

/** Plain text (or plain text with dollar math): literal characters, `\n` → break. */
function fromPlain(source: string, withMath: boolean): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let plainFrom = 0;
  const pushPlain = (until: number) => {
    if (until > plainFrom) pushAll(out, withBreaks(source.slice(plainFrom, until)));
  };
  if (withMath) {
    let i = source.indexOf('$');
    while (i >= 0) {
      const fence = source.startsWith('$$', i) ? 2 : 1;
      const close = source.indexOf(fence === 2 ? '$$' : '$', i + fence);
      if (close < 0) break;
      const end = close + fence;
      if (isDollarMath(source, i, end, fence) && !source.slice(i + fence, close).includes('\n\n')) {
        pushPlain(i);
        out.push(inlineMath(source.slice(i + fence, close)));
        plainFrom = end;
        i = source.indexOf('$', end);
      } else {
        // Not math here: the closing candidate may open the next pair.
        i = source.indexOf('$', i + fence);
      }
    }
  }
  pushPlain(source.length);
  return out;
}

/** Text with its line breaks as `break` nodes (blanks around a break dropped, runs of breaks kept as one). */
function withBreaks(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  value.split(/[ \t]*\n[\s]*/).forEach((line, i) => {
    if (i > 0) out.push(lineBreak());
    if (line) out.push(textNode(line));
  });
  return out;
}

/**
 * Markdown inline content; blank lines between its paragraphs become one break each. The VLM parsers
 * write a block's visual lines with plain newlines (soft breaks in Markdown): when most lines stop well
 * short of the longest, or all are short, the author broke them (an address, a letterhead, a term and its
 * definition) and they become hard breaks; lines that fill the block were wrapped and stay soft.
 */
function fromMarkdownInline(source: string): PhrasingContent[] {
  const root = fromMarkdown(source, MARKDOWN_OPTIONS);
  const out: PhrasingContent[] = [];
  for (const block of root.children) {
    if (block.type !== 'paragraph') continue; // only paragraphs can come out with block constructs off
    if (out.length) out.push(lineBreak());
    pushAll(
      out,
      block.children.flatMap((n) => checkMath(n, source)),
    );
  }
  const nodes = stripPositions(out);
  return brokenByAuthor(source) ? hardenSoftBreaks(nodes) : nodes;
}

/** Share of the longest line under which a line was ended by its author, not wrapped. */
const SHORT_LINE = 0.75;

/** Lines no longer than this (in ems, about 30 Latin characters) are too short to have been wrapped prose. */
const SHORT_BLOCK_EM = 16;

/** Two or more lines, and all short, or at least half of those before the last well short of the longest. */
function brokenByAuthor(source: string): boolean {
  const widths = source
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map(textWidthEm);
  if (widths.length < 2) return false;
  const longest = maxOf(widths);
  if (longest <= SHORT_BLOCK_EM) return true;
  const inner = widths.slice(0, -1);
  return inner.filter((w) => w < longest * SHORT_LINE).length * 2 >= inner.length;
}

function hardenSoftBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((n): PhrasingContent[] => {
    if (n.type === 'text') return withBreaks(n.value);
    if ('children' in n)
      return [{ ...n, children: hardenSoftBreaks(n.children as PhrasingContent[]) } as PhrasingContent];
    return [n];
  });
}

/** An inlineMath micromark found that fails the dollar rule goes back to the text it was written as. */
function checkMath(node: PhrasingContent, source: string): PhrasingContent[] {
  if (node.type === 'inlineMath') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return [node];
    const fence = source.startsWith('$$', start) && source.slice(start, end).endsWith('$$') && end - start > 4 ? 2 : 1;
    return isDollarMath(source, start, end, fence) ? [node] : [textNode(source.slice(start, end))];
  }
  if ('children' in node) {
    const children = (node.children as PhrasingContent[]).flatMap((c) => checkMath(c, source));
    return [{ ...node, children } as PhrasingContent];
  }
  return [node];
}

function stripPositions<T>(nodes: T[]): T[] {
  return nodes.map((n) => {
    const { position: _p, data: _d, ...rest } = n as T & { position?: unknown; data?: unknown };
    if ('children' in rest)
      (rest as { children: unknown[] }).children = stripPositions((rest as { children: unknown[] }).children);
    return rest as T;
  });
}

/** Adjacent text nodes as one (the Markdown serializer escapes by context, and a split can change that). */
function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else if ('children' in node)
      out.push({ ...node, children: mergeTexts(node.children as PhrasingContent[]) } as PhrasingContent);
    else out.push(node.type === 'text' ? { ...node } : node);
  }
  return out;
}

/** The same nodes with every break turned into a space (headings and table cells hold one line). */
export function oneLine(nodes: PhrasingContent[]): PhrasingContent[] {
  return mergeTexts(
    nodes.map((n) => {
      if (n.type === 'break') return textNode(' ');
      if ('children' in n) return { ...n, children: oneLine(n.children as PhrasingContent[]) } as PhrasingContent;
      return n;
    }),
  );
}

const textNode = (value: string): Text => ({ type: 'text', value });
const lineBreak = (): Break => ({ type: 'break' });
const inlineMath = (value: string): InlineMath => ({ type: 'inlineMath', value });
