// `npx tsx scripts/pdf/make-example.ts` — examples/docstitch-errors.pdf: this repository's own
// docs/errors.md (MIT, like the rest of the repository), rendered to HTML with micromark and printed by
// Debian's Chromium (/usr/bin/chromium) as a tagged PDF with an outline (bookmarks) from its headings,
// page numbers in the footer. The README's first PDF example runs on it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { launchChromium } from '../../test/helpers/chromium.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = path.join(ROOT, 'docs/errors.md');
const out = path.join(ROOT, 'examples/docstitch-errors.pdf');

const body = micromark(readFileSync(source, 'utf8'), { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>docstitch: errors, exit codes and input bounds</title>
<style>
  @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
  body { font-family: "DejaVu Serif", serif; font-size: 10pt; line-height: 1.4; }
  h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 1.2em; } h3 { font-size: 11.5pt; }
  code, pre { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
  pre { white-space: pre-wrap; }
  table { border-collapse: collapse; font-size: 8.5pt; } td, th { border: 0.5pt solid #888; padding: 2pt 4pt; }
</style></head><body>${body}</body></html>`;

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.pdf({
    path: out,
    tagged: true,
    outline: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="font-size:8pt;width:100%;text-align:center;font-family:DejaVu Serif"><span class="pageNumber"></span></div>',
  });
} finally {
  await browser.close();
}
console.log(`wrote ${path.relative(ROOT, out)}`);
