// A section number set apart from its words (`number-apart`): a layout model often cuts a numbered heading's line in
// two at the space after the number and gives "B.3" | "Customized debian/rules", "IV." | "Results", "第3章" | "概要"
// as two blocks side by side, the number typed a title or text. The number alone is no heading (a bare "B." or "第三章"
// read as one nests the real heading under a phantom), and the words alone have lost the numbering that places them.
// Evidence: the element right before a heading candidate in reading order holds a section number and nothing else
// (digits "2.3", an appendix's "B.3", a Roman "IV." or a letter "A." with its stop, "第3章", "Chapter 3"), on the same
// page and the same line: the boxes overlap vertically by half the smaller height at least, the number ends where the
// words begin (its right edge at most a little past their left edge), the gap no wider than a few of the number's line
// heights. Then the number is not a heading (`demoted-number-apart`) and the words take the numbering the whole line
// reads ("B.3 Customized debian/rules"; `number-apart`, weighed into the level's confidence), where the document
// numbers another heading in that scheme: a report writing its numbers after the words ("개선과제 4") that sets its
// last one's number apart ("5" | "맺으며") keeps its own habit (trailing-numbers.ts).
// A label over its name on the next line ("Chapter 1" / "debdiff") is a two-line opener, not this (labels.ts). Without
// boxes (Unstructured) a number in symbols the parser typed a heading, right before the words on their page, neither
// furniture, is theirs (a lone ordinal over its words is their number, as the hand-checked sets read a report's "01"
// over its title); a number typed text is not (a chart's axis numbers before its labels), a label in words is left to
// labels.ts.
// Precedence (headings.ts): right after the candidates are collected, before every other demotion and the keys: the
// label-name rule would otherwise take the words for an opener's name, and the levels need the numbering.
import { PositionIndex } from '../../layout/positions.js';
import type { Element } from '../../model/element.js';
import { isBareLabel, type Numbering, parseNumbering } from '../../text/numbering.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import { addEvidence } from './levels.js';
import type { Candidate, HeadingContext } from './types.js';

/** A section number alone in symbols: "2", "2.3.", "B.3", "IV.", "A." (a Roman or a letter needs its stop). */
const SYMBOL_NUMBER =
  /^(?:\d{1,3}(?:[.．]\d{1,3}){0,5}[.．]?|[A-Z](?:[.．]\d{1,3}){1,4}[.．]?|[IVXLC]{1,6}[.．]|[A-Z][.．])$/u;

/** A section number alone in words: "第3章", "第二节" (and "Chapter 3", isBareLabel). */
const WORD_NUMBER = /^第\s*[\d一二三四五六七八九十百零〇]{1,4}\s*[章节節条條]$/u;

/** The evidence a heading that took its number set apart carries. */
export const NUMBER_APART = 'headings.number-apart';

/** How many of the number's line heights the gap to its words may be (a quad or two, as typesetters leave). */
const MAX_GAP_LINES = 4;

/** `num` is the section number of `words` set apart beside them on the same line (title.ts: no other title). */
export const isNumberApart = (num: Element, words: Element) => isNumberAlone(num.text) && sideBySide(num, words);

const isNumberAlone = (text: string) => {
  const t = text.trim();
  return SYMBOL_NUMBER.test(t) || WORD_NUMBER.test(t) || isBareLabel(t);
};

/**
 * Without boxes: a number in symbols ("I.", "2.3") right before the words on their page, neither furniture (the caller
 * asks it typed a heading). A label in words ("第3章", "Chapter 3") over its name is a two-line opener (labels.ts), so
 * it needs the boxes; a lone symbol number over its words is their number, as the hand-checked sets read an ordinal
 * set over a report's title.
 */
const aheadWithoutBoxes = (num: Element, words: Element, furniture: FurnitureResult) =>
  !num.bbox &&
  !words.bbox &&
  num.page === words.page &&
  !furniture.kinds.has(num.id) &&
  SYMBOL_NUMBER.test(num.text.trim());

