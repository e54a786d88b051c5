// The source PDF's outline against the document's own decimal numbering (`--pdf`): when one outline depth holds
// numbered headings of two decimal ranks ("0.1. Rules" and "1. Acceptance Process" both at depth 1), the outline
// contradicts the numbering and its depths rank nothing; the numbering (and what follows it) keeps the levels.
// Evidence and precedence: the outline ranks above numbering (levels.ts) only while the two agree. Found on the
// bookmarked LaTeX set (elsarticle: an unnumbered `\section*` hyperref does not bookmark, its numbered
// subsections "0.1 …" lifted to depth 1 beside the next numbered section "1."; every format lost a level on nine
// headings with --pdf, 1.000 → 0.905 TEDS).
import type { Candidate } from './types.js';

/** Whether some outline depth holds numbered headings of more than one decimal rank. */
export function outlineContradictsNumbering(kept: readonly Candidate[]): boolean {
  const ranks = new Map<number, Set<number>>();
  for (const c of kept) {
    const depth = c.el.hints?.outlineLevel;
    if (depth === undefined || c.numbering?.ladder !== 'decimal') continue;
    const set = ranks.get(depth) ?? new Set<number>();
    set.add(c.numbering.rank);
    ranks.set(depth, set);
  }
  return [...ranks.values()].some((s) => s.size > 1);
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
