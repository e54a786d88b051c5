// One measurement of `npm run bench`, in a process of its own so that its peak memory is its own:
//   tsx bench/run-one.ts floor|full|structure|idle FILE RUNS
// floor: JSON.parse + JSON.stringify of the file's text. full: parse, read, stitch, render tree, Markdown
// and structure (`--emit tree,md,structure` without the disk). structure: the same for structure.json only.
// idle: nothing (the process' own memory, subtracted from the others). Prints one JSON line.
import { readFileSync } from 'node:fs';
import { readWithAdapter } from '../src/adapters/index.js';
import { type Emit, renderOutputs } from '../src/cli/outputs.js';
import { resolveEngineOptions } from '../src/options.js';
import { finish, reconstruct } from '../src/pipeline.js';

const [mode, file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 1);
const options = resolveEngineOptions();

function stitchText(text: string, emit: Emit[]): number {
  const json = JSON.parse(text);
  const doc = readWithAdapter({ path: file, isFolder: false, files: [{ path: file, name: '', json }] }).document;
  const files = renderOutputs(finish(doc, reconstruct(doc, options)), emit);
  return Object.values(files).reduce((n, f) => n + f.length, 0);
}

const text = mode === 'idle' ? '' : readFileSync(file, 'utf8');
const work: Record<string, () => unknown> = {
  idle: () => 0,
  floor: () => JSON.stringify(JSON.parse(text)).length,
  full: () => stitchText(text, ['tree', 'md', 'structure']),
  structure: () => stitchText(text, ['structure']),
};
const fn = work[mode];
if (!fn) {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
const times: number[] = [];
const cpuTimes: number[] = [];
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
// Small inputs: one warm-up run, then the median of `runs`; large ones are timed once (JIT warm-up is noise there).
if (runs > 1) fn();
for (let i = 0; i < runs; i++) {
  const t = process.hrtime.bigint();
  const c = cpuSeconds();
  fn();
  cpuTimes.push(cpuSeconds() - c);
  times.push(Number(process.hrtime.bigint() - t) / 1e9);
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  JSON.stringify({
    seconds: median(times),
    // CPU time of the process (all its threads, GC helpers included): less disturbed by other jobs on the machine.
    cpuSeconds: median(cpuTimes),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    inputBytes: Buffer.byteLength(text),
  }),
);
