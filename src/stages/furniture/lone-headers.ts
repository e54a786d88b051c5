// Headers the parser labelled that stand alone: in a document whose labelled headers repeat (its habit is a running
// head), a header whose text heads no other page is a chapter opener or a section banner, body, unless it is a
// running head naming the current section (its last line a page number, or a title's words on its page or before);
// a page number with a section title folded in after it (./folded.ts) is one in any document, and so is a header
// in mixed case where the running heads are set in capitals. A header with its page's number glued on is a
// running head, lone or not.
import type { Element } from '../../model/element.js';
import { isBareLabel } from '../../text/numbering.js';
import { pageNumberValue } from '../../text/page-number.js';
import { foldedTitleHeaders, headingWordHeaders, numberFoldedHeaders, titleLadders } from './folded.js';
import { labelKey } from './openers.js';

const foldTitle = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The first page of each title's text (folded). */
function titlesByText(elements: readonly Element[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (e.type !== 'title' || !e.text.trim()) continue;
    const key = foldTitle(e.text);
    out.set(key, Math.min(out.get(key) ?? e.page, e.page));
  }
  return out;
}

/**
 * A header whose last line is a page number ("2 Big picture\n\n2"): a running head that names the current
 * section, which changes from page to page, with the page's number folded in; no chapter opener carries one.
 */
function withPageNumber(el: Element): boolean {
  const lines = el.text
    .trim()
    .split('\n')
    .filter((l) => l.trim());
  return lines.length >= 2 && pageNumberValue(lines[lines.length - 1]) !== undefined;
}

/** The most common offset of the page numbers (labelled, or headers and footers of a bare number) from the page index. */
function pageOffset(elements: readonly Element[]): number | undefined {
  const counts = new Map<number, number>();
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (e.type !== 'page_number' && e.type !== 'header' && e.type !== 'footer') continue;
    const value = pageNumberValue(e.text);
    if (value !== undefined && /^\s*\d+\s*$/.test(e.text))
      counts.set(value - e.page, (counts.get(value - e.page) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [offset, n] of counts) if (n >= 2 && (best === undefined || n > counts.get(best)!)) best = offset;
  return best;
}

/**
 * A running head with its page's number glued on, no space between ("14CHAPTER 3. FUTURE …", "… PRACTICES8"): the
 * number the page sequence gives its page, at the start before a capital or at the end after a letter.
 */
function gluedPageNumber(el: Element, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  const t = el.text.trim();
  const m = /^(\d{1,4})(?=\p{Lu})/u.exec(t) ?? /(?<=\p{L})(\d{1,4})$/u.exec(t);
  return m !== null && Number(m[1]) - el.page === offset;
}

/** Latin letters, all capitals ("CHAPTER 2. HOW TO CONTRIBUTE"); undefined for text without Latin letters. */
function allCaps(text: string): boolean | undefined {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length < 3 ? undefined : letters === letters.toUpperCase();
}

/**
 * In a document that sets its running heads in capitals (four in five of its Latin headers, three or more), the
 * headers in mixed case: a chapter's own title opening its page ("Bibliography" over the running heads
 * "BIBLIOGRAPHY"), not one of them, though its words are theirs.
 */
function mixedCaseHeaders(headers: readonly Element[]): Set<number> {
  const cased = headers.map((e) => ({ e, caps: allCaps(e.text) })).filter((x) => x.caps !== undefined);
  const caps = cased.filter((x) => x.caps).length;
  if (caps < 3 || caps < 0.8 * cased.length) return new Set();
  return new Set(cased.filter((x) => !x.caps && !withPageNumber(x.e)).map((x) => x.e.id));
}

/**
 * Headers the parser labelled whose text (digits folded) heads no other page, in a document whose labelled
 * headers do repeat: its habit is a running head, so a lone one is a chapter opener or a section banner, as is a
 * running head with a title folded in; with no repeat, those in a heading's words (furniture/folded.ts).
 */
export function loneHeaders(elements: readonly Element[], byPage: Map<number, Element[]>): Set<number> {
  const pagesByText = new Map<string, Set<number>>();
  // A stamp set sideways in the margin ("arXiv:… [cs.CV] 5 May 2023") is no running head: never lone.
  const sideways = (e: Element) => e.bbox !== null && e.bbox[3] - e.bbox[1] > 2 * (e.bbox[2] - e.bbox[0]);
  const headers = elements.filter(
    (e) => e.type === 'header' && e.text.trim() && pageNumberValue(e.text) === undefined && !sideways(e),
  );
  // Keyed by the first line: a parser may fold the page's next line into one header ("… release\n\nH.15 …").
  // A bare opener ("Chapter 1", "Chapter 2") keeps its number: each opens one chapter, none repeats.
  const keyOf = (e: Element) => {
    const first = e.text.trim().split('\n')[0];
    return isBareLabel(first) ? first.trim() : labelKey(first);
  };
  for (const el of headers) {
    const key = keyOf(el);
    const pages = pagesByText.get(key) ?? new Set<number>();
    pages.add(el.page);
    pagesByText.set(key, pages);
  }
  // the titles' numbering ladders, read once for the three rules that ask
  const ladders = titleLadders(elements);
  const numberFolded = numberFoldedHeaders(headers, elements, ladders);
  if (![...pagesByText.values()].some((p) => p.size >= 2))
    return new Set([...headingWordHeaders(headers, elements, ladders), ...numberFolded]);
  const lone = new Set([...foldedTitleHeaders(headers, ladders), ...numberFolded]);
  const titled = titlesByText(elements);
  const mixedCase = mixedCaseHeaders(headers);
  const offset = pageOffset(elements);
  for (const el of headers) {
    if (mixedCase.has(el.id)) lone.add(el.id);
    if (pagesByText.get(keyOf(el))!.size > 1 || withPageNumber(el) || gluedPageNumber(el, offset)) continue;
    // the words of a title on this page or before it, or of another element on its page (a title the parser
    // typed as text): a running head naming the current section; an opener's words stand once, as itself
    const words = foldTitle(el.text.trim().split('\n')[0]);
    const title = titled.get(words);
    if (title !== undefined && title <= el.page) continue;
    if ((byPage.get(el.page) ?? []).some((o) => o !== el && o.type !== 'header' && foldTitle(o.text) === words))
      continue;
    lone.add(el.id);
  }
  return lone;
}
