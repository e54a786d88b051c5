// Page furniture: which elements are running headers, running footers or page numbers (not body).
//
// Evidence, strongest first (each rule marks what an earlier one left; feature ids `furniture.<id>`,
// weighed with src/weights/furniture.ts: a rule marks an element when its score is positive):
//  0. With the source PDF (`--pdf`): a text in a band that is its page's label (`pdf-page-label`); a text the PDF's
//     outline names on its page (src/pdf/outline.ts: a heading) weighs against every rule (`outline-heading`).
//  1. A page-number pattern ("7", "- 7 -", "Page 7 of 40", "7/40", "vii", "第7页") in the top or bottom band
//     (`page-number-pattern`), stronger when it follows the page sequence (`page-sequence`), else when the parser
//     labelled it (`page-number-label`); a lone centred number at a page's foot above the band, in that sequence.
//  2. Repetition: the same text (digits folded) in the same band on many pages — or on many pages of
//     one parity, for alternating left/right running heads (`repeat-band`, and `repeats` = the fraction
//     of pages it repeats on).
//  3. Position alone: a short, small line in the page margin, well clear of the body (`margin`).
//  4. The document's running line: a short line on the height where this document sets its running heads
//     (feet), decided once per document (./furniture/habits.ts), at the top (bottom) of its page
//     (`running-line`): the section name a running head changes from page to page — not a heading the parser
//     typed so where it labels the document's other running lines (`heading-on-labelled-line`,
//     ./furniture/line-heading.ts).
//  4b. Without coordinates: a short line paired with the page number at the page's edge, where the document
//     pairs them so on most numbered pages (`beside-page-number`, ./furniture/edges.ts).
//  4c. A table's header row repeated, cut out into loose lines, where the table runs onto the page, or copied out
//     of the table on its own page (`table-head`, ./furniture/table-heads.ts).
//  4d. The arXiv stamp read as scraps before the first page's title, without coordinates (`stamp-scraps`,
//     ./furniture/stamp-scraps.ts).
//  4e. A masthead the parser discarded, over its page's body (`discarded-head`, ./furniture/page-head.ts).
//  5. The parser's own header/footer/page-number label (`parser-label`), trusted inside a band
//     (`band`), doubted in mid-page, and not taken for a header whose text heads no other page when the
//     document's labelled headers repeat (`lone-header`: a chapter opener or section banner stays body) —
//     unless it is a running head naming the current section: its last line a page number, or its words
//     those of a title on its page or before (of any element on its page: a title the parser typed as text); nor a
//     blank header whose place heads no other page, nor a title folded in after the page number (./furniture/openers.ts)
//     — its decision says what repeats: its text, its place, or nothing. A labelled footer that repeats nothing and
//     opens with a note mark is a page footnote (`note-mark`, ./furniture/note-footer.ts). In a document that sets
//     no running head, a one-line header alone on its page after the first is a section banner (./furniture/
//     banner-headers.ts), and a Roman-digit word labelled page number ("mc") a word — both weighed as `lone-header`.
// Never furniture, whatever the band: a heading's number set apart before its title ("01", "2.1.",
// ./furniture/heading-badges.ts); a table's own head row read out before its first piece (./furniture/own-head-row.ts).
// The bands are the engine's `topBand` / `bottomBand`, widened to the document's running lines when it sets
// them lower (higher); an element placed in a band only by that habit says so (`habit-band`).
// Long text is never furniture by repetition alone; body elements in mid-page never are; a repeat
// that stands elsewhere or is much taller than the running head (the chapter title the head repeats)
// is not part of it.
import { type Decision, decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import type { Observation } from '../model/evidence.js';
import type { EngineOptions } from '../options.js';
import { isContinuationNote } from '../text/caption-label.js';
import { normalizeForRepeat } from '../text/chars.js';
import { isRomanWordPast50, pageNumberValue } from '../text/page-number.js';
import { groupBy, minOf } from '../util/arrays.js';
import { colophonLines } from './furniture/colophon.js';
import { besidePageNumbers, type Displaced, displacedBand, enoughOwnPages, isRunningText } from './furniture/edges.js';
import { footNumbers } from './furniture/foot-number.js';
import { type FurnitureHabits, furnitureHabits, onRunningLine } from './furniture/habits.js';
import { headingBadges } from './furniture/heading-badges.js';
import { inBody } from './furniture/in-body.js';
import { headingsOnLabelledLine } from './furniture/line-heading.js';
import { loneHeaders } from './furniture/lone-headers.js';
import { opensWithNoteMark } from './furniture/note-footer.js';
import { loneReasons, mixedCaseMembers, repeatedLabelled, repetitionNote } from './furniture/openers.js';
import { ownHeadRows } from './furniture/own-head-row.js';
import { pageHeadMarks } from './furniture/page-head.js';
import { numbersFollowPages, numbersOf, pageOffset } from './furniture/page-offset.js';
import { sameSpot } from './furniture/same-spot.js';
import { submissionFeet } from './furniture/submission.js';
import { duplicatedTableHeads, headerRowCandidates, repeatedTableHeads } from './furniture/table-heads.js';
import { titleBlockLines } from './furniture/title-block.js';
import type { FurnitureKind, FurnitureResult, StageInput } from './types.js';
import { seen, type Weigh, weigher } from './weigh.js';

type Band = 'top' | 'bottom' | 'middle';
type Options = EngineOptions['furniture'];

/** `index` is the element's place in `pageElements` (passed in: looking it up would be quadratic on a page). */
function bandOf(el: Element, index: number, pageElements: Element[], top: number, bottom: number): Band {
  if (el.bbox) {
    const cy = (el.bbox[1] + el.bbox[3]) / 2;
    if (cy < top) return 'top';
    if (cy > bottom) return 'bottom';
    return 'middle';
  }
  // No coordinates: the first and last elements of a page stand in for the bands.
  if (index === 0) return 'top';
  if (index === pageElements.length - 1) return 'bottom';
  return 'middle';
}

const FURNITURE_TYPES = new Set(['header', 'footer', 'page_number']);
const CANDIDATE_TYPES = new Set([
  'header',
  'footer',
  'page_number',
  'text',
  'title',
  'page_title',
  'aside_text',
  'list_item',
]);

/** What the rules share: the elements' bands, and the marks made so far. */
interface Marks {
  kinds: Map<number, FurnitureKind>;
  decisions: Decision[];
  bands: Map<number, Band>;
  /** Elements in a band only because the document's running lines widen it (the habit was used). */
  habitBand: Set<number>;
  weigh: Weigh;
}

/** Marks `el` as furniture when no earlier rule did and the evidence weighs for it. */
function mark(m: Marks, el: Element, kind: FurnitureKind, rule: string, message: string, evidence: Observation[]) {
  if (m.kinds.has(el.id)) return;
  if (el.hints?.outlineLevel !== undefined && el.text.trim())
    evidence = [...evidence, seen('furniture.outline-heading')];
  if (m.habitBand.has(el.id)) {
    evidence = [...evidence, seen('furniture.habit-band')];
    message += ' (the band where this document sets its running lines)';
  }
  const { score, confidence, features } = m.weigh(evidence);
  if (score <= 0) return;
  m.kinds.set(el.id, kind);
  m.decisions.push(decision('furniture', rule, message, confidence, [el], true, 'rules', features));
}

const kindForBand = (band: Band, el: Element): FurnitureKind =>
  el.type === 'header' || el.type === 'footer' ? el.type : band === 'top' ? 'header' : 'footer';

function pagesOf(elements: readonly Element[]): Map<number, Element[]> {
  const byPage = new Map<number, Element[]>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    const list = byPage.get(el.page);
    if (list) list.push(el);
    else byPage.set(el.page, [el]);
  }
  return byPage;
}

