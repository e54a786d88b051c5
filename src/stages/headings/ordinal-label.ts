// A template's ordinal before a section's own number (session 27, office reports and legal texts). Report templates
// print a big chapter ordinal ("02", "第二章") before each top section's own number, "02 6.2. Snapshot …" or on the
// line above it; numbering.ts reads a label before a number as a series of its own (ladder 'series': a legal text's
// "第二章 6.1.1. …" numbers its clauses whatever the number after it says), which compares with nothing, so "6.1." and
// "6.1.1." beside "02 6.2." were ranked by size alone.
// - `ordinal-label`: where every series label of the document restates its own section number (the label's value is
//   the number's last part: "02" ↔ 6.2, "第二章" ↔ 6.2) and those numbers are all of one rank, the labels are ordinals
//   and the section numbers place the headings, as the document's unlabelled "6.1." and "6.1.1." are placed. One
//   label that says otherwise ("第三章 6.1.1." beside "第二章 6.2.": a legal text numbering every heading) keeps the
//   series reading for the whole document. Evidence weighed into the level's confidence.
// - `demoted-ordinal-label`: a chapter label alone ("第二章", "Chapter 2"), right over a heading on its page with
//   nothing between, whose own section number is of rank 2 or more and not that chapter's ("4.2. …", "B.1.2. …" under
//   "第二章"), is that ordinal given on a line of its own: no heading (the heading corpora's gold reads a number set
//   apart as body text), and the heading takes the line's numbering as printed ("第二章 4.2. …", a series, which
//   `ordinal-label` may read as an ordinal with the others). A chapter label over a section of its own chapter ("Chapter 2" / "2.1 …", the chapter's name
//   lost) stays a chapter, unless the label restates the section's last part ("第六章" over "6.6.": an ordinal) or
//   the document's template prints such labels elsewhere (a label before a number on its line, a label over a number
//   not its chapter's): then "第三章" over "3.2.2." is an ordinal too.
//   (text-merge/openers.ts no longer takes such a numbered line for the label's name.)
// Precedence (headings.ts): the demotion right after number-apart.ts, before the other demotions; the series reading
// with the other numbering habits (letter appendices, trailing numbers), before the keys.
import type { Element } from '../../model/element.js';
import { innerNumbering, isBareLabel, type Numbering, parseNumbering } from '../../text/numbering.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import { nothingBetween } from './labels.js';
import { addEvidence } from './levels.js';
import type { Candidate, HeadingContext } from './types.js';

/** Re-reads the series labels as ordinals when every one restates its own section number, one rank for all. */
export function readOrdinalLabels(candidates: readonly Candidate[]): void {
  const series = candidates.filter((c) => c.numbering?.ladder === 'series');
  if (series.length === 0) return;
  // a label given on a line of its own (demoteOrdinalLabels) left the section's number alone on the heading's line
  const inner = series.map((c) => innerNumbering(c.el.text) ?? ownNumber(c.el.text));
  const rank = inner[0]?.rank;
  const restates = inner.every(
    (n, i) => n !== undefined && n.rank === rank && n.values[n.values.length - 1] === series[i].numbering!.values[0],
  );
  if (!restates) return;
  series.forEach((c, i) => {
    c.numbering = inner[i];
    addEvidence(c, 'ordinal-label');
  });
}

/** The heading's own section number, of rank 2 or more ("6.2. …"). */
function ownNumber(text: string): Numbering | undefined {
  const n = parseNumbering(text);
  return n?.ladder === 'decimal' && n.rank >= 2 ? n : undefined;
}

/** A chapter's label ("Chapter 2", "第二章", "제2장"; not a part's, not an appendix's), alone: its value. */
function chapterLabel(text: string): number | undefined {
  if (!isBareLabel(text) || /^(?:appendix|annex|附录|付録)/i.test(text.trim())) return undefined;
  const n = parseNumbering(text);
  return n?.ladder === 'decimal' && n.rank === 1 ? n.values[0] : undefined;
}

/**
 * The number is the label's chapter's own section ("Chapter 2" / "2.1 …"): its first part is the label's value and its
 * last part is not (an ordinal restates the last part: "第六章" over "6.6.", the sixth section of chapter 6).
 */
const ownChapter = (values: readonly number[], value: number) =>
  values[0] === value && values[values.length - 1] !== value;

export function demoteOrdinalLabels(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  if (ctx.weights['demoted-ordinal-label'] <= 0) return candidates;
  const pairs = labelPairs(candidates, elements, furniture);
  if (pairs.length === 0) return candidates;
  // A template's habit: where one label stands before a number on its line, or over a number not its chapter's, every
  // label is an ordinal, even over a section that happens to be its chapter's ("第三章" over "3.2.2.").
  const templated = candidates.some((c) => c.numbering?.ladder === 'series') || pairs.some((p) => !p.ownChapter);
  const demoted = new Set<number>();
  for (const { label, next, ownChapter } of pairs) {
    if (ownChapter && !templated) continue;
    const own = next.numbering!;
    const message = `not a heading: a template's ordinal over "${next.el.text.trim().slice(0, 30)}", numbered ${own.label}`;
    if (!demote(ctx, label.el, 'headings.ordinal-label', 'headings.demoted-ordinal-label', message)) continue;
    demoted.add(label.el.id);
    // the heading takes the line as printed, label and number: readOrdinalLabels tells an ordinal from a series
    const joined = parseNumbering(`${label.el.text.trim()} ${next.el.text.trim()}`);
    if (joined?.ladder === 'series') next.numbering = joined;
  }
  return demoted.size ? candidates.filter((c) => !demoted.has(c.el.id)) : candidates;
}

/** Each chapter label alone right over a heading with a section number of rank 2 or more, nothing between. */
function labelPairs(candidates: readonly Candidate[], elements: readonly Element[], furniture: FurnitureResult) {
  let order: Map<number, number> | undefined;
  const positions = () => (order ??= new Map(elements.map((e, i) => [e.id, i])));
  const pairs: { label: Candidate; next: Candidate; ownChapter: boolean }[] = [];
  for (let i = 0; i + 1 < candidates.length; i++) {
    const [label, next] = [candidates[i], candidates[i + 1]];
    const value = chapterLabel(label.el.text);
    const own = next.numbering;
    if (value === undefined || own?.ladder !== 'decimal' || own.rank < 2) continue;
    if (next.el.page !== label.el.page || !nothingBetween(label.el, next.el, elements, positions(), furniture))
      continue;
    pairs.push({ label, next, ownChapter: ownChapter(own.values, value) });
  }
  return pairs;
}
