// npm run bench: speed and memory of the deterministic pipeline, as ratios to a baseline measured in
// the same run (JSON.parse + JSON.stringify of the same inputs: the physical floor of any JSON tool).
// Writes bench/results.json; prints a table. Run with --expose-gc (the npm script does).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { readWithAdapter } from '../src/adapters/index.js';
import { documentJson } from '../src/cli/outputs.js';
import { listCorpus } from '../src/eval/corpus.js';
import type { AdapterInput } from '../src/io/load.js';
import { resolveEngineOptions } from '../src/options.js';
import { finish, reconstruct } from '../src/pipeline.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const options = resolveEngineOptions();
const corpusDir = process.argv[2] ?? 'corpus';

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

// 2. Scaling: one long MinerU document made by concatenating the corpus' MinerU inputs.
const mineru = cases
  .filter((c) => c.format === 'mineru')
  .map((c) => JSON.parse(readFileSync(c.input, 'utf8')) as Array<{ page_idx: number }>);
function longDocument(pages: number): unknown[] {
  const out: unknown[] = [];
  let offset = 0;
  for (let i = 0; offset < pages; i = (i + 1) % mineru.length) {
    const items = mineru[i];
    const n = Math.max(...items.map((e) => e.page_idx)) + 1;
    for (const e of items) if (offset + e.page_idx < pages) out.push({ ...e, page_idx: e.page_idx + offset });
    offset += n;
  }
  return out;
}
const scaling = [10, 100, 1000, 5000].map((pages) => {
  const doc = readWithAdapter(asInput(`long-${pages}`, longDocument(pages))).document;
  const runs = pages >= 1000 ? 3 : 9;
  const seconds = time(() => finish(doc, reconstruct(doc, options), { summaries: false }), runs);
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = finish(doc, reconstruct(doc, options), { summaries: false });
  const after = process.memoryUsage().heapUsed;
  const bytesPerPage = Math.max(0, after - before) / pages;
  void kept;
  return {
    pages,
    elements: doc.elements.length,
    msPerPage: (seconds * 1000) / pages,
    pagesPerSecond: pages / seconds,
    kbPerPage: bytesPerPage / 1024,
  };
});

const results = {
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
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
  `machine: ${results.machine.cpu}, ${results.machine.cores} cores, node ${results.machine.node} (one core used)`,
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
console.log('\nscaling (stages + tree on one long document, no summaries)');
console.log('   pages  elements   ms/page    pages/s   KiB/page retained');
for (const s of scaling) {
  console.log(
    `${f(s.pages).padStart(8)} ${f(s.elements).padStart(9)} ${f(s.msPerPage, 3).padStart(9)} ${f(s.pagesPerSecond).padStart(10)} ${f(s.kbPerPage, 1).padStart(10)}`,
  );
}
const flat = scaling[scaling.length - 1].msPerPage / scaling[1].msPerPage;
console.log(`\ncost per page at 5,000 pages / at 100 pages: ${f(flat, 2)} (1.0 = linear)`);