/** Each candidate's band, and the candidates in a band grouped by band + folded text (for repetition). */
function bandsAndRepeats(byPage: Map<number, Element[]>, opt: Options, habits: FurnitureHabits) {
  const repeats = new Map<string, Element[]>();
  const bands = new Map<number, Band>();
  const habitBand = new Set<number>();
  const displaced: Array<{ el: Element } & Displaced> = [];
  const displacedNumbers = new Set<number>();
  // The document's running lines widen the fixed bands to take them in.
  const top = Math.max(opt.topBand, (habits.head?.bottom ?? 0) + 0.001);
  const bottom = Math.min(opt.bottomBand, (habits.foot?.top ?? 1) - 0.001);
  for (const [, els] of byPage) {
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (!CANDIDATE_TYPES.has(el.type)) continue;
      const band = bandOf(el, i, els, top, bottom);
      bands.set(el.id, band);
      if (band !== 'middle' && el.bbox && bandOf(el, i, els, opt.topBand, opt.bottomBand) === 'middle')
        habitBand.add(el.id);
      if (band === 'middle') {
        const moved = displacedBand(el, i, els);
        if (moved) displaced.push({ el, ...moved });
        continue;
      }
      if (el.text.length > opt.maxLength || !el.text.trim()) continue;
      const key = `${band}|${normalizeForRepeat(el.text)}`;
      const list = repeats.get(key);
      if (list) list.push(el);
      else repeats.set(key, [el]);
    }
  }
  // A displaced line joins its band's group of the same text; lines displaced alike on many pages (a second
  // running line under the first) make a group of their own, weighed like any repetition.
  const own = new Map<string, Element[]>();
  // …under (over) a first line that itself repeats in its band on three pages or more (or on all of one parity).
  const repeatedEdge = (el: Element, band: Band) => {
    const els = byPage.get(el.page)!;
    if (els.length < 4) return false;
    const edge = band === 'top' ? els[0] : els[els.length - 1];
    const group = repeats.get(`${band}|${normalizeForRepeat(edge.text)}`) ?? [];
    return enoughOwnPages(group, byPage);
  };
  for (const { el, band, second, number } of displaced) {
    if (el.text.length > opt.maxLength || !el.text.trim()) continue;
    // A page number the running head displaced: in its band, taken only if it follows the page sequence.
    if (number) {
      bands.set(el.id, band);
      displacedNumbers.add(el.id);
      continue;
    }
    const key = `${band}|${normalizeForRepeat(el.text)}`;
    const list = repeats.get(key);
    // Beside the page number, or under (over) a repeated first line: into its band's group of the same text, or a
    // group of its own when no line at the edge has its text (taken on three pages or more, below) — beside the
    // number, only a line a running head may be (no sentence).
    if (list && (!second || repeatedEdge(el, band))) {
      list.push(el);
      bands.set(el.id, band);
    } else if (second ? repeatedEdge(el, band) : isRunningText(el)) own.set(key, [...(own.get(key) ?? []), el]);
  }
  for (const [key, els] of own) {
    if (!enoughOwnPages(els, byPage)) continue;
    repeats.set(key, els);
    for (const el of els) bands.set(el.id, key.startsWith('top') ? 'top' : 'bottom');
  }
  return { bands, repeats, habitBand, displacedNumbers };
}

