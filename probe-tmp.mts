const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
const data = new Uint8Array(readFileSync(f));
let t = performance.now();
const doc = await lib.getDocument({ data, verbosity: 0, disableFontFace: true, isEvalSupported: false, useSystemFonts: false }).promise;
const open = performance.now() - t;
t = performance.now();
for (let p = 1; p <= doc.numPages; p++) { const page = await doc.getPage(p); await page.getTextContent(); }
const text = performance.now() - t; t = performance.now();
for (let p = 1; p <= doc.numPages; p++) { const page = await doc.getPage(p); await page.getOperatorList(); }
console.log(f, doc.numPages, 'open', Math.round(open), 'text', Math.round(text), 'ops', Math.round(performance.now() - t));
}
