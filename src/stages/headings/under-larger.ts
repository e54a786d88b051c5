// The document's numbering habit (`numbered-under-larger`): its plainly numbered top sections ("1. Principles",
// "2. Revenue") are the parts of a larger unnumbered heading ("Notes to the financial statements"), not the
// document's top. A financial statement sets its numbered notes one rank below "Notes to the financial statements",
// beside the larger "Statement of financial position"; as top sections they would close that heading.
// Decided once per document, on all its headings: the top numbering is plain decimal ("1.", not "Chapter 1", not
// "1.1": sections under a larger chapter are walk.ts's own case), of two headings or more; the heading right before
// the first of them, on its page or the page before, is unnumbered, no keyword nor the title, and set larger than every
// one of them (its own size; where no size is known, the parser's trusted level); another such larger heading stands
// before it (the larger unnumbered headings are the document's top, the numbers inside one of them: a report's lone
// "Executive summary" before "1. Introduction" is no such habit); and the numbering never runs on across a later
// larger heading (an unnumbered chapter between "Chapter 3" and "Chapter 4" leaves the numbers the document's own):
// after one, the next top number starts again. Sizes are the headings' own, not their keys': a larger heading the
// parser's level keyed with the numbered sections is still larger. Precedence: after the keys and the title, at the
// start of the walk (walk.ts), where it only lets such a larger open heading stay open over a top section
// (`closeForTopSection`); the size and level comparisons there still close it for its own siblings.
import { minOf } from '../../util/arrays.js';
import type { KeyFacts } from './levels.js';
import { sizeOrHint } from './parser-levels.js';
import type { Candidate } from './types.js';

/** The last number of a plainly numbered top section ("3." → 3), else undefined. */
function topNumber(c: Candidate, topKey: string): number | undefined {
  const n = c.numbering;
  if (c.key !== topKey || n?.ladder !== 'decimal' || n.values.length !== 1) return undefined;
  return c.el.text.trim().startsWith(n.label) ? n.values[0] : undefined;
}

/** Whether `c` is set larger than every numbered top section: by its size, else by the parser's level. */
function largerThanTops(c: Candidate, tops: readonly Candidate[], hintsVary: boolean, trust: number): boolean {
  const sizes = tops.map((t) => t.sizeClass);
  const hints = tops.map((t) => t.hint);
  const size = sizes.includes(undefined) ? undefined : minOf(sizes as number[]);
  const hint = hints.includes(undefined) ? undefined : minOf(hints as number[]);
  const sizeSays =
    c.sizeClass !== undefined && size !== undefined && c.sizeClass !== size ? c.sizeClass < size : undefined;
  const hintSays =
    hintsVary && c.hint !== undefined && hint !== undefined && c.hint !== hint ? c.hint < hint : undefined;
  const winner = sizeOrHint(sizeSays, hintSays, trust);
  return winner === 'size' ? sizeSays! : winner === 'hint' ? hintSays! : false;
}

/**
 * The ids of the larger unnumbered headings the document's plainly numbered top sections stand under (see above);
 * undefined when the document has no such habit.
 */
export function headingsOverNumbers(
  kept: readonly Candidate[],
  title: Candidate | undefined,
  facts: KeyFacts,
  trust: number,
): Set<number> | undefined {
  const topKey = facts.topKey;
  if (!topKey?.startsWith('decimal:') || facts.topRank !== 1) return undefined;
  const numbered = kept.filter((c) => c.numbering && c.key === topKey);
  if (numbered.length < 2 || numbered.some((c) => topNumber(c, topKey) === undefined)) return undefined;
  const holder = (c: Candidate) =>
    c !== title && !c.numbering && !c.keyword && largerThanTops(c, numbered, facts.hintsVary, trust);
  const first = kept.indexOf(numbered[0]);
  const opener = kept[first - 1];
  if (!opener || !holder(opener) || numbered[0].el.page - opener.el.page > 1) return undefined;
  if (!kept.slice(0, first - 1).some(holder)) return undefined;
  // After each later larger heading, the next top number starts again: the numbers are its parts, not the document's.
  const holders = new Set([opener.el.id]);
  let last = topNumber(numbered[0], topKey)!;
  let after = false;
  for (const c of kept.slice(first + 1)) {
    if (holder(c)) {
      holders.add(c.el.id);
      after = true;
    }
    const n = topNumber(c, topKey);
    if (n === undefined) continue;
    if (after && n > last) return undefined;
    after = false;
    last = n;
  }
  return holders;
}
