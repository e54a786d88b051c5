// Scores of one predicted structure.json against a gold one, and their averages over a corpus.
//
// Per document (`evaluate`):
// - headings: precision/recall/F1 of the set of heading refs.
// - levels: on the refs that are headings in both files, the fraction whose level is exactly equal.
// - teds: heading-tree similarity. The tree has a virtual root; each heading, in list order, becomes the
//   child of the nearest preceding heading with a smaller level (the root when there is none), so a
//   skipped level (1 → 3) simply nests under the last shallower heading. Node label = ref.
//   TED = unit-cost ordered tree edit distance (./ted.ts) between the two trees, roots included (the two
//   virtual roots carry the same reserved label; an optimal mapping always pairs them, at cost 0).
//   TEDS = 1 − TED / max(|T1|, |T2|), |T| = number of headings (root excluded), clamped to ≥ 0 (with
//   the ancestor constraint TED can exceed max(|T1|, |T2|): gold [a:1, b:2] vs prediction [c:1, d:1] has
//   TED 3 against max 2). Both trees empty → TEDS 1.
// - paragraphMerges, tableMerges: each group [a, b, c] becomes the links {a,b} and {b,c} (consecutive
//   refs); a link is an unordered pair of refs, since it states only that the two are joined.
//   Precision/recall/F1 of the set of links.
// - captions: precision/recall/F1 of the set of (caption, target) pairs (ordered).
// - furniture: precision/recall/F1 of the set of refs.
// Every list is read as a set: repeated items count once (a heading listed twice keeps its first level).
//
// Precision/recall/F1 from counts: TP = |G ∩ P|, FP = |P \ G|, FN = |G \ P|;
//   P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN), each 0 when its denominator is 0, except that
//   when gold and prediction are both empty P = R = F1 = 1. `support` = |G|, `predicted` = |P|.
// Level accuracy = correct / total; total 0 → accuracy 1.
//
// Over a corpus (`aggregate`):
// - micro: TP/FP/FN (and correct/total) summed over documents, then the formulas above;
//   TEDS micro = 1 − ΣTED / Σmax(|T1|, |T2|) (clamped to ≥ 0), 1 when every tree is empty.
// - macro: the plain mean of the per-document values over the documents where the metric has something
//   to score: gold or prediction non-empty (support + predicted > 0) for P/R/F1; total > 0 for level
//   accuracy; a heading in gold or prediction for TEDS. `documents` counts those; with none, macro is 1.
import type { Structure } from '../model/structure.js';
import { type OrderedTree, treeEditDistance } from './ted.js';

export interface PrfScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold items (|G|). */
  support: number;
  /** Predicted items (|P|). */
  predicted: number;
}

export interface LevelScore {
  /** Headings present in both files whose levels are equal. */
  correct: number;
  /** Headings present in both files. */
  total: number;
  accuracy: number;
}

export interface TedsScore {
  teds: number;
  /** Tree edit distance between the two heading trees. */
  distance: number;
  /** Headings in the gold tree (root excluded). */
  goldNodes: number;
  /** Headings in the predicted tree (root excluded). */
  predNodes: number;
}

export interface DocumentScores {
  teds: TedsScore;
  headings: PrfScore;
  levels: LevelScore;
  paragraphMerges: PrfScore;
  tableMerges: PrfScore;
  captions: PrfScore;
  furniture: PrfScore;
}

export interface MacroPrf {
  precision: number;
  recall: number;
  f1: number;
  /** Documents averaged (gold or prediction non-empty). */
  documents: number;
}

export interface CorpusPrf {
  micro: PrfScore;
  macro: MacroPrf;
}

export interface CorpusLevels {
  micro: LevelScore;
  macro: { accuracy: number; documents: number };
}

export interface CorpusTeds {
  micro: TedsScore;
  macro: { teds: number; documents: number };
}

