// The source PDF's fonts as evidence against a title the parser gave (`--pdf`; hints.pdf from
// src/pdf/align.ts): an unnumbered title, not in the PDF's outline, set in the body text's font size (the
// PDF's real size, not one estimated from a box) and neither bold nor italic, is body text the parser
// promoted — a false title (`headings.demoted-pdf-body-size`). Only titles whose text matched their PDF
// lines well (≥ 0.8) are judged; a document without PDF evidence is left as it is.

import type { FurnitureResult, StageInput } from '../types.js';
import { demote } from './candidates.js';
import { pdfBodySize, unrankedAtPdfBodySize } from './pdf-size.js';
import type { Candidate, HeadingContext } from './types.js';

export function demoteByPdfStyle(
  candidates: Candidate[],
  { doc }: StageInput,
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  const body = pdfBodySize(doc.elements, furniture);
  if (body === undefined) return candidates;
  return candidates.filter((c) => {
    const pdf = unrankedAtPdfBodySize(c, body);
    if (!pdf || pdf.bold || pdf.italic) return true;
    const message = `not a heading: set in the body text's ${body} pt, neither bold nor italic, in the PDF`;
    return !demote(ctx, c.el, 'headings.pdf-body-size', 'headings.demoted-pdf-body-size', message);
  });
}
