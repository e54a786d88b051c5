// Headers the parser labelled that stand alone: in a document whose labelled headers repeat (its habit is a running
// head), a header whose text heads no other page is a chapter opener or a section banner, body, unless it is a
// running head naming the current section (its last line a page number, or a title's words on its page or before);
// a page number with a section title folded in after it (./folded.ts) is one in any document.
import type { Element } from '../../model/element.js';
import { normalizeForRepeat } from '../../text/chars.js';
import { isBareLabel } from '../../text/numbering.js';
import { pageNumberValue } from '../../text/page-number.js';
import { foldedTitleHeaders, headingWordHeaders, numberFoldedHeaders, titleLadders } from './folded.js';

const foldTitle = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The first page of each title's text (folded). */
function titlesByText(elements: readonly Element[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of elements) {
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
    return isBareLabel(first) ? first.trim() : normalizeForRepeat(first);
  };
  for (const el of headers) {
    const key = keyOf(el);
    const pages = pagesByText.get(key) ?? new Set<number>();
    pages.add(el.page);
    pagesByText.set(key, pages);
  }
  const numberFolded = numberFoldedHeaders(headers, elements);
  if (![...pagesByText.values()].some((p) => p.size >= 2))
    return new Set([...headingWordHeaders(headers, elements), ...numberFolded]);
  const lone = new Set([...foldedTitleHeaders(headers, titleLadders(elements)), ...numberFolded]);
  const titled = titlesByText(elements);
  for (const el of headers) {
    if (pagesByText.get(keyOf(el))!.size > 1 || withPageNumber(el)) continue;
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
