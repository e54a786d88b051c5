// Lines → blocks for the PDF input (src/adapters/pdf.ts): a new block where the vertical gap exceeds the line
// spacing, the font size or weight changes, the text moves up or to another column, a line starts indented from
// the block's left edge, or the line before ended short; code (a monospaced font) stays one block over its own
// indents and one blank line (and its wrap marks read after its lines); a list item keeps its hanging lines, and a
// bullet opens an item wherever it stands; an algorithm's numbered steps stay one block under its "Require:" line;
// a numbered heading's wrapped line hanging at its text (in its font) goes on it.
// The body's leading (src/pdf/leading.ts) wins over the gap: a gap within it is line spacing, not a paragraph's end.
import type { BBox } from '../model/element.js';
import { isMonospacedFont } from '../text/fonts.js';
import type { LeadingAt } from './leading.js';
import type { PdfData, PdfLine } from './read.js';
import { BULLETS, runsOn } from './run-in.js';

export { BULLETS } from './run-in.js';

export interface Block {
  lines: PdfLine[];
  page: number;
  index: number;
}

/** The font size of most characters: the body text. */
export function bodyFontSize(lines: PdfLine[]): number {
  const bySize = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.fontSize * 2) / 2;
    bySize.set(size, (bySize.get(size) ?? 0) + l.text.length);
  }
  return [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** Lines → blocks, in content order. */
export function groupBlocks(lines: PdfLine[], page: PdfData['pages'][number], leading: LeadingAt): Block[] {
  const blocks: Block[] = [];
  let cur: PdfLine[] = [];
  const flush = () => {
    if (cur.length) blocks.push({ lines: cur, page: page.page, index: blocks.length });
    cur = [];
  };
  for (const line of lines) {
    if (!line.text.trim()) continue;
    if (cur.length && breaksBlock(cur, line, page.width, page.height, leading)) flush();
    cur.push(line);
  }
  flush();
  return blocks;
}

/** Whether a line opens a new block after the lines of the current one (see the header). */
export function breaksBlock(
  cur: PdfLine[],
  line: PdfLine,
  pageWidth: number,
  pageHeight: number,
  leadingOf: LeadingAt,
): boolean {
  const leading = leadingOf(Math.max(cur[cur.length - 1].fontSize, line.fontSize));
  const prev = cur[cur.length - 1];
  const size = Math.max(prev.fontSize, line.fontSize) / pageHeight; // in page heights
  const height = prev.bbox[3] - prev.bbox[1];
  const gap = line.bbox[1] - prev.bbox[3];
  const left = Math.min(...cur.map((l) => l.bbox[0]));
  const right = Math.max(...cur.map((l) => l.bbox[2]));
  const width = right - left;
  const sizeChange = Math.abs(line.fontSize - prev.fontSize) > 0.1 * Math.max(line.fontSize, prev.fontSize);
  // a run-in head's line (a box's "VOCABULARY Package source … The word", bold by most of its width, going on in the
  // text's weight) opens its paragraph: the next line in the text's weight goes on it
  const runIn = cur.length === 1 && prev.bold && !line.bold && runsOn(prev);
  const weightChange = line.bold !== prev.bold && !runIn;
  const movedUp = line.bbox[1] < prev.bbox[1] - 0.5 * height;
  // a first-line indent of most of an em (in page widths, from the font size in points)
  const indent = line.bbox[0] - left;
  const em = line.fontSize / pageWidth;
  // code: lines in a monospaced font stay one block over their own indents, short lines and blank lines
  // (a line of symbols only, a listing's "↪→" at a wrapped line, goes on the code too)
  // (one blank line, a step of at most two of the listing's own lines, goes on the code: under CJK leading, 1.5
  // lines and more, its gap is over 1.6 line boxes, which cut ctex's listings at each blank line)
  if (codeish(line) && cur.every(codeish) && cur.some(isCode)) {
    const blankLine = oneBlankLine(cur, line, pageHeight, leading);
    return (
      (sizeChange && isCode(line) && isCode(prev)) ||
      (movedUp && !marksBeside(cur, line)) ||
      (gap > 1.6 * height && !blankLine) ||
      indent < -3 * em ||
      indent > 0.3
    );
  }
  const otherColumn = line.bbox[0] > right || line.bbox[2] < left;
  // (a gap within the body's leading is its line spacing, not a paragraph's end)
  const bodyPitch = leading !== undefined && (line.bbox[1] - prev.bbox[1]) * pageHeight <= 1.12 * leading;
  const wideGap = gap > Math.max(0.6 * height, 0.5 * size) && !bodyPitch;
  // a numbered heading's wrapped line hangs at its text, right of the number ("2 Available configuration op-" over
  // "tions", "4.2 Auditing Packages: debsums and its" over "Limits"): it goes on in the same font
  if (
    hangsAtText(cur[0], line, em) &&
    line.fontName === prev.fontName &&
    !sizeChange &&
    !weightChange &&
    !movedUp &&
    !otherColumn &&
    !wideGap
  )
    return false;
  // an algorithm's numbered steps ("1: i ← 0", "6: else", bold keywords and nested indents) stay one block under
  // its "Require:" line, with a step's wrapped lines (hanging right of the step numbers)
  // (a step set in a smaller size, "1: i ← 0" in the math font's, too; a wrapped line only at the step's size)
  if (ALGORITHM_LINE.test(cur[0].text) && !movedUp && !otherColumn && !wideGap)
    if (STEP.test(line.text) || (indent > 0 && !sizeChange)) return false;
  // a list item's lines after its first hang at the text after the bullet: they go on the item
  const hanging = LIST_ITEM.test(cur[0].text) && !LIST_ITEM.test(line.text) && indent > 0 && indent < 3 * em;
  const indented = indent > 0.8 * em && width > 0 && !hanging;
  const prevShort = cur.length >= 2 && prev.bbox[2] < right - 0.15 * width;
  const nextItem = LIST_ITEM.test(cur[0].text) && LIST_ITEM.test(line.text);
  // a bullet opens an item wherever it stands: after the one line leading into the list ("… several types:")
  // as well as after an item (a bullet glyph never opens a line inside a paragraph; an enumerator or a dash may)
  const bullet = BULLET_LINE.test(line.text);
  const cut = sizeChange || weightChange || movedUp || otherColumn || wideGap || indented || prevShort;
  return cut || nextItem || bullet;
}

const BULLET_LINE = new RegExp(`^\\s*[${BULLETS}]`, 'u');
/** An algorithm's numbered step ("10: end while"), or the line it opens with ("Require: n ≥ 1"). */
export const STEP = /^\s*\d{1,3}:(?:\s|$)/u;
const ALGORITHM_LINE = /^\s*(?:\d{1,3}:(?:\s|$)|(?:Require|Ensure|Input|Output)\s*:)/u;
/** The line starts where the text after the first line's number starts (within a third of an em). */
function hangsAtText(first: PdfLine, line: PdfLine, em: number): boolean {
  const spans = first.spans;
  if (!spans || spans.length < 2 || !/^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Z]\.)$/u.test(spans[0][2].trim()))
    return false;
  return Math.abs(line.bbox[0] - spans[1][0]) <= em / 3;
}

