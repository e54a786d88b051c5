// Running the engine over an evaluation corpus: `corpus/<doc>/<format>/` holds one parser-format input
// and its `gold.structure.json`; `corpus/<doc>/meta.json` says the language and layout.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadInput } from '../io/load.js';
import type { Structure } from '../model/structure.js';
import { type StitchOptions, stitchSync } from '../pipeline.js';
import { identityStructure } from './baseline.js';
import { aggregate, type CorpusScores, type DocumentScores, evaluate } from './metrics.js';
import { readStructureFile } from './report.js';

export interface CorpusCase {
  /** `<doc>/<format>` */
  id: string;
  doc: string;
  format: string;
  input: string;
  gold: string;
  language: string;
  columns: number;
}

/** Every (input, gold) pair under a corpus folder. */
export function listCorpus(dir: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const doc of readdirSync(dir).sort()) {
    const docDir = join(dir, doc);
    if (!statSync(docDir).isDirectory() || !existsSync(join(docDir, 'meta.json'))) continue;
    const meta = JSON.parse(readFileSync(join(docDir, 'meta.json'), 'utf8')) as {
      language: string;
      layout: { columns: number };
    };
    for (const format of readdirSync(docDir).sort()) {
      const formatDir = join(docDir, format);
      if (!statSync(formatDir).isDirectory()) continue;
      const gold = join(formatDir, 'gold.structure.json');
      // The input: a parser's JSON, or the hOCR of the scanned producer (scripts/corpus/scan.ts).
      const input = readdirSync(formatDir).find(
        (f) => (f.endsWith('.json') || f.endsWith('.hocr')) && f !== 'gold.structure.json',
      );
      if (!input || !existsSync(gold)) continue;
      cases.push({
        id: `${doc}/${format}`,
        doc,
        format,
        input: join(formatDir, input),
        gold,
        language: meta.language,
        columns: meta.layout.columns,
      });
    }
  }
  return cases;
}

export interface CaseResult {
  case: CorpusCase;
  identity: DocumentScores;
  docstitch: DocumentScores;
  prediction: Structure;
}

export function runCase(c: CorpusCase, options: StitchOptions = {}): CaseResult {
  const gold = readStructureFile(c.gold);
  const result = stitchSync(loadInput(c.input), options);
  return {
    case: c,
    identity: evaluate(gold, identityStructure(result.document)),
    docstitch: evaluate(gold, result.structure),
    prediction: result.structure,
  };
}

/** Corpus scores of both systems over a subset of cases. */
export function summarize(results: CaseResult[]): { identity: CorpusScores; docstitch: CorpusScores } {
  return {
    identity: aggregate(results.map((r) => ({ id: r.case.id, scores: r.identity }))),
    docstitch: aggregate(results.map((r) => ({ id: r.case.id, scores: r.docstitch }))),
  };
}
