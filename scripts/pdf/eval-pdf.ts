// `npx tsx scripts/pdf/eval-pdf.ts [CORPUS_DIR …] [--pdfs DIR] [--by family] [--split S] [--limit N]
//  [--no-adapter] [--json FILE]` — the source PDF as evidence and as an input, on evaluation corpora whose
// PDFs are at hand: <doc>/source.pdf in the corpus folder itself (`npm run corpus -- --keep-pdf`, and
// `--outline` for bookmarks; the data engine's full corpora under /work/corpora/ are built so), or under
// `--pdfs DIR` (DIR/<doc>/source.pdf) for a corpus whose PDFs were rebuilt elsewhere.
//   1. every case (document × parser format) stitched without and with `--pdf`, per format — or per
//      family × producer with `--by family` — side by side;
//   2. the cases whose PDF has an outline (bookmarks), apart: the issue asks heading TEDS ≥ 0.99 there;
//   3. the PDF alone as the input (the PDF adapter), scored against the gold of each format: the gold's
//      refs are the parser's, so each PDF block is matched to the parser element of its page whose text is
//      most similar (Dice of character bigrams ≥ 0.5; among texts within 0.02 of the best, the one whose box is
//      nearest: a running head repeating a title), and the structure's refs are rewritten through that
//      match (an unmatched block keeps its own ref and counts against it); an image or table has no text
//      to match, so it goes to the parser's image or table of its page whose box overlaps it most.
// `--adapter-only` skips the `--pdf` evidence runs (step 1's second column) to measure the adapter alone.
// Each PDF is read once (with its image boxes, for the adapter) and its data reused by every format.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWithAdapter } from '../../src/adapters/index.js';
import { type CorpusCase, listCorpus } from '../../src/eval/corpus.js';
import { aggregate, type DocumentScores, evaluate } from '../../src/eval/metrics.js';
import { formatTable, readStructureFile } from '../../src/eval/report.js';
import { loadInput } from '../../src/io/load.js';
import type { Element } from '../../src/model/element.js';
import type { Structure } from '../../src/model/structure.js';
import { resolveEngineOptions } from '../../src/options.js';
import { applyPdfEvidence, normalizeText, similarity } from '../../src/pdf/align.js';
import { type PdfData, readPdf } from '../../src/pdf/read.js';
import { finish, reconstruct, stitchSync, toDocument } from '../../src/pipeline.js';

const args = process.argv.slice(2);
const VALUED = ['--pdfs', '--json', '--by', '--split', '--limit'];
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const pdfDir = flag('--pdfs');
const jsonPath = flag('--json');
const byFamily = flag('--by') === 'family';
const split = flag('--split');
const limit = Number(flag('--limit') ?? Number.POSITIVE_INFINITY);
const dirs = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1]));
if (dirs.length === 0) dirs.push('corpus');

type Row = { id: string; scores: DocumentScores };
const rows = { without: new Map<string, Row[]>(), with: new Map<string, Row[]>(), adapter: new Map<string, Row[]>() };
const push = (m: Map<string, Row[]>, key: string, row: Row) => m.set(key, [...(m.get(key) ?? []), row]);
const ms = { without: 0, with: 0, read: 0, adapter: 0 };
const perDoc: Record<string, unknown>[] = [];
const engine = resolveEngineOptions(undefined);

