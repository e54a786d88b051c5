// npm run bench: speed and memory of the deterministic pipeline, as ratios to a baseline measured in
// the same run (JSON.parse + JSON.stringify of the same inputs: the physical floor of any JSON tool).
// Writes bench/results.json; prints a table. `npm run bench -- --sizes 10,1000` measures fewer sizes.
// Measures the built dist/ (`npm run bench` builds it first); `npm run bench:src` the sources through tsx (bench/lib.ts).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdapterInput } from '../src/io/load.js';
import {
  documentJson,
  finish,
  fromSrc,
  listCorpus,
  readWithAdapter,
  reconstruct,
  resolveEngineOptions,
} from './lib.js';

const options = resolveEngineOptions();
const corpusDir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'corpus';

interface Sample {
  name: string;
  text: string;
  pages: number;
}

function asInput(path: string, json: unknown): AdapterInput {
  return { path, isFolder: false, files: [{ path, name: '', json }] };
}

/** Full run on one file: parse, read, reconstruct, assemble, render every output. */
function stitchText(s: Sample): number {
  const json = JSON.parse(s.text);
  const doc = readWithAdapter(asInput(s.name, json)).document;
  const result = finish(doc, reconstruct(doc, options));
  return (
    JSON.stringify(documentJson(result)).length + result.markdown().length + JSON.stringify(result.structure).length
  );
}

function floor(s: Sample): number {
  return JSON.stringify(JSON.parse(s.text)).length;
}

/** Median seconds of `fn` over `runs` runs (after one warm-up). */
function time(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const cases = listCorpus(corpusDir);
if (cases.length === 0) {
  console.error(`no corpus under ${corpusDir}`);
  process.exit(1);
}
const samples: Sample[] = cases.map((c) => {
  const text = readFileSync(c.input, 'utf8');
  const doc = readWithAdapter(asInput(c.input, JSON.parse(text))).document;
  return { name: c.id, text, pages: doc.pages.length };
});
const totalPages = samples.reduce((n, s) => n + s.pages, 0);

// 1. Throughput over the corpus.
const tFloor = time(() => {
  for (const s of samples) floor(s);
}, 5);
const tFull = time(() => {
  for (const s of samples) stitchText(s);
}, 5);
const parsed = samples.map((s) => readWithAdapter(asInput(s.name, JSON.parse(s.text))).document);
const tStages = time(() => {
  for (const d of parsed) finish(d, reconstruct(d, options), { summaries: false });
}, 5);
const tSummaries = time(() => {
  for (const d of parsed) finish(d, reconstruct(d, options));
}, 5);

// 2. Scaling: one long MinerU document made by concatenating the corpus' MinerU inputs, at each size, timed
// in child processes (bench/run-one.ts) so that each one's peak memory is its own: the JSON round trip
// (floor), the full path (tree, md, structure) and structure.json alone. `--sizes 10,1000` to choose.
const mineru = cases
  .filter((c) => c.format === 'mineru')
  .map((c) => JSON.parse(readFileSync(c.input, 'utf8')) as Array<{ page_idx: number }>);
/**
 * Writes the long document of `pages` pages to `file` a piece at a time (100,000 pages is ~350 MB: built as one
 * array and one string it would need several times that in the bench process itself). The bytes are those of
 * JSON.stringify of the whole array.
 */
function writeLongDocument(file: string, pages: number): void {
  const fd = openSync(file, 'w');
  let buffer = '[';
  let first = true;
  let offset = 0;
  for (let i = 0; offset < pages; i = (i + 1) % mineru.length) {
    const items = mineru[i];
    const n = items.reduce((max, e) => Math.max(max, e.page_idx + 1), 0);
    for (const e of items) {
      if (offset + e.page_idx >= pages) continue;
      buffer += `${first ? '' : ','}${JSON.stringify({ ...e, page_idx: e.page_idx + offset })}`;
      first = false;
    }
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
    offset += n;
  }
  writeSync(fd, `${buffer}]`);
  closeSync(fd);
}
interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  inputBytes: number;
}
function measure(mode: string, file: string, runs: number): Measured {
  const out = execFileSync(
    process.execPath,
    [
      '--max-old-space-size=16384',
      '--import',
      'tsx',
      fileURLToPath(new URL('./run-one.ts', import.meta.url)),
      mode,
      file,
      String(runs),
      ...(fromSrc ? ['--src'] : []),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Measured;
}
const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1] : '10,1000,10000,100000').split(',').map(Number);
const tmp = mkdtempSync(join(tmpdir(), 'docstitch-bench-'));
const idle = measure('idle', '-', 1);
const scaling = sizes.map((pages) => {
  const file = join(tmp, `long-${pages}.json`);
  writeLongDocument(file, pages);
  const runs = pages <= 100 ? 9 : pages <= 1000 ? 3 : 1;
  const floorRun = measure('floor', file, Math.max(runs, pages <= 10000 ? 5 : 3));
  const full = measure('full', file, runs);
  const structure = measure('structure', file, runs);
  rmSync(file);
  process.stderr.write(`  ${pages} pages measured\n`);
  return {
    pages,
    inputBytes: full.inputBytes,
    floorSeconds: floorRun.seconds,
    fullSeconds: full.seconds,
    structureSeconds: structure.seconds,
    fullOverFloor: full.seconds / floorRun.seconds,
    structureOverFloor: structure.seconds / floorRun.seconds,
    fullMsPerPage: (full.seconds * 1000) / pages,
    // The same in CPU time: on a shared machine, less noisy than the wall-clock ratios above.
    fullOverFloorCpu: full.cpuSeconds / floorRun.cpuSeconds,
    structureOverFloorCpu: structure.cpuSeconds / floorRun.cpuSeconds,
    fullCpuMsPerPage: (full.cpuSeconds * 1000) / pages,
    // Peak resident memory of the run less that of a process that loads docstitch and does nothing.
    fullPeakMemoryOverInput: (full.peakRssBytes - idle.peakRssBytes) / full.inputBytes,
    structurePeakMemoryOverInput: (structure.peakRssBytes - idle.peakRssBytes) / full.inputBytes,
    fullPeakRssMb: full.peakRssBytes / 2 ** 20,
  };
});
rmSync(tmp, { recursive: true, force: true });

