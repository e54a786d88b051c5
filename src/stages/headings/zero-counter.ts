// A number whose top counter never started lies inside the open unnumbered section (`zero-counter-inside`): LaTeX
// numbers a `\subsection` after a `\section*` "0.1", "0.2" (the section counter still 0), so "0.1. Tools" is a
// subsection of the unnumbered section open above it, not a top section beside it. Sizes cannot tell (elsarticle sets
// both at body size; MinerU's content list gives every heading one level), and without a numbered parent the walk
// compared it with the unnumbered headings by size alone and closed them.
// Evidence: a decimal number of two ranks whose first value is 0, and an open top section (the first open heading
// after the title) that is unnumbered and no keyword: the number's parent, whatever stands open below it.
// Precedence (walk.ts): before every comparison, as a number that names its parent does (`number-names-parent`); the
// deeper "0.1.1" then ranks by its numbering as usual.
import type { Candidate } from './types.js';

export const ZERO_COUNTER = 'zero-counter-inside';

/** Whether `c` is numbered at the second rank from a top counter of 0 ("0.1", "0.2"). */
function zeroTop(c: Candidate): boolean {
  const n = c.numbering;
  return n?.ladder === 'decimal' && n.values.length === 2 && n.values[0] === 0;
}

/**
 * The index in `open` of the heading a "0.x" number lies inside: the open top section (the first open heading after
 * the title), when it is unnumbered and no keyword; undefined when the rule does not apply.
 */
export function zeroCounterParent(c: Candidate, open: readonly Candidate[], title: Candidate | undefined) {
  if (!zeroTop(c)) return undefined;
  const top = open[0] === title ? 1 : 0;
  const o = open[top];
  return o && !o.numbering && !o.keyword ? top : undefined;
}
