// Aligning a parser's elements to the source PDF's text layer, and giving each element what the PDF knows.
//
// Each PDF line (src/pdf/read.ts) goes to at most one element of its page: the element whose box holds
// most of the line and whose text holds the line's text (character bigrams, so OCR text that differs from
// the text layer by a few characters still matches); an element without a box, or whose box misses the
// line, takes it only on a near-exact text match. An element's lines give its PDF hints (`hints.pdf`:
// font size, bold, italic, font family, line count, line height, last-line fill, first-line indent,
// whether the page has a text layer, how well the text matched).
//
// Precedence: a parser's own line hints (lineCount, lineHeight, firstLineIndent, bold) are
// kept; the PDF's fill them in only where the parser gave none (lastLineFill is not filled: see fillParserHints), and only for elements whose text matched
// well (≥ 0.8): the parser's block is then the same block, and the PDF's line boxes are exact where a
// parser's are estimated. The line height filled in is the PDF's font size on the parser's box scale
// (boxScale), not the PDF's raw line box. The PDF's font size is kept in `hints.pdf.fontSize`, not `hints.fontSize`:
// headings.ts reads `fontSize` as a size key beside box-measured line heights, and a size from a
// different source on some elements only would mix the two scales.
//
// A text element set in the page's footnote size at its foot, opening with a mark, gets `hints.pdf.footnote`
// (src/pdf/note-size.ts), which the text-merge stage reads as a footnote out of the paragraph's flow.
//
// The outline (bookmarks) is then matched to heading elements (src/pdf/outline.ts): a matched heading gets
// `hints.outlineLevel`, which headings.ts ranks above numbering and size (rule `headings.outline`). An entry
// with no heading element is reported (`pdf.outline-unmatched`), never invented.
import type { Diagnostic, Element, ParsedDocument, PdfHints } from '../model/element.js';
import { maxOf } from '../util/arrays.js';
import { bodySize, isFootnoteBySize } from './note-size.js';
import { matchOutline } from './outline.js';
import type { PdfData, PdfLine, PdfPage } from './read.js';
import { boxScale, fillParserHints, smallCapsAtBodySize } from './sizes.js';
import { type Bigrams, bigrams, containment, dice, normalizeText } from './text.js';

export { boxScale } from './sizes.js';
export { type Bigrams, bigrams, containment, normalizeText, similarity } from './text.js';

function area(b: readonly number[]): number {
  return Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
}

/** Share of box `a` inside box `b` grown by `margin` on every side. */
function inside(a: readonly number[], b: readonly number[], margin: number): number {
  const x0 = Math.max(a[0], b[0] - margin);
  const y0 = Math.max(a[1], b[1] - margin);
  const x1 = Math.min(a[2], b[2] + margin);
  const y1 = Math.min(a[3], b[3] + margin);
  const a0 = area(a);
  if (a0 <= 0) return 0;
  return (Math.max(0, x1 - x0) * Math.max(0, y1 - y0)) / a0;
}

export interface AlignReport {
  /** Elements with text that received at least one PDF line. */
  aligned: number;
  /** Elements with text on pages that have a text layer. */
  alignable: number;
  /** Outline entries matched to a heading element. */
  outlineMatched: number;
  outlineEntries: number;
}

const TEXTLESS = new Set(['image', 'table', 'equation']);

/**
 * The document with PDF hints on its elements and the PDF's warnings added. Pure: the input document is
 * not changed. `rulePrefix` names the warnings (`pdf`).
 */