/** A PDF-adapter structure in the parser's refs (see the header). */
function remap(structure: Structure, pdfEls: readonly Element[], parserEls: readonly Element[]): Structure {
  const byPage = new Map<number, Element[]>();
  for (const e of parserEls) byPage.set(e.page, [...(byPage.get(e.page) ?? []), e]);
  const map = new Map<string, string>();
  for (const el of pdfEls) {
    if (!normalizeText(el.text)) continue;
    const scored = (byPage.get(el.page) ?? []).map((p) => ({ p, s: similarity(el.text, p.text) }));
    const top = Math.max(0.5, ...scored.map((x) => x.s));
    // texts alike (a running head that repeats the chapter's title, a header and a footer of the same words):
    // the one whose box is nearest
    const tied = scored.filter((x) => x.s > 0.5 && x.s >= top - 0.02);
    const best = tied.sort((x, y) => distance(el.bbox, x.p.bbox) - distance(el.bbox, y.p.bbox) || y.s - x.s)[0]?.p;
    if (best) map.set(el.ref, best.ref);
  }
  for (const el of pdfEls) {
    if ((el.type !== 'image' && el.type !== 'table') || !el.bbox) continue;
    let best: Element | undefined;
    let bestScore = 0.3;
    for (const p of byPage.get(el.page) ?? []) {
      if ((p.type !== 'image' && p.type !== 'table') || !p.bbox) continue;
      const s = iou(el.bbox, p.bbox);
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

/** Distance between two boxes' centres (0 when either has none: the order found is kept). */
function distance(a: readonly number[] | null, b: readonly number[] | null): number {
  if (!a || !b) return 0;
  return Math.hypot((a[0] + a[2] - b[0] - b[2]) / 2, (a[1] + a[3] - b[1] - b[3]) / 2);
}

function iou(a: readonly number[], b: readonly number[]): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  const inter = w > 0 && h > 0 ? w * h : 0;
  const area = (x: readonly number[]) => (x[2] - x[0]) * (x[3] - x[1]);
  return inter / (area(a) + area(b) - inter || 1);
}

const timed = <T>(key: keyof typeof ms, f: () => T): T => {
  const t = performance.now();
  const r = f();
  ms[key] += performance.now() - t;
  return r;
};

/** The PDF alone as the input: the adapter's document with the PDF's own evidence, reconstructed. */
function ownResult(pdf: string, data: PdfData) {
  const input = loadInput(pdf);
  input.files[0].pdf = data;
  const doc = applyPdfEvidence(readWithAdapter(input).document, data).doc;
  return finish(doc, reconstruct(doc, engine), { summaries: false });
}

const pdfData = new Map<string, PdfData | null>();
const owns = new Map<string, ReturnType<typeof ownResult>>();

async function pdfOf(c: CorpusCase): Promise<{ path: string; data: PdfData } | undefined> {
  const path = join(pdfDir ?? c.corpus, c.doc, 'source.pdf');
  if (!pdfData.has(path)) {
    const t = performance.now();
    pdfData.set(path, existsSync(path) ? await readPdf(path, { images: true }).catch(() => null) : null);
    ms.read += performance.now() - t;
  }
  const data = pdfData.get(path);
  return data ? { path, data } : undefined;
}

async function runOne(c: CorpusCase): Promise<void> {
  const pdf = await pdfOf(c);
  if (!pdf) return;
  const gold = readStructureFile(c.gold);
  const plain = timed('without', () => stitchSync(loadInput(c.input), { summaries: false }));
  const adapterOnly = args.includes('--adapter-only');
  const evidenced = timed('with', () => {
    if (adapterOnly) return plain;
    const doc = applyPdfEvidence(toDocument(loadInput(c.input), {}), pdf.data).doc;
    return finish(doc, reconstruct(doc, engine), { summaries: false });
  });
  const a = evaluate(gold, plain.structure);
  const b = evaluate(gold, evidenced.structure);
  const key = byFamily ? `${c.family} × ${c.producer} ${c.format}` : c.format;
  const bookmarked = pdf.data.outline.length > 0;
  for (const k of [key, 'all', ...(bookmarked ? ['with bookmarks'] : [])]) {
    push(rows.without, k, { id: c.id, scores: a });
    push(rows.with, k, { id: c.id, scores: b });
  }
  const outlineHeadings = evidenced.document.elements.filter((e) => e.hints?.outlineLevel !== undefined).length;
  perDoc.push({
    id: c.id,
    split: c.split,
    family: c.family,
    tedsWithout: a.teds,
    tedsWith: b.teds,
    // per case, to find the cases a cell's average hides (metric → [without, with])
    scores: Object.fromEntries(
      (['headings', 'paragraphMerges', 'tableMerges', 'captions', 'furniture'] as const).map((k) => [
        k,
        [a[k].f1, b[k].f1],
      ]),
    ),
    levels: [a.levels.accuracy, b.levels.accuracy],
    outline: pdf.data.outline.length,
    outlineHeadings,
  });
  if (args.includes('--no-adapter')) return;
  let own = owns.get(pdf.path);
  if (!own) {
    own = timed('adapter', () => ownResult(pdf.path, pdf.data));
    owns.set(pdf.path, own);
  }
  const scores = evaluate(gold, remap(own.structure, own.document.elements, plain.document.elements));
  // the PDF alone, per case too (its TEDS, heading and paragraph-merge F1, level accuracy)
  perDoc[perDoc.length - 1].adapter = {
    teds: scores.teds.teds,
    headings: scores.headings.f1,
    paragraphMerges: scores.paragraphMerges.f1,
    levels: scores.levels.accuracy,
  };
  push(rows.adapter, byFamily ? `${c.family} × ${c.producer} ${c.format}` : c.format, { id: c.id, scores });
  push(rows.adapter, 'all', { id: c.id, scores });
}

const cases = dirs
  .flatMap((d) => listCorpus(d))
  .filter((c) => !split || c.split === split)
  .slice(0, limit);
for (const c of cases) await runOne(c);

const table = (title: string, list: { system: string; rows: Row[] }[]) =>
  `${title}\n${formatTable(list.map((r) => ({ system: r.system, scores: aggregate(r.rows) })))}`;
const keys = [...rows.without.keys()].filter((k) => k !== 'all' && k !== 'with bookmarks').sort();
for (const key of [...keys, 'all', 'with bookmarks']) {
  const w = rows.without.get(key);
  if (!w) continue;
  console.log(
    table(`${key} (${w.length} cases)`, [
      { system: 'docstitch', rows: w },
      { system: 'docstitch --pdf', rows: rows.with.get(key) ?? [] },
    ]),
  );
}
for (const [key, list] of [...rows.adapter].sort()) {
  console.log(
    table(`the PDF alone as input, against the ${key} gold (${list.length} cases)`, [
      { system: `${key} input`, rows: rows.without.get(key) ?? [] },
      { system: 'pdf input', rows: list },
    ]),
  );
}
const s = (v: number) => (v / 1000).toFixed(1);
console.log(
  `time: ${rows.without.get('all')?.length ?? 0} cases without --pdf ${s(ms.without)} s, the --pdf evidence and ` +
    `reconstruction ${s(ms.with)} s; ${pdfData.size} PDFs read ${s(ms.read)} s, as input ${s(ms.adapter)} s`,
);
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify({ perDoc }, null, 2)}\n`);
