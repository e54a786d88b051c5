// An unnumbered heading the numbering runs on around (`inside-numbering`): between a numbered heading and the next,
// which continues it one rank below the top ("3. Common Directives" · "Requiring Authentication" · "3.1. Restricting
// Access"; "B. info Documents" · "Specific Documentation" · "C. Websites"), the section numbered before it is still
// open, so the heading lies inside it: it is of the next heading's kind. elsarticle's and revtex's `\subsection*`
// look like their sections (the same size; MinerU's content list gives every heading one level), and the size or
// style habit had made them top sections, closing the numbered section the next heading continues.
// Evidence: the numbered heading after it continues the one before it (the next number, or the first child) below the
// top, and its size does not set it apart from that kind (no size known, or a heading of that kind shares its size
// class), nor its case (`caseTellsTop`: in the capitals of the top sections alone). Precedence (levels.ts): after
// every habit that keys an unnumbered heading as a top section; it re-keys only those, never a keyword (Abstract,
// References), never one whose size or case sets it apart from the next heading's kind.
import { caseStyle } from './candidates.js';
import { follows } from './promote.js';
import type { Candidate } from './types.js';

/** Whether `b`'s numbering continues `a`'s: `follows` (promote.ts), or the first child of an outline rank ("I." → "A."). */
function continues(a: Candidate, b: Candidate): boolean {
  const [m, n] = [a.numbering!, b.numbering!];
  if (follows(m, n)) return true;
  return m.ladder === n.ladder && m.ladder !== 'decimal' && n.rank === m.rank + 1 && n.values[0] === 1;
}

/**
 * Re-keys each unnumbered, non-keyword heading keyed `topKey` that stands between two numbered headings the second of
 * which continues the first below the top: it takes the second's key.
 */
export function joinInsideNumbering(kept: Candidate[], topKey: string): void {
  let previous: Candidate | undefined;
  kept.forEach((c, i) => {
    if (c.numbering) {
      previous = c;
      return;
    }
    if (!previous || c.keyword || c.key !== topKey) return;
    const next = kept.slice(i + 1).find((k) => k.numbering);
    if (!next || next.key === topKey || !continues(previous, next)) return;
    const sizeTells =
      c.sizeClass !== undefined && !kept.some((k) => k.numbering && k.key === next.key && k.sizeClass === c.sizeClass);
    if (sizeTells || caseTellsTop(c, kept, topKey, next.key)) return;
    c.key = next.key;
    c.evidence = [...(c.evidence ?? []), 'headings.inside-numbering'];
  });
}

/**
 * The heading is set in the case of every numbered top section ("II. MAKEFILE") and no numbered heading of the next
 * heading's kind is ("A. Requiring Authentication"): IEEEtran's and revtex's `\section*` in capitals, a top section
 * whose first subsection the numbering still counts under the section before it.
 */
function caseTellsTop(c: Candidate, kept: readonly Candidate[], topKey: string, nextKey: string): boolean {
  const cases = (key: string) =>
    new Set(kept.filter((k) => k.numbering && k.key === key).map((k) => caseStyle(k.el.text)));
  const [top, below] = [cases(topKey), cases(nextKey)];
  const own = caseStyle(c.el.text);
  return top.size === 1 && top.has(own) && !below.has(own);
}
