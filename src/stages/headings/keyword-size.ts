// An unnumbered heading set as the document's top keywords are (`size-of-top-keywords`): a book's "前言", "致谢" and
// "参考文献" stand at the top, all in one size; an unnumbered chapter ("挑选最好的模板", ctexbook's `\chapter*`) in that
// very size is one of the top sections too, though its size differs from the numbered chapters' (a two-line "第一章 …"
// box measures larger), which had set it below them.
// Evidence: two or more keyword headings keyed as the top sections share its size class, and no numbered heading is of
// that size (a size the numbered subsections share tells nothing: a report's small "Abstract"). Precedence (levels.ts):
// after the key its size class gave it; only a heading with no numbered kind of its own size.
import type { Candidate } from './types.js';

/** Keyword headings of one size that make it the top keywords' size. */
const MIN_KEYWORDS = 2;

export function joinTopKeywordSize(kept: Candidate[], topKey: string): void {
  const keywords = kept.filter((c) => c.keyword && c.key === topKey && c.sizeClass !== undefined);
  const sizes = new Set(keywords.map((c) => c.sizeClass));
  if (keywords.length < MIN_KEYWORDS || sizes.size !== 1) return;
  const size = keywords[0].sizeClass;
  if (kept.some((c) => c.numbering && c.sizeClass === size)) return;
  for (const c of kept) {
    if (c.numbering || c.keyword || c.sizeClass !== size || c.key === topKey) continue;
    if (c.el.hints?.outlineLevel !== undefined) continue;
    c.key = topKey;
    c.evidence = [...(c.evidence ?? []), 'headings.size-of-top-keywords'];
  }
}
