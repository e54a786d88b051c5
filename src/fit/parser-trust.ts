// How far each parser's own heading levels can be trusted against the size class (issue #15 §3): where the two
// disagree on which of two headings stands above, the walk (stages/headings/walk.ts) lets the parser's level
// decide when its format's trust (`parser-trust-<format>`, src/weights/headings.ts) is above 0, else size.
// The trust is fitted from counts: every document of the fitting split is run twice, once with size deciding
// every such conflict and once with the parser's level deciding it; a heading whose level differs between the
// two runs is one the conflicts decided, and the gold backs the run that gives its gold level. Per input format,
// trust = ln((parser + PRIOR) / (size + PRIOR)): the log-odds that the parser is right where the two disagree,
// pulled toward 0 by PRIOR headings on each side, so a format seen in a few conflicts keeps size deciding (a tie,
// 0, leaves size). A heading whose level is wrong both ways, or right both ways, backs neither.
// Documents whose hints restart on every page never get here: those hints are set aside before the walk
// (page-restarts.ts), whatever the trust.
import { listCorpus } from '../eval/corpus.js';
import { readStructureFile } from '../eval/report.js';
import { loadInput } from '../io/load.js';
import type { Structure } from '../model/structure.js';
import { stitchSync } from '../pipeline.js';
import { LEVELLED_FORMATS } from '../weights/headings.js';
import type { Weights } from '../weights/index.js';

/** Headings on each side of the conflicts of one input format, over the documents counted. */
export interface TrustCount {
  /** Documents read in that format. */
  documents: number;
  /** Documents where the two runs gave some heading another level. */
  conflicted: number;
  /** Headings the parser's level places at their gold level and size does not. */
  parser: number;
  /** Headings size places at their gold level and the parser's level does not. */
  size: number;
}

/** Pseudo-headings added to each side: a format needs more than a couple of headings' lead to turn. */
export const PRIOR = 5;

/** The fitted trust of one format's levels (log-odds that the parser's level is right in a conflict). */
export function trustOf(count: Pick<TrustCount, 'parser' | 'size'>, prior = PRIOR): number {
  return Math.log((count.parser + prior) / (count.size + prior));
}

/** Level of each gold heading, by ref. */
const levelsOf = (s: Structure) => new Map(s.headings.map((h) => [h.ref, h.level]));

/** Adds one document's two runs (size deciding, the parser's level deciding) to its format's count. */
export function countDocument(
  counts: Map<string, TrustCount>,
  format: string,
  gold: Structure,
  bySize: Structure,
  byParser: Structure,
): void {
  const count = counts.get(format) ?? { documents: 0, conflicted: 0, parser: 0, size: 0 };
  counts.set(format, count);
  count.documents++;
  const [g, s, p] = [levelsOf(gold), levelsOf(bySize), levelsOf(byParser)];
  let differ = false;
  for (const [ref, level] of g) {
    const [ls, lp] = [s.get(ref), p.get(ref)];
    if (ls === lp) continue;
    differ = true;
    if (lp === level) count.parser++;
    else if (ls === level) count.size++;
  }
  if (differ) count.conflicted++;
}

/** The count's table, one line per format, with the trust each gets. */
export function trustReport(counts: ReadonlyMap<string, TrustCount>): string[] {
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([format, c]) =>
        `    ${format}: ${c.documents} documents, ${c.conflicted} with conflicts; headings the gold backs: parser ${c.parser}, size ${c.size} → trust ${trustOf(c).toFixed(3)}`,
    );
}

/** The headings weights with every format's trust set to `trust` (+1: the parser's level decides, −1: size). */
function trusting(weights: Weights, trust: number): Weights {
  const all = Object.fromEntries(LEVELLED_FORMATS.map((f) => [`parser-trust-${f}`, trust]));
  return { ...weights, headings: { ...weights.headings, ...all } };
}

/** Each input format's count over the documents of `split` in the corpora, from runs with `weights` otherwise. */
export function countConflicts(dirs: readonly string[], split: string, weights: Weights): Map<string, TrustCount> {
  const counts = new Map<string, TrustCount>();
  const [bySize, byParser] = [trusting(weights, -1), trusting(weights, 1)];
  for (const dir of dirs)
    for (const c of listCorpus(dir)) {
      if (c.split !== split) continue;
      const run = (w: Weights) =>
        stitchSync(loadInput(c.input), { summaries: false, engine: { calibrate: false, weights: w } });
      const [s, p] = [run(bySize), run(byParser)];
      countDocument(counts, s.format, readStructureFile(c.gold), s.structure, p.structure);
    }
  return counts;
}

/** The trust weights the fit writes: one per format read (formats never read keep their hand-set 0). */
export function trustTable(counts: ReadonlyMap<string, TrustCount>): Record<string, number> {
  const known = new Set<string>(LEVELLED_FORMATS);
  return Object.fromEntries(
    [...counts]
      .filter(([format]) => known.has(format))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([format, c]) => [`parser-trust-${format}`, Math.round(trustOf(c) * 1e4) / 1e4]),
  );
}
