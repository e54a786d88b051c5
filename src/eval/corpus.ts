// Running the engine over an evaluation corpus: `corpus/<doc>/<format>/` holds one parser-format input
// and its `gold.structure.json`; `corpus/<doc>/meta.json` says the language and layout, and (issue #13)
// the producer, family and split (scripts/corpus/split.ts). A meta.json written before those keys counts
// as a Chromium manual, its split from the folder's manifest.json ("heldout" → test, "dev"/"dev2" → dev,
// else train). A scanned input (hocr/) is produced by Tesseract whatever printed its page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadInput } from '../io/load.js';
import type { Structure } from '../model/structure.js';
import { stitchSync } from '../pipeline.js';
import type { StitchOptions } from '../stitch.js';
import { groupBy } from '../util/arrays.js';
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
  /** The corpus folder as given. */
  corpus: string;
  /** What produced the input: "chromium", "office", "latex" or, for scanned inputs, "tesseract". */
  producer: string;
  /** The document's family: manual, report, form, legal, … */
  family: string;
  split: string;
}

/** The split of a folder's documents that carry none in their meta.json, from its manifest.json. */
function manifestSplit(dir: string): string {
  const p = join(dir, 'manifest.json');
  if (!existsSync(p)) return 'train';
  const m = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  return m.heldout ? 'test' : m.dev || m.dev2 ? 'dev' : 'train';
}

/** Every (input, gold) pair under a corpus folder. */
export function listCorpus(dir: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const fallbackSplit = manifestSplit(dir);
  for (const doc of readdirSync(dir).sort()) {
    const docDir = join(dir, doc);
    if (!statSync(docDir).isDirectory() || !existsSync(join(docDir, 'meta.json'))) continue;
    const meta = JSON.parse(readFileSync(join(docDir, 'meta.json'), 'utf8')) as {
      language: string;
      layout?: { columns?: number };
      producer?: string;
      family?: string;
      split?: string;
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
        columns: meta.layout?.columns ?? 1,
        corpus: dir,
        producer: format === 'hocr' ? 'tesseract' : (meta.producer ?? 'chromium'),
        family: meta.family ?? 'manual',
        split: meta.split ?? fallbackSplit,
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
  /** Element text by ref, for comparing outlines across formats (agreement.ts). */
  texts: Map<string, string>;
  gold: Structure;
}

export function runCase(c: CorpusCase, options: StitchOptions = {}): CaseResult {
  const gold = readStructureFile(c.gold);
  const result = stitchSync(loadInput(c.input), options);
  return {
    case: c,
    identity: evaluate(gold, identityStructure(result.document)),
    docstitch: evaluate(gold, result.structure),
    prediction: result.structure,
    texts: new Map(result.document.elements.map((e) => [e.ref, e.text])),
    gold,
  };
}

/** Corpus scores of both systems over a subset of cases. */
export function summarize(results: CaseResult[]): { identity: CorpusScores; docstitch: CorpusScores } {
  return {
    identity: aggregate(results.map((r) => ({ id: r.case.id, scores: r.identity }))),
    docstitch: aggregate(results.map((r) => ({ id: r.case.id, scores: r.docstitch }))),
  };
}

/** The `--by family` group of a case: family × producer [split]. */
export function familyGroupKey(c: CorpusCase): string {
  return `${c.family} × ${c.producer} [${c.split}]`;
}

/** Results grouped by a key, groups in key order (code-unit order), results in their order. */
export function groupResults(results: CaseResult[], key: (r: CaseResult) => string): [string, CaseResult[]][] {
  return [...groupBy(results, key)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
