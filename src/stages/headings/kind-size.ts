// An unnumbered title set at the very size of a numbered kind of heading (`size-of-numbered-kind`): article's
// `\subsection` is 12 pt bold over a 10 pt body, its box 0.0166 page heights over the body lines' 0.0152 — within the
// size tolerance of the body, so `body-size` took "uupdate + tarball" (a `\subsection*`, typed section_header) for a
// bold lead-in while "8.1 gbp" beside it, as tall, stood by its number. Evidence: two or more numbered candidates of
// one kind (ladder and rank) whose boxes are one size (within SAME), that size set apart from the body line (above it
// by more than a third of the tolerance: a kind at the body's own size is the body-size habit's, bodySizeHabit), and
// the title's size that size (within SAME) and no other kind's. Precedence: after the body-size habit (it keys a title
// by case style), before the `body-size` demotion and a lone name's `numbered-names`; the title takes the kind's key
// (levels.ts reads styleOf), as a habit's title does.
import type { Candidate } from './types.js';

/** Two boxes this close in height (relative) are one size. */
const SAME = 0.03;
/** Numbered headings of the kind at that size, at least. */
const MIN_NUMBERED = 2;

/** The numbered kind whose size a candidate is set at, or undefined: one lookup per candidate over the kinds. */
export function numberedKindSizes(
  candidates: readonly Candidate[],
  bodyLine: number,
  tolerance: number,
): (c: Candidate) => Candidate | undefined {
  const byKind = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.numbering || c.size === undefined || c.numbering.ladder === 'article') continue;
    const key = `${c.numbering.ladder}:${c.numbering.rank}`;
    const list = byKind.get(key);
    if (list) list.push(c);
    else byKind.set(key, [c]);
  }
  const kinds: { size: number; first: Candidate }[] = [];
  for (const list of byKind.values()) {
    const sizes = list.map((c) => c.size!).sort((a, b) => a - b);
    const size = sizes[Math.floor(sizes.length / 2)];
    const atSize = list.filter((c) => Math.abs(c.size! - size) <= SAME * size);
    if (atSize.length >= MIN_NUMBERED && size > bodyLine * (1 + tolerance / 3)) kinds.push({ size, first: atSize[0] });
  }
  // Kinds set alike (elsarticle's sections and subsections, one bold body size) tell no kind: none is taken.
  return (c) => {
    if (c.size === undefined) return undefined;
    const at = kinds.filter((k) => Math.abs(c.size! - k.size) <= SAME * k.size);
    return at.length === 1 ? at[0].first : undefined;
  };
}
