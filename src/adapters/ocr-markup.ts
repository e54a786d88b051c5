// Helpers shared by the adapters of OCR engines' XML/HTML page formats (hOCR, ALTO): parsing with a one-line
// error, the element-path pointers that serve as refs, and text and line hints from word and line boxes.
//
// Refs into markup. The spec's refs are JSON Pointers; a markup file has no JSON, so its pointer is the path
// of the element from the document's root: one `/name/k` step per level, `name` the element's kind (hOCR: its
// `ocr_*` class; ALTO: its element name without namespace) and `k` its 0-based index among the siblings of
// that kind. `/ocr_page/1/ocr_carea/2/ocr_par/0` is the first paragraph of the third content area of the second
// page; in ALTO `/Layout/0/Page/0/PrintSpace/0/TextBlock/3` is XPath `/alto/Layout[1]/Page[1]/PrintSpace[1]/
// TextBlock[4]`. In hOCR, elements without an `ocr*` class (wrappers, `<body>`) are transparent. The path does
// not depend on `id` attributes (optional in both formats, and renumbered by some tools).
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { Element, ElementHints } from '../model/element.js';
import { DocstitchError } from '../model/errors.js';
import { endsSentence, firstChar, isCjkChar, lastChar } from '../text/chars.js';
import { pageNumberValue } from '../text/page-number.js';
import { joinLines, lineShape } from './layout-helpers.js';

/** Parse an XML file; malformed XML is a one-line error naming the file, line and column (exit code 4). */
/** How sure an input is of one markup format: every markup file of it 0.95, some of them 0.7, none 0. */
export function detectMarkup(input: AdapterInput, isFormat: (file: SourceFile) => boolean): number {
  const markup = input.files.filter((f) => f.text !== undefined);
  if (markup.length === 0) return 0;
  const hits = markup.filter(isFormat).length;
  if (hits === 0) return 0;
  return hits === markup.length ? 0.95 : 0.7;
}

export function parseXml(file: SourceFile): XmlElement {
  const text = file.text ?? '';
  let first: string | undefined;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'warning') return;
        first ??= message;
        throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    const root = doc.documentElement;
    if (!root) throw new Error('missing root element');
    return root;
  } catch (error) {
    const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const where = locator?.lineNumber ? ` at line ${locator.lineNumber}, column ${locator.columnNumber}` : '';
    const message = (first ?? (error instanceof Error ? error.message : String(error))).split('\n')[0];
    throw new DocstitchError('json', `invalid XML: ${message}${where}`, { file: file.path });
  }
}

/** Element children of an XML element. */
export function xmlChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

/** An XML element's name without its namespace prefix. */
export function xmlName(el: XmlElement): string {
  return el.localName ?? el.nodeName;
}

/** Children with their pointer steps: `/name/k`, k counting siblings of the same name. */
export function withSteps<T>(children: readonly T[], nameOf: (child: T) => string): Array<{ node: T; step: string }> {
  const seen = new Map<string, number>();
  return children.map((node) => {
    const name = nameOf(node);
    const k = seen.get(name) ?? 0;
    seen.set(name, k + 1);
    return { node, step: `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/${k}` };
  });
}

/** Words of one line joined: a space between words, none between two CJK characters. */
export function joinWords(words: readonly string[]): string {
  let out = '';
  for (const raw of words) {
    const word = raw.trim();
    if (!word) continue;
    if (out && !(isCjkChar(lastChar(out)) && isCjkChar(firstChar(word)))) out += ' ';
    out += word;
  }
  return out;
}

/** Lines of a paragraph joined like the other adapters (see layout-helpers.ts). */
export { joinLines };

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A text line as read from the markup: its box in page units and its font size in points, when known. */
export interface MarkupLine {
  box: [number, number, number, number];
  text: string;
  fontSize?: number;
  /**
   * The size the heading rule compares: the font size the markup declares (hOCR `x_fsize`, ALTO `FONTSIZE`), else
   * `lineEm` (Tesseract's `x_size` varies too much between lines of one size).
   */
  size?: number;
}

/** Line evidence of a block: count, median line height (share of the page height), line shape, font size. */
export function lineHints(lines: readonly MarkupLine[], pageHeight: number): ElementHints {
  const withText = lines.filter((l) => l.text && l.box[3] > l.box[1]);
  const hints: ElementHints = {};
  if (lines.length > 0) hints.lineCount = lines.length;
  const height = median(withText.map((l) => l.box[3] - l.box[1]));
  if (height !== undefined) hints.lineHeight = height / pageHeight;
  Object.assign(hints, lineShape(withText.map((l) => l.box)));
  const fontSize = median(withText.flatMap((l) => (l.fontSize ? [l.fontSize] : [])));
  if (fontSize !== undefined) hints.fontSize = Math.round(fontSize * 10) / 10;
  return hints;
}

/** The usual advance of a character in em: a CJK character 1, a space 1/4, any other 1/2. */
function advance(ch: string): number {
  if (isCjkChar(ch)) return 1;
  return ch.trim() ? 0.5 : 0.25;
}

/**
 * An estimate of a line's type size (in the line's units) from its words' boxes: the width the words span
 * over their characters’ usual advances. A gap wider than twice the line’s height (a running head's left and right
 * parts, table cells) is left out. Per-character boxes of CJK OCR are too uneven to measure one by one.
 */
export function lineEm(
  words: ReadonlyArray<{ text: string; x1: number; x2: number }>,
  lineHeight: number,
): number | undefined {
  const sorted = words.filter((w) => w.text.trim() && w.x2 > w.x1).sort((p, q) => p.x1 - q.x1);
  let width = 0;
  let ems = 0;
  let start = -1;
  let end = -1;
  let prev = '';
  for (const w of sorted) {
    const text = w.text.trim();
    if (start >= 0 && w.x1 - end > 2 * lineHeight) {
      width += end - start;
      start = -1;
    }
    if (start < 0) start = w.x1;
    else if (!(isCjkChar(lastChar(prev)) && isCjkChar(firstChar(text)))) ems += advance(' ');
    end = Math.max(end, w.x2);
    for (const ch of text) ems += advance(ch);
    prev = text;
  }
  if (start >= 0) width += end - start;
  return ems >= 2 && width > 0 ? width / ems : undefined;
}

/** A block read from markup, with the size of its type (median over its lines). */
export interface SizedBlock {
  element: Element;
  size?: number;
  lines: number;
}

export function blockSize(lines: readonly MarkupLine[]): number | undefined {
  return median(lines.flatMap((l) => (l.text && l.size ? [l.size] : [])));
}

/** How much larger than the body text a short block must be set to be a heading candidate. */
export const TITLE_SIZE_RATIO = 1.15;

/**
 * OCR engines label no headings: every block is text. A short block (one or two lines, no sentence) set clearly
 * larger than the body text (the median size of the multi-line blocks) becomes a `title`, so that the headings
 * stage weighs it like a parser's title label (and may still demote it); everything else stays text.
 */
export function markLargeBlocksAsTitles(blocks: readonly SizedBlock[]): void {
  const body = median(blocks.filter((b) => b.lines >= 2 && b.size).map((b) => b.size as number));
  if (body === undefined) return;
  for (const b of blocks) {
    const text = b.element.text.trim();
    if (b.element.type !== 'text' || !b.size || b.lines > 2 || text.length > 150) continue;
    if (b.size < body * TITLE_SIZE_RATIO || pageNumberValue(text) !== undefined) continue;
    if (endsSentence(text) && text.length > 40) continue;
    b.element.type = 'title';
  }
}