/**
 * 1. Page numbers. A number whose offset from the page index is shared by another page's number in the
 * same band follows the page sequence (counted per band and offset: linear time). Returns the sequence's offsets.
 */
function markPageNumbers(m: Marks, elements: readonly Element[], displaced: ReadonlySet<number>): Set<number> {
  const numbered: Array<{ el: Element; band: Band; value: number }> = [];
  const offsetPages = new Map<string, Set<number>>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    const band = m.bands.get(el.id);
    if (!band || band === 'middle') continue;
    const value = pageNumberValue(el.text);
    if (value === undefined) continue;
    numbered.push({ el, band, value });
    const key = `${band}|${value - el.page}`;
    const pages = offsetPages.get(key);
    if (pages) pages.add(el.page);
    else offsetPages.set(key, new Set([el.page]));
  }
  for (const { el, band, value } of numbered) {
    const consistent = (offsetPages.get(`${band}|${value - el.page}`)?.size ?? 0) >= 2;
    // A lone year ("2023" under a title) has the form of a page number only: it needs the sequence or a label.
    if (!consistent && el.type !== 'page_number' && isYear(el.text)) continue;
    // A lone word of roman digits past "l" ("mc", "mix") is a word: front matter is not numbered so far.
    if (!consistent && el.type !== 'page_number' && isRomanWordPast50(el.text)) continue;
    // One place in from the page's edge (./furniture/edges.ts), a number needs the sequence.
    if (!consistent && displaced.has(el.id)) continue;
    // A number in the page sequence needs no label to be sure; a lone one leans on the parser's.
    const evidence = [seen('furniture.page-number-pattern')];
    if (consistent) evidence.push(seen('furniture.page-sequence'));
    else if (el.type === 'page_number') evidence.push(seen('furniture.page-number-label'));
    const text = el.text.trim();
    const [rule, message] = consistent
      ? [
          'furniture.page-number-sequence',
          `"${text}" is a page number: it follows the page sequence in the ${band} band`,
        ]
      : ['furniture.page-number-pattern', `"${text}" has the form of a page number in the ${band} band`];
    mark(m, el, 'page_number', rule, message, evidence);
  }
  return new Set([...offsetPages].filter(([, pages]) => pages.size >= 2).map(([key]) => Number(key.split('|')[1])));
}

