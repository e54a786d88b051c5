// Numbering that restarts under another kind of heading (`numbering-restarts`): a counter set back to its start
// right after a heading of one other numbered kind is that kind's child counter. revtex numbers its subsections
// "A.", "B." and its subsubsections "1.", "2."; under unnumbered (`\section*`) top sections no Roman numeral ranks
// the two ladders, but "1. The Experimental Repository" after "4. Stable Backports" with "C. Repositories for
// Testing" alone between them says the plain numbers lie below the letters. Decided once per document, on every
// restart seen: the one other numbered kind (of another ladder) between the two headings of the restarting kind;
// a pair seen the other way round too, or the counter running on across that kind, tells nothing.
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
 * Unnumbered headings that a numbered kind restarts under (`numbering-restarts`): a size class joins a sibling kind,
 * so the unnumbered section titles of a brief ("들어가며 1", "문제점 3", set at the size of their "(1)", "(2)"
 * subsections) take their subsections' key. When the numbered kind's counter starts at 1 right after each of two
 * or more of them (nothing of that key numbered between) and never runs on across one, they are its parents: they
 * get a key of their own, returned as a `parent>child` pair. A key with a top numbering (the document's sections)
 * has no such parents.
 */
export function unnumberedParents(kept: readonly Candidate[], topKey: string | undefined): Set<string> {
  const pairs = new Set<string>();
  const keys = new Set(kept.filter((c) => c.numbering && c.key !== topKey).map((c) => c.key));
  for (const key of keys) {
    const parents: Candidate[] = [];
    let restarts = 0;
    let runsOn = false;
    let open: Candidate | undefined;
    let lastValue: number | undefined;
    for (const c of kept) {
      if (c.key !== key) continue;
      if (!c.numbering) {
        parents.push(c);
        open = c;
        continue;
      }
      const value = c.numbering.values[c.numbering.values.length - 1];
      if (open) {
        if (value <= 1) restarts += 1;
        else if (lastValue !== undefined && value === lastValue + 1) runsOn = true;
      }
      open = undefined;
      lastValue = value;
    }
    if (restarts < 2 || runsOn) continue;
    const parent = `parent-of:${key}`;
    for (const c of parents) c.key = parent;
    pairs.add(`${parent}>${key}`);
  }
  return pairs;
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
