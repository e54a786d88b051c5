// Headings the parser typed as text, set in the PDF font of one numbered kind of heading (`--pdf`,
// `promoted-pdf-numbered-font`; hints.pdf from src/pdf/align.ts): one line of text in the very font (name, size,
// weight) that the typed numbered headings of one kind alone are set in — two or more of them, each one line, well
// aligned — is a heading of that kind the parser lost: a starred `\section*` "DGIT" in revtex's bold capitals of
// "I. DEBDIFF", elsarticle's `\subsection*` "Auditing Packages: debsums and its Limits", llncs's "1 People around
// Debian" (PaddleOCR typed each as text; no bookmark names a starred heading, no number or word makes it one).
// Evidence and precedence: after the outline's own texts and fonts (pdf-outline-font.ts); the numbered headings
// vouch for the font as a heading's, so it needs no size over the body's. A font the body text itself is set in
// (name and size) never qualifies, nor a font two kinds share — unless the letter case parts them (revtex sets its
// sections in capitals and its subsections in mixed case in one bold font: "DGIT" is of the capitals' kind). A
// numbered text must carry that kind's numbering. Never furniture, the tail of a merged paragraph, more than one
// line, a sentence, longer than a heading, an unnumbered line before the first typed numbered heading (front matter:
// a numbered one may stand there, "1 People around Debian" before the typed "3 …"), or a description term
// (a lower-case name with its arguments, pdf-term.ts). A bold term that runs on into its definition is no line of
// its own in the PDF: its element is not aligned to the line, or is aligned badly, and is never taken; terms on lines
// of their own in the font, as many as its numbered headings, make it no heading's font (ctexart's "RAID-0" …).
// A line that opens in bold and goes on in the kind's font is a run-in label and its text, never taken (elsarticle's
// "Remark 1. 7, …" in the italic of its subsections).
// The same test keeps a title the parser gave from the body-size demotion (candidates.ts, under the weight of
// `pdf-font-of-numbered`): llncs's starred subsection "Modems Supporting PPTP" in the bold 9.96 pt of "4.1 …".
import type { Element, PdfHints } from '../../model/element.js';
import { trustedPdf } from '../../pdf/trust.js';
import { parseCaptionLabel } from '../../text/caption-label.js';
import { endsSentence } from '../../text/chars.js';
import { parseNumbering } from '../../text/numbering.js';
import type { FurnitureResult } from '../types.js';
import { isCallTerm } from './call-term.js';

/** Longer is no heading's line. */
const MAX_LENGTH = 80;
/** Typed numbered headings of the kind in the font, at least (one could be a parser's mislabel). */
const MIN_NUMBERED = 2;
/** Aligned at least this well: the element is the PDF line, not part of a longer one. */
const LINE_MATCH = 0.9;

const HEADING_TYPES = new Set(['title', 'page_title']);

/** Text elements set in the PDF font of one numbered kind of typed heading: headings (`out`). */
export function numberedFontTexts(
  elements: readonly Element[],
  furniture: FurnitureResult,
  merged: ReadonlySet<number>,
  out: Map<number, string>,
): void {
  const inKindFont = numberedKindFont(elements, furniture);
  if (!inKindFont) return;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (el.type !== 'text' || out.has(el.id) || el.hints?.outlineLevel !== undefined) continue;
    if (furniture.kinds.has(el.id) || merged.has(el.id)) continue;
    const text = el.text.trim();
    if (text.length > MAX_LENGTH || text.includes('\n') || endsSentence(text)) continue;
    // (front matter: only a number of the kind's own before the first typed numbered heading — "1 People around …")
    if (i > inKindFont.first || parseNumbering(text)) {
      if (inKindFont.test(el)) out.set(el.id, 'headings.promoted-pdf-numbered-font');
    }
  }
}

/**
 * Whether an element is one PDF line set in the font of one numbered kind of the document's typed headings (not the
 * body's font, not a description term, its numbering, if any, that kind's); undefined when no font is a kind's.
 * Also read by the body-size demotion (candidates.ts): such a title is no body text, whatever its size.
 */
