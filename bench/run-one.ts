// One measurement of `npm run bench`, in a process of its own so that its peak memory is its own:
//   tsx bench/run-one.ts floor|full|structure|idle FILE RUNS [--src]
// It runs the built dist/ unless given --src (the sources through tsx; bench/lib.ts).
// floor: JSON.parse + JSON.stringify of the file's text. full: read the file as the CLI reads it (stitchSync on
// its path: a large array streamed element by element, io/load.ts readInput), stitch, render tree, Markdown and
// structure (`--emit tree,md,structure` as the CLI renders them, without the disk). structure: the same for
// structure.json only.
// idle: nothing (the process' own memory, subtracted from the others). Prints one JSON line.
import { readFileSync, statSync } from 'node:fs';
import type { Emit } from '../src/cli/outputs.js';
import { outputContents, stitchSync } from './lib.js';

const [mode, file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 1);

/**
 * As the CLI does it (src/cli/stitch-one.ts: stitchSync on the path, no size limit as with `--max-size`), each
 * output rendered as `writeOutputs` renders it (document.json in pieces; its lists released once it is written,
 * `consume`), its characters counted instead of written to disk.
 */
function stitchFile(emit: Emit[]): number {
  const result = stitchSync(file, { maxBytes: Number.POSITIVE_INFINITY });
  let length = 0;
  const add = (chunk: string) => {
    length += chunk.length;
  };
  // the summary line the CLI prints (writeResult): the decisions counted before document.json lets them go (or after
  // the outputs when none are let go), the accounting and the warnings after the outputs
  let decisions: number | undefined;
  const count = () => {
    decisions ??= result.decisions.length;
  };
  for (const content of Object.values(outputContents(result, emit, { consume: { beforeRelease: count } }))) {
    if (typeof content === 'string') add(content);
    else content(add);
  }
  count();
  return length + result.accounting.placed + result.warnings.length + (decisions ?? 0);
}

// Only the floor holds the file's text (its parse is what it measures); the others read the file themselves.
const text = mode === 'floor' ? readFileSync(file, 'utf8') : '';
const work: Record<string, () => unknown> = {
  idle: () => 0,
  floor: () => JSON.stringify(JSON.parse(text)).length,
  full: () => stitchFile(['tree', 'md', 'structure']),
  structure: () => stitchFile(['structure']),
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
    inputBytes: mode === 'idle' ? 0 : statSync(file).size,
  }),
);