/** A four-digit year, 1900–2099: on a page of its own it is a date line, not a page number. */
const isYear = (text: string): boolean => /^(?:19|20)\d\d$/.test(text.trim());

/**
 * 0. The source PDF's page labels (`--pdf`, src/pdf/align.ts): a text in a band that is its page's own
 * label ("iv" in roman front matter, "A-3") is the page number, whatever its form.
 */
function markPageLabels(m: Marks, elements: readonly Element[]): void {
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    const label = el.hints?.pdf?.pageLabel;
    const band = m.bands.get(el.id);
    if (label === undefined || !band || band === 'middle') continue;
    const message = `"${el.text.trim()}" is this page's label in the PDF, in the ${band} band`;
    mark(m, el, 'page_number', 'furniture.pdf-page-label', message, [seen('furniture.pdf-page-label')]);
  }
}

/** 2. Repetition across pages (all pages, or one parity for alternating heads). */
function markRepeats(
  m: Marks,
  repeats: Map<string, Element[]>,
  pageCount: number,
  opt: Options,
  titleBlock: ReadonlySet<number>,
  ownHeads: ReadonlySet<number>,
): void {
  for (const [key, all] of repeats) {
    const band = key.startsWith('top') ? 'top' : 'bottom';
    // A float's "continued" line repeats where its table goes on: it is the table's, not the page's.
    const spot = sameSpot(all).filter((e) => !isContinuationNote(e.text));
    // Texts that differ only in their numbers are one running line when the numbers follow the pages
    // ("Page 3", "Page 4"); numbered chapter openers ("Chapter 1" … "Chapter 3") are not: each exact text
    // is then a group of its own.
    const groups = numbersFollowPages(spot) ? [spot] : [...groupBy(spot, (e) => e.text.trim()).values()];
    // a table's own head row read out before its first piece shows the repetition but is the table's (own-head-row.ts)
    for (const els of groups) {
      const heads = els.filter((e) => ownHeads.has(e.id));
      const rest = els.filter((e) => !ownHeads.has(e.id));
      markRepeatGroup(m, withoutSetApart(rest, titleBlock), band, pageCount, opt, heads);
    }
  }
}

