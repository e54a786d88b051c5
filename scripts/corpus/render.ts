// Rendering: blocks → one clean HTML page with a seeded layout → tagged PDF (headless Chromium).
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Block, SourceDoc } from './blocks.js';
import { familyCss } from './families.js';
import type { Layout } from './layout.js';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading': {
      const l = Math.min(6, b.level);
      return `<h${l}>${esc(b.text)}</h${l}>`;
    }
    case 'para':
      if (b.role === 'lead') return `<p class="lead"><b>${esc(b.text)}</b></p>`;
      if (b.role === 'code') return `<p class="code">${esc(b.text)}</p>`;
      if (b.role === 'footnote') return `<p class="fn">${esc(b.text)}</p>`;
      return `<p>${esc(b.text)}</p>`;
    case 'item':
      return `<li style="margin-left:${(b.depth * 1.4).toFixed(1)}em">${esc(b.marker)} ${esc(b.text)}</li>`;
    case 'table': {
      const cap = b.caption ? `<caption>${esc(b.caption)}</caption>` : '';
      const head = b.headRows.length
        ? `<thead>${b.headRows.map((r) => `<tr>${r.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`).join('')}</thead>`
        : '';
      const body = `<tbody>${b.bodyRows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody>`;
      return `<table>${cap}${head}${body}</table>`;
    }
    case 'figure': {
      const cap = b.caption ? `<figcaption>${esc(b.caption)}</figcaption>` : '';
      return `<figure><img src="${esc(pathToFileURL(b.src).href)}" alt="${esc(b.caption ?? 'figure')}">${cap}</figure>`;
    }
  }
}

function pageNumberCss(form: Layout['pageNumber']): string {
  switch (form) {
    case 'plain':
      return 'counter(page)';
    case 'dash':
      return '"- " counter(page) " -"';
    case 'pageof':
      return '"Page " counter(page) " of " counter(pages)';
    case 'cjk':
      return '"第" counter(page) "页"';
    case 'roman':
      return 'counter(page, lower-roman)';
    default:
      return '""';
  }
}

function pageNumberTemplate(form: Layout['pageNumber']): string {
  const n = '<span class="pageNumber"></span>';
  switch (form) {
    case 'plain':
      return n;
    case 'dash':
      return `- ${n} -`;
    case 'pageof':
      return `Page ${n} of <span class="totalPages"></span>`;
    case 'cjk':
      return `第${n}页`;
    default:
      return '';
  }
}

export function runningTexts(doc: SourceDoc, layout: Layout): { left: string; right: string; footer: string } {
  const left = layout.runningHeader === 'book' || layout.runningHeader === 'book+title' ? doc.bookTitle : '';
  const right = layout.runningHeader === 'title' ? doc.title : layout.runningHeader === 'book+title' ? doc.title : '';
  const footer = layout.runningFooterText ? doc.bookTitle : '';
  return { left, right, footer };
}

