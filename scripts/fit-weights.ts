// npm run fit -- [CORPUS_DIR …] [--fit-split train] [--report-split test] [--out FILE] [--l2 N]
// Refit the weights table (issue #15): run the engine over the corpora, take every decision that records
// its features (a candidate merge, heading, link or furniture call, accepted or rejected), label it from
// the gold file, fit one logistic regression per stage on the documents of the fitting split, and write
// the weights as a partial weights table (`--weights FILE` / `engine.weights`). Prints, per stage, the
// reliability table and expected calibration error of the current weights and of the fitted ones on the
// report split.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type CorpusCase, listCorpus } from '../src/eval/corpus.js';
import { readStructureFile } from '../src/eval/report.js';
import { expectedCalibrationError, type Judged, reliabilityTable } from '../src/fit/calibration.js';
import { goldSays, goldSets } from '../src/fit/gold.js';
import { fitLogistic, type LogisticModel, predict, type Sample } from '../src/fit/logistic.js';
import { loadInput } from '../src/io/load.js';
import { stitchSync } from '../src/pipeline.js';

interface Args {
  dirs: string[];
  fitSplit: string;
  reportSplit: string;
  out?: string;
  l2: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { dirs: [], fitSplit: 'train', reportSplit: 'test', l2: 1 };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--fit-split') a.fitSplit = argv[++i];
    else if (v === '--report-split') a.reportSplit = argv[++i];
    else if (v === '--out') a.out = argv[++i];
    else if (v === '--l2') a.l2 = Number(argv[++i]);
    else a.dirs.push(v);
  }
  if (a.dirs.length === 0) a.dirs = ['corpus'];
  return a;
}

/** The case's split from its document's meta.json (`split`); documents without one count as train. */
function splitOf(c: CorpusCase): string {
  const meta = join(dirname(dirname(c.input)), 'meta.json');
  if (!existsSync(meta)) return 'train';
  return (JSON.parse(readFileSync(meta, 'utf8')) as { split?: string }).split ?? 'train';
}

interface Labelled {
  stage: string;
  split: string;
  sample: Sample;
  /** The decision the engine took and its confidence, for the current weights' calibration. */
  accepted: boolean;
  confidence: number;
}

function collect(args: Args): Labelled[] {
  const out: Labelled[] = [];
  for (const dir of args.dirs) {
    for (const c of listCorpus(dir)) {
      const sets = goldSets(readStructureFile(c.gold));
      const split = splitOf(c);
      for (const d of stitchSync(loadInput(c.input), { summaries: false }).decisions) {
        if (!d.features || d.by !== 'rules') continue;
        const y = goldSays(d, sets);
        if (y === undefined) continue;
        const x = Object.fromEntries(d.features.map((f) => [f.id, f.value]));
        out.push({
          stage: d.stage,
          split,
          sample: { x, y: y ? 1 : 0 },
          accepted: d.accepted,
          confidence: d.confidence,
        });
      }
    }
  }
  return out;
}

function calibrationLine(name: string, judged: Judged[]): string {
  const rows = reliabilityTable(judged);
  const table = rows
    .map((r) => `${r.low.toFixed(1)}–${r.high.toFixed(1)}: ${r.accuracy.toFixed(2)} of ${r.count}`)
    .join('; ');
  return `  ${name.padEnd(8)} ECE ${expectedCalibrationError(rows).toFixed(3)}  (${table})`;
}

/** The weights-table key of a stage ('text-merge' → 'textMerge') and of a feature (prefix dropped). */
const stageKey = (stage: string) => stage.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const featureKey = (id: string) => id.slice(id.indexOf('.') + 1);

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const all = collect(args);
  const table: Record<string, Record<string, number>> = {};
  for (const stage of [...new Set(all.map((l) => l.stage))].sort()) {
    const fitOn = all.filter((l) => l.stage === stage && l.split === args.fitSplit);
    const report = all.filter((l) => l.stage === stage && l.split === args.reportSplit);
    console.log(
      `${stage}: fitted on ${fitOn.length} decisions (${args.fitSplit}), reported on ${report.length} (${args.reportSplit})`,
    );
    if (fitOn.length < 20 || new Set(fitOn.map((l) => l.sample.y)).size < 2) {
      console.log('  too few or one-sided decisions to fit; weights left as they are');
      continue;
    }
    const model: LogisticModel = fitLogistic(
      fitOn.map((l) => l.sample),
      { l2: args.l2 },
    );
    const current = report.map((l) => ({ confidence: l.confidence, correct: l.accepted === (l.sample.y === 1) }));
    const fitted = report.map((l) => {
      const p = predict(model, l.sample.x);
      return { confidence: Math.max(p, 1 - p), correct: p >= 0.5 === (l.sample.y === 1) };
    });
    if (report.length) {
      console.log(calibrationLine('current', current));
      console.log(calibrationLine('fitted', fitted));
    }
    table[stageKey(stage)] = {
      bias: model.bias,
      ...Object.fromEntries(Object.entries(model.weights).map(([id, w]) => [featureKey(id), w])),
    };
  }
  if (args.out) {
    writeFileSync(args.out, `${JSON.stringify({ weights: table }, null, 2)}\n`);
    console.log(`wrote ${args.out}`);
  }
}

main();
