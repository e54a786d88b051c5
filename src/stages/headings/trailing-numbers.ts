// Section numbers printed after the words: Korean and Japanese policy briefs set "들어가며 1", "코로나-19 관련 보험
// 현황 2", "문제점 3" (the number in a badge at the line's end), and the parser reads the badge last. A number at the
// end is no numbering parseNumbering() accepts (it would take "Windows 10" or "COVID 19" for one), so the document's
// own run decides: three or more unnumbered headings whose last words are 1, 2, 3 … in reading order, each with other
// words before it (not "Step 1", "Step 2"), in a document with no decimal top numbering of its own. They then take
// the decimal top numbering (`trailing-number`), and "(1)" … "(4)" that restart under each of them nest below.
import type { Candidate } from './types.js';

const FEATURE = 'headings.trailing-number';

/** Words, a space, a number of one or two digits at the end. */
const TRAILING = /^(\S.*?)\s+(\d{1,2})$/u;

/** Fewest headings in the run. */
const MIN_RUN = 3;

export function numberTrailing(kept: Candidate[]): void {
  if (kept.some((c) => c.numbering?.ladder === 'decimal' && c.numbering.rank === 1)) return;
  const run = kept.flatMap((c) => {
    const m = c.numbering || c.keyword ? null : TRAILING.exec(c.el.text.trim());
    return m ? [{ c, words: m[1].trim(), value: Number(m[2]) }] : [];
  });
  if (run.length < MIN_RUN || !run.every((r, i) => r.value === i + 1)) return;
  // One word before every number ("Step 1", "Step 2") is a series of steps, not sections numbered at the end.
  const firstWords = new Set(run.map((r) => r.words.split(/\s+/)[0]));
  if (firstWords.size < run.length) return;
  for (const r of run) {
    r.c.numbering = { ladder: 'decimal', rank: 1, label: String(r.value), values: [r.value] };
    r.c.evidence = [...(r.c.evidence ?? []), FEATURE];
  }
}
