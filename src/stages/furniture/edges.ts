// The edges of a page without coordinates (Mistral OCR, Unstructured): its first and last elements stand in for
// the top and bottom bands, and a running line the parser split in two ("4 DEBMAKE -J" | "8", or "8" | "CHAPTER 4.
// TECHNICAL REMINDERS") puts the page number or the running head one place in from the edge.
//  - displaced: the element right after a page number that opens the page (or right before one that closes it)
//    may be the running head the number displaced; a page number right after a short first line (before a short
//    last line) is the number the head displaced; the element right under (over) a short first (last) line may
//    be a second running line.
//  - beside the page number: a short line paired with the page's number at its edge is the running head (foot),
//    when the document pairs them so at that edge on most of the pages that show a number there (its habit, at
//    least three pages; not on the first page, whose title is no running head) — the section name a running head
//    changes from page to page, which no repetition finds; so is, where that is the habit, a page's edge line that
//    carries the page's number at its end itself ("… PRACTICES8"), the number in the document's page sequence.
import type { Element } from '../../model/element.js';
import { CONTINUED_RE, isContinuationNote, parseCaptionLabel } from '../../text/caption-label.js';
import { endsSentence } from '../../text/chars.js';
import { isBareLabel } from '../../text/numbering.js';
import { pageNumberValue } from '../../text/page-number.js';
import { minOf } from '../../util/arrays.js';

export type EdgeBand = 'top' | 'bottom';

export interface Displaced {
  band: EdgeBand;
  /** A second running line under (over) the first one. */
  second: boolean;
  /** A page number one place in from the edge, the running head (foot) at the edge. */
  number: boolean;
}

/** A short line that may be a running head of its own: a second running line may stand under (over) it. */
export function isShortLine(el: Element, maxLength = 60): boolean {
  const text = el.text.trim();
  return text.length > 0 && text.length <= maxLength && !text.includes('\n');
}

const isNumber = (el: Element) => pageNumberValue(el.text) !== undefined;

/**
 * Without coordinates, the element one place in from its page's edge that may still belong to that edge's band:
 * to be taken only when its text also heads (foots) other pages, or, for a page number, when it follows the
 * page sequence.
 */
export function displacedBand(el: Element, i: number, pageElements: Element[]): Displaced | undefined {
  if (el.bbox) return undefined;
  const last = pageElements.length - 1;
  if (last < 2) return undefined;
  const at = (k: number) => pageElements[k];
  if (i === 1 && isNumber(at(0))) return { band: 'top', second: false, number: false };
  if (i === last - 1 && isNumber(at(last))) return { band: 'bottom', second: false, number: false };
  if (i === 1 && isNumber(el) && isShortLine(at(0)) && !isNumber(at(0)))
    return { band: 'top', second: false, number: true };
  if (i === last - 1 && isNumber(el) && isShortLine(at(last)) && !isNumber(at(last)))
    return { band: 'bottom', second: false, number: true };
  // A second running line under (over) the first: only on a page with body between the two pairs.
  if (last < 3) return undefined;
  if (i === 1 && isShortLine(at(0))) return { band: 'top', second: true, number: false };
  if (i === last - 1 && isShortLine(at(last))) return { band: 'bottom', second: true, number: false };
  return undefined;
}

/** Types a running line beside the page number may have been given (not a list item, a caption, a float). */
const LINE_TYPES = new Set(['header', 'footer', 'text', 'title', 'page_title']);

/**
 * A line a running head (foot) may be: short, not a sentence or the lead-in to a list (ends with a stop or a
 * colon; a question may be a section's title), not a list item ("(2) …", "1. …"), not a float's "continued" line
 * or caption ("Table 2 …", "Algorithm 1 …").
 */
export function isRunningText(el: Element, maxLength = 60): boolean {
  const text = el.text.trim();
  if (!LINE_TYPES.has(el.type) || !isShortLine(el, maxLength) || isNumber(el)) return false;
  if ((endsSentence(text) && !/[?？]$/u.test(text)) || /[:：]$/u.test(text) || /^[(（]?\d{1,2}[)）.]/u.test(text))
    return false;
  // a float's caption opening the page ("Algorithm 1 本节所述的过程") is the float's, not a running head
  return !isContinuationNote(text) && !CONTINUED_RE.test(text) && !parseCaptionLabel(text);
}

/** A fraction of the pages with a number at an edge on which a short line stands beside it there. */
const HABIT_FRACTION = 0.6;
const HABIT_PAGES = 3;