const results = {
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    // dist: the built package (what users run); src: the TypeScript sources through tsx (`npm run bench:src`)
    code: fromSrc ? 'src' : 'dist',
    // Load average (1 min) when the run ended: other work on a shared machine slows both sides of each ratio.
    loadAverage: loadavg()[0],
  },
  corpus: { documents: samples.length, pages: totalPages, bytes: samples.reduce((n, s) => n + s.text.length, 0) },
  throughput: {
    floorPagesPerSecond: totalPages / tFloor,
    fullPagesPerSecond: totalPages / tFull,
    stagesPagesPerSecond: totalPages / tStages,
    stagesWithSummariesPagesPerSecond: totalPages / tSummaries,
    fullOverFloor: tFull / tFloor,
  },
  scaling,
};
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);

const f = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(
  `machine: ${results.machine.cpu}, ${results.machine.cores} cores, node ${results.machine.node} (one core used), load average ${f(results.machine.loadAverage, 1)}, code ${results.machine.code}/`,
);
console.log(`corpus: ${samples.length} inputs, ${totalPages} pages\n`);
console.log('throughput                                   pages/s   × floor time');
console.log(
  `JSON.parse + JSON.stringify (floor)       ${f(results.throughput.floorPagesPerSecond).padStart(10)}        1.0`,
);
console.log(
  `docstitch, file text → all outputs        ${f(results.throughput.fullPagesPerSecond).padStart(10)}   ${f(results.throughput.fullOverFloor, 1).padStart(8)}`,
);
console.log(`docstitch, stages + tree (after reading)  ${f(results.throughput.stagesPagesPerSecond).padStart(10)}`);
console.log(
  `  … and section summaries                 ${f(results.throughput.stagesWithSummariesPagesPerSecond).padStart(10)}`,
);
console.log('\nscaling: one long MinerU document; time and memory as multiples of the JSON round trip / input size');
console.log('(×floor: wall clock / CPU time; ms/page: CPU time)');
console.log(
  '   pages   input MB     full ×floor   structure ×floor   full ms/page   full mem ×input   structure mem ×input',
);
for (const s of scaling) {
  const full = `${f(s.fullOverFloor, 1)} / ${f(s.fullOverFloorCpu, 1)}`;
  const structure = `${f(s.structureOverFloor, 1)} / ${f(s.structureOverFloorCpu, 1)}`;
  console.log(
    `${f(s.pages).padStart(8)} ${f(s.inputBytes / 2 ** 20, 1).padStart(10)} ${full.padStart(15)} ${structure.padStart(18)} ${f(s.fullCpuMsPerPage, 3).padStart(14)} ${f(s.fullPeakMemoryOverInput, 1).padStart(17)} ${f(s.structurePeakMemoryOverInput, 1).padStart(22)}`,
  );
}
const base = scaling.find((s) => s.pages >= 1000) ?? scaling[0];
const last = scaling[scaling.length - 1];
console.log(
  `\nCPU cost per page at ${f(last.pages)} pages / at ${f(base.pages)} pages: ${f(last.fullCpuMsPerPage / base.fullCpuMsPerPage, 2)} (1.0 = linear)`,
);
