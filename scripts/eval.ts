// npm run eval [-- CORPUS_DIR …] [--json FILE] [--by [family]] [--split train|dev|test] [--agreement] [--micro]
// Identity vs docstitch on one or more evaluation corpora (default: corpus/).
//   --by            also per language, layout, format and language × layout (the last as one grid)
//   --by family     one row per family × producer, and per family × producer × format, the identity
//                   baseline under each docstitch row, macro and micro averages (meta.json "family",
//                   "producer"; scanned hOCR inputs count as producer "tesseract")
//   --split S       only documents of split S (meta.json "split"; scripts/corpus/split.ts)
//   --agreement     cross-format agreement: per document, heading-tree TEDS between docstitch's outlines
//                   of every pair of its formats (headings labelled by text), and the mean; the gold's
//                   own agreement beside it (src/eval/agreement.ts)
//   --micro         micro averages in the default tables
//   --options FILE, --weights FILE   engine options / a partial weights table, as for `docstitch` (e.g. the
//                   weights `npm run fit` writes)
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { readEngineAndWeights } from '../src/cli/engine-args.js';
import { crossFormatAgreement, type Outline, outlineOf } from '../src/eval/agreement.js';
import { type CaseResult, familyGroupKey, groupResults, listCorpus, runCase, summarize } from '../src/eval/corpus.js';
import { type Average, formatTable } from '../src/eval/report.js';

const args = process.argv.slice(2);
const valued = new Set(['--json', '--split', '--options', '--weights']);
const dirs: string[] = [];
let jsonPath: string | undefined;
let split: string | undefined;
let optionsPath: string | undefined;
let weightsPath: string | undefined;
let byFamily = false;
let by = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--json') jsonPath = args[++i];
  else if (a === '--split') split = args[++i];
  else if (a === '--options') optionsPath = args[++i];
  else if (a === '--weights') weightsPath = args[++i];
  else if (a === '--by') {
    by = true;
    if (args[i + 1] === 'family') {
      byFamily = true;
      i++;
    }
  } else if (a === '--by-family') byFamily = true;
  else if (!a.startsWith('--') && !valued.has(args[i - 1])) dirs.push(a);
}
if (split !== undefined && !['train', 'dev', 'test'].includes(split)) {
  console.error(`--split: expected train, dev or test, got ${split ?? 'nothing'}`);
  process.exit(2);
}
if (dirs.length === 0) dirs.push('corpus');
for (const d of dirs)
  if (!existsSync(d) || !statSync(d).isDirectory()) {
    console.error(`${d}: no such corpus folder (--by takes only "family" after it)`);
    process.exit(2);
  }
const average: Average = args.includes('--micro') ? 'micro' : 'macro';

let cases = dirs.flatMap((d) => listCorpus(d));
if (split) cases = cases.filter((c) => c.split === split);
if (cases.length === 0) {
  console.error(`no corpus cases under ${dirs.join(', ')}${split ? ` in split ${split}` : ''}`);
  process.exit(1);
}
const engine = readEngineAndWeights(optionsPath, weightsPath);
const results = cases.map((c) => runCase(c, { engine }));
const docKey = (r: CaseResult) => (dirs.length > 1 ? `${r.case.corpus}/${r.case.doc}` : r.case.doc);

function table(title: string, subset: CaseResult[]): string {
  const s = summarize(subset);
  return `${title} (${subset.length} documents)\n${formatTable(
    [
      { system: 'identity', scores: s.identity },
      { system: 'docstitch', scores: s.docstitch },
    ],
    { average },
  )}`;
}

/** One grid: a docstitch row and the identity row under it for every group. */
function grid(title: string, groups: [string, CaseResult[]][], avg: Average): string {
  const rows = groups.flatMap(([key, subset]) => {
    const s = summarize(subset);
    return [
      { system: `${key} (${subset.length}) docstitch`, scores: s.docstitch },
      { system: `${key} (${subset.length}) identity`, scores: s.identity },
    ];
  });
  return `${title}\n${formatTable(rows, { average: avg })}`;
}

const groupBy = (key: (r: CaseResult) => string) => groupResults(results, key);

