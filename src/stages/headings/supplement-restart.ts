// Numbering that starts again under an unnumbered top heading (`supplement-restart`): a paper's supplementary material
// ("Supplementary Material", after "6. Conclusion" and the references) numbers its own sections "1. Details on the
// datasets", "1.1. Data preparation" again from 1. The restarted sections are the supplement's, one rank below it;
// as siblings of the paper's sections they would read as a second paper (the dev paper 2203.01017v2).
// Evidence: a top-rank decimal heading numbered plain 1 (not "3.1") after the top numbering reached 2 or more, right after an
// unnumbered, non-keyword heading keyed a top section or keyed by nothing (nothing numbered between). Every decimal heading from there
// on (up to the next such restart, which is decided again) takes the key one rank deeper.
// Precedence (headings.ts): after the keys (levels.ts), before the title and the level walk; the numbering restarts
// under another numbered kind (restarts.ts) are decided before, on numbered headings alone.
import { addEvidence } from './levels.js';
import type { Candidate } from './types.js';

/** The key of an unnumbered heading nothing ranks (no size, hint or habit): the walk places it by what follows. */
const PLAIN_KEY = 'plain';

/** Set the decimal headings numbered again from 1 under an unnumbered top heading one rank below it. */
export function nestSupplementRestarts(kept: readonly Candidate[], topKey: string | undefined): void {
  if (!topKey?.startsWith('decimal:')) return;
  const topRank = Number(topKey.slice('decimal:'.length));
  let highest = 0;
  let nesting = false;
  kept.forEach((c, i) => {
    const n = c.numbering;
    if (n?.ladder !== 'decimal') return;
    // Plain numbers only: "3.1" after "2.2" is the next chapter's first section, no restart.
    const top = n.rank === topRank && n.values.length === 1 ? n.values[0] : undefined;
    if (top !== undefined) {
      const before = kept[i - 1];
      const opener =
        before && !before.numbering && !before.keyword && (before.key === topKey || before.key === PLAIN_KEY);
      if (top <= 1 && highest >= 2 && opener) nesting = true;
      highest = Math.max(highest, top);
    }
    if (!nesting) return;
    c.key = `decimal:${n.rank + 1}`;
    addEvidence(c, 'supplement-restart');
  });
}
