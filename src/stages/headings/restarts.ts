// Numbering that restarts under another kind of heading (`numbering-restarts`): a counter set back to its start
// right after a heading of one other numbered kind is that kind's child counter. revtex numbers its subsections
// "A.", "B." and its subsubsections "1.", "2."; under unnumbered (`\section*`) top sections no Roman numeral ranks
// the two ladders, but "1. The Experimental Repository" after "4. Stable Backports" with "C. Repositories for
// Testing" alone between them says the plain numbers lie below the letters. Decided once per document, on every
// restart seen: the one other numbered kind (of another ladder) between the two headings of the restarting kind;
// a pair seen the other way round too, or the counter running on across that kind, tells nothing; nor a restart a
// shallower heading of the kind's own ladder stands in (its parent, "2.3" before "2.3.1").
// Precedence (levels.ts compare): after the numbering depth within one ladder, before the contents level and sizes.
import { type TableOfContents, tocKey } from '../toc.js';
import type { Candidate } from './types.js';

/** Pairs `parent>child` of numbered keys: the child's counter restarts under the parent. */
export function numberingRestarts(kept: readonly Candidate[]): Set<string> {
  const last = new Map<string, { value: number; at: number }>();
  const restarts = new Set<string>();
  const runsOn = new Set<string>();
  kept.forEach((c, at) => {
    const n = c.numbering;
    if (!n || n.values.length === 0) return;
    const value = n.values[n.values.length - 1];
    const before = last.get(c.key);
    last.set(c.key, { value, at });
    if (!before) return;
    // A shallower heading of its own ladder between the two ("2.3" between "2.2.3" and "2.3.1") explains the restart.
    const own = kept
      .slice(before.at + 1, at)
      .some((b) => b.numbering?.ladder === n.ladder && b.numbering.rank < n.rank);
    if (own) return;
    const between = new Set(
      kept
        .slice(before.at + 1, at)
        .filter((b) => b.numbering && b.numbering.ladder !== n.ladder && b.key !== c.key)
        .map((b) => b.key),
    );
    if (between.size !== 1) return;
    const pair = `${[...between][0]}>${c.key}`;
    if (value <= 1 && before.value > value) restarts.add(pair);
    else if (value === before.value + 1) runsOn.add(pair);
  });
  for (const pair of [...restarts]) {
    const [a, b] = pair.split('>');
    if (runsOn.has(pair) || restarts.has(`${b}>${a}`)) restarts.delete(pair);
  }
  return restarts;
}

/**
 * Under Roman top sections ("I. …"), the outline ladder goes on I → A → 1: a plain number ("1. Booting From the
 * Network", still keyed `decimal:1`, so no appendix's subsection) right after a lettered heading ("C. Creating a
 * Customized Boot Media") or after another such number is one rank below the letters (`roman-letter-number`:
 * revtex's subsubsections, IEEEtran's "1)").
 */
export function keyLetterNumbers(numbered: readonly Candidate[]): void {
  let previous: string | undefined;
  for (const c of numbered) {
    if (c.key === 'decimal:1' && (previous === 'outline:2' || previous === LETTER_NUMBER)) {
      c.key = LETTER_NUMBER;
      c.evidence = [...(c.evidence ?? []), 'headings.roman-letter-number'];
    }
    previous = c.key;
  }
}

const LETTER_NUMBER = 'outline:3';

/** Levels the document's table of contents gives the titles it lists, keyed by tocKey(title). */
export function tocLevels(toc: TableOfContents): Map<string, number> {
  const levels = new Map<string, number>();
  for (const entry of toc.entries) {
    const key = tocKey(entry.title);
    if (entry.level !== undefined && !levels.has(key)) levels.set(key, entry.level);
  }
  return levels;
}
