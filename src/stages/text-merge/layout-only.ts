// A layout-only input (MinerU's model.json from a txt-mode run: layout boxes and the boxes of their OCR lines, no
// text in any title or text block) gives no words to read at a break: whether a text block at a column's or page's
// foot goes on in the first text block of the next column or page can come from geometry alone.
// Evidence, all needed:
//  - the document is layout-only (headings/demotions.ts `isLayoutOnly`) — any text at all and the usual judge decides;
//  - a break between the two: the next block stands on the next page, or in a column right of the first's;
//  - only floats, their captions and notes between them in reading order (a title or an equation ends the flow);
//  - the first block is the last text of its column (floats may stand under it), the column reaching down to where
//    the document's full pages end, and the second block the first text of its own column (floats may stand over it);
//  - the first block's last line runs to its edge (line boxes of two lines or more): a paragraph that ends there
//    leaves it short more often than not;
//  - where the document indents its paragraphs' first lines, the second block's first line is flush (line boxes).
// A sentence can still end at a full line: the pair weighs only `last-line-full`, below the text's strong kinds.
// Precedence: a strong pair (the judge's own candidates need text and find none here); its second block is then
// settled. Nothing fires on an input with text, so no corpus of text is touched.

import { isColumnBreak, overlapsHorizontally } from '../../layout/columns.js';
import { FLOWED_PAST } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { maxOf } from '../../util/arrays.js';
import { isLayoutOnly } from '../headings/demotions.js';
import { indentsParagraphs, isParagraphIndent } from './layout.js';

/**
 * The judge's feature, rule and reason for these pairs: the evidence is the full last line (`last-line-full`, weighed
 * low: the pair is joined with a lower confidence than the text's strong kinds give).
 */
export const LAYOUT_ONLY = {
  feature: 'last-line-full',
  rule: 'text-merge.layout-only',
  why: 'no text (layout boxes only): the first block fills its last line at its column’s foot and the next goes on flush at the next column’s head',
} as const;

/** A last line reaching this share of the block's widest line runs to the edge (OCR line boxes jitter a little). */
const FULL = 0.95;
/** Blocks a paragraph flows past (furniture is out of the body already). */
const PASSED = FLOWED_PAST;
/** Blocks that stand in a column's text flow: what a column's last or first text is judged against. */
const FLOW = new Set(['text', 'list_item', 'title', 'equation', 'code']);

const isText = (e: Element) => e.type === 'text' || e.type === 'list_item';
/** A column ends at the page's foot when it reaches this close to where full pages end (page fraction). */
const FOOT_SLACK = 0.08;

/** Where body ends on a full page: the upper quartile of the pages' lowest body bottoms. */
function usualFoot(boxedByPage: ReadonlyMap<number, readonly Element[]>): number {
  const bottoms = [...boxedByPage.values()].map((els) => maxOf(els.map((e) => e.bbox![3]))).sort((x, y) => x - y);
  return bottoms[Math.floor(bottoms.length * 0.75)] ?? 1;
}

/** Where the block's column ends: its own bottom, or that of the lowest block under it in its column (a float). */
function columnFoot(a: Element, onPage: readonly Element[]): number {
  let foot = a.bbox![3];
  for (const o of onPage)
    if (o.bbox![1] >= a.bbox![3] - 0.005 && overlapsHorizontally(a, o)) foot = Math.max(foot, o.bbox![3]);
  return foot;
}

/** The pairs [block at a column's foot, block at the next column's head] a layout-only document gives. */
export function layoutOnlyPairs(body: readonly Element[]): Array<[Element, Element]> {
  if (body.length === 0 || !isLayoutOnly(body)) return [];
  const indents = indentsParagraphs(body.filter(isText)) === true;
  const flowByPage = new Map<number, Element[]>();
  const boxedByPage = new Map<number, Element[]>();
  const add = (map: Map<number, Element[]>, e: Element) => {
    const list = map.get(e.page);
    if (list) list.push(e);
    else map.set(e.page, [e]);
  };
  for (const e of body) {
    if (!e.bbox) continue;
    add(boxedByPage, e);
    if (FLOW.has(e.type)) add(flowByPage, e);
  }
  const foot = usualFoot(boxedByPage);
  const pairs: Array<[Element, Element]> = [];
  let open: Element | undefined;
  for (const el of body) {
    if (isText(el)) {
      const atFoot = (a: Element) => columnFoot(a, boxedByPage.get(a.page) ?? []) >= foot - FOOT_SLACK;
      if (open && goesOn(open, el, flowByPage, indents) && atFoot(open)) pairs.push([open, el]);
      open = el;
    } else if (!PASSED.has(el.type)) open = undefined;
  }
  return pairs;
}

function goesOn(a: Element, b: Element, flowByPage: ReadonlyMap<number, Element[]>, indents: boolean): boolean {
  if (!a.bbox || !b.bbox) return false;
  const column = isColumnBreak(a, b);
  if (!(b.page === a.page + 1 || column)) return false;
  const fill = a.hints?.lastLineFill;
  if (fill === undefined || fill < FULL) return false;
  if (indents && !flush(b)) return false;
  // Across columns, a block spanning both (a title block, a wide float's caption) stands over or under the two.
  const other = (el: Element) => (el === a ? b : a);
  const inOwnColumn = (o: Element, el: Element) =>
    o !== el && overlapsHorizontally(el, o) && !(column && overlapsHorizontally(other(el), o));
  const below = (flowByPage.get(a.page) ?? []).some((o) => o.bbox![1] >= a.bbox![3] - 0.005 && inOwnColumn(o, a));
  const above = (flowByPage.get(b.page) ?? []).some((o) => o.bbox![3] <= b.bbox![1] + 0.005 && inOwnColumn(o, b));
  return !below && !above;
}

/**
 * The block's first line is not indented, by its line boxes. A block of one line shows nothing: on the corpora's
 * layout-only train documents taking one flush with its column's edge as flush joined about as many wrong pairs as
 * right ones (a list entry, a label, a line of code).
 */
function flush(b: Element): boolean {
  const indent = b.hints?.firstLineIndent;
  return indent !== undefined && !isParagraphIndent(indent);
}
