// A line that opens in bold and runs on in another weight (a run-in head, "CAUTION Only one domU per image! While it
// is …"): read by the PDF input's block typing (src/pdf/block-type.ts: never a title by weight) and its grouping
// (src/pdf/blocks.ts: the line opens its paragraph, the next line in the text's weight goes on it).
import type { PdfLine } from './read.js';

/**
 * Bullet glyphs: acmart's is the bullet operator "∙" (U+2219, from its math font), the others text bullets. Unread, an
 * item's hanging line (set in) opened a block and the item's last line ran on into the next item's first.
 */
export const BULLETS = '•●▪◦‣∙';
/** A number or a bullet alone. */
const NUMBER_OR_BULLET = new RegExp(String.raw`^(?:[\p{N}IVXivx]+(?:\.[\p{N}]+)*\.?|[${BULLETS}*–-])$`, 'u');

/**
 * A line that opens in bold and runs on in another weight into words of its own: a run-in head ("binarypackage.bug-
 * control -x3 将安装至 binarypackage 软件包的…", bold by the width of its Latin term), a block heading at most by size,
 * never by weight. Not when the bold opening is only a number or a bullet ("4.4" before a title in another font).
 */
export function runsOn(line: PdfLine): boolean {
  const lead = line.boldLead?.trim();
  if (!lead || NUMBER_OR_BULLET.test(lead)) return false;
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