export function applyPdfEvidence(doc: ParsedDocument, pdf: PdfData): { doc: ParsedDocument; report: AlignReport } {
  const warnings: Diagnostic[] = [...doc.warnings];
  const pagesByNumber = new Map(pdf.pages.map((p) => [p.page, p]));
  const elements = doc.elements.map((e) => ({ ...e, hints: e.hints ? { ...e.hints } : undefined }));
  for (const w of pdf.warnings)
    warnings.push({ severity: 'warning', place: {}, ruleId: 'pdf.read', reason: `${pdf.path}: ${w}` });

  const docPages = doc.pages.length ? maxOf(doc.pages.map((p) => p.page)) : 0;
  if (docPages > pdf.pageCount) {
    warnings.push({
      severity: 'warning',
      place: {},
      ruleId: 'pdf.page-count',
      reason: `the input has ${docPages} pages but ${pdf.path} has ${pdf.pageCount}: pages after ${pdf.pageCount} get no PDF evidence`,
    });
  }
  textLayerWarnings(pdf, warnings);

  // Lines to elements, page by page.
  const byPage = new Map<number, Element[]>();
  for (const el of elements) {
    const list = byPage.get(el.page) ?? [];
    list.push(el);
    byPage.set(el.page, list);
  }
  let aligned = 0;
  let alignable = 0;
  const em = new Map<Element, number>();
  const body = bodySize(pdf);
  for (const [pageNo, els] of byPage) {
    const page = pagesByNumber.get(pageNo);
    if (!page) continue;
    const assigned = assignLines(els, page);
    for (const el of els) {
      const pdfHints: PdfHints = { textLayer: page.hasText };
      const lines = assigned.get(el.id) ?? [];
      const hasText = elementText(el).length > 0 && !TEXTLESS.has(el.type);
      if (page.hasText && hasText) alignable++;
      if (lines.length > 0) {
        if (hasText) aligned++;
        Object.assign(pdfHints, lineEvidence(lines, page, el));
        if (pdfHints.fontSize && page.height > 0) em.set(el, pdfHints.fontSize / page.height);
        if (isFootnoteBySize(el, lines, page, body, pdfHints.fontSize, pdfHints.match)) pdfHints.footnote = true;
      }
      const label = pdf.pageLabels?.[pageNo - 1];
      if (label && isPageLabel(el.text, label)) pdfHints.pageLabel = label;
      el.hints = { ...(el.hints ?? {}), pdf: pdfHints };
    }
  }
  const scale = boxScale(elements, em);
  const typeSize = smallCapsAtBodySize(elements, em);
  for (const el of elements) if (el.hints?.pdf?.lineCount) fillParserHints(el, el.hints.pdf, typeSize(el), scale);
  if (alignable > 0 && aligned < alignable * 0.5) {
    warnings.push({
      severity: 'warning',
      place: {},
      ruleId: 'pdf.unaligned',
      reason: `only ${aligned} of ${alignable} text elements found their text in ${pdf.path}: is it the PDF this output was parsed from?`,
    });
  }

  const outlineMatched = matchOutline(elements, pdf, warnings);
  return {
    doc: { ...doc, elements, warnings },
    report: { aligned, alignable, outlineMatched, outlineEntries: pdf.outline.length },
  };
}

/** The pages without a text layer, as warnings (all of them: a scan without OCR). */
function textLayerWarnings(pdf: PdfData, warnings: Diagnostic[]): void {
  const noText = pdf.pages.filter((p) => !p.hasText && !p.error).map((p) => p.page);
  if (noText.length > 0 && noText.length === pdf.pages.length) {
    warnings.push({
      severity: 'warning',
      place: {},
      ruleId: 'pdf.no-text-layer',
      reason: `${pdf.path} has no text layer (a scan without OCR?): no font or line evidence, outline only`,
    });
  } else if (noText.length > 0) {
    warnings.push({
      severity: 'warning',
      place: {},
      ruleId: 'pdf.no-text-layer',
      reason: `${pdf.path}: ${noText.length} page${noText.length > 1 ? 's have' : ' has'} no text layer (${pageList(noText)})`,
    });
  }
}

/**
 * Whether a text is the page label (case and spacing aside, and the dashes set around a page number:
 * "- iv -" is "iv"; the label's own dashes, "A-3", stay).
 */
export function isPageLabel(text: string, label: string): boolean {
  const clean = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[-–—]\s+|\s+[-–—]$/g, '')
      .toLowerCase();
  const l = clean(label);
  return l.length > 0 && clean(text) === l;
}

function pageList(pages: number[]): string {
  return pages.length > 8 ? `${pages.slice(0, 8).join(', ')} …` : pages.join(', ');
}

interface Prepared {
  el: Element;
  text: string;
}

/** The element's bigrams, counted on first need (most lines are found verbatim in their element's text). */
function gramsOf(p: Prepared): Bigrams {
  let g = elementGrams.get(p.el);
  if (!g) {
    g = bigrams(p.text);
    elementGrams.set(p.el, g);
  }
  return g;
}

