// npm run eval:latex [-- CORPUS_DIR] [--micro] : identity vs docstitch on a LaTeX-producer corpus, one row
// pair per family, per document class and per split (meta.json → family, class, split), then per family ×
// format. `npm run eval -- DIR --by` gives the language/layout/format tables for the same folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CaseResult, listCorpus, runCase, summarize } from '../../../src/eval/corpus.js';
import { formatTable } from '../../../src/eval/report.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'corpus-latex';
const average = args.includes('--micro') ? 'micro' : 'macro';
const cases = listCorpus(dir);
if (cases.length === 0) {
  console.error(`no corpus cases under ${dir}`);
  process.exit(1);
}
const meta = new Map<string, { family?: string; class?: string; split?: string }>();
for (const c of cases)
  if (!meta.has(c.doc)) meta.set(c.doc, JSON.parse(readFileSync(join(dir, c.doc, 'meta.json'), 'utf8')));
const results = cases.map((c) => runCase(c));

function rows(title: string, key: (r: CaseResult) => string): string {
  const groups = new Map<string, CaseResult[]>();
  for (const r of results) {
    const k = key(r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const table = [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([k, subset]) => {
      const s = summarize(subset);
      const docs = new Set(subset.map((r) => r.case.doc)).size;
      return [
        { system: `${k} (${docs}) identity`, scores: s.identity },
        { system: `${k} (${docs}) docstitch`, scores: s.docstitch },
      ];
    });
  return `${title}\n${formatTable(table, { average })}`;
}

const m = (r: CaseResult) => meta.get(r.case.doc) ?? {};
const docs = new Set(results.map((r) => r.case.doc)).size;
const all = summarize(results);
console.log(
  `All (${docs} documents × formats = ${results.length})\n${formatTable(
    [
      { system: 'identity', scores: all.identity },
      { system: 'docstitch', scores: all.docstitch },
    ],
    { average },
  )}`,
);
console.log(
  rows('By family (documents)', (r) => m(r).family ?? '?'),
  '\n',
  rows('By class (documents)', (r) => m(r).class ?? '?'),
  '\n',
  rows('By split (documents)', (r) => m(r).split ?? '?'),
  '\n',
  rows('By format', (r) => r.case.format),
);