/** The number's box ends where the words' box begins, on the same line of the same page. */
export function sideBySide(num: Element, words: Element): boolean {
  if (!num.bbox || !words.bbox || num.page !== words.page) return false;
  const [nx0, ny0, nx1, ny1] = num.bbox;
  const [wx0, wy0, , wy1] = words.bbox;
  const lineHeight = ny1 - ny0;
  if (lineHeight <= 0 || wy1 <= wy0) return false;
  const overlap = Math.min(ny1, wy1) - Math.max(ny0, wy0);
  if (overlap < 0.5 * Math.min(lineHeight, wy1 - wy0)) return false;
  const gap = wx0 - nx1;
  return nx0 < wx0 && gap >= -0.5 * lineHeight && gap <= MAX_GAP_LINES * lineHeight;
}

export function joinNumbersApart(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  if (ctx.weights['number-apart'] <= 0) return candidates;
  // the number may be typed a title (a candidate, demoted here) or text (no candidate)
  const numbers = candidates.filter((c) => isNumberAlone(c.el.text));
  const index = new PositionIndex(elements);
  const byId = new Map(numbers.map((c) => [c.el.id, c]));
  const dropped = new Set<Candidate>();
  const joined: [Candidate, Numbering][] = [];
  for (const words of candidates) {
    if (dropped.has(words) || isNumberAlone(words.el.text)) continue;
    const at = index.get(words.el.id);
    const num = at === undefined ? undefined : previousWithText(elements, at);
    const numberHeading = num && byId.get(num.id);
    // without boxes only a number the parser typed a heading: a chart's axis numbers typed text stand before its labels
    const boxless = numberHeading !== undefined && aheadWithoutBoxes(num!, words.el, furniture);
    if (!num || !(isNumberApart(num, words.el) || boxless)) continue;
    const numbering = parseNumbering(joinedText(num.text, words.el.text));
    if (!numbering) continue;
    if (numberHeading) {
      const message = `not a heading: the number of "${words.el.text.trim().slice(0, 30)}" beside it, set apart`;
      if (!demote(ctx, num, 'headings.number-apart', 'headings.demoted-number-apart', message)) continue;
      dropped.add(numberHeading);
    }
    joined.push([words, numbering]);
  }
  numberWords(
    joined,
    candidates.filter((c) => !dropped.has(c)),
  );
  return dropped.size ? candidates.filter((c) => !dropped.has(c)) : candidates;
}

/**
 * The words take the number's numbering where the document numbers another heading in that scheme ("B.3" beside
 * "B.2 …"): a report that writes its numbers after the words ("개선과제 4", trailing-numbers.ts) and sets its last
 * one's number apart before them ("5" | "맺으며") keeps them unnumbered, its habit reading them.
 */
function numberWords(joined: readonly [Candidate, Numbering][], kept: readonly Candidate[]): void {
  const ladders = new Map<string, number>();
  const count = (n: Numbering | undefined) => n && ladders.set(n.ladder, (ladders.get(n.ladder) ?? 0) + 1);
  const joinedWords = new Set(joined.map(([w]) => w));
  for (const c of kept) if (!joinedWords.has(c)) count(c.numbering);
  for (const [, n] of joined) count(n);
  for (const [words, numbering] of joined) {
    if ((ladders.get(numbering.ladder) ?? 0) < 2) continue;
    words.numbering = numbering;
    words.keyword = false;
    addEvidence(words, NUMBER_APART.slice('headings.'.length));
  }
}

/** The line as printed: a number cut at its own inner stop ("A." | "1 Writing …") is one number again ("A.1 …"). */
const joinedText = (num: string, words: string) => {
  const [n, w] = [num.trim(), words.trim()];
  return /[.．]$/.test(n) && /^\d/.test(w) ? `${n}${w}` : `${n} ${w}`;
};

/** The element before `at` in reading order with any text (furniture too: a number read as a page number). */
function previousWithText(elements: readonly Element[], at: number): Element | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) if (elements[k].text.trim() !== '') return elements[k];
  return undefined;
}