/** An algorithm's lines (its opening line and two numbered steps or more): kept line by line, as a listing is. */
export function isAlgorithm(lines: readonly PdfLine[]): boolean {
  return ALGORITHM_LINE.test(lines[0].text) && lines.filter((l) => STEP.test(l.text)).length >= 2;
}

/** A listing's wrap marks alone ("↪→", ",→" where the font lacks the hook). */
const WRAP_MARKS = /^(?:\s*(?:↪→|,→|↪|→))+\s*$/u;

/**
 * Wrap marks read apart from their listing (in content order after its lines, so above the last one) that stand
 * within the listing's height: they go on it, not on a block of their own.
 */
function marksBeside(cur: readonly PdfLine[], line: PdfLine): boolean {
  if (!WRAP_MARKS.test(line.text)) return false;
  const top = Math.min(...cur.map((l) => l.bbox[1]));
  const bottom = Math.max(...cur.map((l) => l.bbox[3]));
  const slack = 0.5 * (line.bbox[3] - line.bbox[1]);
  return line.bbox[1] >= top - slack && line.bbox[3] <= bottom + slack;
}

export const isCode = (l: PdfLine) => isMonospacedFont(l.fontName);

/**
 * The line is one blank line below the listing's last code line: their tops at most 2.25 of the listing's own line
 * steps apart (its smallest step between code lines; the body's leading before it has two).
 */
export function oneBlankLine(cur: readonly PdfLine[], line: PdfLine, pageHeight: number, leading: number | undefined) {
  const tops = cur.filter(isCode).map((l) => l.bbox[1]);
  const steps = tops
    .slice(1)
    .map((t, i) => (t - tops[i]) * pageHeight)
    .filter((d) => d > 0);
  const pitch = steps.length > 0 ? Math.min(...steps) : leading;
  return pitch !== undefined && (line.bbox[1] - tops[tops.length - 1]) * pageHeight <= 2.25 * pitch;
}
export const codeish = (l: PdfLine) => isCode(l) || !/[\p{L}\p{N}]/u.test(l.text);

/** A block's lines as one paragraph: a line ending in a hyphen joins the next without it. */
export function joinLines(lines: PdfLine[]): string {
  let out = '';
  for (const l of lines) {
    const t = l.text.trim();
    if (!out) out = t;
    else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(t)) out = out.slice(0, -1) + t;
    else if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(out)) out += t;
    else out += ` ${t}`;
  }
  return out;
}

// a bullet, an enumerator ("3.", "(b)", "iv)") or a reference's "[12]"; not any short word before a full stop
// ("vol. 5, pp. 137", a reference's second line)
export const ENUMERATOR = String.raw`(?:[${BULLETS}*–-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|\[\d{1,3}\])\s`;
export const LIST_ITEM = new RegExp(String.raw`^\s*${ENUMERATOR}`, 'u');
export const ITEM_LINE_BREAK = new RegExp(String.raw`\n(?!\s*${ENUMERATOR})`, 'gu');

export function unionBox(boxes: BBox[]): BBox {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
