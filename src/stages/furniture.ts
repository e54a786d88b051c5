// Page furniture: which elements are running headers, running footers or page numbers (not body).
//
// Evidence, strongest first:
//  1. A page-number pattern ("7", "- 7 -", "Page 7 of 40", "7/40", "vii", "第7页") in the top or bottom
//     band, stronger still when its number follows the page sequence.
//  2. Repetition: the same text (digits folded) in the same band on many pages — or on many pages of
//     one parity, for alternating left/right running heads.
//  3. The parser's own header/footer/page-number label, trusted inside a band, doubted in mid-page.
// Long text is never furniture by repetition alone; body elements in mid-page never are; a repeat
// that stands elsewhere or is much taller than the running head (the chapter title the head repeats)
// is not part of it.
import { type Decision, decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import { normalizeForRepeat } from '../text/chars.js';
import { pageNumberValue } from '../text/page-number.js';
import type { FurnitureKind, FurnitureResult, StageInput } from './types.js';

type Band = 'top' | 'bottom' | 'middle';

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

/**
 * Without coordinates, the element right after a page number that opens the page (or right before one that
 * closes it) may be the running head the number displaced ("9", "LayoutParser: A Unified Toolkit…"): its band,
 * to be taken only when its text also heads (foots) other pages.
 */
function displacedBand(el: Element, i: number, pageElements: Element[]): Band | undefined {
  if (el.bbox) return undefined;
  const last = pageElements.length - 1;
  const isNumber = (k: number) => pageNumberValue(pageElements[k].text) !== undefined;
  if (last < 2) return undefined;
  if (i === 1 && isNumber(0)) return 'top';
  if (i === last - 1 && isNumber(last)) return 'bottom';
  return undefined;
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

export function detectFurniture({ doc, options }: StageInput): FurnitureResult {
  const opt = options.furniture;
  const kinds = new Map<number, FurnitureKind>();
  const decisions: Decision[] = [];
  const byPage = new Map<number, Element[]>();
  for (const el of doc.elements) {
    const list = byPage.get(el.page);
    if (list) list.push(el);
    else byPage.set(el.page, [el]);
  }
  const pageCount = Math.max(doc.pages.length, byPage.size);

  // Candidates in a band, grouped by band + folded text, for the repetition test.
  const repeats = new Map<string, Element[]>();
  const bands = new Map<number, Band>();
  const displaced: Array<{ el: Element; band: Band }> = [];
  for (const [, els] of byPage) {
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (!CANDIDATE_TYPES.has(el.type)) continue;
      const band = bandOf(el, i, els, opt.topBand, opt.bottomBand);
      bands.set(el.id, band);
      if (band === 'middle') {
        const moved = displacedBand(el, i, els);
        if (moved) displaced.push({ el, band: moved });
        continue;
      }
      if (el.text.length > opt.maxLength || !el.text.trim()) continue;
      const key = `${band}|${normalizeForRepeat(el.text)}`;
      const list = repeats.get(key);
      if (list) list.push(el);
      else repeats.set(key, [el]);
    }
  }
  for (const { el, band } of displaced) {
    const list = repeats.get(`${band}|${normalizeForRepeat(el.text)}`);
    if (!list || el.text.length > opt.maxLength) continue;
    list.push(el);
    bands.set(el.id, band);
  }

  const mark = (el: Element, kind: FurnitureKind, rule: string, message: string, confidence: number) => {
    if (kinds.has(el.id)) return;
    kinds.set(el.id, kind);
    decisions.push(decision('furniture', rule, message, confidence, [el]));
  };
  const kindForBand = (band: Band, el: Element): FurnitureKind =>
    el.type === 'header' || el.type === 'footer' ? el.type : band === 'top' ? 'header' : 'footer';

  // 1. Page numbers. A number whose offset from the page index is shared by another page's number
  // in the same band follows the page sequence (counted per band and offset: linear time).
  const numbered: Array<{ el: Element; band: Band; value: number }> = [];
  const offsetPages = new Map<string, Set<number>>();
  for (const el of doc.elements) {
    const band = bands.get(el.id);
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
    mark(
      el,
      'page_number',
      consistent ? 'furniture.page-number-sequence' : 'furniture.page-number-pattern',
      consistent
        ? `"${el.text.trim()}" is a page number: it follows the page sequence in the ${band} band`
        : `"${el.text.trim()}" has the form of a page number in the ${band} band`,
      consistent ? 0.98 : el.type === 'page_number' ? 0.95 : 0.8,
    );
  }

  // 2. Repetition across pages (all pages, or one parity for alternating heads).
  for (const [key, all] of repeats) {
    const els = sameSpot(all);
    const pages = new Set(els.map((e) => e.page));
    if (pages.size < 2) continue;
    const band = key.startsWith('top') ? 'top' : 'bottom';
    const sameParity = Math.ceil(pageCount / 2);
    const parities = new Set(els.map((e) => e.page % 2));
    const fraction = pages.size / (parities.size === 1 ? sameParity : pageCount);
    const enough =
      pages.size >= opt.minRepeats || (pageCount <= opt.shortDocumentPages && pages.size >= 2) || fraction >= 0.5;
    if (!enough || fraction < opt.minRepeatFraction / 2) continue;
    const confidence = Math.min(0.99, 0.75 + 0.25 * Math.min(1, fraction));
    for (const el of els) {
      mark(
        el,
        kindForBand(band, el),
        'furniture.repeated-text',
        `"${el.text.trim().slice(0, 40)}" repeats in the ${band} band on ${pages.size} of ${pageCount} pages`,
        confidence,
      );
    }
  }

  // 2b. Position alone: a short, small line in the page margin, well clear of the body (a running head
  // on a document too short to show repetition).
  for (const [, els] of byPage) {
    const boxed = els.filter((e) => e.bbox && !kinds.has(e.id));
    // The body's top and bottom edges on this page, once (not per margin line: that was quadratic).
    // A margin line is never 'middle' itself, so leaving it out of the body changes nothing.
    let bodyTop = Number.POSITIVE_INFINITY;
    let bodyBottom = Number.NEGATIVE_INFINITY;
    for (const o of boxed) {
      if (bands.get(o.id) !== 'middle') continue;
      if (o.bbox![1] < bodyTop) bodyTop = o.bbox![1];
      if (o.bbox![3] > bodyBottom) bodyBottom = o.bbox![3];
    }
    for (const el of boxed) {
      const band = bands.get(el.id);
      if (!band || band === 'middle' || !CANDIDATE_TYPES.has(el.type) || el.text.trim().length > opt.maxMarginLength)
        continue;
      const [, y1, , y2] = el.bbox!;
      const inMargin = band === 'top' ? y2 <= opt.marginBand : y1 >= 1 - opt.marginBand;
      if (!inMargin || y2 - y1 > opt.maxMarginHeight) continue;
      const gap = band === 'top' ? bodyTop - y2 : y1 - bodyBottom;
      if (gap < 2 * (y2 - y1)) continue;
      mark(el, kindForBand(band, el), 'furniture.margin-position', `a short line alone in the ${band} margin`, 0.75);
    }
  }

  // 3. The parser's own labels.
  for (const el of doc.elements) {
    if (!FURNITURE_TYPES.has(el.type) || kinds.has(el.id)) continue;
    const band = bands.get(el.id) ?? 'middle';
    const kind: FurnitureKind = el.type === 'page_number' ? 'page_number' : kindForBand(band, el);
    const inBand = band !== 'middle';
    mark(
      el,
      kind,
      'furniture.parser-label',
      `the parser labelled it ${el.sourceType}${inBand ? ` and it lies in the ${band} band` : ', though it lies mid-page'}`,
      inBand ? opt.parserLabelConfidence : 0.6,
    );
  }
  return { kinds, decisions };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The members of a repetition group that sit where the group usually sits, at its usual height. */
function sameSpot(els: Element[]): Element[] {
  const boxed = els.filter((e) => e.bbox);
  if (boxed.length < 3) return els;
  const cy = median(boxed.map((e) => (e.bbox![1] + e.bbox![3]) / 2));
  const h = median(boxed.map((e) => e.bbox![3] - e.bbox![1]));
  return els.filter(
    (e) => !e.bbox || (Math.abs((e.bbox[1] + e.bbox[3]) / 2 - cy) < SPOT_TOLERANCE && e.bbox[3] - e.bbox[1] < h * 1.5),
  );
}

/** How far (fraction of the page height) a running head may move from page to page. */
const SPOT_TOLERANCE = 0.03;
