// The source PDF defers to the parser where its lines matched the element's text badly (`hints.pdf.match` under
// 0.8, src/pdf/trust.ts): those lines may be another block's. Seen on the LaTeX corpus's dots.ocr inputs (train/dev,
// jlreq): "The debian/copyright file must be organized …" was given the lines of an option list whose bold opening
// was "-k, –kludge" (match 0.765), and a table's text the bold "Row row;" of a listing (0.691). Hand-made pages
// imitating those (dots.ocr-like boxes, hints.pdf as src/pdf/align.ts writes them).
import { describe, expect, it } from 'vitest';
import type { PdfHints } from '../../src/model/element.js';
import { stitchSync } from '../../src/pipeline.js';
import { pdfBoldLabel } from '../../src/stages/captions/roles.js';
import { col, makeDoc } from '../helpers/doc.js';

const pdf = (match: number, extra: Partial<PdfHints>): PdfHints => ({
  textLayer: true,
  fontSize: 10,
  lineCount: 2,
  match,
  ...extra,
});

function merged(aPdf: PdfHints | undefined, bPdf: PdfHints): boolean {
  const doc = makeDoc([
    {
      page: 1,
      type: 'text',
      text: 'Before the packaging starts, the layout of the file in the source tree and the way its stanzas',
      bbox: col(0.8, 0.9),
      ...(aPdf ? { hints: { pdf: aPdf } } : {}),
    },
    {
      page: 2,
      type: 'text',
      text: 'are organized to list the general information first: the upstream name and the contact address.',
      bbox: col(0.1, 0.2),
      hints: { pdf: bPdf },
    },
  ]);
  const r = stitchSync(doc);
  return r.structure.paragraphMerges.some((g) => g.includes('/0') && g.includes('/1'));
}

describe('a bold opening read from lines that matched the text badly', () => {
  it('opens a block when the lines are the element’s own (match ≥ 0.8)', () => {
    expect(merged(undefined, pdf(0.95, { boldLead: 'Option list:' }))).toBe(false);
  });
  it('is not weighed when the match is low: the lower-case start continues the sentence', () => {
    expect(merged(undefined, pdf(0.6, { boldLead: 'Option list:' }))).toBe(true);
  });
});

describe('a caption’s bold label read from lines that matched the text badly', () => {
  // captions/roles.ts `pdfBoldLabel`: the label in bold ("Figure 3." as the line's bold opening) is evidence for the
  // caption's link only when the caption's own lines gave it
  const caption = (match: number) => ({
    id: 0,
    ref: '/0',
    page: 1,
    type: 'image_caption' as const,
    sourceType: 'caption',
    text: 'Figure 3. The packaging workflow of debmake and debuild.',
    bbox: col(0.5, 0.53),
    hints: { pdf: pdf(match, { boldLead: 'Figure 3.' }) },
  });

  it('counts when the lines are the caption’s own (match ≥ 0.8)', () => {
    expect(pdfBoldLabel(caption(0.95))).toBe(true);
  });

  it('does not count when the match is low', () => {
    expect(pdfBoldLabel(caption(0.6))).toBe(false);
  });
});