/**
 * The short lines paired with their page's number at the page's edge (first two or last two elements of a page
 * without coordinates), in a document that pairs them so at that edge on most pages showing a number there.
 * `numbers`: the elements already taken for page numbers.
 */
export function besidePageNumbers(
  byPage: Map<number, Element[]>,
  numbers: ReadonlySet<number>,
): Array<{ el: Element; band: EdgeBand }> {
  const found: Record<EdgeBand, Element[]> = { top: [], bottom: [] };
  const glued: Record<EdgeBand, Element[]> = { top: [], bottom: [] };
  const numbered: Record<EdgeBand, number> = { top: 0, bottom: 0 };
  const offset = sequenceOffset(byPage, numbers);
  let first = Number.POSITIVE_INFINITY;
  for (const page of byPage.keys()) if (page < first) first = page;
  for (const [page, els] of byPage) {
    // The first page opens with the document's title, under a number if any: no running head.
    if (page === first || els.length < 2) continue;
    const last = els.length - 1;
    const edges: Array<[EdgeBand, Element, Element]> = [
      ['top', els[0], els[1]],
      ['bottom', els[last], els[last - 1]],
    ];
    // an edge line with the number in it, not beside it (the next element may be a boxed picture)
    for (const [band, edge] of edges)
      if (!numbers.has(edge.id) && carriesPageNumber(edge, offset)) glued[band].push(edge);
    // Without coordinates at the edges (a parser that boxes only its pictures, Mistral OCR, still gives none).
    if ([els[0], els[1], els[last - 1], els[last]].some((e) => e.bbox)) continue;
    for (const [band, edge, inner] of edges) {
      const number = numbers.has(edge.id) ? edge : numbers.has(inner.id) ? inner : undefined;
      const other = number === edge ? inner : edge;
      // a float's caption at the edge: the page shows no running line either way
      if (!number || parseCaptionLabel(other.text)) continue;
      numbered[band]++;
      if (isRunningText(other)) found[band].push(other);
    }
  }
  const bands: EdgeBand[] = ['top', 'bottom'];
  return bands.flatMap((band) => {
    const pages = found[band].length;
    if (pages < HABIT_PAGES || pages < HABIT_FRACTION * numbered[band]) return [];
    return [...found[band], ...glued[band]].map((el) => ({ el, band }));
  });
}

/** The offset from the page index most of the page numbers taken keep (three or more); undefined without one. */
function sequenceOffset(byPage: Map<number, Element[]>, numbers: ReadonlySet<number>): number | undefined {
  const counts = new Map<number, number>();
  for (const [page, els] of byPage)
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      const value = numbers.has(el.id) ? pageNumberValue(el.text) : undefined;
      if (value !== undefined) counts.set(value - page, (counts.get(value - page) ?? 0) + 1);
    }
  let best: number | undefined;
  for (const [offset, n] of counts) if (n >= 3 && (best === undefined || n > counts.get(best)!)) best = offset;
  return best;
}

/**
 * A running line that carries its page's number at its end, glued on or a space apart ("… PRACTICES8" on the page
 * numbered 8): the page's number in the sequence the document's page numbers keep, after a running text.
 */
function carriesPageNumber(el: Element, offset: number | undefined): boolean {
  const m = /^(.*?[^\d\s])\s*(\d{1,4})$/u.exec(el.text.trim());
  if (offset === undefined || el.bbox || !m || Number(m[2]) - el.page !== offset) return false;
  // a chapter's title opening its page ("Chapter 8" on the page numbered 8) is no running head
  if (el.type === 'title' || isBareLabel(el.text)) return false;
  // a chapter's whole name may run longer than a line beside a number (the number is in the line itself)
  return isRunningText({ ...el, text: m[1] }, 80) && !/\d$/.test(m[1]);
}

/**
 * Lines displaced alike that make a running line of their own: on three pages or more, on every page of a short
 * document, or on every page of one parity but the first page (the author line under the running head of a short
 * paper's versos, pages 2 and 4).
 */
export function enoughOwnPages(els: readonly Element[], byPage: ReadonlyMap<number, readonly Element[]>): boolean {
  const pages = new Set(els.map((e) => e.page));
  if (pages.size >= 3 || (pages.size >= 2 && [...byPage.keys()].every((p) => pages.has(p)))) return true;
  const parities = new Set([...pages].map((p) => p % 2));
  if (pages.size < 2 || parities.size > 1) return false;
  const first = minOf(byPage.keys());
  const parity = [...parities][0];
  return [...byPage.keys()].every((p) => p === first || p % 2 !== parity || pages.has(p));
}
