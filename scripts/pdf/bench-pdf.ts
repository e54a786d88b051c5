// `npx tsx scripts/pdf/bench-pdf.ts [PAGES | FILE.pdf]` — what `--pdf` costs on a long document: a PDF of
// PAGES pages (default 500) of dense body text with a heading and an outline entry every 5 pages (written by
// scripts/pdf/make-fixtures.ts's writer), or a real PDF, its MinerU content_list made by the PDF adapter, then
// stitch(content_list) against stitch(content_list, { pdf }) and stitch(pdf), pdfjs loaded beforehand (its
// one-time load is reported apart). Beside them the floor: pdfjs's getTextContent on every page and nothing
// else (one document handle). Wall and CPU seconds: on a shared machine the CPU time is the steadier number.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPdfDocument } from '../../src/adapters/pdf.js';
import { readPdf } from '../../src/pdf/read.js';
import { stitch } from '../../src/stitch.js';
import { buildPdf, type OutlineSpec, type PageSpec } from './make-fixtures.js';

const file = process.argv[2]?.endsWith('.pdf') ? process.argv[2] : undefined;
const pages = file ? 0 : Number(process.argv[2] ?? 500);
const words = 'the reader aligns every line of the page with the element that holds its text and its box'.split(' ');
const specPages: PageSpec[] = [];
const outline: OutlineSpec[] = [];
for (let p = 0; p < pages; p++) {
  const texts: PageSpec['texts'] = [];
  let y = 80;
  if (p % 5 === 0) {
    // distinct titles without digits (a numbered title repeated in the top band reads as a running head)
    const k = p / 5;
    const title = `On ${words[k % words.length]} ${words[Math.floor(k / words.length) % words.length]} and ${words[(k * 7 + 3) % words.length]}`;
    texts.push({ text: title, x: 72, y, size: 14, bold: true });
    outline.push({ title, page: p + 1, y: y - 14 });
    y += 24;
  }
  for (let l = 0; y < 740; l++, y += 13) {
    const line = Array.from({ length: 16 }, (_, k) => words[(p * 7 + l * 3 + k) % words.length]).join(' ');
    texts.push({ text: l % 9 === 8 ? `${line.slice(0, 40)}.` : line, x: 72, y, size: 10 });
    if (l % 9 === 8) y += 6;
  }
  texts.push({ text: String(p + 1), x: 303, y: 760, size: 9 });
  specPages.push({ texts });
}
const dir = mkdtempSync(join(tmpdir(), 'docstitch-bench-pdf-'));
const pdfPath = file ?? join(dir, 'long.pdf');
if (!file) writeFileSync(pdfPath, buildPdf({ pages: specPages, outline }));

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const cpu: Record<string, number> = {};
const time = async <T>(f: () => Promise<T>, name?: string): Promise<[T, number]> => {
  const t = performance.now();
  const c = cpuNow();
  const r = await f();
  if (name) cpu[name] = cpuNow() - c;
  return [r, (performance.now() - t) / 1000];
};
const [, load] = await time(() => readPdf(buildPdf({ pages: [{ texts: [{ text: 'x', x: 72, y: 72, size: 10 }] }] })));
const [, floor] = await time(async () => {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await lib.getDocument({
    data: new Uint8Array(readFileSync(pdfPath)),
    verbosity: 0,
    disableFontFace: true,
  }).promise;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    await page.getTextContent();
    page.cleanup();
  }
  await doc.destroy();
}, 'floor');
const [data, read] = await time(() => readPdf(pdfPath, { images: true }), 'read');
const doc = readPdfDocument(data, pdfPath);
const entries = doc.elements.map((e) => ({
  type: 'text',
  text: e.text,
  ...(e.type === 'title' ? { text_level: 1 } : {}),
  bbox: e.bbox?.map((v) => Math.round(v * 1000)),
  page_idx: e.page - 1,
}));
const cl = join(dir, 'long_content_list.json');
writeFileSync(cl, JSON.stringify(entries));
const [plain, tPlain] = await time(() => stitch(cl, { summaries: false }), 'plain');
const [withPdf, tWith] = await time(() => stitch(cl, { pdf: pdfPath, summaries: false }), 'with');
const [own, tOwn] = await time(() => stitch(pdfPath, { summaries: false }), 'own');
const c = (k: string) => `${cpu[k].toFixed(2)} s CPU`;
console.log(
  `${data.pageCount} pages, ${entries.length} elements; pdfjs first load ${load.toFixed(2)} s; ` +
    `floor (getTextContent only) ${floor.toFixed(2)} s (${c('floor')}); reading the PDF with images ${read.toFixed(2)} s (${c('read')})\n` +
    `stitch(content_list) ${tPlain.toFixed(2)} s (${c('plain')}); with { pdf } ${tWith.toFixed(2)} s (${c('with')}; ` +
    `+${(tWith - tPlain).toFixed(2)} s, +${(cpu.with - cpu.plain).toFixed(2)} s CPU); stitch(pdf) ${tOwn.toFixed(2)} s (${c('own')})\n` +
    `outline headings: ${withPdf.document.elements.filter((e) => e.hints?.outlineLevel !== undefined).length} of ${data.outline.length}; ` +
    `headings without/with/pdf input: ${plain.structure.headings.length}/${withPdf.structure.headings.length}/${own.structure.headings.length}`,
);
