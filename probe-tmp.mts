let t = performance.now();
const lap = (s: string) => { const n = performance.now(); console.log(s, Math.round(n - t)); t = n; };
const lib = await import('pdfjs-dist/legacy/build/pdf.mjs'); lap('import');
import { readFileSync } from 'node:fs';
const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0, disableFontFace: true, isEvalSupported: false }).promise; lap('open');
for (let p = 1; p <= Math.min(doc.numPages, 20); p++) { const page = await doc.getPage(p); await page.getTextContent(); lap('text ' + p); if (p <= 2) { await page.getOperatorList(); lap('ops ' + p); } }
