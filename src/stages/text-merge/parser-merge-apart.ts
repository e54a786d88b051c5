// The parser's own merges the text shows apart (session 29, the real dev set's MinerU middle.json of a two-column
// article). MinerU joins blocks across column and page breaks by their layout alone, and sometimes joins what the
// words say are two: a reference list's pieces where one column ends an entry and the next opens the next entry
// ("… Soil Research 31, 665–680." | "Cornish, P.M., Vertessy, R.A., 2001. …"), a byline and the affiliation block
// under it ("Patrick N.J. Lanea,c,*, Alice E. Bestb,c,d, …" | "aSchool of Forest and Ecosystem Studies, University of
// …"). Evidence, either suffices:
//  - the later block opens a reference entry of its own (an author list, "[12]") and the block before it in the merge
//    ends as a complete entry ends (its year or pages, text-kind.ts REFERENCE_END);
//  - the later block opens an affiliation (a mark, then "School of", "Department", "University" …) and the one before
//    it is a byline (capitalised names and their marks, no lower-case word but "and").
// Precedence: over the parser's merge (`text-merge.parser-merged`, whose weight would take the pair whatever it holds);
// the pair is kept apart (`text-merge.parser-merge-apart`, sure as the ordinary continuation features without the
// parser's merge say, unsure where they would join) and its second block is settled like the parser's. The blocks after it in the same
// merge stay merged with it (MinerU gives the whole reference list's pieces to the first: "Bosch …" took "Cornish …",
// "patula …" and "Vogel …"; "Cornish … Pinus" | "patula Schlect. …" is one entry cut by the page).
import { type Decision, decision } from '../../model/decision.js';
import type { Element } from '../../model/element.js';
import { combine, confidenceFromScore } from '../../model/evidence.js';
import type { TextMergeWeights } from '../../weights/text-merge.js';
import { opensEntry } from './cut-entries.js';
import { continuationFeatures } from './features.js';
import { parserMergedPairs } from './parser-merges.js';
import { REFERENCE_END } from './text-kind.js';

export const PARSER_MERGE_APART = {
  rule: 'text-merge.parser-merge-apart',
  why: "the parser merged the block into the one before, but the text shows two (an entry's end before the next entry, a byline over its affiliations)",
} as const;

/** An affiliation's opening: a mark (letter, number, symbol) glued or spaced, then an institution's word. */
const AFFILIATION_OPENING =
  /^(?:[a-z*†‡§¶]|\d{1,2})?\s?(?:School of|Department|Dept\.|University|Institute|Laboratory|College|Faculty|Centre|Center)\b/u;

/** A byline: capitalised names with their marks, no word of prose in lower case but "and" ("Lu Zhangb,c"). */
function byline(text: string): boolean {
  const words = text.split(/[\s,;]+/u).filter((w) => /\p{L}{2}/u.test(w));
  const names = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return names >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|und|et|&)$/u.test(w));
}

/** The text shows `b` apart from `prev`, the block before it in the parser's merge. */
function showsApart(prev: Element, b: Element): boolean {
  const [pText, bText] = [prev.text.trim(), b.text.trim()];
  if (opensEntry(bText) && REFERENCE_END.test(pText)) return true;
  return AFFILIATION_OPENING.test(bText) && byline(pText);
}

/**
 * The parser's merged pairs [absorber, absorbed] split where the text shows two: `kept` pairs each absorbed block with
 * the first block of its run (the absorber, or the block a split started), `apart` the pairs split.
 */
export function splitParserMerges(pairs: ReadonlyArray<[Element, Element]>): {
  kept: Array<[Element, Element]>;
  apart: Array<[Element, Element]>;
} {
  const kept: Array<[Element, Element]> = [];
  const apart: Array<[Element, Element]> = [];
  // pairs come sorted by absorber, then absorbed: one absorber's merge is a run of pairs
  let absorber: Element | undefined;
  let [prev, start]: [Element | undefined, Element | undefined] = [undefined, undefined];
  for (const [a, b] of pairs) {
    if (a !== absorber) [absorber, prev, start] = [a, a, a];
    if (prev && start && showsApart(prev, b)) {
      apart.push([prev, b]);
      start = b;
    } else if (start) kept.push([start, b]);
    prev = b;
  }
  return { kept, apart };
}

/** What the stage's judge gives these pairs: its weights, threshold and the cap of an unsure decision's confidence. */
interface ApartJudge {
  weights: TextMergeWeights;
  threshold: number;
  sentenceAtBreakConfidence: number;
}

/**
 * A split pair, kept apart: its confidence is the ordinary continuation features' (no parser's merge among them) where
 * they say apart too ("… 665–680." | "Cornish, P.M., …": a complete entry, another opening), and capped as unsure where
 * they would join (a byline stops on a name's mark, no sentence's stop: only the affiliation's words tell).
 */
export function judgeApart([a, b]: [Element, Element], judge: ApartJudge): Decision {
  const { observations } = continuationFeatures(a, b, { aEndsColumnLow: undefined, bStartsColumn: undefined });
  const { score, features } = combine(observations, judge.weights, judge.weights.bias);
  for (const f of features) f.id = `text-merge.${f.id}`;
  const sure = confidenceFromScore(score, judge.threshold, judge.weights.scale);
  const confidence = score < judge.threshold ? sure : Math.min(1 - sure, judge.sentenceAtBreakConfidence);
  const reason = `kept apart: ${PARSER_MERGE_APART.why}`;
  return decision('text-merge', PARSER_MERGE_APART.rule, reason, confidence, [a, b], false, 'rules', features);
}

/**
 * The parser's merges of the body split where the text shows two: the split pairs judged (their second blocks settled,
 * as the parser's merges settle theirs), the kept pairs returned, with the blocks the parser gave a next part (a
 * footnote's run-on may not give them another: "2. We analyse … model, and" | "show on-average …", then no "To answer
 * these questions, …" under the next column's body).
 */
export function parserMergesApart(
  body: readonly Element[],
  judge: ApartJudge,
  out: { decisions: Decision[]; settled: Set<number> },
): { kept: Array<[Element, Element]>; continued: Set<number> } {
  const { kept, apart } = splitParserMerges(parserMergedPairs(body));
  for (const p of apart) {
    out.settled.add(p[1].id);
    out.decisions.push(judgeApart(p, judge));
  }
  return { kept, continued: new Set(kept.map((p) => p[0].id)) };
}