export interface CorpusScores {
  /** Documents aggregated. */
  documents: number;
  teds: CorpusTeds;
  headings: CorpusPrf;
  levels: CorpusLevels;
  paragraphMerges: CorpusPrf;
  tableMerges: CorpusPrf;
  captions: CorpusPrf;
  furniture: CorpusPrf;
}

/** The P/R/F1 metrics, in the order reports list them. */
export const PRF_METRICS = ['headings', 'paragraphMerges', 'tableMerges', 'captions', 'furniture'] as const;
export type PrfMetric = (typeof PRF_METRICS)[number];

/** Label of the virtual root: not a JSON pointer, so no ref can equal it. */
const ROOT_LABEL = '\u0000root';
const PERFECT = 1;

// ---------------------------------------------------------------- counts and ratios

/** Ratio with a fallback for an empty denominator. */
function ratio(numerator: number, denominator: number, whenEmpty: number): number {
  return denominator === 0 ? whenEmpty : numerator / denominator;
}

/** P/R/F1 from counts (see the conventions at the top of the file). */
export function prfFromCounts(tp: number, fp: number, fn: number): PrfScore {
  const bothEmpty = tp + fp + fn === 0;
  const fallback = bothEmpty ? PERFECT : 0;
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp, fallback),
    recall: ratio(tp, tp + fn, fallback),
    f1: ratio(2 * tp, 2 * tp + fp + fn, fallback),
    support: tp + fn,
    predicted: tp + fp,
  };
}

/** P/R/F1 of two sets of keys. */
export function prfOfSets(gold: ReadonlySet<string>, pred: ReadonlySet<string>): PrfScore {
  let tp = 0;
  for (const key of pred) if (gold.has(key)) tp += 1;
  return prfFromCounts(tp, pred.size - tp, gold.size - tp);
}

function levelScore(correct: number, total: number): LevelScore {
  return { correct, total, accuracy: ratio(correct, total, PERFECT) };
}

function tedsFromDistance(distance: number, denominator: number): number {
  return Math.max(0, PERFECT - ratio(distance, denominator, 0));
}

// ---------------------------------------------------------------- items as keys

/** Consecutive links of merge groups: [a, b, c] → {a,b}, {b,c}; each an unordered pair, as a key. */
export function mergeLinks(groups: readonly (readonly string[])[]): Set<string> {
  const links = new Set<string>();
  for (const group of groups) {
    for (let k = 1; k < group.length; k++) links.add(pairKey(...sortedPair(group[k - 1], group[k])));
  }
  return links;
}

function sortedPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

/** A collision-free key for a pair of refs. */
function pairKey(a: string, b: string): string {
  return JSON.stringify([a, b]);
}

function captionLinks(captions: Structure['captions']): Set<string> {
  return new Set(captions.map((c) => pairKey(c.caption, c.target)));
}

/** Heading levels by ref; the first occurrence of a repeated ref wins. */
function headingLevels(headings: Structure['headings']): Map<string, number> {
  const levels = new Map<string, number>();
  for (const h of headings) if (!levels.has(h.ref)) levels.set(h.ref, h.level);
  return levels;
}

// ---------------------------------------------------------------- heading tree

/** The heading tree: virtual root; each heading under the nearest preceding heading of smaller level. */
export function headingTree(headings: Structure['headings']): OrderedTree {
  const root: OrderedTree = { label: ROOT_LABEL, children: [] };
  const open: Array<{ level: number; node: OrderedTree }> = [{ level: 0, node: root }];
  for (const h of headings) {
    while (open[open.length - 1].level >= h.level) open.pop();
    const node: OrderedTree = { label: h.ref, children: [] };
    open[open.length - 1].node.children.push(node);
    open.push({ level: h.level, node });
  }
  return root;
}

