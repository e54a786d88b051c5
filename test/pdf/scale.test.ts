// The line height the PDF fills in for a parser that gave none is the font size on the parser's box scale
// (src/pdf/align.ts boxScale): the headings stage measures the body text from the parser's boxes, and a
// raw PDF line box (ascent to descent, ~0.8 em) filled in on the headings made them look a fifth smaller
// than the body, so RevTeX's small bold section heads (9 pt against 10 pt body) were demoted as "smaller
// than the body" with --pdf and kept without it (the LaTeX corpus, paper-aps). Hand-made document and PDF
// data in the shape of that case: boxes 1.22 em tall, as the corpus's parser boxes are.
import { describe, expect, it } from 'vitest';
import type { BBox, Element } from '../../src/model/element.js';
import { applyPdfEvidence, boxScale } from '../../src/pdf/align.js';
import type { PdfData, PdfLine } from '../../src/pdf/read.js';
import { stitchSync } from '../../src/pipeline.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const H = 792; // page height, points
const BOX = 1.22; // parser box height over the font size
const em = (pt: number) => pt / H;

/** A block at `y` (page heights) of `lines` lines at `pt` points, with its PDF lines (ascent 0.8 em). */
function block(y: number, pt: number, text: string[], type: Spec['type'], bold = false) {
  const box: BBox = [0.1, y, 0.9, y + text.length * BOX * em(pt)];
  const lines: PdfLine[] = text.map((t, i) => {
    const top = y + i * BOX * em(pt);
    return {
      text: t,
      bbox: [0.1, top, i === text.length - 1 ? 0.5 : 0.9, top + 0.8 * em(pt)],
      fontSize: pt,
      bold,
      italic: false,
    };
  });
  return { spec: { page: 1, type, text: text.join(' '), bbox: box } as Spec, lines };
}

function revtexLike() {
  const body = (t: string) => [
    `${t} runs on over the whole width of the column and further`,
    `and ends here on a short line.`,
  ];
  const blocks = [
    block(0.1, 12, ['A document title'], 'title', true),
    block(0.13, 9, ['INTRODUCTION'], 'title', true),
    block(0.15, 10, body('The first paragraph'), 'text'),
    block(0.19, 10, ['A single line of body text, long enough to be measured.'], 'text'),
    block(0.21, 10, ['Another single line of body text, also long enough here.'], 'text'),
    block(0.23, 10, ['A third single line of body text that fills the column.'], 'text'),
    block(0.26, 9, ['METHODS'], 'title', true),
    block(0.28, 10, body('The second paragraph'), 'text'),
    block(0.32, 9, ['RESULTS'], 'title', true),
    block(0.34, 10, body('The third paragraph'), 'text'),
    block(0.38, 10, ['One more single line of body text that stands on its own.'], 'text'),
  ];
  const doc = makeDoc(blocks.map((b) => b.spec));
  doc.pages = [{ page: 1, width: 612, height: H, unit: 'pt' }];
  const pdf: PdfData = {
    path: 'revtex-like.pdf',
    pageCount: 1,
    pages: [{ page: 1, width: 612, height: H, lines: blocks.flatMap((b) => b.lines), images: [], hasText: true }],
    outline: [],
    warnings: [],
  };
  return { doc, pdf };
}

const byText = (els: readonly Element[], t: string) => els.find((e) => e.text === t) as Element;

describe('the PDF line height on the parser box scale', () => {
  it('is the font size times the box scale the one-line text blocks show', () => {
    const { doc, pdf } = revtexLike();
    const out = applyPdfEvidence(doc, pdf).doc;
    const heading = byText(out.elements, 'METHODS');
    const box = (heading.bbox as BBox)[3] - (heading.bbox as BBox)[1];
    expect(heading.hints?.pdf?.lineHeight).toBeLessThan(0.85 * box); // the raw PDF line box
    expect(heading.hints?.lineHeight).toBeCloseTo(box, 4);
  });

  it('keeps small bold section heads that the boxes keep (no "smaller than the body" with --pdf)', () => {
    const { doc, pdf } = revtexLike();
    const headingsOf = (d: typeof doc) => {
      const r = stitchSync(d, { summaries: false });
      return r.structure.headings.map((h) => r.document.elements.find((e) => e.ref === h.ref)?.text);
    };
    const plain = headingsOf(doc);
    expect(plain).toEqual(['A document title', 'INTRODUCTION', 'METHODS', 'RESULTS']);
    expect(headingsOf(applyPdfEvidence(doc, pdf).doc)).toEqual(plain);
  });

  it('is told only by enough one-line text blocks, and not needed without boxes', () => {
    const { doc, pdf } = revtexLike();
    const aligned = applyPdfEvidence(doc, pdf).doc.elements;
    const sizes = new Map(aligned.map((e) => [e, em(e.hints?.pdf?.fontSize ?? 10)]));
    expect(boxScale(aligned, sizes)).toBeCloseTo(BOX, 3);
    const few = aligned.filter((e) => e.type !== 'text' || (e.hints?.pdf?.lineCount ?? 0) > 1);
    expect(boxScale([...few, ...aligned.filter((e) => e.hints?.pdf?.lineCount === 1).slice(0, 2)], sizes)).toBeNull();
    expect(
      boxScale(
        aligned.map((e) => ({ ...e, bbox: null })),
        sizes,
      ),
    ).toBeUndefined();
  });
});
