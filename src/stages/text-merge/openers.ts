// Two-line chapter openers: "Chapter 1" / "Introduction", "Appendix A" / "Tools", "第一章" / "概述" set on two
// lines, which the parser reads as two blocks. They are one heading, so the two blocks are one group (the
// first block is the heading; the headings stage leaves a group's later members alone). A blank page header right
// above a title is such a label whose words the parser lost (Marker).
import type { Element } from '../../model/element.js';
import { endsSentence } from '../../text/chars.js';
import { parseNumbering } from '../../text/numbering.js';
import { ARTICLE_OPENER } from './patterns.js';

/** The judge's feature, rule and reason for these pairs (src/stages/text-merge.ts: strong evidence, judged first). */
export const OPENER = {
  feature: 'opener-label',
  rule: 'text-merge.two-line-opener',
  why: 'a chapter label alone with a title under it',
} as const;

/** A chapter-level label with its number and nothing else. */
const OPENER_LABEL =
  /^(?:(?:chapter|part|appendix|book|lecture|unit|annex|kapitel|teil|anhang|chapitre|annexe|capítulo|capitolo|hoofdstuk|chương|phần)\s+(?:\d{1,3}|[IVXLCDM]{1,6}|[A-Z])|第\s*[0-9０-９一二三四五六七八九十百〇零]{1,4}\s*[章部編编篇卷]|제\s*\d{1,3}\s*장)\.?$/iu;

/** The label alone on its line. */
export function isOpenerLabel(text: string): boolean {
  return OPENER_LABEL.test(text.trim());
}

/** Page fractions: how far below the label the title may start, and how close their left edges or centres stand. */
const MAX_GAP = 0.12;
const ALIGN = 0.03;
/** The widest a chapter label's box stands, as a share of the page's width. */
const LABEL_WIDTH = 0.3;

/**
 * The pairs [label, title] of two-line openers in the body's reading order: a label block alone (typed text, a
 * title, or a page header the furniture stage kept in the body: parsers type a chapter opener so), then at once
 * the title below it on the same page, aligned with it (left edges or centres), a title or a short line
 * without a sentence end that is no label itself; without boxes, the next such block.
 */
export function twoLineOpeners(body: readonly Element[]): Array<[Element, Element]> {
  const pairs: Array<[Element, Element]> = [];
  for (let i = 0; i + 1 < body.length; i++) {
    const [a, b] = [body[i], body[i + 1]];
    // A blank header kept in the body (Marker empties every block it labels PageHeader) is such a label whose
    // words were lost, when the title stands right under it as a label's title does.
    // Its box is a label's, short ("Chapter 12" at a display size), not a whole title's line.
    const blankLabel =
      a.type === 'header' && a.text.trim() === '' && a.bbox !== null && a.bbox[2] - a.bbox[0] <= LABEL_WIDTH;
    const label = (a.type === 'title' || a.type === 'text' || a.type === 'header') && isOpenerLabel(a.text);
    if (!label && !blankLabel) continue;
    const bText = b.text.trim();
    const titleLike =
      b.type === 'title' || (b.type === 'text' && bText.length > 0 && bText.length <= 80 && !endsSentence(bText));
    if (!titleLike || isOpenerLabel(bText) || b.page !== a.page) continue;
    // A line with a section number of its own ("4.2. …" under "第二章") is a heading of its own, not the label's name;
    // so is an article opening with its own label under a blank running head ("第 9 条（紛争の解決）", office rules).
    if (ownSectionNumber(bText) || (blankLabel && OWN_ARTICLE.test(bText))) continue;
    // Without boxes (Markdown output) the block right after the label is the title: the parser's own heading,
    // or a short line without a sentence end that it typed as text.
    if (!a.bbox && !b.bbox && !blankLabel) pairs.push([a, b]);
    if (!a.bbox || !b.bbox) continue;
    const below = b.bbox[1] >= a.bbox[3] - 0.005 && b.bbox[1] - a.bbox[3] <= MAX_GAP;
    const centre = (e: Element) => (e.bbox![0] + e.bbox![2]) / 2;
    const aligned = Math.abs(a.bbox[0] - b.bbox[0]) <= ALIGN || Math.abs(centre(a) - centre(b)) <= ALIGN;
    if (below && aligned) pairs.push([a, b]);
  }
  return pairs;
}

/** An article's own label opening a title ("第 9 条", "Article 4.", "ĐIỀU 5:"): no chapter label's lost words. */
const OWN_ARTICLE = new RegExp(`${ARTICLE_OPENER.source}|^(?:Article|Art\\.|Điều)\\s*\\d`, 'iu');

/** A section number of rank 2 or more opening the line ("6.2. …", "B.1.2 …"). */
function ownSectionNumber(text: string): boolean {
  const n = parseNumbering(text);
  return n?.ladder === 'decimal' && n.rank >= 2;
}
