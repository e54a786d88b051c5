// An abstract's label typed as text that opens its page (`promoted-abstract-opener`): "Abstract" (or "ABSTRACT", "摘要",
// "要旨") alone, the first thing on its page, with text after it on the page. A report's or a thesis's abstract stands on
// a page of its own under that label, a heading of the front matter as "Preface" is. The keyword alone is no evidence
// (promote.ts leaves "Abstract" out of its keywords: acmart's ABSTRACT label inside the title block is none), its
// place at the head of a page is. Precedence (promote.ts): tried where the top keywords are, on a text no numbering
// took; the same checks before it (one short line, no running head's copy, no merged tail).
import type { Element } from '../../model/element.js';

/** The abstract's label alone. */
const ABSTRACT_LABEL = /^(?:abstract|摘\s*要|要\s*旨)[\s.:：]*$/i;

/**
 * Whether `el` (at `index` in reading order, `opens` the ids of the elements opening their page: page-openers.ts) is an
 * abstract's label heading its own page, with text after it on that page.
 */
export function isAbstractOpener(
  el: Element,
  index: number,
  elements: readonly Element[],
  opens: ReadonlySet<number>,
): boolean {
  if (!ABSTRACT_LABEL.test(el.text.trim()) || !opens.has(el.id)) return false;
  const next = elements[index + 1];
  return next !== undefined && next.page === el.page && next.text.trim().length > 0;
}
