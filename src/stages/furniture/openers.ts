// Headers the parser labelled that repeat nothing: furniture never eats content. A running head repeats — its text
// on other pages, or at least its place — and a page number follows the page sequence; a labelled header that does
// neither is a chapter opener, a section banner or a heading the parser took for the page's head, and stays body.
// Evidence, each weighed as `lone-header` against the parser's label (src/stages/furniture.ts, rule 5):
//  - a blank upright header (Marker empties the headers it finds, and the headings it takes for one) whose place — its
//    height on the page and its own height — no header, footer or page number on another page shares: without
//    text, the place is the only repetition a running head could show; a blank cell cut out of a table is not one
//    (./table-heads.ts blankCell, or another labelled box on its line);
//  - a header with a line after its page number ("1 Options\n\n3\n\n1 Options") where the document's other headers
//    end with their number ("1 Options\n\n4"): the section title opening the page, folded into the running head.
//  - in a repetition group whose members set their Latin letters in capitals ("第二章 DEBIAN 自由软件指导方针"), a
//    member in mixed case ("第二章 Debian 自由软件指导方针") is the chapter's own title that the running heads repeat.
//  - in a document that sets no running head (headers on under a third of its pages, none repeating), a one-line
//    header in a heading's shape after the first page: a section banner (./banner-headers.ts);
//  - a page number the parser labelled whose text is a word of Roman digits past 50 ("mc"): a word.
// The repetition key of labelled headers folds digits, and Roman numerals only where a page number stands (the
// first or last word): "debmake -cc" and "debmake -x" are two section names, not one running head.
import type { Element } from '../../model/element.js';
import { isBareLabel } from '../../text/numbering.js';
import { isRomanWordPast50, pageNumberValue } from '../../text/page-number.js';
import { groupBy } from '../../util/arrays.js';
import { bannerHeaders } from './banner-headers.js';
import { blankCell } from './table-heads.js';

/** How far (fraction of the page height) two running lines' centres may lie apart and still share a place. */
const PLACE_TOLERANCE = 0.012;
/** Labelled furniture the place of a blank header is compared with. */
const LABELLED = new Set(['header', 'footer', 'page_number']);

/** The repetition key of a labelled header's first line: digits folded, Roman numerals only at its ends. */
export function labelKey(text: string): string {
  const words = text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().split(' ');
  const roman = /^[ivxlc]+[.:]?$/;
  if (words.length > 0 && roman.test(words[0])) words[0] = '#';
  if (words.length > 1 && roman.test(words[words.length - 1])) words[words.length - 1] = '#';
  // A page number set before or after the running head on some pages only ("4 Z. Shen et al.", "… DIA 13").
  return words.join(' ').replace(/^# (?=\S)|(?<=\S) #$/g, '');
}

const centre = (e: Element) => (e.bbox![1] + e.bbox![3]) / 2;
const height = (e: Element) => e.bbox![3] - e.bbox![1];

/** Two boxes at one place: the same height on the page, of like height (within half). */
function samePlace(a: Element, b: Element): boolean {
  const [ha, hb] = [height(a), height(b)];
  return Math.abs(centre(a) - centre(b)) <= PLACE_TOLERANCE && Math.min(ha, hb) * 2 >= Math.max(ha, hb);
}

/** Blank labelled headers whose place no labelled header, footer or page number on another page shares. */
export function blankLoneHeaders(elements: readonly Element[], byPage: Map<number, Element[]>): Set<number> {
  const labelled = elements.filter((e) => LABELLED.has(e.type) && e.bbox);
  const out = new Set<number>();
  for (const el of labelled) {
    if (el.type !== 'header' || el.text.trim() || blankCell(el, byPage.get(el.page) ?? [])) continue;
    // a stamp set sideways or in a side margin (arXiv's) is no heading
    const [x1, y1, x2, y2] = el.bbox!;
    if (y2 - y1 > 2 * (x2 - x1) || x2 <= 0.1 || x1 >= 0.9) continue;
    // another labelled box on its line: a row of cells cut out of a table, not a heading
    if (labelled.some((o) => o !== el && o.page === el.page && samePlace(el, o))) continue;
    if (!labelled.some((o) => o.page !== el.page && samePlace(el, o))) out.add(el.id);
  }
  return out;
}

const linesOf = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l);

/** Index of the first line that is a page number, past the first line; -1 when none. */
const numberLine = (lines: string[]) => lines.findIndex((l, i) => i > 0 && pageNumberValue(l) !== undefined);

/**
 * Headers with text after their page number, where two or more of the document's headers end with it: the
 * running head's habit is "head, number", and the line after it a title folded in.
 */
