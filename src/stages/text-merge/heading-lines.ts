// A heading given line by line: a heading printed on two lines or more that the parser gave as one title block per
// line ("A Guide to Building Packages from" / "Their Upstream Sources"). They are one heading, so the lines are one
// group; the first is the heading, and the headings stage leaves a group's later members alone (as with the two-line
// openers of ./openers.ts).
// Evidence, all needed: both typed title; the same page, the second right under the first (its top within 0.6 of a
// line's height of the first's bottom: a heading and the next heading stand further apart); the same line height
// (never taller, at most a fifth shorter); left edges or centres aligned, or the second hung under the first's words
// past its number ("1 CUSTOMIZING HOW PACKAGES" / "ARE DISPLAYED", acmart: where the number's share of the first line's
// characters puts them) or centred under those words ("A.1 Snapshot upstream tarball (alternative" / "git deborig
// approach)", ctexbook's centred appendix sections), or indented under them by up to a quad more ("2 Future
// perspective on" / "Debian packaging prac-"); the first line about as wide as the second or wider (a
// wrapped line fills its measure; a short heading over a longer one is two headings); the second opens no numbering,
// chapter label or keyword of its own ("2.1 …", "Chapter 3", "Abstract"); the first ends no sentence and is no
// label alone. Without boxes, only where the first line ends in a word no heading ends with (./heading-lines-open.ts):
// the order alone cannot tell a wrapped line from the next heading.
import type { Element } from '../../model/element.js';
import { endsSentence } from '../../text/chars.js';
import { isTopKeyword, parseNumbering } from '../../text/numbering.js';
import { endsOpen } from './heading-lines-open.js';
import { isOpenerLabel } from './openers.js';

/** The judge's feature, rule and reason for these pairs (src/stages/text-merge.ts: strong evidence, judged first). */
export const HEADING_LINES = {
  feature: 'heading-lines',
  rule: 'text-merge.heading-lines',
  why: 'a heading given line by line: the next line right under it, alike and aligned',
} as const;

/** Page fractions: how close left edges or centres stand. */
const ALIGN = 0.02;

const height = (b: readonly number[]) => b[3] - b[1];
const width = (b: readonly number[]) => b[2] - b[0];

/**
 * `b` stands right under `a`, as the next line of one block: close, of the same line height, aligned (at `hang`, the
 * left edge of the first line's words past its number, when it has one).
 */
function nextLine(a: readonly number[], b: readonly number[], hang?: number): boolean {
  const [ha, hb] = [height(a), height(b)];
  // a wrapped line is set in the same type: never taller (a larger line under a title is a heading of its own:
  // "Supplementary Material" under a supplement's repeated title), at most a fifth shorter (no descenders)
  if (ha <= 0 || hb > ha * 1.08 || hb < ha * 0.8) return false;
  const gap = b[1] - a[3];
  if (gap < -0.25 * ha || gap > 0.6 * ha) return false;
  const left = Math.abs(a[0] - b[0]) <= ALIGN;
  const centre = Math.abs((a[0] + a[2]) / 2 - (b[0] + b[2]) / 2) <= ALIGN;
  // aligned with the words past the number: hung under them, or centred under them (a centred appendix heading)
  // (a number's box is wider than its characters' share by a quad: up to one and a half line heights more)
  const hung =
    hang !== undefined &&
    (Math.abs(hang - b[0]) <= ALIGN ||
      Math.abs((hang + a[2]) / 2 - (b[0] + b[2]) / 2) <= ALIGN ||
      (b[0] - a[0] > ALIGN && b[0] <= hang + 1.5 * ha));
  return left || centre || hung;
}

/** A section number and its space opening the line ("1 ", "2.3. ", an appendix's "B ", "A.1 "). */
const NUMBER_PREFIX = /^(?:\d{1,2}|[A-Z])(?:\.\d{1,2})*\.?\s+(?=\p{L})/u;

/**
 * Where the words of a numbered first line start: its left edge plus the number's share of its characters (the
 * width of the line's type is even enough at this scale); undefined for a line without a number.
 */
function hangOf(text: string, box: readonly number[]): number | undefined {
  const prefix = NUMBER_PREFIX.exec(text)?.[0];
  return prefix ? box[0] + (width(box) * prefix.length) / text.length : undefined;
}

/** The second block opens a heading of its own: a number (alone too: "1.1", set apart from its words), a chapter label or a top keyword. */
function opensOwnHeading(text: string): boolean {
  return (
    parseNumbering(text) !== undefined ||
    /^(?:\d{1,2}|[A-Z])(?:\.\d{1,2})+\.?$|^\d{1,2}\.?$/.test(text) ||
    isOpenerLabel(text.split(/\s+/).slice(0, 2).join(' ')) ||
    isTopKeyword(text)
  );
}

/** The pairs [line, next line] of headings given line by line, in the body's reading order. */
export function headingLines(body: readonly Element[]): Array<[Element, Element]> {
  const pairs: Array<[Element, Element]> = [];
  for (let i = 0; i + 1 < body.length; i++) {
    const [a, b] = [body[i], body[i + 1]];
    if (a.type !== 'title' || b.type !== 'title' || a.page !== b.page) continue;
    const [aText, bText] = [a.text.trim(), b.text.trim()];
    if (!aText || !bText || endsSentence(aText) || isOpenerLabel(aText) || opensOwnHeading(bText)) continue;
    // without boxes, only a first line cut after a word no heading ends with (./heading-lines-open.ts)
    if (!a.bbox && !b.bbox && endsOpen(aText)) pairs.push([a, b]);
    if (!a.bbox || !b.bbox) continue;
    if (!nextLine(a.bbox, b.bbox, hangOf(aText, a.bbox))) continue;
    // a wrapped line fills its measure: the first about as wide as the second or wider
    if (width(a.bbox) < 0.8 * width(b.bbox)) continue;
    pairs.push([a, b]);
  }
  return pairs;
}
