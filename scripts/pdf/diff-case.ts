// `npx tsx scripts/pdf/diff-case.ts CORPUS/<doc>/<format> [--pdf FILE] [--decisions]` — one case stitched
// without and with its source PDF (<doc>/source.pdf), the headings of each beside the gold's, and the
// decisions of the headings stage that differ: to trace a change the PDF evidence makes.

import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { evaluate } from '../../src/eval/metrics.js';
import { readStructureFile } from '../../src/eval/report.js';
import { loadInput } from '../../src/io/load.js';
import { resolveEngineOptions } from '../../src/options.js';
import { applyPdfEvidence } from '../../src/pdf/align.js';
import { readPdf } from '../../src/pdf/read.js';
import { finish, reconstruct, toDocument } from '../../src/pipeline.js';

const args = process.argv.slice(2);
const dir = args[0];
const pdfPath = args.includes('--pdf') ? args[args.indexOf('--pdf') + 1] : join(dirname(dir), 'source.pdf');
const input = join(dir, readdirSync(dir).find((f) => f.endsWith('.json') && f !== 'gold.structure.json') ?? '');
const gold = readStructureFile(join(dir, 'gold.structure.json'));
const engine = resolveEngineOptions(undefined);
const plainDoc = toDocument(loadInput(input), {});
const plain = finish(plainDoc, reconstruct(plainDoc, engine), { summaries: false });
const data = await readPdf(pdfPath);
const doc = applyPdfEvidence(toDocument(loadInput(input), {}), data).doc;
const withPdf = finish(doc, reconstruct(doc, engine), { summaries: false });
const text = new Map(doc.elements.map((e) => [e.ref, e]));
const lv = (s: typeof gold) => new Map(s.headings.map((h) => [h.ref, h.level]));
const [g, a, b] = [lv(gold), lv(plain.structure), lv(withPdf.structure)];
const refs = [...new Set([...g.keys(), ...a.keys(), ...b.keys()])].sort(
  (x, y) => (text.get(x)?.id ?? 0) - (text.get(y)?.id ?? 0),
);
console.log('gold  plain  pdf   element');
for (const r of refs) {
  const e = text.get(r);
  const mark = a.get(r) !== b.get(r) ? '*' : ' ';
  const h = e?.hints;
  const hint = h
    ? `lh=${h.lineHeight ?? '-'} lc=${h.lineCount ?? '-'} fs=${h.fontSize ?? '-'} pdf.fs=${h.pdf?.fontSize ?? '-'} pdf.lh=${h.pdf?.lineHeight ?? '-'} m=${h.pdf?.match ?? '-'} b=${h.pdf?.bold ?? '-'}`
    : '';
  console.log(
    `${mark}${String(g.get(r) ?? '-').padEnd(5)} ${String(a.get(r) ?? '-').padEnd(6)} ${String(b.get(r) ?? '-').padEnd(5)} ${r} ${e?.type} p${e?.page} ${JSON.stringify(e?.text.slice(0, 50))} ${hint}`,
  );
}
const sa = evaluate(gold, plain.structure);
const sb = evaluate(gold, withPdf.structure);
console.log(`TEDS ${sa.teds.teds.toFixed(3)} → ${sb.teds.teds.toFixed(3)}`);
if (args.includes('--decisions')) {
  const key = (d: { ruleId: string; reason: string }) => `${d.ruleId} ${d.reason}`;
  const da = new Set(plain.decisions.map(key));
  const db = new Set(withPdf.decisions.map(key));
  for (const d of withPdf.decisions) if (!da.has(key(d))) console.log(`+ ${key(d)}`);
  for (const d of plain.decisions) if (!db.has(key(d))) console.log(`- ${key(d)}`);
}
