// The source PDF as evidence (--pdf): reading the text layer and outline of a PDF written byte by byte
// (scripts/pdf/make-fixtures.ts, so every position and font is known), aligning a MinerU content_list made
// from it (with OCR-like noise) to it, and the heading levels the outline settles where numbering and size
// cannot (the sections and subsections are all bold 12-point and unnumbered).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import type { Element } from '../../src/model/element.js';
import type { PdfData } from '../../src/pdf/read.js';
import { readPdf } from '../../src/pdf/read.js';
import { stitchSync } from '../../src/pipeline.js';
import { stitch } from '../../src/stitch.js';

const dir = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
const manualPdf = `${dir}manual.pdf`;
const contentList = `${dir}manual_content_list.json`;

let pdf: PdfData;
beforeAll(async () => {
  pdf = await readPdf(manualPdf, { images: true });
});

function byText(elements: readonly Element[], start: string): Element {
  const el = elements.find((e) => e.text.startsWith(start));
  if (!el) throw new Error(`no element starting "${start}"`);
  return el;
}

describe('reading the PDF', () => {
  it('lines with their font size, font name and weight, in page coordinates', () => {
    expect(pdf.pageCount).toBe(2);
    expect(pdf.pages[0].hasText).toBe(true);
    const title = pdf.pages[0].lines.find((l) => l.text === 'A Small Manual');
    expect(title).toMatchObject({ fontSize: 20, fontName: 'Helvetica-Bold', bold: true });
    // written at x = 72 pt of 612, baseline 90 pt from the top of 792
    expect(title?.bbox[0]).toBeCloseTo(72 / 612, 3);
    expect(title?.bbox[3]).toBeGreaterThan(90 / 792);
    expect(title?.bbox[1]).toBeLessThan(90 / 792);
    const body = pdf.pages[0].lines.find((l) => l.text.startsWith('This manual is written'));
    expect(body).toMatchObject({ fontSize: 10, fontName: 'Helvetica', bold: false });
  });

  it('the outline with depths and pages, and the images with their boxes', () => {
    expect(pdf.outline.map((e) => [e.title, e.level, e.page])).toEqual([
      ['Getting started', 1, 1],
      ['Installing', 2, 1],
      ['Configuring', 2, 1],
      ['Reference', 1, 2],
      ['Exit codes', 2, 2],
    ]);
    expect(pdf.pages[0].images).toHaveLength(1);
    const [x0, y0, x1, y1] = pdf.pages[0].images[0];
    expect([x0 * 612, y0 * 792, x1 * 612, y1 * 792].map(Math.round)).toEqual([72, 340, 272, 450]);
  });
});

