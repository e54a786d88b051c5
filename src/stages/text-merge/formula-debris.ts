// A formula's pieces the parser set apart as a block of their own: an index or a power the text layer read as a
// line of its own, above or below the line it belongs to ("… sign it with the debsign command. x ≤ n" | "i", the
// power "2" over "f(x) = x + 1"), or the rest of an inline formula cut with the line ("… checks. 2" | "f(x) = x +
// 1"). Such a block is no paragraph: it is a part of the paragraph whose line it stands on, as the hand-checked sets
// and the corpora's gold count it.
// Evidence, all needed:
//  - the text: the block holds only a formula's letters, digits and operators (no word of three letters but "log"),
//    at most a line's short rest;
//  - with boxes: it stands on a line of the neighbouring text block (the boxes overlap in height and the piece lies
//    over that block's width), the block before it first (a piece under its line), else the block after it (a power
//    over the next line); without boxes: the block before it ends on a formula's piece or operator ("… x ≤ n",
//    "… f(x) =", "… checks. 2"), on the same page.
// Never a list's marker ("(a)", "1.") nor a block of the parser's other types. Precedence: a strong pair, after the
// parser's own merges and the cuts inside a column (parser-split.ts); its second block is then settled.
import { overlapsHorizontally } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';

/** The judge's feature, rule and reason for these pairs (the feature of a cut inside a column: as strong). */
export const FORMULA_DEBRIS = {
  feature: 'parser-split',
  rule: 'text-merge.formula-debris',
  why: "a formula's pieces set apart on a line of their own belong to the paragraph whose line they stand on",
} as const;

/** Latin, Greek or mathematical letters, digits, operators and brackets only, short (no CJK word: "致谢"). */
const DEBRIS = /^[A-Za-z\p{Script=Greek}\u{1D400}-\u{1D7FF}\p{N}\s()=≤≥<>+\-−·*/^_,|]{1,14}$/u;
/** A word of three letters or more (a formula's "log" aside), a list's marker. */
const WORD = /(?!log\b)\p{L}{3,}/u;
const MARKER = /^\(?[\p{L}\d]{1,2}[.)]$/u;
/** A formula's piece or operator ending a block ("… x ≤ n", "… f(x) =", "… k = m", "… checks. 2"). */
const FORMULA_END = /(?:[=≤≥<>+−]\s*\p{L}?|[\s.]\p{L}|\d)$/u;
/** How far the heights of two boxes on one line overlap at least (page fraction). */
const SAME_LINE = 0.002;

/** The block holds nothing but a formula's pieces. */
export function isFormulaDebris(text: string): boolean {
  const t = text.trim();
  // a number alone is a power or an index of one or two digits, not a year or a page's number ("2018")
  return DEBRIS.test(t) && !WORD.test(t) && !MARKER.test(t) && /[\p{L}\p{N}]/u.test(t) && !/^\d{3,}$/.test(t);
}

/** `piece` stands on a line of `block`: the same page, the heights overlapping, the piece over the block's width. */
function onLineOf(piece: Element, block: Element): boolean {
  if (!piece.bbox || !block.bbox || piece.page !== block.page) return false;
  const overlap = Math.min(piece.bbox[3], block.bbox[3]) - Math.max(piece.bbox[1], block.bbox[1]);
  return overlap >= SAME_LINE && overlapsHorizontally(piece, block, 0.5);
}

/** The pairs [paragraph's block, piece] or [piece, paragraph's block], in reading order. */
export function formulaDebrisPairs(body: readonly Element[]): Array<[Element, Element]> {
  const pairs: Array<[Element, Element]> = [];
  for (let i = 0; i < body.length; i++) {
    const d = body[i];
    if (d.type !== 'text' || d.text.length > 20 || !isFormulaDebris(d.text)) continue;
    const [p, n] = [body[i - 1], body[i + 1]];
    const prevText = p?.type === 'text' && p.page === d.page;
    if (d.bbox) {
      if (prevText && onLineOf(d, p)) pairs.push([p, d]);
      else if (n?.type === 'text' && onLineOf(d, n)) pairs.push([d, n]);
    } else if (prevText && !p.bbox && FORMULA_END.test(p.text.trim())) pairs.push([p, d]);
  }
  return pairs;
}
