// The engine's decisions on a corpus, each labelled by the gold file: the input of `npm run fit` (fitting the
// weights and the calibration maps) and of `npm run eval:calibration` (are the confidences honest?).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type CorpusCase, listCorpus } from '../eval/corpus.js';
import { readStructureFile } from '../eval/report.js';
import { loadInput } from '../io/load.js';
import type { Decision } from '../model/decision.js';
import type { EngineOptionsInput } from '../options.js';
import { stitchSync } from '../pipeline.js';
import { goldSays, goldSets } from './gold.js';

export interface Labelled {
  stage: Decision['stage'];
  case: CorpusCase;
  /** The decision as the engine took it (its confidence calibrated or not, as the engine options say). */
  decision: Decision;
  /** What the gold says to the decision's question (merged, a heading, linked, furniture). */
  yes: boolean;
  /** Whether the decision taken agrees with the gold. */
  correct: boolean;
  /**
   * The document's group: its family and source manual (meta.json), the unit the corpora split by, so
   * cross-validation by group leaves out what a test family leaves out.
   */
  group: string;
}

/** `family/source` of a case's document, from its meta.json (the document folder's name when it has none). */
function groupOf(c: CorpusCase): string {
  const meta = join(dirname(dirname(c.input)), 'meta.json');
  const source = existsSync(meta)
    ? ((JSON.parse(readFileSync(meta, 'utf8')) as { source?: { key?: string } }).source?.key ?? c.doc)
    : c.doc;
  return `${c.producer}/${c.family}/${source}`;
}

/** Every decision of the rules or the parser that the gold answers, over the corpora's cases that `keep` keeps. */
export function collectDecisions(
  dirs: readonly string[],
  engine: EngineOptionsInput = {},
  keep: (c: CorpusCase) => boolean = () => true,
): Labelled[] {
  const out: Labelled[] = [];
  for (const dir of dirs) {
    for (const c of listCorpus(dir)) {
      if (!keep(c)) continue;
      const sets = goldSets(readStructureFile(c.gold));
      const group = groupOf(c);
      for (const d of stitchSync(loadInput(c.input), { summaries: false, engine }).decisions) {
        if (d.by === 'llm') continue;
        const yes = goldSays(d, sets);
        if (yes === undefined) continue;
        out.push({ stage: d.stage, case: c, decision: d, yes, correct: yes === d.accepted, group });
      }
    }
  }
  return out;
}
