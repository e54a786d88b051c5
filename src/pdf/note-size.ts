// Footnotes from the source PDF's type size (`hints.pdf.footnote`; the text-merge stage reads it, rule
// `around-pdf-footnote`): a parser that types a page's footnote as body text (Mistral OCR: "1 1, “Monitoring
// Logs with logcheck”).") leaves the paragraph it interrupts cut, and the footnote joined to the next page's
// start. The PDF says what the parser's text does not: LaTeX and word processors set footnotes smaller than the body
// (\footnotesize: 8 pt under 10 pt, 0.80–0.83 of it), at the foot of the text column, under the body.
//
// Evidence, all of it needed: the element is typed text and matched well to its lines (≥ 0.8); most of its
// characters are set in the footnote band (0.5–0.86 of the body size, the size most of the PDF's characters are
// set in: code at \small, 0.9, stays out); its text opens with a mark (a number, "*", "†", "‡", "§", "¶", a
// superscript digit); below its first line, in its column, only lines of that band follow down to the page's
// foot (a set-off running foot aside); and above it in its column, past the notes before it, stands a line at the body
// size (a body paragraph; not a heading over a list set small). Precedence: the parser's own type wins where it typed a
// footnote; this only adds a hint, and only to elements typed text.
import type { Element } from '../model/element.js';
import type { PdfData, PdfLine, PdfPage } from './read.js';

/** The footnote band: sizes between these shares of the body size. */
const BAND_LOW = 0.5;
const BAND_HIGH = 0.86;
/** A line at the body size: within this share of it. */
const BODY_SLACK = 0.08;
/** A running foot is set off from the notes by more than this many body lines. */
const FOOT_GAP_LINES = 2;
/** A footnote's mark: its number, a symbol, a superscript digit. */
const NOTE_MARK = /^\s*(?:\d{1,3}(?!\d)|[*†‡§¶]|[⁰¹²³⁴-⁹]|\(\d{1,2}\)|\[\d{1,2}\]\s)/u;

/** The size of type holding most of the PDF's characters (points), or undefined without a text layer. */
export function bodySize(pdf: PdfData): number | undefined {
  const chars = new Map<number, number>();
  for (const p of pdf.pages)
    for (const l of p.lines) chars.set(l.fontSize, (chars.get(l.fontSize) ?? 0) + l.text.replace(/\s/g, '').length);
  return [...chars].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

const overlaps = (l: PdfLine, x0: number, x1: number) => l.bbox[0] < x1 && l.bbox[2] > x0;

/**
 * Whether an element with its PDF `lines` is a footnote by its type size and place (see the header); `size` is
 * the size most of its characters are set in (`hints.pdf.fontSize`), `match` its text match.
 */
export function isFootnoteBySize(
  el: Element,
  lines: readonly PdfLine[],
  page: PdfPage,
  body: number | undefined,
  size: number | undefined,
  match: number | undefined,
): boolean {
  if (!body || !size || el.type !== 'text' || (match ?? 0) < 0.8 || lines.length === 0) return false;
  if (size > BAND_HIGH * body || size < BAND_LOW * body || !NOTE_MARK.test(el.text)) return false;
  const own = new Set(lines);
  const top = Math.min(...lines.map((l) => l.bbox[1]));
  const x0 = Math.min(...lines.map((l) => l.bbox[0]));
  const x1 = Math.max(...lines.map((l) => l.bbox[2]));
  const column = page.lines.filter((l) => overlaps(l, x0, x1));
  const isBody = (l: PdfLine) => Math.abs(l.fontSize - body) <= BODY_SLACK * body;
  const small = (l: PdfLine) => l.fontSize <= BAND_HIGH * body;
  // Down to the page's foot: only the band (its own lines, other notes), until a gap sets off a running foot.
  const gap = (FOOT_GAP_LINES * 1.2 * body) / page.height;
  const below = column.filter((l) => l.bbox[1] > top).sort((a, b) => a.bbox[1] - b.bbox[1]);
  let bottom = Math.max(...lines.map((l) => l.bbox[3]));
  for (const l of below) {
    if (own.has(l)) continue;
    if (l.bbox[1] - bottom > gap) break;
    if (!small(l)) return false;
    bottom = Math.max(bottom, l.bbox[3]);
  }
  // Above it, past the notes before it: a line of the body.
  const above = column.filter((l) => !own.has(l) && l.bbox[3] <= top + 0.002).sort((a, b) => b.bbox[3] - a.bbox[3]);
  const nearest = above.find((l) => !small(l));
  return nearest !== undefined && isBody(nearest);
}
