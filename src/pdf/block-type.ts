// A PDF input block's type (src/adapters/pdf.ts): a caption by its float label first, then a title candidate by
// font (larger than the body by 12 % or more, or bold throughout, short and not ending like a sentence; a one-line
// block at the body size set off in small capitals, or numbered like a section in capitals or italics, never a
// page's first block; a numbered one-line block at the body size whose CJK text is set in a Hei / Gothic face
// while the body's CJK text is not — the CJK way to set a head off, as bold is the Latin one), never a lead-in
// ending in a colon or (at the body size) a label with its value — a larger "Supervision: Prevention, …" is a title
// and its subtitle; then a list item by its enumerator; else text. The headings stage decides the levels (the outline first).
import type { BlockType } from '../model/element.js';
import { parseCaptionLabel } from '../text/caption-label.js';
import { parseNumbering } from '../text/numbering.js';
import { type Block, isCode, LIST_ITEM } from './blocks.js';
import type { PdfLine } from './read.js';
import { BULLETS, runsOn } from './run-in.js';

export { runsOn } from './run-in.js';

/** The CJK face of the body text (the font carrying most CJK characters), when the document sets any. */
export function bodyCjkFont(lines: readonly PdfLine[]): string | undefined {
  const chars = new Map<string, number>();
  for (const l of lines) if (l.cjk && l.fontName) chars.set(l.fontName, (chars.get(l.fontName) ?? 0) + l.text.length);
  let best: [string, number] | undefined;
  for (const e of chars) if (!best || e[1] > best[1]) best = e;
  return best?.[0];
}

/** A Hei (黑体) or Gothic face: the heavy sans CJK face headings are set in ("SimHei", "IPAexGothic", "NotoSansCJK"). */
const BOLD_NAME = /bold|black|heavy|cmbx|[-,]bd\b|\bbx\d/i;
const CJK_HEAVY_FACE = /hei|gothic|goth\b|kaku|sans|黑|ゴシック/i;

/** A bulleted or "(a)" item's opening. */
const BULLETED = new RegExp(String.raw`^\s*(?:[${BULLETS}*–-]|\([0-9a-z]{1,3}\))\s`, 'u');

export function blockType(b: Block, text: string, body: number, bodyCjk?: string): BlockType {
  const size = Math.max(...b.lines.map((l) => l.fontSize));
  const caption = parseCaptionLabel(text);
  if (caption && caption.kind !== 'equation' && text.length < 600)
    return caption.kind === 'table' ? 'table_caption' : 'image_caption';
  const short = b.lines.length <= 3 && text.length <= 200;
  const sentence = /[.;,。；，]$/u.test(text) && !/^\s*[\p{N}IVX]+(?:\.[\p{N}]+)*\.?\s/u.test(text);
  // a lead-in ending in a colon ("ACM Reference Format:", but not a numbered "A. optional arguments:") or a
  // label and its value ("Require: n ≥ 1", an algorithm's numbered step "6: else") reads on: not a heading
  const colonEnd =
    (/[:：]$/u.test(text) && !SECTION_NUMBER.test(text)) ||
    // and a bulleted or "(a)" item is an item, whatever its size
    BULLETED.test(text);
  // (a label and its value is set at the body size, in bold at most: a larger block opening "Supervision: …" is a
  // title with its subtitle — the `title-colon-subtitle` case)
  if (short && size >= body * 1.12 && !sentence && !colonEnd) return 'title';
  const leadIn = colonEnd || /^[\p{L}\p{N}]+[:：]\s/u.test(text);
  if (short && b.lines.every((l) => l.bold && !runsOn(l)) && text.length <= 120 && !sentence && !leadIn) return 'title';
  // (never a page's first block: a running head — "4 EXAMPLES 9" — is set off the same way)
  if (
    b.lines.length === 1 &&
    b.index > 0 &&
    text.length <= 100 &&
    !sentence &&
    !leadIn &&
    size >= body * 0.95 &&
    (setOff(b.lines[0]) || cjkSetOff(b.lines[0], bodyCjk))
  ) {
    return 'title';
  }
  if (LIST_ITEM.test(text) && size <= body * 1.05) return 'list_item';
  return 'text';
}

/**
 * A numbered CJK line in a Hei / Gothic face when the body's CJK face is another (a Song / Mincho one): "32 在 CJK
 * 中都可以使用哪些矢量字库？" in SimHei among SimSun prose. A body set in a Gothic face itself tells nothing, nor does
 * a list's enumerator ("4." — debmake-doc zh-cn's bold steps).
 */
export function cjkSetOff(line: PdfLine, bodyCjk: string | undefined): boolean {
  const font = line.fontName ?? '';
  if (!bodyCjk || font === bodyCjk || CJK_HEAVY_FACE.test(bodyCjk)) return false;
  // the Hei face carries the line, or a bold Latin face does with the Han text beside it ("7 什么是 AMS-TEX/AMS-LATEX？",
  // its Latin letters in CMBX10 outweighing the SimHei characters)
  const heavy = line.cjk ? CJK_HEAVY_FACE.test(font) : BOLD_NAME.test(font) && /\p{sc=Han}/u.test(line.text);
  if (!heavy) return false;
  // a single number closed by a point is a list's enumerator ("4. 安装二进制文件（“make install”）", a bold step)
  const text = line.text.trim();
  return !isCode(line) && !/^\p{Nd}+[.．、)）](?!\p{Nd})/u.test(text) && parseNumbering(text) !== undefined;
}

export const SECTION_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Z]\.)\s+\p{L}/u;

/**
 * A one-line block at the body size set off as a heading: in a small-caps font, or numbered like a section
 * ("1.", "2.3", "IV.", "A.") and in capitals or italics throughout ("I. PACKAGING WORKFLOW", "A. The
 * package"). Code never is.
 */
export function setOff(line: PdfLine): boolean {
  if (isCode(line)) return false;
  const t = line.text.trim();
  const letters = t.replace(/[^\p{L}]/gu, '');
  // capitals: every letter an upper-case one (Chinese or Japanese letters have no case: never capitals)
  const caps = letters.length >= 4 && /^\p{Lu}+$/u.test(letters);
  if (/caps|\bcsc|smallcap/i.test(line.fontName ?? '')) return true;
  return SECTION_NUMBER.test(t) && (caps || line.italic);
}
