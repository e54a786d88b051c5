// Sizes of type from the source PDF for the parser's elements (src/pdf/align.ts applies them): the scale of the
// parser's boxes against the PDF's font sizes, small capitals read at the body size, and the line hints the PDF
// fills in where the parser gave none (precedence: the parser's own hints win; see align.ts).
import type { Element, ElementHints, PdfHints } from '../model/element.js';
import { trustedPdf } from './trust.js';

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * How the parser's boxes measure a line against the PDF's font size: the median, over well-matched one-line
 * text elements, of the element's box height over its font size (`em`, both in page heights). The line
 * height filled in from the PDF is its font size on that scale: the headings stage measures the body text
 * from boxes, and a PDF line box (the glyphs' ascent to descent, ~0.8–1 em) filled in raw made every
 * filled-in heading look a fifth smaller than the body (demoted as "smaller than the body"); the line box
 * also varies with the font's ascent (small capitals against digits at one size), the font size does not.
 * `null`: too few one-line samples to tell the scale (no line height is filled in); `undefined`: no text
 * element has a box, so no box scale to meet (1.2 em, the usual leading).
 */
export function boxScale(elements: readonly Element[], em: ReadonlyMap<Element, number>): number | null | undefined {
  const ratios: number[] = [];
  let boxed = 0;
  for (const el of elements) {
    if (!el.bbox || el.type !== 'text') continue;
    boxed++;
    const pdf = trustedPdf(el);
    const size = em.get(el);
    if (pdf?.lineCount !== 1 || !size) continue;
    const h = el.bbox[3] - el.bbox[1];
    if (h > 0) ratios.push(h / size);
  }
  if (boxed === 0) return undefined;
  if (ratios.length < 3) return null;
  return median(ratios);
}

/**
 * The size of type each element is set in (`em`), with small capitals drawn as smaller capitals read at the body
 * size: an element whose letters are all capitals, set smaller than the body text (the size most characters of
 * the well-matched text elements are set in), is in small capitals — IEEEtran's unnumbered "DPUT" beside its
 * "I. DEBDIFF" (whose first capital alone is at the body size). A heading is not smaller than the body text; its
 * glyphs' size would put it below the sections it stands beside.
 */
export function smallCapsAtBodySize(
  elements: readonly Element[],
  em: ReadonlyMap<Element, number>,
): (el: Element) => number | undefined {
  const weight = new Map<number, number>();
  for (const el of elements) {
    const size = em.get(el);
    if (el.type !== 'text' || !size || !trustedPdf(el)) continue;
    weight.set(size, (weight.get(size) ?? 0) + el.text.length);
  }
  const body = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (el) => {
    const size = em.get(el);
    if (body === undefined || size === undefined || size >= body * 0.9) return size;
    const letters = el.text.replace(/[^\p{L}]/gu, '');
    const caps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    return caps ? body : size;
  };
}

/** The parser's own hints win; the PDF's fill the gaps when the text matched well. */
export function fillParserHints(
  el: Element,
  pdf: PdfHints,
  em: number | undefined,
  scale: number | null | undefined,
): void {
  if ((pdf.match ?? 0) < 0.8) return;
  const hints: ElementHints = el.hints ?? {};
  const fill = <K extends 'lineCount' | 'lineHeight' | 'lastLineFill' | 'firstLineIndent' | 'bold'>(
    key: K,
    value: ElementHints[K] | undefined,
  ) => {
    if (hints[key] === undefined && value !== undefined) hints[key] = value;
  };
  fill('lineCount', pdf.lineCount);
  if (scale !== null && em) fill('lineHeight', Math.round(em * (scale ?? 1.2) * 1e5) / 1e5);
  fill('firstLineIndent', pdf.firstLineIndent);
  if (pdf.bold) fill('bold', true);
  // Not lastLineFill: text-merge weighs a full last line strongly (+3.2) against a sentence end, and in
  // justified text a paragraph's last line is often full: filled in from the PDF, it turned paragraph-merge
  // F1 on the committed slice (MinerU inputs) from 0.959 to 0.893. It stays in `hints.pdf.lastLineFill`.

  el.hints = hints;
}