/**
 * The members of a repetition group but those the parser set apart from the rest: a title where the others are not
 * (the document's title that its running heads repeat), one in mixed case where the others are in capitals
 * (./furniture/openers.ts), or, on the first page, a line the parser left in the body where it labelled the others
 * header or footer (the cover's name of the document), or the line under the title opening the first page (title-block).
 */
function withoutSetApart(els: Element[], titleBlock: ReadonlySet<number>): Element[] {
  const titles = els.filter((e) => e.type === 'title').length;
  const labelled = els.filter((e) => FURNITURE_TYPES.has(e.type)).length;
  const first = minOf(els.map((e) => e.page));
  const texts = new Set(els.map((e) => e.text.trim())).size;
  // A title that carries the group's page number ("2 Z. Shen et al." typed Title among "4 Z. Shen et al." …) is
  // one of the running heads, not the document's title they repeat.
  const offset = texts > 1 ? pageOffset(els) : undefined;
  const mixed = mixedCaseMembers(els);
  return els.filter((e) => {
    if (e.type === 'title' && titles * 2 < els.length && !(offset !== undefined && numbersOf(e).has(e.page + offset)))
      return false;
    if (mixed.has(e)) return false;
    if (texts > 1 && isYear(e.text)) return false;
    if (titleBlock.has(e.id) && !FURNITURE_TYPES.has(e.type)) return false;
    return !(e.page === first && e.page <= 1 && !FURNITURE_TYPES.has(e.type) && labelled * 2 > els.length);
  });
}

function markRepeatGroup(
  m: Marks,
  els: Element[],
  band: 'top' | 'bottom',
  pageCount: number,
  opt: Options,
  alsoShown: readonly Element[] = [],
): void {
  const pages = new Set([...els, ...alsoShown].map((e) => e.page));
  if (pages.size < 2) return;
  const sameParity = Math.ceil(pageCount / 2);
  const parities = new Set(els.map((e) => e.page % 2));
  const fraction = pages.size / (parities.size === 1 ? sameParity : pageCount);
  const enough =
    pages.size >= opt.minRepeats || (pageCount <= opt.shortDocumentPages && pages.size >= 2) || fraction >= 0.5;
  if (!enough || fraction < opt.minRepeatFraction / 2) return;
  const evidence = [seen('furniture.repeat-band'), seen('furniture.repeats', Math.min(1, fraction))];
  for (const el of els) {
    const message = `"${el.text.trim().slice(0, 40)}" repeats in the ${band} band on ${pages.size} of ${pageCount} pages`;
    mark(m, el, kindForBand(band, el), 'furniture.repeated-text', message, evidence);
  }
}

/**
 * 3. Position alone: a short, small line in the page margin, well clear of the body (a running head
 * on a document too short to show repetition).
 */
function markMargins(m: Marks, byPage: Map<number, Element[]>, opt: Options): void {
  for (const [, els] of byPage) {
    const boxed = els.filter((e) => e.bbox && !m.kinds.has(e.id));
    // The body's top and bottom edges on this page, once (not per margin line: that was quadratic).
    // A margin line is never 'middle' itself, so leaving it out of the body changes nothing.
    let bodyTop = Number.POSITIVE_INFINITY;
    let bodyBottom = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < boxed.length; i++) {
      const o = boxed[i];
      if (m.bands.get(o.id) !== 'middle') continue;
      if (o.bbox![1] < bodyTop) bodyTop = o.bbox![1];
      if (o.bbox![3] > bodyBottom) bodyBottom = o.bbox![3];
    }
    for (let i = 0; i < boxed.length; i++) {
      const el = boxed[i];
      const band = m.bands.get(el.id);
      if (!band || band === 'middle' || !CANDIDATE_TYPES.has(el.type) || el.text.trim().length > opt.maxMarginLength)
        continue;
      const [, y1, , y2] = el.bbox!;
      const inMargin = band === 'top' ? y2 <= opt.marginBand : y1 >= 1 - opt.marginBand;
      if (!inMargin || y2 - y1 > opt.maxMarginHeight) continue;
      const gap = band === 'top' ? bodyTop - y2 : y1 - bodyBottom;
      if (gap < 2 * (y2 - y1)) continue;
      const message = `a short line alone in the ${band} margin`;
      mark(m, el, kindForBand(band, el), 'furniture.margin-position', message, [seen('furniture.margin')]);
    }
  }
}

