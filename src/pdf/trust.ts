// When the source PDF's evidence for an element may be weighed: its text matched the PDF lines it was given
// (`hints.pdf.match`, Dice of character bigrams) at 0.8 or more — the threshold every PDF-font rule of the stages
// uses. Below it the lines may be another element's (an OCR box that strayed, a dots.ocr text that differs), and
// their bold opening, monospaced font or size would be that element's: the PDF defers to the parser.
import type { Element, PdfHints } from '../model/element.js';

export const PDF_MATCH = 0.8;

/** The element's PDF hints when its text matched its PDF lines well, else undefined. */
export function trustedPdf(el: Element): PdfHints | undefined {
  const pdf = el.hints?.pdf;
  return pdf && (pdf.match ?? 0) >= PDF_MATCH ? pdf : undefined;
}
