// A chapter's number in words typed as text that opens its page (`promoted-chapter-opener`): "Chapter 1", "第一章对用户的
// 承诺", the first thing on its page, in a document whose parser typed no heading of that ladder at all (Mistral OCR
// typing every chapter line as text, its sections as nothing). Where the parser typed some, promote.ts's sequence rules
// decide; here nothing typed vouches for the number, and the chapter's habit does: a chapter opens a new page.
// Evidence: a word form of rank 1 (Chapter, CHAPTER, 第…章), the element opening its page (page-openers.ts: no running
// head above it), text after it on that page. Precedence (promote.ts): only where no typed heading shares its ladder;
// the checks for a sentence, a running head's copy and a number already taken apply first.
import type { Element } from '../../model/element.js';
import type { Numbering } from '../../text/numbering.js';
import { isAbstractOpener } from './abstract-opener.js';
import { pageOpeners } from './page-openers.js';
import type { HeadingContext } from './types.js';

/** A chapter's number in words: "Chapter 3", "CHAPTER III", "第三章". */
const CHAPTER_WORD = /^(?:Chapter|CHAPTER|Kapitel|Chapitre|Capítulo|第\s*[一二三四五六七八九十百零〇两\d]+\s*章)/u;

/** Whether `el` (at `index`; `opens` the page openers) is a chapter's number in words opening its page. */
export function isChapterOpener(
  el: Element,
  index: number,
  n: Numbering,
  elements: readonly Element[],
  opens: ReadonlySet<number>,
): boolean {
  if (n.ladder !== 'decimal' || n.rank !== 1 || !CHAPTER_WORD.test(el.text.trim()) || !opens.has(el.id)) return false;
  const next = elements[index + 1];
  return next !== undefined && next.page === el.page && next.text.trim().length > 0;
}

/**
 * The two rules that read a line's place atop its page (`promoted-abstract-opener`, `promoted-chapter-opener`), each
 * false while its weight is 0 or less; the page openers are found once, when first asked.
 */
export function openingRules(elements: readonly Element[], ctx: HeadingContext) {
  const abstractOn = ctx.weights['promoted-abstract-opener'] > 0;
  const chapterOn = ctx.weights['promoted-chapter-opener'] > 0;
  let opens: ReadonlySet<number> | undefined;
  const openers = (): ReadonlySet<number> => {
    opens ??= pageOpeners(elements);
    return opens;
  };
  return {
    abstract: (el: Element, index: number) => abstractOn && isAbstractOpener(el, index, elements, openers()),
    chapter: (el: Element, index: number, n: Numbering) =>
      chapterOn && isChapterOpener(el, index, n, elements, openers()),
  };
}
