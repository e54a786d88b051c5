// A lettered list entry typed or promoted a heading (`demoted-letter-item`): legal and insurance texts list the cases
// of a clause as "a) …", "b) …", "c) …"; a parser types one of them a title ("b) Bên mua bảo hiểm là tổ chức:" between
// "a) …" and "c) …" typed text), or the promotion reads a short one as a heading ("a) Hành động tự tử; hoặc"). The
// entry's own siblings say what it is: where the letter before it or after it stands in a body element near it, the
// run is a list and so is this entry (the dev rules of an insurance product, DeepSeek-OCR).
// Evidence: a heading whose text opens with one lower-case letter and a closing bracket ("b)", "(b)"), the entry of
// the letter before or after it opening an element the parser typed body text (promoted or not; not furniture)
// within WINDOW elements of it, no other heading between. Where the parser typed the siblings headings too, the
// letters are the document's numbering and stay.
// Precedence (headings.ts): after the demotions by size and style, before the numbering habits (appendix.ts).
import { PositionIndex } from '../../layout/positions.js';
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import { siblingEntry } from './sibling-entry.js';
import type { Candidate, HeadingContext } from './types.js';

/** "a) …", "(b) …": one lower-case letter in a closing bracket, then the words. */
const LETTER_ITEM = /^\(?([a-z])\)\s*\S/;

/** How far (elements in reading order) a sibling entry is looked for: a few entries' continuation lines. */
const WINDOW = 8;

/** Types a parser gives headings; any other is body text, though promote.ts may have read it as a heading. */
const HEADING_TYPES = new Set(['title', 'page_title', 'header']);

const letterOf = (text: string): number | undefined => {
  const m = LETTER_ITEM.exec(text.trim());
  return m ? m[1].charCodeAt(0) : undefined;
};

export function demoteLetterItems(
  kept: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  const items = kept.filter((c) => letterOf(c.el.text) !== undefined);
  if (items.length === 0) return kept;
  // A heading not of the run (a clause "17.1.2. …" after the entries) ends the search.
  const headings = new Set(kept.filter((c) => letterOf(c.el.text) === undefined).map((c) => c.el.id));
  const index = new PositionIndex(elements);
  const dropped = new Set<Candidate>();
  for (const c of items) {
    const at = index.get(c.el.id);
    if (at === undefined) continue;
    const letter = letterOf(c.el.text)!;
    const sibling =
      bodySibling(elements, at, -1, letter - 1, headings, furniture) ??
      bodySibling(elements, at, 1, letter + 1, headings, furniture);
    if (!sibling) continue;
    const message = `not a heading: a list entry, its sibling "${sibling.text.trim().slice(0, 30)}" body text`;
    if (demote(ctx, c.el, 'headings.letter-item', 'headings.demoted-letter-item', message)) dropped.add(c);
  }
  return dropped.size ? kept.filter((c) => !dropped.has(c)) : kept;
}

/** The body element of entry `letter` within WINDOW elements from `at` in direction `step`, no heading between. */
function bodySibling(
  elements: readonly Element[],
  at: number,
  step: number,
  letter: number,
  headings: ReadonlySet<number>,
  furniture: FurnitureResult,
): Element | undefined {
  const lettered = (e: Element) => letterOf(e.text) === letter;
  const body = (e: Element) => !HEADING_TYPES.has(e.type);
  return siblingEntry(elements, at, step, WINDOW, headings, furniture, lettered, body);
}
