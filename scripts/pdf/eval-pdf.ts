// `npx tsx scripts/pdf/eval-pdf.ts [CORPUS_DIR] --pdfs DIR [--json FILE]` — the source PDF as evidence and as
// an input, on an evaluation corpus whose PDFs are at hand (DIR/<doc>/source.pdf, as written by
// `npm run corpus -- --out DIR --outline --keep-pdf`, which also gives them bookmarks):
//   1. every case (document × parser format) stitched without and with `--pdf`, per format;
//   2. the PDF alone as the input (the PDF adapter), scored against the gold of each format: the
//      gold's refs are the parser's, so each PDF block is matched to the parser element of its page whose
//      text is most similar (Dice of character bigrams ≥ 0.5), and the structure's refs are rewritten
//      through that match (an unmatched block keeps its own ref and counts against it).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCorpus } from '../../src/eval/corpus.js';
import { aggregate, type DocumentScores, evaluate } from '../../src/eval/metrics.js';
import { formatTable, readStructureFile } from '../../src/eval/report.js';
import { loadInput } from '../../src/io/load.js';
import type { Element } from '../../src/model/element.js';
import type { Structure } from '../../src/model/structure.js';
import { normalizeText, similarity } from '../../src/pdf/align.js';
import { stitch } from '../../src/stitch.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const pdfDir = flag('--pdfs');
const jsonPath = flag('--json');
const dir = args.find((a, i) => !a.startsWith('--') && !['--pdfs', '--json'].includes(args[i - 1])) ?? 'corpus';
if (!pdfDir) {
  console.error('usage: eval-pdf.ts [CORPUS_DIR] --pdfs DIR');
  process.exit(2);
}

type Row = { id: string; scores: DocumentScores };
const without = new Map<string, Row[]>();
const withPdf = new Map<string, Row[]>();
const adapterRows = new Map<string, Row[]>();
const ownResults = new Map<string, Awaited<ReturnType<typeof stitch>>>();
const push = (m: Map<string, Row[]>, key: string, row: Row) => m.set(key, [...(m.get(key) ?? []), row]);
let msWithout = 0;
let msWith = 0;
let msAdapter = 0;
const perDoc: Record<string, unknown>[] = [];

/** A PDF-adapter structure in the parser's refs (see the header). */
function remap(structure: Structure, pdfEls: readonly Element[], parserEls: readonly Element[]): Structure {
  const byPage = new Map<number, Element[]>();
  for (const e of parserEls) byPage.set(e.page, [...(byPage.get(e.page) ?? []), e]);
  const map = new Map<string, string>();
  for (const el of pdfEls) {
    if (!normalizeText(el.text)) continue;
    let best: Element | undefined;
    let bestScore = 0.5;
    for (const p of byPage.get(el.page) ?? []) {
      const s = similarity(el.text, p.text);
      if (s > bestScore) {
        best = p;
        bestScore = s;
      }
    }
    if (best) map.set(el.ref, best.ref);
  }
  const m = (ref: string) => map.get(ref) ?? ref;
  const dedupe = (refs: string[]) => refs.map(m).filter((r, i, a) => i === 0 || r !== a[i - 1]);
  const seen = new Set<string>();
  return {
    version: 1,
    headings: structure.headings
      .map((h) => ({ ref: m(h.ref), level: h.level }))
      .filter((h) => !seen.has(h.ref) && seen.add(h.ref)),
    paragraphMerges: structure.paragraphMerges.map(dedupe).filter((g) => g.length >= 2),
    tableMerges: structure.tableMerges.map(dedupe).filter((g) => g.length >= 2),
    captions: structure.captions.map((c) => ({ caption: m(c.caption), target: m(c.target) })),
    furniture: [...new Set(structure.furniture.map(m))],
  };
}

const cases = listCorpus(dir);
for (const c of cases) {
  const pdf = join(pdfDir, c.doc, 'source.pdf');
  if (!existsSync(pdf)) continue;
  const gold = readStructureFile(c.gold);
  let t = performance.now();
  const plain = await stitch(loadInput(c.input));
  msWithout += performance.now() - t;
  t = performance.now();
  const evidenced = await stitch(loadInput(c.input), { pdf });
  msWith += performance.now() - t;
  const a = evaluate(gold, plain.structure);
  const b = evaluate(gold, evidenced.structure);
  push(without, c.format, { id: c.id, scores: a });
  push(withPdf, c.format, { id: c.id, scores: b });
  push(without, 'all', { id: c.id, scores: a });
  push(withPdf, 'all', { id: c.id, scores: b });
  const outlineWarning = evidenced.warnings.find((w) => w.ruleId === 'pdf.outline-unmatched')?.reason;
  perDoc.push({
    id: c.id,
    tedsWithout: a.teds,
    tedsWith: b.teds,
    outlineHeadings: evidenced.document.elements.filter((e) => e.hints?.outlineLevel !== undefined).length,
    outlineUnmatched: outlineWarning,
  });
  if (!args.includes('--no-adapter')) {
    let own = ownResults.get(c.doc);
    if (!own) {
      t = performance.now();
      own = await stitch(pdf);
      msAdapter += performance.now() - t;
      ownResults.set(c.doc, own);
    }
    const scores = evaluate(gold, remap(own.structure, own.document.elements, plain.document.elements));
    push(adapterRows, c.format, { id: c.id, scores });
  }
}

const table = (title: string, rows: { system: string; rows: Row[] }[]) =>
  `${title}\n${formatTable(rows.map((r) => ({ system: r.system, scores: aggregate(r.rows) })))}`;
for (const format of [...without.keys()].sort()) {
  console.log(
    table(`format ${format} (${without.get(format)?.length} documents)`, [
      { system: 'docstitch', rows: without.get(format) ?? [] },
      { system: 'docstitch --pdf', rows: withPdf.get(format) ?? [] },
    ]),
  );
}
for (const [format, rows] of [...adapterRows].sort()) {
  console.log(
    table(`the PDF alone as input, against the ${format} gold (${rows.length} documents)`, [
      { system: `${format} input`, rows: without.get(format) ?? [] },
      { system: 'pdf input', rows },
    ]),
  );
}
console.log(
  `time: ${without.get('all')?.length ?? 0} cases without --pdf ${(msWithout / 1000).toFixed(1)} s, with ${(msWith / 1000).toFixed(1)} s; ` +
    `${ownResults.size} PDFs as input ${(msAdapter / 1000).toFixed(1)} s`,
);
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify({ perDoc }, null, 2)}\n`);
