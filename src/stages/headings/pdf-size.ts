// The source PDF's real font sizes (`--pdf`; hints.pdf from src/pdf/align.ts) beside the sizes the headings stage
// estimates from the parser's boxes: the body text's size, and whether a title is set larger than it.
import type { Element, PdfHints } from '../../model/element.js';
import { trustedPdf } from '../../pdf/trust.js';
import { isMonospacedFont } from '../../text/fonts.js';
import type { FurnitureResult } from '../types.js';
import type { Candidate } from './types.js';

/**
 * The font size most body characters are set in (text elements well aligned to the PDF, not in a monospaced
 * font), if any. A listing is no body text: in debmake-doc zh-cn the code's Latin characters (8.97 pt)
 * outnumber the Chinese prose's (9.96 pt), and every bold line at the prose's size ("下载 debhello-0.0.tar.gz",
 * "Makefile") counted as set larger than the body.
 */
export function pdfBodySize(elements: readonly Element[], furniture: FurnitureResult): number | undefined {
  const weight = new Map<number, number>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (el.type !== 'text' || el.hints?.pdf === undefined) continue; // most documents come without a PDF
    const pdf = trustedPdf(el);
    if (furniture.kinds.has(el.id) || !pdf?.fontSize || isMonospacedFont(pdf.fontName)) continue;
    weight.set(pdf.fontSize, (weight.get(pdf.fontSize) ?? 0) + el.text.length);
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A title set larger than the body text in the PDF (its real font size ≥ 5 % over the body's, its text well
 * aligned) and in bold: not "no larger than the body text", whatever its box says.
 */
export function pdfLargerThanBody(el: Element, body: number | undefined): boolean {
  const pdf = trustedPdf(el);
  return body !== undefined && !!pdf?.fontSize && !!pdf.bold && pdf.fontSize >= body * 1.05;
}

/**
 * The PDF hints of a title nothing ranks (no numbering, no keyword, no outline entry) that the PDF sets at the body
 * text's size, its text well aligned; else undefined. The one filter of the PDF's demotions at body size
 * (pdf-style.ts: neither bold nor italic; pdf-term.ts: a description term). A size within 2 % of the body's is the
 * body's (rounding of the PDF's text matrix).
 */
export function unrankedAtPdfBodySize(c: Candidate, body: number): PdfHints | undefined {
  if (c.numbering || c.keyword || c.el.hints?.outlineLevel !== undefined) return undefined;
  const pdf = trustedPdf(c.el);
  return pdf?.fontSize && pdf.fontSize <= body * 1.02 ? pdf : undefined;
}
