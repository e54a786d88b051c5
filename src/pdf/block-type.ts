// A PDF input block's type (src/adapters/pdf.ts): a caption by its float label first, then a title candidate by
// font (larger than the body by 12 % or more, or bold throughout, short and not ending like a sentence; a one-line
// block at the body size set off in small capitals, or numbered like a section in capitals or italics, never a
// page's first block), never a lead-in ending in a colon or a label with its value; then a list item by its
// enumerator; else text. The headings stage decides the levels (the outline first).
import type { BlockType } from '../model/element.js';
import { parseCaptionLabel } from '../text/caption-label.js';
import { type Block, isCode, LIST_ITEM } from './blocks.js';
import type { PdfLine } from './read.js';

export function blockType(b: Block, text: string, body: number): BlockType {
  const size = Math.max(...b.lines.map((l) => l.fontSize));
  const caption = parseCaptionLabel(text);
  if (caption && caption.kind !== 'equation' && text.length < 600)
    return caption.kind === 'table' ? 'table_caption' : 'image_caption';
  const short = b.lines.length <= 3 && text.length <= 200;
  const sentence = /[.;,。；，]$/u.test(text) && !/^\s*[\p{N}IVX]+(?:\.[\p{N}]+)*\.?\s/u.test(text);
  // a lead-in ending in a colon ("ACM Reference Format:", but not a numbered "A. optional arguments:") or a
  // label and its value ("Require: n ≥ 1", an algorithm's numbered step "6: else") reads on: not a heading
  const leadIn =
    (/[:：]$/u.test(text) && !SECTION_NUMBER.test(text)) ||
    /^[\p{L}\p{N}]+[:：]\s/u.test(text) ||
    // and a bulleted or "(a)" item is an item, whatever its size
    /^\s*(?:[•●▪◦‣*–-]|\([0-9a-z]{1,3}\))\s/u.test(text);
  if (short && size >= body * 1.12 && !sentence && !leadIn) return 'title';
  if (short && b.lines.every((l) => l.bold && !runsOn(l)) && text.length <= 120 && !sentence && !leadIn) return 'title';
  // (never a page's first block: a running head — "4 EXAMPLES 9" — is set off the same way)
  if (
    b.lines.length === 1 &&
    b.index > 0 &&
    text.length <= 100 &&
    !sentence &&
    !leadIn &&
    size >= body * 0.95 &&
    setOff(b.lines[0])
  ) {
    return 'title';
  }
  if (LIST_ITEM.test(text) && size <= body * 1.05) return 'list_item';
  return 'text';
}

/**
 * A line that opens in bold and runs on in another weight into words of its own: a run-in head ("binarypackage.bug-
 * control -x3 将安装至 binarypackage 软件包的…", bold by the width of its Latin term), a block heading at most by size,
 * never by weight. Not when the bold opening is only a number or a bullet ("4.4" before a title in another font).
 */
export function runsOn(line: PdfLine): boolean {
  const lead = line.boldLead?.trim();
  if (!lead || /^(?:[\p{N}IVXivx]+(?:\.[\p{N}]+)*\.?|[•●▪◦‣*–-])$/u.test(lead)) return false;
  // words of its own: two or more, or three Han/kana characters — not a title's last word in another font ("9.2
  // The encoding definition file lgienc.def", the file name in a typewriter font)
  const text = line.text.trim();
  const last = lead.split(/\s+/).pop() ?? '';
  const at = text.indexOf(last);
  const rest = at < 0 ? '' : text.slice(at + last.length);
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const cjk = rest.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu)?.length ?? 0;
  return words >= 2 || cjk >= 3;
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
