// Without coordinates (Unstructured's elements with no boxes), a chart's axis and legend labels ("Nov.", "GDP",
// "2019", "%") come out as a run of word-sized elements, some of them typed Title. No box lets inside.ts find the
// figure they stand in; their neighbours do: a word-sized title (WORD_LABEL: at most two words and MAX_CHARS
// characters, unnumbered, no top keyword) with at least RUN_AROUND word-sized scraps next to it on its page (the
// run it stands in, furniture and empty elements skipped), one of them not typed a heading and one holding a digit
// (an axis's tick), is a label of a figure, not a heading
// (`demoted-word-label`). A short heading over its body text ("Summary", "FAQ") has a paragraph next to it and stays.
// Runs after the letter scraps (demotions.ts) and beside the inside-block demotion, before sizes and levels.
import { PositionIndex } from '../../layout/positions.js';
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

export function demoteWordLabels(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  if (ctx.weights['demoted-word-label'] <= 0) return candidates;
  const body = elements.filter((e) => !furniture.kinds.has(e.id) && e.text.trim() !== '');
  const at = new PositionIndex(body);
  return candidates.filter((c) => {
    const i = at.get(c.el.id);
    if (i === undefined || c.el.bbox || c.numbering || c.keyword || !isWordSized(c.el.text)) return true;
    const around = scrapsAround(body, i);
    // Headings alone in a row (empty sections) are no figure: at least one neighbour the parser typed otherwise, and
    // one a number (an axis's tick: "12", "2019", "40%"); a title over its author's name and mark has none.
    if (around.length < RUN_AROUND || around.every((e) => HEADING_TYPES.has(e.type))) return true;
    if (!around.some((e) => /\d/.test(e.text))) return true;
    const message = `not a heading: "${c.el.text.trim()}" is one of ${around.length + 1} word-sized elements in a row without boxes, a figure's labels`;
    return !demote(ctx, c.el, 'headings.word-label', 'headings.demoted-word-label', message);
  });
}

/** Word-sized scraps right before and after body[i] on its page, up to the first element that is not one. */
function scrapsAround(body: readonly Element[], i: number): Element[] {
  const run: Element[] = [];
  for (let k = i - 1; k >= 0 && body[k].page === body[i].page && isWordSized(body[k].text); k--) run.push(body[k]);
  for (let k = i + 1; k < body.length && body[k].page === body[i].page && isWordSized(body[k].text); k++)
    run.push(body[k]);
  return run;
}

const HEADING_TYPES = new Set(['title', 'page_title', 'header']);

/**
 * At most two words and MAX_CHARS characters: a label, a number, a unit. Not in a CJK script, where a short heading
 * ("预备知识") is as short, and short lines (a listing's, a table's) stand around it.
 */
function isWordSized(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_CHARS && t.split(/\s+/).length <= 2 && !CJK.test(t);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A label's length at most. */
const MAX_CHARS = 12;
/** At least this many word-sized neighbours around the title. */
const RUN_AROUND = 2;