describe('--pdf on a parser output', () => {
  it('without the PDF, the same-looking unnumbered headings are all one level', async () => {
    const result = await stitch(contentList);
    const levels = result.stages.headings.levels;
    const level = (t: string) => levels.get(byText(result.document.elements, t).id);
    expect([level('Getting started'), level('Installing'), level('Configuring'), level('Reference')]).toEqual([
      2, 2, 2, 2,
    ]);
  });

  it('with it, the outline gives the levels, and every such decision names headings.outline', async () => {
    const result = await stitch(contentList, { pdf: manualPdf });
    const els = result.document.elements;
    const level = (t: string) => result.stages.headings.levels.get(byText(els, t).id);
    expect([level('A Small Manual'), level('Getting started'), level('Installing'), level('Configuring')]).toEqual([
      1, 2, 3, 3,
    ]);
    expect(level('Reference')).toBe(2);
    expect(byText(els, 'Installing').hints?.outlineLevel).toBe(2);
    const outlineDecisions = result.decisions.filter((d) => d.ruleId === 'headings.outline');
    expect(outlineDecisions.map((d) => d.place.refs[0]).sort()).toEqual(
      ['Getting started', 'Installing', 'Configuring', 'Reference'].map((t) => byText(els, t).ref).sort(),
    );
    expect(outlineDecisions.every((d) => /outline/.test(d.reason))).toBe(true);
    expect(result.markdown()).toContain('### Configuring');
  });

  it('an outline entry with no heading element is reported, not invented', async () => {
    const result = await stitch(contentList, { pdf: manualPdf });
    const warning = result.warnings.find((w) => w.ruleId === 'pdf.outline-unmatched');
    expect(warning?.reason).toMatch(/1 of 5 outline entries/);
    expect(warning?.reason).toMatch(/"Exit codes" \(level 2, page 2\) is text \/\d+/);
    const exit = byText(result.document.elements, 'Exit codes');
    expect(exit.type).toBe('text');
    expect(result.stages.headings.levels.has(exit.id)).toBe(false);
  });

  it('each element gets the PDF hints of its lines, despite OCR noise in its text', async () => {
    const result = await stitch(contentList, { pdf: manualPdf });
    const els = result.document.elements;
    const heading = byText(els, 'Getting started').hints?.pdf;
    expect(heading).toMatchObject({ textLayer: true, fontSize: 12, bold: true, fontFamily: 'Helvetica', lineCount: 1 });
    // "Installing" read as "Insta1ling" by the parser: still aligned, its first line indented 18 pt
    const indented = byText(els, 'Insta1ling').hints;
    expect(indented?.pdf?.match).toBeGreaterThan(0.9);
    expect(indented?.pdf?.match).toBeLessThan(1);
    expect(indented?.pdf).toMatchObject({ fontSize: 10, bold: false, lineCount: 2 });
    expect(indented?.firstLineIndent).toBeGreaterThan(0.02);
    // the paragraph before the page break fills its last line; the one that ends leaves it short
    const broken = byText(els, 'The configuration file').hints;
    const ended = byText(els, 'This manual is written').hints;
    expect(broken?.pdf?.lastLineFill).toBeGreaterThan(0.9);
    expect(ended?.pdf?.lastLineFill).toBeLessThan(0.5);
    // the parser gave no line hints: the PDF's fill them (all but lastLineFill: src/pdf/align.ts)
    expect(ended?.lineCount).toBe(3);
    expect(ended?.lastLineFill).toBeUndefined();
    const raw = stitchSync(contentList).document.elements;
    expect(byText(raw, 'This manual is written').hints?.lineCount).toBeUndefined();
  });

  it('the parser output is unchanged by reading it with the PDF, apart from hints and warnings', async () => {
    const plain = await stitch(contentList);
    const withPdf = await stitch(contentList, { pdf: manualPdf });
    const strip = (e: Element) => ({ ...e, hints: undefined });
    expect(withPdf.document.elements.map(strip)).toEqual(plain.document.elements.map(strip));
    expect(withPdf.accounting).toEqual(plain.accounting);
  });

  it('the bytes of the PDF do as well as its path; stitchSync refuses a PDF', async () => {
    const result = await stitch(loadInput(contentList), { pdf: new Uint8Array(readFileSync(manualPdf)) });
    expect(byText(result.document.elements, 'Installing').hints?.outlineLevel).toBe(2);
    expect(() => stitchSync(contentList, { pdf: manualPdf })).toThrow(/asynchronous stitch\(\)/);
  });

  it('a scan without a text layer: a warning, and the parser output goes on', async () => {
    const result = await stitch(contentList, { pdf: `${dir}scan.pdf` });
    expect(result.warnings.map((w) => w.ruleId)).toContain('pdf.no-text-layer');
    expect(result.warnings.find((w) => w.ruleId === 'pdf.page-count')?.reason).toMatch(/2 pages but .* has 1/);
    const el = byText(result.document.elements, 'Getting started');
    expect(el.hints?.pdf).toEqual({ textLayer: false });
    expect(result.accounting.read).toBe(result.accounting.placed + result.accounting.dropped);
  });
});

describe('the LLM path renders its page images from the same PDF', () => {
  it('--pdf (or a PDF input) reaches the popo requests as page images', async () => {
    const { execFileSync } = await import('node:child_process');
    let hasPdftoppm = true;
    try {
      execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    } catch {
      hasPdftoppm = false;
    }
    const { startServer } = await import('../llm/server.js');
    const server = await startServer(() => ({ content: '' }));
    try {
      const llm = { baseURL: server.url, model: 'Popo', mode: 'all' as const, retries: 0 };
      const images = (bodies: typeof server.bodies) =>
        bodies.flatMap((b) =>
          b.messages.flatMap((m) =>
            Array.isArray(m.content)
              ? m.content.filter((c) => c.type === 'image_url').map((c) => c.image_url?.url)
              : [],
          ),
        );
      const result = await stitch(contentList, { pdf: manualPdf, llm });
      const sent = images(server.bodies);
      if (hasPdftoppm) {
        expect(sent.length).toBeGreaterThan(0);
        expect(sent.every((u) => u?.startsWith('data:image/png;base64,'))).toBe(true);
      } else {
        // without pdftoppm the run is text-only and says so
        expect(result.llm?.notes.join(' ')).toMatch(/pdftoppm/);
      }
      server.bodies.length = 0;
      await stitch(manualPdf, { llm });
      if (hasPdftoppm) expect(images(server.bodies).length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