export function buildHtml(doc: SourceDoc, layout: Layout): string {
  const { left, right, footer } = runningTexts(doc, layout);
  const num = layout.pageNumber;
  const m = layout.marginMm;
  let marginBoxes = '';
  if (layout.furnitureMode === 'margin-box') {
    const fs = 'font-size: 8pt; color: #333;';
    const boxes: string[] = [];
    const top: Record<string, string> = {};
    const bottom: Record<string, string> = {};
    if (left) top['top-left'] = cssString(left);
    if (right) top['top-right'] = cssString(right);
    if (footer) bottom['bottom-left'] = cssString(footer);
    if (num !== 'none') {
      if (layout.pageNumberAt === 'header-right') top['top-right'] = pageNumberCss(num);
      else if (layout.pageNumberAt === 'footer-right') bottom['bottom-right'] = pageNumberCss(num);
      else bottom['bottom-center'] = pageNumberCss(num);
    }
    if (top['top-right'] && right && layout.pageNumberAt === 'header-right') top['top-center'] = cssString(right);
    for (const [k, v] of Object.entries({ ...top, ...bottom })) boxes.push(`@${k} { content: ${v}; ${fs} }`);
    marginBoxes = boxes.join('\n');
  }
  const bodyParts: string[] = [];
  let inList = false;
  for (const b of doc.blocks) {
    if (b.kind === 'item' && !inList) {
      bodyParts.push('<ul class="list">');
      inList = true;
    } else if (b.kind !== 'item' && inList) {
      bodyParts.push('</ul>');
      inList = false;
    }
    bodyParts.push(blockHtml(b));
  }
  if (inList) bodyParts.push('</ul>');
  const cols = layout.columns === 2 ? 'columns: 2; column-gap: 7mm; column-fill: auto;' : '';
  const hy = layout.hyphens ? 'hyphens: auto; -webkit-hyphens: auto;' : 'hyphens: manual;';
  const size = `${layout.pageSize === 'A4' ? 'A4' : 'letter'}${layout.template === 'slides' ? ' landscape' : ''}`;
  // Book-style paragraphs (--indent): the first line set in, except where a paragraph opens a section or
  // follows a list, a table, a figure, a lead-in or code.
  const indentCss = layout.indent
    ? `\np:not([class]) { text-indent: ${doc.lang === 'en' ? '1.5em' : '2em'}; }
:is(h1, h2, h3, h4, h5, h6, ul, table, figure, p.lead, p.code) + p:not([class]) { text-indent: 0; }`
    : '';
  const templateCss = layout.template ? familyCss(layout.template) : '';
  return `<!doctype html>
<html lang="${esc(doc.htmlLang)}"><head><meta charset="utf-8"><title>${esc(doc.title)}</title>
<style>
@page { size: ${size}; margin: ${m.top}mm ${m.side}mm ${m.bottom}mm ${m.side}mm;
${marginBoxes}
}
html { font-family: "${layout.fontFamily}", "Noto Sans CJK SC", serif; font-size: ${layout.fontSize}pt; line-height: ${layout.lineHeight}; }
body { margin: 0; ${cols} ${hy} ${layout.justify ? 'text-align: justify;' : ''} }
h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; line-height: 1.2; text-align: left; hyphens: manual; }
h1 { font-size: 1.8em; margin: 0 0 0.6em; } h2 { font-size: 1.4em; margin: 1em 0 0.4em; }
h3 { font-size: 1.2em; margin: 0.9em 0 0.3em; } h4, h5, h6 { font-size: 1.05em; margin: 0.8em 0 0.3em; }
p, li { overflow-wrap: break-word; }
p { margin: 0 0 0.55em; orphans: 2; widows: 2; }${indentCss}
p.lead { margin-top: 0.8em; break-after: avoid; }
p.code { font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; font-size: 0.85em; white-space: pre-wrap; overflow-wrap: anywhere; text-align: left; hyphens: manual; padding-left: 0.8em; border-left: 2px solid #bbb; }
p.fn { font-size: 0.8em; }
ul.list { list-style: none; padding: 0; margin: 0 0 0.6em 1.2em; }
li { margin-bottom: 0.2em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 0.85em; margin: 0.6em 0 0.9em; text-align: left; hyphens: manual; }
caption { caption-side: top; font-weight: bold; padding-bottom: 0.3em; text-align: left; break-after: avoid; }
th, td { border: 0.6pt solid #777; padding: 2pt 4pt; vertical-align: top; overflow-wrap: anywhere; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
figure { margin: 0.8em 0; break-inside: avoid; text-align: center; }
figure img { max-width: 100%; max-height: 8cm; }
figcaption { font-size: 0.9em; font-style: italic; margin-top: 0.3em; }${templateCss}
</style></head><body>
${bodyParts.join('\n')}
</body></html>`;
}

export function templates(doc: SourceDoc, layout: Layout): { headerTemplate: string; footerTemplate: string } {
  const { left, right, footer } = runningTexts(doc, layout);
  const side = `${layout.marginMm.side}mm`;
  const font = `font-family: '${layout.fontFamily}', 'Noto Sans CJK SC'; font-size: 8pt; color: #333;`;
  const num = layout.pageNumber === 'none' ? '' : pageNumberTemplate(layout.pageNumber);
  const row = (l: string, c: string, r: string) =>
    `<div style="${font} width: 100%; margin: 0 ${side}; display: flex; justify-content: space-between;"><span>${l}</span><span>${c}</span><span>${r}</span></div>`;
  const header =
    layout.pageNumberAt === 'header-right' ? row(esc(left), esc(right), num) : row(esc(left), '', esc(right));
  const foot =
    layout.pageNumberAt === 'header-right'
      ? row(esc(footer), '', '')
      : layout.pageNumberAt === 'footer-right'
        ? row(esc(footer), '', num)
        : row(esc(footer), num, '');
  return { headerTemplate: header, footerTemplate: foot };
}

export async function renderPdf(
  browser: Browser,
  doc: SourceDoc,
  layout: Layout,
  htmlPath: string,
  pdfPath: string,
  opts: { outline?: boolean } = {},
) {
  writeFileSync(htmlPath, buildHtml(doc, layout));
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    const t = templates(doc, layout);
    await page.pdf({
      path: pdfPath,
      tagged: true,
      // the document outline (bookmarks) from the headings: only with --outline (docs/pdf.md measurements)
      ...(opts.outline ? { outline: true } : {}),
      preferCSSPageSize: true,
      printBackground: false,
      displayHeaderFooter: layout.furnitureMode === 'template',
      headerTemplate: layout.furnitureMode === 'template' ? t.headerTemplate : '<span></span>',
      footerTemplate: layout.furnitureMode === 'template' ? t.footerTemplate : '<span></span>',
    });
  } finally {
    await page.close();
  }
}