/**
 * 4. The document's running lines: a short line on the height where the document sets its running heads
 * (feet), first (last) on its page, is one of them even when its text changes from page to page.
 */
function markRunningLines(m: Marks, byPage: Map<number, Element[]>, habits: FurnitureHabits, opt: Options): void {
  const all = [...byPage.values()].flat();
  const headings = new Set([...headingsOnLabelledLine(all, habits.head), ...headingsOnLabelledLine(all, habits.foot)]);
  for (const [, els] of byPage) {
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (m.kinds.has(el.id) || !CANDIDATE_TYPES.has(el.type) || el.text.trim().length > opt.maxMarginLength) continue;
      const edge = onRunningLine(el, habits.head) ? 'head' : onRunningLine(el, habits.foot) ? 'foot' : undefined;
      if (!edge) continue;
      const [, y1, , y2] = el.bbox!;
      // Nothing of the body beyond it: it is the page's first (last) line.
      const beyond = els.some(
        (o) => o !== el && o.bbox && !m.kinds.has(o.id) && (edge === 'head' ? o.bbox[3] <= y1 : o.bbox[1] >= y2),
      );
      if (beyond) continue;
      const line = habits[edge]!;
      const where = edge === 'head' ? 'running heads' : 'running feet';
      const message = `a short line where this document sets its ${where} (at ${(line.center * 100).toFixed(1)}% of the page height, on ${line.pages} pages)`;
      const kind: FurnitureKind = edge === 'head' ? 'header' : 'footer';
      const evidence = [seen('furniture.running-line')];
      if (headings.has(el)) evidence.push(seen('furniture.heading-on-labelled-line'));
      mark(m, el, kind, 'furniture.running-line', message, evidence);
    }
  }
}

/** 4b. Without coordinates: the short line paired with the page number at its edge, the document's habit. */
function markBesideNumbers(m: Marks, byPage: Map<number, Element[]>): void {
  const numbers = new Set([...m.kinds].filter(([, k]) => k === 'page_number').map(([id]) => id));
  for (const { el, band } of besidePageNumbers(byPage, numbers)) {
    const message = `a short line beside the page number at the ${band} of its page, as on most numbered pages`;
    m.bands.set(el.id, band);
    mark(m, el, kindForBand(band, el), 'furniture.beside-page-number', message, [seen('furniture.beside-page-number')]);
  }
}

