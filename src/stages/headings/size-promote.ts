// Headings the parser typed as text, set at the size of the document's typed headings (`promoted-heading-size`):
// the box analogue of pdf-numbered-font.ts, for parsers that give boxes and no source PDF. One line of text whose box
// is as tall (within SAME) as the one-line boxes of a size class of typed headings — two or more of them, one at least
// numbered — set clearly larger than the body text (more than twice the size tolerance, as `heading-size-name` asks)
// is a heading of that class the parser lost: PaddleOCR's "8 New upstream release" typed text between the typed
// sections "New Debian revision" and "3.0 source format", all 0.020 page heights over 0.015 of body lines.
// Evidence and precedence: after the outline's texts and fonts and the PDF's numbered-kind font (those know the
// type itself); the numbered headings of the class vouch for its size as a heading's. Never: furniture, any element of
// a merged paragraph, a list item, more than one line (its text must fit on one line of the box's height), a sentence,
// longer than a heading, an e-mail or web address, a formula (or a line opening with a sign), a description term ("filter(pattern)"), a text the
// document gives twice (a running head kept in the body), an unnumbered line before the first typed heading of the
// class (front matter: authors and affiliations are set larger than the body too).
import type { Element, PageInfo } from '../../model/element.js';
import { endsSentence, textWidthEm } from '../../text/chars.js';
import { parseNumbering } from '../../text/numbering.js';
import type { FurnitureResult } from '../types.js';
import { isCallTerm } from './call-term.js';
import { bodyLineHeight } from './sizes.js';
import type { BodyLineMemo } from './types.js';

/** Longer is no heading's line. */
const MAX_LENGTH = 80;
/** Typed headings in the size class, at least (one could be a parser's mislabel). */
const MIN_TYPED = 2;
/** Two boxes this close in height (relative) are one size. */
const SAME = 0.04;

const HEADING_TYPES = new Set(['title', 'page_title']);

/** Not a heading's words: an address, a formula, an answer blank. */
const NOT_HEADING = /@|https?:\/\/|www\.|=|_{3,}|→/;

/** Text elements set at the size of a class of typed headings clearly larger than the body: headings (`out`). */
export function headingSizeTexts(
  elements: readonly Element[],
  pages: readonly PageInfo[],
  furniture: FurnitureResult,
  merged: ReadonlySet<number>,
  tolerance: number,
  out: Map<number, string>,
  memo?: BodyLineMemo,
): void {
  const pageInfo = new Map(pages.map((p) => [p.page, p]));
  const classes = headingSizeClasses(elements, pageInfo, furniture, tolerance, memo);
  if (classes.length === 0) return;
  const counts = new Map<string, number>();
  for (const e of elements) {
    if (e.text.length > MAX_LENGTH) continue;
    const folded = fold(e.text); // once per text: every short text of the document is counted
    counts.set(folded, (counts.get(folded) ?? 0) + 1);
  }
  for (const el of elements) {
    if (el.type !== 'text' || out.has(el.id) || furniture.kinds.has(el.id) || merged.has(el.id)) continue;
    const text = el.text.trim();
    if (!text || text.length > MAX_LENGTH || text.includes('\n') || endsSentence(text)) continue;
    if (NOT_HEADING.test(text) || !wordy(text) || isCallTerm(text) || (counts.get(fold(el.text)) ?? 0) > 1) continue;
    const h = oneLineHeight(el, pageInfo.get(el.page));
    if (h === undefined) continue;
    const of = classes.find((c) => Math.abs(h - c.size) <= SAME * c.size);
    if (of && (el.id > of.first || parseNumbering(text))) out.set(el.id, 'headings.promoted-heading-size');
  }
}

interface SizeClass {
  /** The class's median box height. */
  size: number;
  /** Id of its first typed heading in reading order. */
  first: number;
}

/** Size classes of the typed one-line headings set clearly larger than the body, each with a numbered member. */
function headingSizeClasses(
  elements: readonly Element[],
  pageInfo: ReadonlyMap<number, PageInfo>,
  furniture: FurnitureResult,
  tolerance: number,
  memo: BodyLineMemo | undefined,
): SizeClass[] {
  const typed: { el: Element; h: number }[] = [];
  for (const el of elements) {
    if (!HEADING_TYPES.has(el.type) || furniture.kinds.has(el.id) || !el.text.trim()) continue;
    const h = oneLineHeight(el, pageInfo.get(el.page));
    if (h !== undefined) typed.push({ el, h });
  }
  if (typed.length < MIN_TYPED) return [];
  const bodyLine = bodyLineHeight(elements, pageInfo as Map<number, PageInfo>, furniture, memo);
  if (bodyLine === undefined) return [];
  const out: SizeClass[] = [];
  const sorted = [...typed].sort((a, b) => a.h - b.h);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].h <= sorted[i].h * (1 + SAME)) j++;
    const members = sorted.slice(i, j);
    const size = members[Math.floor(members.length / 2)].h;
    const numbered = members.some((m) => parseNumbering(m.el.text));
    if (members.length >= MIN_TYPED && numbered && size > bodyLine * (1 + 2 * tolerance)) {
      out.push({ size, first: Math.min(...members.map((m) => m.el.id)) });
    }
    i = j;
  }
  return out;
}

/** The box's height when its text fits on one line of that height (as sizes.ts measures a body line), else undefined. */
function oneLineHeight(el: Element, page: PageInfo | undefined): number | undefined {
  if (!el.bbox || el.hints?.fontSize || el.hints?.lineHeight) return undefined;
  const h = el.bbox[3] - el.bbox[1];
  const real = page?.unit !== 'normalized' && page?.unit !== 'per-mille';
  const aspect = real && page?.width && page?.height ? page.width / page.height : 0.75;
  const width = (el.bbox[2] - el.bbox[0]) * aspect;
  if (h <= 0 || width <= 0) return undefined;
  return textWidthEm(el.text.trim()) * (h / 1.2) <= width * 1.15 ? h : undefined;
}

/** Words, not a formula: it opens with a letter or a digit, and letters are half its characters or more ("√ ∥x − y∥ ≤ ϵ"). */
function wordy(text: string): boolean {
  if (!/^[\p{L}\p{N}]/u.test(text)) return false;
  const chars = text.replace(/\s/g, '');
  return (chars.match(/\p{L}/gu)?.length ?? 0) * 2 >= chars.length;
}

/** Blanks that `fold` rewrites: a run of two or more, or one that is not a plain space. */
const UNEVEN_BLANKS = /[^\S ]| {2}/;

/** Blank runs as one space, trimmed, lower case; a text whose blanks are single spaces is not copied to rewrite them. */
const fold = (text: string) => (UNEVEN_BLANKS.test(text) ? text.replace(/\s+/g, ' ') : text).trim().toLowerCase();
