// Running lines that carry the page number: the offset from the page index that the numbers in a group of repeated
// lines keep ("4 Z. Shen et al." on page 4, "Page 3" on page 3, "vii" on page 9), which tells a running head
// showing its page's number from numbered openers ("Chapter 1" … "Chapter 3") that merely repeat a word.
import type { Element } from '../../model/element.js';
import { isBareLabel } from '../../text/numbering.js';
import { pageNumberValue } from '../../text/page-number.js';

/**
 * One text, or the numbers of its numbered members keep one offset from the page index in most of them (a
 * running head that shows the page number on some pages only, "Page 3" … "Page 4").
 */
export function numbersFollowPages(els: Element[]): boolean {
  if (new Set(els.map((e) => e.text.trim())).size <= 1) return true;
  // "Chapter 1", "Chapter 2" on pages 4, 5: one-page chapters' openers, whatever their offset from the pages.
  if (els.every((e) => isBareLabel(e.text))) return false;
  return pageOffset(els) !== undefined;
}

/** The numbers (page-number values) written in an element's text. */
export function numbersOf(e: Element): Set<number> {
  const tokens = e.text.match(/\d+|\b[ivxlc]+\b/gi) ?? [];
  return new Set(tokens.map((t) => pageNumberValue(t)).filter((n): n is number => n !== undefined));
}

/** The offset from the page index that the numbers of most (60%) of the numbered members keep, if any. */
export function pageOffset(els: Element[]): number | undefined {
  const offsets = new Map<number, number>();
  let numbered = 0;
  for (const e of els) {
    const values = numbersOf(e);
    if (values.size > 0) numbered += 1;
    for (const n of values) offsets.set(n - e.page, (offsets.get(n - e.page) ?? 0) + 1);
  }
  let best: number | undefined;
  let count = 0;
  for (const [offset, n] of offsets) {
    if (n > count) [best, count] = [offset, n];
  }
  return numbered > 0 && count >= Math.ceil(numbered * 0.6) ? best : undefined;
}
