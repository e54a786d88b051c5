// Headings the parser typed as text, set in the PDF font of the outline's headings (`--pdf`, `promoted-pdf-outline-font`;
// hints.pdf from src/pdf/align.ts): one line of text in the very font (name, size, weight) of a heading the source
// PDF's outline lists, that font well over the body text's size (≥ 1.2 ×), is a heading of that kind the outline
// does not list: a starred `\chapter*` ("bts", 24.79 pt LMRoman12-Bold like the bookmarked chapter title "dput",
// report × PaddleOCR, typed as text: no bookmark and no words that make it a heading). A header the furniture stage
// kept in the body is taken too, and a question ("What is debuild?", a starred chapter PaddleOCR labelled a header
// opening its page, beside the bookmarked "What is debmake?").
// Evidence and precedence: after the outline's own texts (`promoted-outline-text`, promote.ts); the outline lists the
// font's other headings, so the size is a heading's, not an emphasis of the body's (a bold term at body size never
// qualifies). Never furniture, the tail of a merged paragraph, more than one line, a sentence, or longer than a
// heading, nor front matter before the first listed heading that is no keyword (acmart's KEYWORDS label, in the font
// of its bookmarked ABSTRACT label). Levels: the headings stage ranks it like any unnumbered heading.
import type { Element } from '../../model/element.js';
import { trustedPdf } from '../../pdf/trust.js';
import { endsSentence } from '../../text/chars.js';
import { isTopKeyword } from '../../text/numbering.js';
import type { FurnitureResult } from '../types.js';
import { pdfBodySize } from './pdf-size.js';

/** Over the body text's size by this factor at least: a section's or chapter's type, not a bold term's. */
const OVER_BODY = 1.2;
/** Longer is no heading's line. */
const MAX_LENGTH = 80;
/** The types taken: text, and a header kept in the body (furniture marks the running heads). */
const OWN_TYPES = new Set(['text', 'header']);

const fontKey = (el: Element): string | undefined => {
  const pdf = trustedPdf(el);
  return pdf?.fontName && pdf.fontSize ? `${pdf.fontName}|${pdf.fontSize}|${pdf.bold === true}` : undefined;
};

/** Text elements set in the font of an outline-listed heading, well over the body's size: headings (`out`). */
export function outlineFontTexts(
  elements: readonly Element[],
  furniture: FurnitureResult,
  merged: ReadonlySet<number>,
  out: Map<number, string>,
): void {
  const body = pdfBodySize(elements, furniture);
  if (body === undefined) return;
  const fonts = new Set<string>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    const key = el.hints?.outlineLevel !== undefined && !furniture.kinds.has(el.id) ? fontKey(el) : undefined;
    if (key && trustedPdf(el)!.fontSize! >= body * OVER_BODY) fonts.add(key);
  }
  if (fonts.size === 0) return;
  // Front matter before the first listed section is not searched: acmart sets its KEYWORDS label in the font of its
  // bookmarked "ABSTRACT" label (a keyword heading), and the keywords label is no heading.
  const start = elements.findIndex((e) => e.hints?.outlineLevel !== undefined && !isTopKeyword(e.text));
  if (start < 0) return;
  for (const el of elements.slice(start + 1)) {
    // (a header the furniture stage kept in the body too: PaddleOCR labels a starred chapter opening its page so)
    if (!OWN_TYPES.has(el.type) || out.has(el.id) || el.hints?.outlineLevel !== undefined) continue;
    if (furniture.kinds.has(el.id) || merged.has(el.id) || trustedPdf(el)?.lineCount !== 1) continue;
    const text = el.text.trim();
    // (a question is a heading's form at this size: the starred chapter "What is debuild?" beside "What is debmake?")
    if (!text || text.length > MAX_LENGTH || text.includes('\n') || (endsSentence(text) && !/[?？]$/u.test(text)))
      continue;
    const key = fontKey(el);
    if (key && fonts.has(key)) out.set(el.id, 'headings.promoted-pdf-outline-font');
  }
}
