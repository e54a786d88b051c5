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
  let count = 0;
  for (const c of kept)
    if (c.el.hints?.outlineLevel === 1 && c.numbering?.ladder === 'decimal') {
      ranks.add(c.numbering.rank);
      count++;
    }
  // Or only below the top rank ("0.1 …" · "0.4 …" alone at depth 1): their numbers name a parent the outline does
  // not list (report's unbookmarked `\chapter*`, which holds them in the gold; walk.ts then let no unlisted heading
  // hold the top depth's entries, and the four sections went a level up in every format, 0.8 → 0.6 with --pdf).
  // Two of them at least, under a first heading the outline's top depth does not list: a numbered document title alone
  // at depth 1 ("11.5. Samba …", the office sets) is the outline's root, and its depths rank the rest.
  const underUnlisted = kept[0] !== undefined && kept[0].el.hints?.outlineLevel !== 1;
  return ranks.size > 1 || (ranks.size === 1 && Math.min(...ranks) >= 2 && count >= 2 && underUnlisted);
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