/** 5. The parser's own labels: trusted inside a band, doubted mid-page. */
function markParserLabels(m: Marks, elements: readonly Element[], byPage: Map<number, Element[]>): void {
  const middle = (e: Element) => (m.bands.get(e.id) ?? 'middle') === 'middle';
  const repeated = repeatedLabelled(headerRowCandidates(elements, middle));
  // Furniture never eats content (./furniture/openers.ts): what repeats nothing stays body.
  const loneWhy = loneReasons(elements, byPage, loneHeaders(elements, byPage));
  const labelled = elements.filter((e) => FURNITURE_TYPES.has(e.type));
  const colophon = colophonLines(elements);
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (!FURNITURE_TYPES.has(el.type) || m.kinds.has(el.id)) continue;
    const band = m.bands.get(el.id) ?? 'middle';
    const kind: FurnitureKind = el.type === 'page_number' ? 'page_number' : kindForBand(band, el);
    const inBand = band !== 'middle';
    const evidence = [seen('furniture.parser-label'), seen('furniture.band', inBand ? 1 : 0)];
    let where = inBand ? ` and it lies in the ${band} band` : ', though it lies mid-page';
    // A page number the parser labelled (its text a page number) is furniture wherever it stands: a page size
    // the parser output lacks and the adapter assumed puts a foot mid-page.
    const pageNumber =
      el.type === 'page_number' && pageNumberValue(el.text) !== undefined && !isRomanWordPast50(el.text);
    if (!inBand && !pageNumber && !repeated.has(el.id) && inBody(el, byPage.get(el.page) ?? [])) {
      evidence.push(seen('furniture.in-body'));
      where += ' in the body, not in a side margin';
    }
    const lone = loneWhy.get(el.id);
    if (lone) evidence.push(seen('furniture.lone-header'));
    if (!repeated.has(el.id) && opensWithNoteMark(el)) {
      evidence.push(seen('furniture.note-mark'));
      where += ', its text opening with a note mark (a page footnote)';
    }
    if (colophon.has(el.id)) {
      evidence.push(seen('furniture.colophon'));
      where += ', one of a block of footers on the last page that repeat on no other page (a colophon)';
    }
    where += (lone ?? '') + repetitionNote(el, labelled);
    mark(m, el, kind, 'furniture.parser-label', `the parser labelled it ${el.sourceType}${where}`, evidence);
  }
}

export function detectFurniture({ doc, options }: StageInput): FurnitureResult {
  const opt = options.furniture;
  const byPage = pagesOf(doc.elements);
  const pageCount = Math.max(doc.pages.length, byPage.size);
  const habits = furnitureHabits(byPage, opt.minRepeatFraction, opt.maxMarginLength);
  const { bands, repeats, habitBand, displacedNumbers } = bandsAndRepeats(byPage, opt, habits);
  // A heading's number set apart before it is the heading's (./furniture/heading-badges.ts): out of every band.
  const badges = headingBadges(byPage, (e) => bands.get(e.id) ?? 'middle');
  for (const id of badges) bands.delete(id);
  for (const [key, els] of repeats)
    repeats.set(
      key,
      els.filter((e) => !badges.has(e.id)),
    );
  const weigh = weigher('furniture', options.weights.furniture);
  const m: Marks = { kinds: new Map(), decisions: [], bands, habitBand, weigh };
  markPageLabels(m, doc.elements);
  const sequence = markPageNumbers(m, doc.elements, displacedNumbers);
  for (const f of footNumbers(byPage, sequence, (e) => m.kinds.has(e.id)))
    mark(m, f.el, 'page_number', 'furniture.page-number-sequence', f.why, f.evidence);
  markRepeats(m, repeats, pageCount, opt, titleBlockLines(byPage), ownHeadRows(byPage));
  markMargins(m, byPage, opt);
  markRunningLines(m, byPage, habits, opt);
  markBesideNumbers(m, byPage);
  for (const el of submissionFeet(byPage, (e) => m.bands.get(e.id) === 'bottom')) {
    const message = "a journal's submission notice (or its date) at the foot of its page";
    mark(m, el, 'footer', 'furniture.submission-notice', message, [seen('furniture.submission-notice')]);
  }
  for (const el of repeatedTableHeads(byPage, (e) => m.kinds.has(e.id))) {
    const message = 'a cell of the header row of the table the previous page ends with, cut out where it runs on';
    mark(m, el, 'header', 'furniture.table-head', message, [seen('furniture.table-head')]);
  }
  for (const el of duplicatedTableHeads(byPage, (e) => m.kinds.has(e.id))) {
    const message = "a cell of its table's header row, cut out of the table that holds that row too";
    mark(m, el, 'header', 'furniture.table-head', message, [seen('furniture.table-head')]);
  }
  for (const h of pageHeadMarks(byPage)) mark(m, h.el, 'header', h.rule, h.message, h.evidence);
  markParserLabels(m, doc.elements, byPage);
  return { kinds: m.kinds, decisions: m.decisions };
}
