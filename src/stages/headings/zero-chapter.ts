// Sections numbered under a chapter counter of 0 ("0.1 配置虚拟域", "0.2 …"): the document's chapters are unnumbered
// (ctexbook's or report's `\chapter*`, whose sections keep the counter's 0), so the top is the rank above the
// sections, not the sections' own (`zero-chapter-top`). The unnumbered chapter and the top keywords (前言, 致谢,
// Bibliography) then take that rank's key and the "0.x" sections nest under them; before, the sections were the top
// and stood beside their own chapter.
// Evidence: the document's shallowest decimal headings are of rank 2 or more and each opens with a 0 (a lettered
// appendix section "A.1" beside them says nothing either way), at least one of them. A section "0" of rank 1 ("0
// Introduction", a standard's) sets the top at rank 1 itself, and the rule never applies there. Precedence
// (levels.ts topNumbering): decides the top rank before any key is given. In the walk (walk.ts), a "0.x" section
// closes the headings open below the last top section, as "1.1" closes those below "1" (`number-names-parent`): its
// "0" is that unnumbered chapter (a section nothing ranks, with no size known, would otherwise nest it).
import type { Candidate } from './types.js';

/** A lettered first part ("A.1"): numbering.ts gives a letter's code, 65 or more. */
const LETTER = 65;

/**
 * The decimal rank of the document's top sections when the shallowest numbered sections run under a chapter
 * counter of 0: one rank above theirs; undefined when they do not.
 */
export function zeroChapterRank(numbered: readonly Candidate[], topRank: number | undefined): number | undefined {
  if (topRank === undefined || !Number.isFinite(topRank) || topRank < 2) return undefined;
  const atTop = numbered.filter((c) => c.numbering!.ladder === 'decimal' && c.numbering!.rank === topRank);
  const zero = atTop.filter((c) => c.numbering!.values[0] === 0);
  if (zero.length === 0 || !atTop.every((c) => c.numbering!.values[0] === 0 || c.numbering!.values[0] >= LETTER))
    return undefined;
  return topRank - 1;
}

/**
 * The index in `open` of the unnumbered chapter a "0.x" section belongs to: the last open heading of the top key, when
 * headings stand open below it; undefined otherwise.
 */
export function zeroChapterParent(
  c: Candidate,
  open: readonly Candidate[],
  topKey: string,
  topRank: number,
): number | undefined {
  const n = c.numbering;
  if (n?.ladder !== 'decimal' || n.values[0] !== 0 || n.values.length !== topRank + 1) return undefined;
  for (let j = open.length - 1; j >= 0; j--) if (open[j].key === topKey) return j < open.length - 1 ? j : undefined;
  return undefined;
}
