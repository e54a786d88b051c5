// An unnumbered title set at the very size of a numbered kind of heading (`size-of-numbered-kind`): article's
// `\subsection` is 12 pt bold over a 10 pt body, its box 0.0166 page heights over the body lines' 0.0152 — within the
// size tolerance of the body, so `body-size` took "uupdate + tarball" (a `\subsection*`, typed section_header) for a
// bold lead-in while "8.1 gbp" beside it, as tall, stood by its number. Evidence: two or more numbered candidates of
// one kind (ladder and rank) whose boxes are one size (within SAME), that size set apart from the body line (above it
// by more than two thirds of the tolerance: a kind at the body's own size is the body-size habit's, bodySizeHabit) and
// from every other numbered kind's (by twice SAME), and the title's size that size (within SAME). Precedence: after the body-size habit (it keys a title
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
    if (atSize.length >= MIN_NUMBERED) kinds.push({ size, first: atSize[0] });
  }
  // Kinds set alike (elsarticle's sections and subsections, one bold body size: 0.016 and 0.017 by their letters'
  // descenders) tell no kind: only a kind twice SAME apart from every other, and apart from the body, is taken.
  const apart = kinds.filter(
    (k) =>
      k.size > bodyLine * (1 + (2 * tolerance) / 3) &&
      kinds.every((o) => o === k || Math.abs(o.size - k.size) > 2 * SAME * Math.max(o.size, k.size)),
  );
  return (c) => {
    if (c.size === undefined) return undefined;
    return apart.find((k) => Math.abs(c.size! - k.size) <= SAME * k.size)?.first;
  };
}
