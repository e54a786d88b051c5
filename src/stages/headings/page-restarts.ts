// Level hints that restart on every page: a Markdown writer that reads each page alone (Mistral OCR, DeepSeek-OCR,
// a page-by-page Marker run) sets the first heading of every page at `#`, whatever section it continues, and the
// others below it. Such hints tell no kind from another (`hints-restart-per-page`): they are dropped as hints the
// numbering contradicts are (levels.ts), and size, numbering and style decide. Evidence: at least RESTART_PAGES pages
// with a hinted heading, the first hinted heading of every one at the document's top hint, most headings at that hint
// (MOSTLY_FIRST) the first of its page, and deeper hints elsewhere. A document whose top-hint headings mostly stand
// inside pages (true chapters after sections on their page), or one page of which opens with a deeper heading, keeps
// its hints. Checked after the text demotions, before the keys (assignKeys).
import type { Candidate } from './types.js';

/** Whether the kept headings' level hints restart at the top on every page. */
export function hintsRestartPerPage(kept: readonly Candidate[]): boolean {
  const hinted = kept.filter((c) => c.hint !== undefined);
  if (new Set(hinted.map((c) => c.hint)).size < 2) return false;
  const top = Math.min(...hinted.map((c) => c.hint!));
  const firstOfPage = new Map<number, Candidate>();
  for (const c of hinted) if (!firstOfPage.has(c.el.page)) firstOfPage.set(c.el.page, c);
  if (firstOfPage.size < RESTART_PAGES) return false;
  if ([...firstOfPage.values()].some((c) => c.hint !== top)) return false;
  const atTop = hinted.filter((c) => c.hint === top);
  return firstOfPage.size >= atTop.length * MOSTLY_FIRST;
}

/** At least this many pages carry a hinted heading. */
const RESTART_PAGES = 3;
/** At least this share of the top-hint headings open their page (a page's later heading clamped to `#` is one). */
const MOSTLY_FIRST = 0.5;
