// Geometry of the text blocks: how far a block stands in from its column's body-text edge, whether the
// document indents its paragraphs' first lines, and the shares of a line that count as full or short.
import { overlapsHorizontally } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';
import { textWidthEm } from '../../text/chars.js';
import { isPreformatted, looksLikeProse } from './text-kind.js';

/** An indent this large (fraction of the page width) marks a code block or a quotation. */
export const INDENT = 0.008;
/** A last line reaching this share of the block's width is full: justified text fills it (ragged text may not, and then says nothing). */
export const LAST_LINE_FULL = 0.99;
/** A last line shorter than this share of the block's width ends its paragraph. */
export const LAST_LINE_SHORT = 0.8;
/** A first line set in by this share of the block's width or more, up to the next, is a paragraph indent. */
export const FIRST_LINE_INDENT: readonly [number, number] = [0.015, 0.15];
/** No indent is this deep (fraction of the page width): a block this far in stands in another column. */
export const MAX_INDENT = 0.1;

export function isParagraphIndent(share: number): boolean {
  return share >= FIRST_LINE_INDENT[0] && share <= FIRST_LINE_INDENT[1];
}

/** The document's usual paragraph indent (page-width units): the median first-line indent of the blocks that show one. */
function usualParagraphIndent(body: readonly Element[]): number | undefined {
  const widths = body
    .filter((e) => e.bbox && isParagraphIndent(e.hints?.firstLineIndent ?? 0))
    .map((e) => (e.hints?.firstLineIndent ?? 0) * (e.bbox![2] - e.bbox![0]))
    .sort((x, y) => x - y);
  return widths[Math.floor(widths.length / 2)];
}

/**
 * Where paragraphs start indented, a one-line paragraph's box starts at the paragraph indent: it is no
 * indented block (code, a quotation). Its indent is read as 0 when it matches the document's paragraph
 * indent, and `oneLineIndented` says so: a one-line block has no first line of its own to show the
 * indent, so its box is the only witness that it opens a paragraph.
 */
export function oneLineParagraphsFlush(
  indentOf: (el: Element) => number | undefined,
  body: readonly Element[],
  paragraphsIndented: boolean | undefined,
): { indentOf: (el: Element) => number | undefined; oneLineIndented: (el: Element) => boolean } {
  const usual = paragraphsIndented ? usualParagraphIndent(body) : undefined;
  if (usual === undefined) return { indentOf, oneLineIndented: () => false };
  const atIndent = (el: Element, indent: number | undefined) =>
    indent !== undefined && el.hints?.lineCount === 1 && Math.abs(indent - usual) <= usual * 0.35;
  return {
    indentOf: (el) => {
      const indent = indentOf(el);
      return atIndent(el, indent) ? 0 : indent;
    },
    oneLineIndented: (el) => atIndent(el, indentOf(el)),
  };
}

/**
 * Does the document indent its paragraphs' first lines? Asked of the text blocks whose line boxes show their
 * first line: at least a quarter of them indented (the rest are continuations, paragraphs after headings…).
 */
export function indentsParagraphs(texts: readonly Element[]): boolean | undefined {
  const shown = texts.filter((e) => e.type === 'text' && e.hints?.firstLineIndent !== undefined);
  if (shown.length < 5) return undefined;
  return shown.filter((e) => isParagraphIndent(e.hints?.firstLineIndent ?? 0)).length * 4 >= shown.length;
}

/**
 * The left edges of body text (one per column): the x1 values shared by at least a fifth of the long
 * prose blocks. A block's indent is its distance in from the nearest edge on its left.
 */
export function bodyIndents(
  body: readonly Element[],
  byPage: ReadonlyMap<number, readonly Element[]>,
): (el: Element) => number | undefined {
  // Long: some 40 ems, about 80 Latin or 40 CJK characters. Text with kept line breaks is code, set in from the edge.
  const long = body.filter((e) => e.bbox && e.type === 'text' && textWidthEm(e.text) > 40 && !isPreformatted(e.text));
  // Edges are a property of the layout: an even sample of a long document's blocks finds them as well.
  const step = Math.max(1, Math.floor(long.length / 400));
  const prose = long.filter((e, i) => i % step === 0 && looksLikeProse(e.text));
  const counts = new Map<number, number>();
  for (const e of prose) {
    const x = Math.round(e.bbox![0] / 0.004);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const edges = [...counts]
    .filter(([, n]) => n >= Math.max(2, prose.length * 0.2))
    .map(([x]) => x * 0.004)
    .sort((a, b) => a - b);
  if (edges.length === 0) return () => undefined;
  return (el) => {
    if (!el.bbox) return undefined;
    const x = el.bbox[0];
    const edge = edges.filter((e) => e <= x + 0.004).pop();
    if (edge === undefined) return undefined;
    if (x - edge <= MAX_INDENT) return Math.max(0, x - edge);
    // Further in than any indent: a column whose edge no long prose block showed (a column of notes and
    // tables), whose edge is then the leftmost block of that column on this page.
    // A block alone that far in is no column: it keeps its distance from the known edge.
    let columnEdge: number | undefined;
    for (const o of byPage.get(el.page) ?? []) {
      if (o === el || !o.bbox || o.bbox[0] <= edge + MAX_INDENT || o.bbox[0] > x + 0.004) continue;
      if (overlapsHorizontally(o, el)) columnEdge = Math.min(columnEdge ?? x, o.bbox[0]);
    }
    return Math.max(0, x - (columnEdge ?? edge));
  };
}
