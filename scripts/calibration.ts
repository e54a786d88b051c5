// npm run eval:calibration [-- CORPUS_DIR]: are the engine's confidences honest? For each stage, the
// share of its decisions that agree with the gold file, by confidence band.
import { listCorpus } from '../src/eval/corpus.js';
import { readStructureFile } from '../src/eval/report.js';
import { goldSays, goldSets } from '../src/fit/gold.js';
import { loadInput } from '../src/io/load.js';
import { stitchSync } from '../src/pipeline.js';

const BANDS = [0.6, 0.7, 0.8, 0.9, 0.95, 1.01];
const bandOf = (c: number) => BANDS.findIndex((b) => c < b);
const bandName = (i: number) => (i === 0 ? '< 0.60' : `${BANDS[i - 1].toFixed(2)}–${Math.min(1, BANDS[i]).toFixed(2)}`);

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'corpus';
const tally = new Map<string, Array<[number, number]>>();
for (const c of listCorpus(dir)) {
  const sets = goldSets(readStructureFile(c.gold));
  for (const d of stitchSync(loadInput(c.input), { summaries: false }).decisions) {
    const yes = goldSays(d, sets);
    if (yes === undefined) continue;
    const ok = yes === d.accepted;
    const rows = tally.get(d.stage) ?? BANDS.map((): [number, number] => [0, 0]);
    rows[bandOf(d.confidence)][ok ? 0 : 1]++;
    tally.set(d.stage, rows);
  }
}
console.log(`confidence bands: share of decisions that agree with the gold (${dir})`);
console.log(`${'stage'.padEnd(12)}${BANDS.map((_, i) => bandName(i).padStart(16)).join('')}`);
for (const [stage, rows] of tally) {
  const cells = rows.map(([ok, bad]) =>
    (ok + bad ? `${(ok / (ok + bad)).toFixed(2)} of ${ok + bad}` : '—').padStart(16),
  );
  console.log(`${stage.padEnd(12)}${cells.join('')}`);
}