/** TEDS of two heading lists (see the definition at the top of the file). */
export function headingTeds(gold: Structure['headings'], pred: Structure['headings']): TedsScore {
  const goldNodes = gold.length;
  const predNodes = pred.length;
  const distance = goldNodes + predNodes === 0 ? 0 : treeEditDistance(headingTree(gold), headingTree(pred));
  return { teds: tedsFromDistance(distance, Math.max(goldNodes, predNodes)), distance, goldNodes, predNodes };
}

// ---------------------------------------------------------------- one document

/** Score a predicted structure against gold. */
export function evaluate(gold: Structure, pred: Structure): DocumentScores {
  const goldLevels = headingLevels(gold.headings);
  const predLevels = headingLevels(pred.headings);
  let both = 0;
  let sameLevel = 0;
  for (const [ref, level] of predLevels) {
    const goldLevel = goldLevels.get(ref);
    if (goldLevel === undefined) continue;
    both += 1;
    if (goldLevel === level) sameLevel += 1;
  }
  return {
    teds: headingTeds(gold.headings, pred.headings),
    headings: prfOfSets(new Set(goldLevels.keys()), new Set(predLevels.keys())),
    levels: levelScore(sameLevel, both),
    paragraphMerges: prfOfSets(mergeLinks(gold.paragraphMerges), mergeLinks(pred.paragraphMerges)),
    tableMerges: prfOfSets(mergeLinks(gold.tableMerges), mergeLinks(pred.tableMerges)),
    captions: prfOfSets(captionLinks(gold.captions), captionLinks(pred.captions)),
    furniture: prfOfSets(new Set(gold.furniture), new Set(pred.furniture)),
  };
}

// ---------------------------------------------------------------- a corpus

function mean(values: readonly number[]): number {
  return values.length === 0 ? PERFECT : values.reduce((s, v) => s + v, 0) / values.length;
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((s, item) => s + pick(item), 0);
}

function aggregatePrf(scores: readonly PrfScore[]): CorpusPrf {
  const scored = scores.filter((s) => s.support + s.predicted > 0);
  return {
    micro: prfFromCounts(
      sum(scores, (s) => s.tp),
      sum(scores, (s) => s.fp),
      sum(scores, (s) => s.fn),
    ),
    macro: {
      precision: mean(scored.map((s) => s.precision)),
      recall: mean(scored.map((s) => s.recall)),
      f1: mean(scored.map((s) => s.f1)),
      documents: scored.length,
    },
  };
}

function aggregateLevels(scores: readonly LevelScore[]): CorpusLevels {
  const scored = scores.filter((s) => s.total > 0);
  return {
    micro: levelScore(
      sum(scores, (s) => s.correct),
      sum(scores, (s) => s.total),
    ),
    macro: { accuracy: mean(scored.map((s) => s.accuracy)), documents: scored.length },
  };
}

function aggregateTeds(scores: readonly TedsScore[]): CorpusTeds {
  const scored = scores.filter((s) => s.goldNodes + s.predNodes > 0);
  const distance = sum(scores, (s) => s.distance);
  const denominator = sum(scores, (s) => Math.max(s.goldNodes, s.predNodes));
  return {
    micro: {
      teds: tedsFromDistance(distance, denominator),
      distance,
      goldNodes: sum(scores, (s) => s.goldNodes),
      predNodes: sum(scores, (s) => s.predNodes),
    },
    macro: { teds: mean(scored.map((s) => s.teds)), documents: scored.length },
  };
}

/** Micro and macro averages of per-document scores. */
export function aggregate(scores: ReadonlyArray<{ id: string; scores: DocumentScores }>): CorpusScores {
  const all = scores.map((s) => s.scores);
  const prf = (metric: PrfMetric) => aggregatePrf(all.map((s) => s[metric]));
  return {
    documents: all.length,
    teds: aggregateTeds(all.map((s) => s.teds)),
    headings: prf('headings'),
    levels: aggregateLevels(all.map((s) => s.levels)),
    paragraphMerges: prf('paragraphMerges'),
    tableMerges: prf('tableMerges'),
    captions: prf('captions'),
    furniture: prf('furniture'),
  };
}