/**
 * How much of the line's text (normalized `lt`, bigrams `lg` on demand) the element's text holds: 1 when
 * it holds it verbatim (every bigram of a substring is found, as often), else the bigram containment.
 */
function held(lt: string, line: { grams?: Bigrams }, p: Prepared): number {
  if (lt.length >= 2 && p.text.includes(lt)) return 1;
  line.grams ??= bigrams(lt);
  return containment(line.grams, gramsOf(p));
}

/** Each element's bigrams, from the assignment, for its match score. */
const elementGrams = new WeakMap<Element, Bigrams>();

/**
 * Each element's and each PDF line's normalized text, computed once per run (the hints, the assignment, the
 * counts and the match score all ask for it).
 */
const normalizedTexts = new WeakMap<Element | PdfLine, string>();
function normalizedOnce(item: Element | PdfLine): string {
  let t = normalizedTexts.get(item);
  if (t === undefined) {
    t = normalizeText(item.text);
    normalizedTexts.set(item, t);
  }
  return t;
}
const elementText = (el: Element): string => normalizedOnce(el);
const lineText = (line: PdfLine): string => normalizedOnce(line);

/**
 * Each line of the page to the element that best holds it, or to none. Linear in lines × elements of one
 * page, with no text comparison for an element whose box does not touch the line: a box match (score ≥
 * 0.75) always beats a text-only match (≤ 0.5), so the text-only pass runs only for a line no box took.
 */
