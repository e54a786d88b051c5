// Geometry of the text blocks: how far a block stands in from its column's body-text edge, whether the
// document indents its paragraphs' first lines, and the shares of a line that count as full or short.
import { overlapsHorizontally } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';
import { startsWithListMarker, textWiderThan } from '../../text/chars.js';
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
  // A list item's line stands at the item's text indent, which may be the paragraph indent too ("—Chaos!", the
  // rest of an item on the next page): no paragraph opening. So does an item the parser typed as text ("• Virtual",
  // MinerU; line counts from the source PDF): its indent is the item's, which leaves-list-indent weighs.
  const atIndent = (el: Element, indent: number | undefined) =>
    indent !== undefined &&
    el.type !== 'list_item' &&
    !startsWithListMarker(el.text) &&
    el.hints?.lineCount === 1 &&
    Math.abs(indent - usual) <= usual * 0.35;
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
  const long = body.filter((e) => e.bbox && e.type === 'text' && textWiderThan(e.text, 40) && !isPreformatted(e.text));
  // Edges are a property of the layout: an even sample of a long document's blocks finds them as well.
  const step = Math.max(1, Math.floor(long.length / 400));
  const prose = long.filter((e, i) => i % step === 0 && looksLikeProse(e.text));
  const all = edgesOf(prose);
  if (all.length === 0) return () => undefined;
  const edgesOn = twoSidedEdges(prose) ?? (() => all);
  return (el) => {
    if (!el.bbox) return undefined;
    const x = el.bbox[0];
    const edge = edgesOn(el.page)
      .filter((e) => e <= x + 0.004)
      .pop();
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

/** The left edges shared by at least a fifth of these prose blocks (and two), left to right. */
function edgesOf(prose: readonly Element[]): number[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < prose.length; i++) {
    const e = prose[i];
    const x = Math.round(e.bbox![0] / 0.004);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= Math.max(2, prose.length * 0.2))
    .map(([x]) => x * 0.004)
    .sort((a, b) => a - b);
}

/**
 * A two-sided layout (a book's odd and even pages with different left margins): the edges of each side,
 * measured on that side's pages alone, when both show five prose blocks or more and their margins (the
 * leftmost edge a tenth of the side's blocks share) differ by more than 0.01 of the page width and neither
 * side's margin holds two blocks of the other side, and the right margin moves with the left. Measured over both sides, one side's flush edge can miss the
 * fifth of all blocks while the other side's paragraph indent reaches it, and a flush line there reads as
 * indented. Undefined for a one-sided layout.
 */
function twoSidedEdges(prose: readonly Element[]): ((page: number) => number[]) | undefined {
  const sides = [0, 1].map((side) => prose.filter((e) => e.page % 2 === side));
  if (sides.some((s) => s.length < 5)) return undefined;
  const [evenLeft, oddLeft] = sides.map(leftMargin);
  if (!Number.isFinite(evenLeft) || !Number.isFinite(oddLeft) || Math.abs(evenLeft - oddLeft) <= 0.01) return undefined;
  // Each side's margin is no edge on the other side: one column of text moved, not a second column.
  const at = (side: readonly Element[], x: number) => side.filter((e) => Math.abs(e.bbox![0] - x) <= 0.004).length;
  if (at(sides[0], oddLeft) >= 2 || at(sides[1], evenLeft) >= 2) return undefined;
  // The whole text block moves: the right margin by as much as the left.
  const [evenRight, oddRight] = sides.map(rightMargin);
  if (Math.abs(evenLeft - oddLeft - (evenRight - oddRight)) > 0.008) return undefined;
  const [even, odd] = sides.map(edgesOf);
  if (even.length === 0 || odd.length === 0) return undefined;
  return (page) => (page % 2 === 0 ? even : odd);
}

/** The right edge most of these prose blocks reach (justified text fills its lines). */
function rightMargin(prose: readonly Element[]): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < prose.length; i++) {
    const e = prose[i];
    const x = Math.round(e.bbox![2] / 0.004);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return ([...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0) * 0.004;
}

/** The leftmost left edge shared by a tenth of these prose blocks (and two): the side's margin. */
function leftMargin(prose: readonly Element[]): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < prose.length; i++) {
    const e = prose[i];
    const x = Math.round(e.bbox![0] / 0.004);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const shared = [...counts].filter(([, n]) => n >= Math.max(2, prose.length * 0.1)).map(([x]) => x * 0.004);
  return Math.min(...shared);
}
