// A numbered run nested once (`numbering-child-run`): a kind of numbering that appears in one run only, counting
// from 1 ("（一）", "（二）", "（三）"), right after a heading of another numbered ladder ("2.2.3 …") and closed by that
// ladder going on ("2.3 …"), holds that heading's subsections: its counter starts under the heading, and the
// heading's own numbering resumes after it. restarts.ts sees a counter set back to 1 only when the kind appears
// twice; a thesis that breaks one subsection into "（一）…（三）" shows it once, at the same size as the subsection
// (size says siblings, `same-size`). Evidence: every heading of the kind in one run of at least MIN_RUN, nothing but
// that kind between its first and last, its first numbered 1, the heading before it and the first after it numbered
// in one other ladder. A run at the document's end (appendices after the last section) has no closing heading and
// tells nothing. Precedence (walk.ts): right after `numbering-restarts`, before the contents level and sizes.
import type { Candidate } from './types.js';

/** Pairs `parent>child` of numbered keys: the child's single run sits between two headings of the parent's ladder. */
export function childRuns(kept: readonly Candidate[]): Set<string> {
  const pairs = new Set<string>();
  const byKey = new Map<string, number[]>();
  kept.forEach((c, at) => {
    if (!c.numbering || !c.key) return;
    const ats = byKey.get(c.key);
    if (ats) ats.push(at);
    else byKey.set(c.key, [at]);
  });
  for (const [key, ats] of byKey) {
    const [first, last] = [ats[0], ats[ats.length - 1]];
    if (ats.length < MIN_RUN || last - first + 1 !== ats.length) continue;
    const n = kept[first].numbering!;
    if (n.values[n.values.length - 1] !== 1) continue;
    const [before, after] = [kept[first - 1], kept[last + 1]];
    if (!before?.numbering || !after?.numbering || !before.key) continue;
    const ladder = before.numbering.ladder;
    if (ladder === n.ladder && before.key === key) continue;
    if (after.numbering.ladder !== ladder || n.ladder === ladder) continue;
    pairs.add(`${before.key}>${key}`);
  }
  return pairs;
}

/** At least this many headings in the run. */
const MIN_RUN = 2;