export function titleAfterNumberHeaders(elements: readonly Element[]): Set<number> {
  const headers = elements.filter((e) => e.type === 'header');
  const ending = headers.filter((e) => {
    const lines = linesOf(e.text);
    return lines.length >= 2 && numberLine(lines) === lines.length - 1;
  });
  const after = headers.filter((e) => {
    const lines = linesOf(e.text);
    const at = numberLine(lines);
    return at > 0 && at < lines.length - 1;
  });
  // more of them than of the headers ending with their number: "head, number, name" is the habit itself
  if (ending.length < 2 || after.length >= ending.length) return new Set();
  return new Set(after.map((e) => e.id));
}

/**
 * What repeats of a labelled header or footer, said in its decision: the pages its text (first line, key as above)
 * heads, else the pages that share its place (boxes), else nothing.
 */
export function repetitionNote(el: Element, labelled: readonly Element[]): string {
  if (pageNumberValue(el.text) !== undefined && !isRomanWordPast50(el.text)) return '; its text is a page number';
  const key = labelKey(linesOf(el.text)[0] ?? '');
  const textPages = new Set(
    labelled.filter((o) => o.text.trim() && labelKey(linesOf(o.text)[0] ?? '') === key).map((o) => o.page),
  );
  if (key && textPages.size >= 2) return `; its text stands in the ${el.type}s of ${textPages.size} pages`;
  if (el.bbox) {
    const placePages = new Set(labelled.filter((o) => o.bbox && samePlace(el, o)).map((o) => o.page));
    if (placePages.size >= 2) return `; its place is that of labelled furniture on ${placePages.size} pages`;
  }
  return '; neither its text nor its place repeats on another page';
}

/** Why each lone labelled header is body (the clause its decision adds), `lone` those of ./lone-headers.ts. */
export function loneReasons(
  elements: readonly Element[],
  byPage: Map<number, Element[]>,
  lone: ReadonlySet<number>,
): Map<number, string> {
  const out = new Map<number, string>();
  for (const id of lone) out.set(id, ", but its text heads no other page while the document's running heads repeat");
  const blank = ', but it is blank and no header, footer or page number on another page stands at its place';
  for (const id of blankLoneHeaders(elements, byPage)) if (!out.has(id)) out.set(id, blank);
  const folded = ', but a title follows its page number where the other headers end with theirs';
  for (const id of titleAfterNumberHeaders(elements)) if (!out.has(id)) out.set(id, folded);
  const roman = ', but its text is a word of Roman digits worth more than 50, not a page number';
  for (const e of elements)
    if (e.type === 'page_number' && isRomanWordPast50(e.text) && !out.has(e.id)) out.set(e.id, roman);
  const banners = bannerHeaders(elements);
  for (const id of banners.ids) if (!out.has(id)) out.set(id, banners.reason);
  return out;
}

/** Latin letters all capitals; undefined for text with fewer than three Latin letters. */
function capitals(text: string): boolean | undefined {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length < 3 ? undefined : letters === letters.toUpperCase();
}

/**
 * Members of a repetition group set in mixed case where at least two others, and four in five of those with Latin
 * letters, are in capitals: the title the running heads repeat, not one of them.
 */
export function mixedCaseMembers(els: readonly Element[]): Set<Element> {
  const cased = els.map((e) => ({ e, caps: capitals(e.text) })).filter((x) => x.caps !== undefined);
  const caps = cased.filter((x) => x.caps).length;
  if (caps < 2 || caps < 0.8 * cased.length) return new Set();
  return new Set(cased.filter((x) => !x.caps).map((x) => x.e));
}

/**
 * Elements the parser labelled header or footer whose text (digits folded, first line) it labels so on another
 * page too: a repetition (a table's header row the parser cut out on every page it runs over), never body.
 */
export function repeatedLabelled(elements: readonly Element[]): Set<number> {
  const labelled = elements.filter((e) => (e.type === 'header' || e.type === 'footer') && e.text.trim());
  // A bare opener ("Chapter 2", "Chapter 3") keeps its number, as in loneHeaders(): each opens one chapter.
  const keyOf = (e: Element) => {
    const first = e.text.trim().split('\n')[0];
    return `${e.type}|${isBareLabel(first) ? first.trim() : labelKey(first)}`;
  };
  const groups = groupBy(labelled, keyOf);
  const out = new Set<number>();
  for (const els of groups.values()) if (new Set(els.map((e) => e.page)).size >= 2) for (const e of els) out.add(e.id);
  return out;
}
