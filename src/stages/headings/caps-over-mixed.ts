// Capitals over mixed case where nothing is numbered (`caps-over-mixed`): revtex with every section starred sets its
// `\section*` titles in capitals ("SYSTEM BOOT") and its `\subsection*` titles in mixed case ("The systemd init
// system"), both bold at about the body size, so sizes rank them by a pixel of box height or not at all (no boxes).
// The document's case habit then names the two ranks, as Roman numerals and letters would: the headings in capitals,
// and the top keywords (Abstract, Acknowledgments, References), are the top sections; the mixed-case headings after
// the first of them lie one rank below.
// Evidence, all needed: no numbered heading; a heading in capitals, not a keyword, after the first heading (the
// title's place); two or more in capitals with the keywords in capitals; before the first of them no mixed-case
// heading but the first heading and keywords; no mixed-case heading set larger than every one in capitals.
// Precedence (levels.ts): after the size classes and level hints key the unnumbered headings; a heading whose
// contents level, PDF outline depth or opener evidence named its key keeps it. The numbered counterparts are
// `caps-top-section` and `mixed-below-caps` (levels.ts, case-below.ts).
import { caseStyle } from './candidates.js';
import type { Candidate } from './types.js';

const FEATURE = 'headings.caps-over-mixed';

/** Evidence that set a heading's key more surely than its size class: left alone. */
const STRONGER = ['headings.opener-header', 'headings.blank-opener-header'];

/** Fewest headings in capitals (keywords in capitals among them) that show the habit. */
const MIN_CAPS = 2;

const caps = (c: Candidate) => caseStyle(c.el.text) === 'caps';

/** Whether the document shows the habit (see above); `kept[0]` stands in the title's place. */
function capsOverMixed(kept: readonly Candidate[]): boolean {
  if (kept.some((c) => c.numbering)) return false;
  const rest = kept.slice(1);
  const firstCaps = rest.findIndex((c) => !c.keyword && caps(c));
  if (firstCaps < 0 || rest.filter(caps).length < MIN_CAPS) return false;
  if (rest.slice(0, firstCaps).some((c) => !c.keyword)) return false;
  const capsSizes = rest.filter((c) => caps(c) && c.sizeClass !== undefined).map((c) => c.sizeClass!);
  const largestCaps = Math.min(...capsSizes);
  return !rest.some((c) => !c.keyword && !caps(c) && c.sizeClass !== undefined && c.sizeClass < largestCaps);
}

/**
 * The headings in capitals and the keywords take `topKey`, the mixed-case ones after the first heading in capitals
 * `belowKey`; returns whether the habit held.
 */
export function joinCapsOverMixed(kept: Candidate[], topKey: string, belowKey: string): boolean {
  if (!capsOverMixed(kept)) return false;
  const firstCaps = kept.findIndex((c, i) => i > 0 && !c.keyword && caps(c));
  kept.forEach((c, i) => {
    if (i === 0 || c.tocLevel !== undefined || c.el.hints?.outlineLevel !== undefined) return;
    if (c.evidence?.some((f) => STRONGER.includes(f))) return;
    if (c.keyword || caps(c)) c.key = topKey;
    else if (i > firstCaps) c.key = belowKey;
    else return;
    c.evidence = [...(c.evidence ?? []), FEATURE];
  });
  return true;
}
