// npm run eval [-- CORPUS_DIR] [--json FILE] [--by] [--micro] : identity vs docstitch on the evaluation corpus,
// overall and per language, layout, format and language × layout (the last as one grid).
import { writeFileSync } from 'node:fs';
import { type CaseResult, listCorpus, runCase, summarize } from '../src/eval/corpus.js';
import { formatTable } from '../src/eval/report.js';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonPath = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1)) ?? 'corpus';

const cases = listCorpus(dir);
if (cases.length === 0) {
  console.error(`no corpus cases under ${dir}`);
  process.exit(1);
}
const results = cases.map((c) => runCase(c));

function table(title: string, subset: CaseResult[]): string {
  const s = summarize(subset);
  return `${title} (${subset.length} documents)\n${formatTable(
    [
      { system: 'identity', scores: s.identity },
      { system: 'docstitch', scores: s.docstitch },
    ],
    { average: args.includes('--micro') ? 'micro' : 'macro' },
  )}`;
}

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
const pages = new Set(results.map((r) => r.case.doc)).size;
console.log(table(`All (${pages} source documents × formats)`, results));
if (args.includes('--by')) {
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
  console.log(
    `By language and layout\n${formatTable(rows, { average: args.includes('--micro') ? 'micro' : 'macro' })}`,
  );
}
if (jsonPath) {
  const out = {
    all: summarize(results),
    groups: Object.fromEntries([...groups].map(([k, v]) => [k, summarize(v)])),
    documents: results.map((r) => ({ id: r.case.id, identity: r.identity, docstitch: r.docstitch })),
  };
  writeFileSync(jsonPath, `${JSON.stringify(out, null, 2)}\n`);
}
