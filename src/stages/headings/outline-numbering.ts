// The source PDF's outline against the document's own decimal numbering (`--pdf`): when the outline's top depth holds
// numbered headings of two decimal ranks ("0.1. Rules" and "1. Acceptance Process" both at depth 1), the outline
// contradicts the numbering and its depths rank nothing; the numbering (and what follows it) keeps the levels.
// Evidence and precedence: the outline ranks above numbering (levels.ts) only while the two agree. Found on the
// bookmarked LaTeX set (elsarticle: an unnumbered `\section*` hyperref does not bookmark, its numbered
// subsections "0.1 …" lifted to depth 1 beside the next numbered section "1."; every format lost a level on nine
// headings with --pdf, 1.000 → 0.905 TEDS).
import type { Candidate } from './types.js';

/**
 * Whether the outline's top depth holds numbered headings of more than one decimal rank, or of one below the top
 * (rank 2 or more). Deeper depths are left
 * alone: ctex-faq lists its numbered questions ("32 …", rank 1) at depth 2 beside "G.1 编号" under letter chapters,
 * and its outline is right (as run 0.950 TEDS; ranking nothing by it, 0.571).
 */
export function outlineContradictsNumbering(kept: readonly Candidate[]): boolean {
  const ranks = new Set<number>();
  const top: Candidate[] = [];
  for (const c of kept)
    if (c.el.hints?.outlineLevel === 1 && c.numbering?.ladder === 'decimal') {
      ranks.add(c.numbering.rank);
      top.push(c);
    }
  if (ranks.size > 1) return true;
  // Or two or more of one rank below the top, all under chapter 0 ("0.1" … "0.4"): LaTeX numbers a report's sections
  // so under an unnumbered `\chapter*`, which the outline does not list; the numbers' parent is that chapter, and
  // the outline's top depth (nothing unlisted holds it, walk.ts) would lift them beside it. Under a numbered chapter
  // ("11.5. Samba …" the office sets' title; fduthesis read as run) the outline's depths stand.
  return (
    ranks.size === 1 && top.length >= 2 && top.every((c) => c.numbering!.rank >= 2 && c.numbering!.values[0] === 0)
  );
}

/**
 * Each outline-listed heading keyed by its depth (`${outlineKey}:depth`) while the outline agrees with the numbering;
 * returns the numbered key of each outline depth (`numberedKeys`, levels.ts), empty when the outline ranks nothing.
 */
export function keyByOutline(
  kept: Candidate[],
  numberedKeys: (kept: readonly Candidate[]) => Map<string, string>,
  outlineKey: string,
): Map<string, string> {
  if (outlineContradictsNumbering(kept)) return new Map();
  const out = numberedKeys(kept);
  for (const c of kept) if (c.el.hints?.outlineLevel !== undefined) c.key = `${outlineKey}:${c.el.hints.outlineLevel}`;
  return out;
}