export function numberedKindFont(
  elements: readonly Element[],
  furniture: FurnitureResult,
): { test: (el: Element) => boolean; first: number } | undefined {
  if (!elements.some((e) => e.hints?.pdf !== undefined)) return undefined; // most documents come without a PDF
  const { kinds, first } = fontKinds(elements, furniture);
  if (kinds.size === 0) return undefined;
  const body = bodyFont(elements, furniture);
  /** The font key (with its letter case, when that one names the kind) an element's line matches, if any. */
  const keyOf = (el: Element) => {
    const pdf = lineFont(el);
    const text = el.text.trim();
    // (a line opening in bold and going on in the kind's font is a run-in label's: elsarticle's "Remark 1. …")
    if (!pdf || !text || pdf.boldLead || isCallTerm(text) || fontOf(pdf) === body) return undefined;
    const n = parseNumbering(text);
    const cased = `${fontOf(pdf)}:${caseOf(text, n !== undefined)}`;
    const key = kinds.has(cased) ? cased : fontOf(pdf);
    const kind = kinds.get(key)?.kind;
    return kind !== undefined && (!n || kind === `${n.ladder}:${n.rank}`) ? key : undefined;
  };
  // A font as many unnumbered lines are set in as numbered headings (float captions aside) is a term's too (ctexart's
  // description terms "RAID-0" … in the bold of "1.1.1 不同的 RAID 级别"): a lost heading is the exception in its font.
  const lone = new Map<string, number>();
  const numbered = new Map<string, number>();
  for (const [key, { count }] of kinds) numbered.set(baseFont(key), Math.max(numbered.get(baseFont(key)) ?? 0, count));
  for (const el of elements) {
    if (furniture.kinds.has(el.id) || (el.type !== 'text' && !HEADING_TYPES.has(el.type))) continue;
    const text = el.text.trim();
    const key = parseNumbering(text) || parseCaptionLabel(text) ? undefined : keyOf(el);
    if (key) lone.set(baseFont(key), (lone.get(baseFont(key)) ?? 0) + 1);
  }
  const test = (el: Element) => {
    const key = keyOf(el);
    return key !== undefined && (lone.get(baseFont(key)) ?? 0) < numbered.get(baseFont(key))!;
  };
  return { test, first };
}

/** The PDF hints of an element that is one PDF line, aligned near-exactly, with a font name and size. */
function lineFont(el: Element): PdfHints | undefined {
  const pdf = trustedPdf(el);
  return pdf?.fontName && pdf.fontSize && pdf.lineCount === 1 && (pdf.match ?? 0) >= LINE_MATCH ? pdf : undefined;
}

const fontOf = (pdf: PdfHints): string => `${pdf.fontName}|${pdf.fontSize}|${pdf.bold === true}`;
/** A font key without its letter case. */
const baseFont = (key: string): string => key.replace(/:(?:caps|mixed)$/, '');

/**
 * Each font (and font in a letter case) the typed numbered headings of one kind alone are set in, two or more of
 * them, with that kind ("decimal:2"); and the index of the first typed numbered heading.
 */
function fontKinds(elements: readonly Element[], furniture: FurnitureResult) {
  const seen = new Map<string, Map<string, number>>();
  const count = (font: string, kind: string) => {
    const byKind = seen.get(font) ?? new Map<string, number>();
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    seen.set(font, byKind);
  };
  let first = -1;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (!HEADING_TYPES.has(el.type) || furniture.kinds.has(el.id)) continue;
    const n = parseNumbering(el.text.trim());
    if (!n || n.ladder === 'article') continue;
    if (first < 0) first = i;
    const pdf = lineFont(el);
    if (!pdf) continue;
    const kind = `${n.ladder}:${n.rank}`;
    count(fontOf(pdf), kind);
    count(`${fontOf(pdf)}:${caseOf(el.text.trim(), true)}`, kind);
  }
  const kinds = new Map<string, { kind: string; count: number }>();
  for (const [font, byKind] of seen) {
    const [kind, count] = [...byKind][0];
    if (byKind.size === 1 && count >= MIN_NUMBERED) kinds.set(font, { kind, count });
  }
  return { kinds, first };
}

/** 'caps' when every cased letter past the number is upper case (four letters or more), else 'mixed'. */
function caseOf(text: string, numbered: boolean): 'caps' | 'mixed' {
  const words = text
    .split(/\s+/)
    .slice(numbered ? 1 : 0)
    .join(' ');
  const letters = words.replace(/[^\p{Lu}\p{Ll}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() ? 'caps' : 'mixed';
}

/** The font (name, size, weight) most characters of the well-aligned text elements are set in. */
function bodyFont(elements: readonly Element[], furniture: FurnitureResult): string | undefined {
  const weight = new Map<string, number>();
  for (const el of elements) {
    if (el.type !== 'text' || furniture.kinds.has(el.id)) continue;
    const pdf = trustedPdf(el);
    if (!pdf?.fontName || !pdf.fontSize) continue;
    const font = fontOf(pdf);
    weight.set(font, (weight.get(font) ?? 0) + el.text.length);
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
}