const groups = new Map<string, CaseResult[]>();
for (const r of results) {
  for (const key of [
    `language ${r.case.language}`,
    `${r.case.columns} column${r.case.columns > 1 ? 's' : ''}`,
    `format ${r.case.format}`,
    `language ${r.case.language}, ${r.case.columns} column${r.case.columns > 1 ? 's' : ''}`,
  ]) {
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
}
const docs = new Set(results.map(docKey)).size;
console.log(table(`All (${docs} source documents × formats)${split ? `, split ${split}` : ''}`, results));
// issue #15 asks for zero body elements dropped as furniture: the furniture false positives, counted
const bodyDropped = results.filter((r) => r.docstitch.furniture.fp > 0);
const count = (f: (r: CaseResult) => number) => results.reduce((n, r) => n + f(r), 0);
console.log(
  `Furniture: ${count((r) => r.docstitch.furniture.fp)} body elements dropped as furniture (in ${bodyDropped.length} documents${
    bodyDropped.length
      ? `: ${bodyDropped
          .slice(0, 5)
          .map((r) => r.case.id)
          .join(', ')}${bodyDropped.length > 5 ? ', …' : ''}`
      : ''
  }), ${count((r) => r.docstitch.furniture.fn)} furniture elements kept in the body\n`,
);
if (by && !byFamily) {
  for (const [key, subset] of [...groups].sort()) console.log(table(key, subset));
  // One screen: every language × layout cell, the baseline under docstitch.
  const cells = [...groups].filter(([key]) => key.includes(',')).sort();
  const rows = cells.flatMap(([key, subset]) => {
    const s = summarize(subset);
    const name = key.replace('language ', '').replace(/ columns?/, ' col');
    return [
      { system: `${name} (${subset.length}) identity`, scores: s.identity },
      { system: `${name} (${subset.length}) docstitch`, scores: s.docstitch },
    ];
  });
  console.log(`By language and layout\n${formatTable(rows, { average })}`);
}
const familyKey = (r: CaseResult) => familyGroupKey(r.case);
if (byFamily) {
  const famOnly = groupBy((r) => `${r.case.family} × ${r.case.producer}`);
  const fam = groupBy(familyKey);
  const famFormat = groupBy((r) => `${familyKey(r)} ${r.case.format}`);
  for (const avg of ['macro', 'micro'] as const) {
    console.log(grid(`By family × producer, ${avg}`, famOnly, avg));
    console.log(grid(`By family × producer [split], ${avg}`, fam, avg));
    console.log(grid(`By family × producer [split] × format, ${avg}`, famFormat, avg));
  }
}

let agreementOut: unknown;
if (args.includes('--agreement')) {
  const pred: Outline[] = [];
  const gold: Outline[] = [];
  for (const r of results) {
    pred.push({ doc: docKey(r), format: r.case.format, headings: outlineOf(r.prediction.headings, r.texts) });
    gold.push({ doc: docKey(r), format: r.case.format, headings: outlineOf(r.gold.headings, r.texts) });
  }
  const p = crossFormatAgreement(pred);
  const g = crossFormatAgreement(gold);
  const goldOf = new Map(g.documents.map((d) => [d.doc, d]));
  const familyOf = new Map(results.map((r) => [docKey(r), familyKey(r).replace(/ × tesseract/, '')]));
  const lines = p.documents.map((d) => {
    const pairs = d.pairs.map((x) => `${x.a}~${x.b} ${x.teds.toFixed(3)}`).join('  ');
    return `${d.doc}  ${d.teds.toFixed(3)}  (gold ${goldOf.get(d.doc)?.teds.toFixed(3) ?? 'n/a'})  ${pairs}`;
  });
  const perFamily = new Map<string, number[]>();
  for (const d of p.documents) {
    const f = familyOf.get(d.doc) ?? '?';
    perFamily.set(f, [...(perFamily.get(f) ?? []), d.teds]);
  }
  const famLines = [...perFamily]
    .sort()
    .map(([f, v]) => `${f}: ${(v.reduce((s, x) => s + x, 0) / v.length).toFixed(3)} over ${v.length} documents`);
  console.log(
    `Cross-format agreement (heading TEDS between docstitch's outlines of one document in two formats)\n${lines.join('\n')}\n${famLines.join('\n')}\nmean ${p.mean?.toFixed(3) ?? 'n/a'} over ${p.documents.length} documents with two or more formats (gold: ${g.mean?.toFixed(3) ?? 'n/a'})\n`,
  );
  agreementOut = { docstitch: p, gold: g };
}
if (jsonPath) {
  const out = {
    all: summarize(results),
    groups: Object.fromEntries([...groups].map(([k, v]) => [k, summarize(v)])),
    ...(byFamily ? { families: Object.fromEntries(groupBy(familyKey).map(([k, v]) => [k, summarize(v)])) } : {}),
    ...(agreementOut ? { agreement: agreementOut } : {}),
    documents: results.map((r) => ({
      id: r.case.id,
      corpus: r.case.corpus,
      producer: r.case.producer,
      family: r.case.family,
      split: r.case.split,
      identity: r.identity,
      docstitch: r.docstitch,
    })),
  };
  writeFileSync(jsonPath, `${JSON.stringify(out, null, 2)}\n`);
}
