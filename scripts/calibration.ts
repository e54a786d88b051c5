// npm run eval:calibration [-- CORPUS_DIR]: are the engine's confidences honest? For each stage, the
// share of its decisions that agree with the gold file, by confidence band.
import { listCorpus } from '../src/eval/corpus.js';
import { readStructureFile } from '../src/eval/report.js';
import { loadInput } from '../src/io/load.js';
import type { Decision } from '../src/model/decision.js';
import type { Structure } from '../src/model/structure.js';
import { stitchSync } from '../src/pipeline.js';

const BANDS = [0.6, 0.7, 0.8, 0.9, 0.95, 1.01];
const bandOf = (c: number) => BANDS.findIndex((b) => c < b);
const bandName = (i: number) => (i === 0 ? '< 0.60' : `${BANDS[i - 1].toFixed(2)}–${Math.min(1, BANDS[i]).toFixed(2)}`);

const links = (groups: string[][]) => new Set(groups.flatMap((g) => g.slice(1).map((x, i) => `${g[i]}|${x}`)));

/** Whether a decision agrees with the gold file; undefined when the gold says nothing about it. */
function agrees(d: Decision, sets: ReturnType<typeof goldSets>): boolean | undefined {
  const [first, second] = d.place.refs;
  const pair = `${first}|${second}`;
  switch (d.stage) {
    case 'text-merge':
      return sets.paragraphs.has(pair) === d.accepted;
    case 'table-merge':
      return sets.tables.has(pair) === d.accepted;
    case 'furniture':
      return sets.furniture.has(first) === d.accepted;
    case 'headings':
      return sets.headings.has(first) === d.accepted;
    case 'captions':
      return second !== undefined && d.by !== 'parser' ? sets.captions.has(pair) === d.accepted : undefined;
    default:
      return undefined;
  }
}

function goldSets(gold: Structure) {
  return {
    paragraphs: links(gold.paragraphMerges),
    tables: links(gold.tableMerges),
    furniture: new Set(gold.furniture),
    headings: new Set(gold.headings.map((h) => h.ref)),
    captions: new Set(gold.captions.map((c) => `${c.caption}|${c.target}`)),
  };
}

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'corpus';
const tally = new Map<string, Array<[number, number]>>();
for (const c of listCorpus(dir)) {
  const sets = goldSets(readStructureFile(c.gold));
  for (const d of stitchSync(loadInput(c.input), { summaries: false }).decisions) {
    const ok = agrees(d, sets);
    if (ok === undefined) continue;
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