function assignLines(els: Element[], page: PdfPage): Map<number, PdfLine[]> {
  const out = new Map<number, PdfLine[]>();
  if (!page.hasText || page.lines.length === 0) return out;
  const prepared: Prepared[] = els.map((el) => ({ el, text: elementText(el) }));
  const M = 0.006;
  for (const line of page.lines) {
    const lt = lineText(line);
    if (!lt) continue;
    const lg: { grams?: Bigrams } = {};
    let best: Prepared | undefined;
    let bestScore = 0;
    const missed: Prepared[] = [];
    for (const p of prepared) {
      const b = p.el.bbox;
      const touches =
        b && line.bbox[0] < b[2] + M && line.bbox[2] > b[0] - M && line.bbox[1] < b[3] + M && line.bbox[3] > b[1] - M;
      const within = touches ? inside(line.bbox, b, M) : 0;
      if (within < 0.5) {
        missed.push(p);
        continue;
      }
      let score = 0;
      // A table or figure takes the lines inside its box whatever they say (cells, labels).
      if (TEXTLESS.has(p.el.type) || !p.text) score = 0.5 + 0.5 * within;
      else {
        const c = held(lt, lg, p);
        if (c >= 0.3) score = within + c;
      }
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    const takers = best ? [best] : textOnly(line, lt, lg, missed, out);
    for (const p of takers) {
      const list = out.get(p.el.id) ?? [];
      list.push(line);
      out.set(p.el.id, list);
    }
  }
  return out;
}

/** Text compared as written (case and spacing aside): a short line is matched on it, symbols included. */
const looseText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The elements that take a line no box took (no box, or a box that misses the line), on text alone: the
 * element that holds the line near verbatim (≥ 90 % of its bigrams), the one the line covers most of first
 * (a caption's line "Example 2.1. Sample costs" goes to the caption, not to the paragraph before it that
 * cites "Example 2.1, “Sample costs”"); else the elements the line holds whole, when together they make
 * most of it (a running foot "manual Page 1 of 4" set as one line, two elements in the parser's output).
 * A line of under four letters and digits ("§ 1") goes only to an element of the very same text, symbols
 * included, that has no line yet. These two only to elements without a box (a box that missed the line
 * said no).
 */
function textOnly(
  line: PdfLine,
  lt: string,
  lg: { grams?: Bigrams },
  missed: readonly Prepared[],
  taken: ReadonlyMap<number, PdfLine[]>,
): Prepared[] {
  if (lt.length < 4) {
    const raw = looseText(line.text);
    const same = missed.find((p) => !p.el.bbox && p.text === lt && !taken.has(p.el.id) && looseText(p.el.text) === raw);
    return same ? [same] : [];
  }
  let best: Prepared | undefined;
  let bestScore = 0;
  for (const p of missed) {
    if (!p.text) continue;
    const c = held(lt, lg, p);
    if (c < 0.9) continue;
    const score = c + 0.1 * Math.min(1, lt.length / p.text.length);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  if (best) return [best];
  const whole = missed.filter((p) => !p.el.bbox && p.text.length >= 4 && lt.includes(p.text));
  const covered = whole.reduce((n, p) => n + p.text.length, 0);
  return covered >= 0.8 * lt.length ? whole : [];
}

/** Dice similarity of the element's text and its lines' text (1 without counting when they are equal). */
function matchOf(el: Element, lines: PdfLine[]): number {
  const a = elementText(el);
  const b = normalizeText(lines.map((l) => l.text).join(' '));
  if (a === b) return a.length > 0 ? 1 : 0;
  return dice(elementGrams.get(el) ?? bigrams(a), bigrams(b));
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** What an element's lines say: font (by characters), line boxes, and how well their text matches. */
function lineEvidence(lines: PdfLine[], page: PdfPage, el: Element): PdfHints {
  const chars = (l: PdfLine) => Math.max(1, lineText(l).length);
  const total = lines.reduce((n, l) => n + chars(l), 0);
  const bySize = new Map<number, number>();
  const byFont = new Map<string, number>();
  let bold = 0;
  let italic = 0;
  for (const l of lines) {
    bySize.set(l.fontSize, (bySize.get(l.fontSize) ?? 0) + chars(l));
    if (l.fontName) byFont.set(l.fontName, (byFont.get(l.fontName) ?? 0) + chars(l));
    if (l.bold) bold += chars(l);
    if (l.italic) italic += chars(l);
  }
  const fontSize = [...bySize].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const font = [...byFont].sort((a, b) => b[1] - a[1])[0]?.[0];
  const ordered = [...lines].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  const hints: PdfHints = {
    textLayer: page.hasText,
    fontSize,
    bold: bold * 2 > total,
    italic: italic * 2 > total,
    lineCount: lines.length,
    lineHeight: Math.round((median(lines.map((l) => l.bbox[3] - l.bbox[1])) ?? 0) * 1e5) / 1e5,
    match: Math.round(matchOf(el, ordered) * 1000) / 1000,
  };
  if (ordered[0].boldLead && !hints.bold) hints.boldLead = ordered[0].boldLead;
  if (font) {
    hints.fontName = font;
    hints.fontFamily = fontFamily(font);
  }
  if (ordered.length >= 2 && !TEXTLESS.has(el.type)) {
    const shape = lineShapeOf(ordered);
    if (shape) Object.assign(hints, shape);
  }
  return hints;
}

/** "LMRoman10-Bold" → "LMRoman10"; "Helvetica,BoldItalic" → "Helvetica"; "DejaVuSerif-Bold" → "DejaVuSerif". */
export function fontFamily(name: string): string {
  return name.replace(
    /[-,](?:bold|italic|oblique|regular|roman|book|medium|light|semibold|black|heavy|demi|bd|it)\w*$/i,
    '',
  );
}

/**
 * A line that opens with an opening bracket or quote does not start at the margin: xeCJK squeezes the blank
 * half of a full-width "（" or "「" at a line's start (its box begins half an em left of the margin), and
 * microtype hangs quotes into it. The margin the first line is measured against is the other lines'.
 */
const OPENS_WITH_PUNCTUATION = /^\s*[（「『“‘《〈【〔〖(["'«]/u;

/** `lastLineFill` and `firstLineIndent` of lines top to bottom (the definitions of ElementHints). */
function lineShapeOf(lines: readonly PdfLine[]): { lastLineFill: number; firstLineIndent: number } | undefined {
  const boxes = lines.map((l) => l.bbox);
  const left = Math.min(...boxes.map((b) => b[0]));
  const right = Math.max(...boxes.map((b) => b[2]));
  if (right - left <= 0) return undefined;
  const last = boxes[boxes.length - 1];
  const rest = lines.slice(1);
  const atMargin = rest.filter((l) => !OPENS_WITH_PUNCTUATION.test(l.text));
  const restLeft = Math.min(...(atMargin.length > 0 ? atMargin : rest).map((l) => l.bbox[0]));
  const clamp = (v: number, lo: number) => Math.round(Math.max(lo, Math.min(1, v)) * 1000) / 1000;
  return {
    lastLineFill: clamp((last[2] - left) / (right - left), 0),
    firstLineIndent: clamp((boxes[0][0] - restLeft) / (right - left), -1),
  };
}
