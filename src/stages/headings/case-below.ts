// The case habit below capitals (revtex, IEEEtran, acmart): the top numbered sections set in capitals
// ("IX. DGIT"), the deeper ones not ("A. Snapshot upstream tarball"). An unnumbered heading not set in
// capitals ("Upstream git repository", a `\subsection*`) inside a numbered section is then one of the
// deeper kind, not a top section — when nothing stronger tells (no contents level, outline, PDF font, body-size
// habit or parser level hint of a numbered kind) and its size does not set it apart with the top sections
// (`mixed-below-caps`). Its counterpart, capitals joining the top (`caps-top-section`), is in levels.ts.
import { caseStyle } from './candidates.js';
import type { Candidate } from './types.js';

const FEATURE = 'headings.mixed-below-caps';

/** Evidence that set a heading's key more surely than its size class: left alone. */
const STRONGER = [
  'headings.hint-of-numbered',
  'headings.pdf-font-of-numbered',
  'headings.opener-header',
  'headings.blank-opener-header',
  'headings.caps-top-section',
  'headings.plain-top-section',
  'headings.body-size-habit',
];

/**
 * The shallowest deeper numbered key in the top's ladder, when the document has the habit (two top sections or more,
 * most in capitals; one deeper numbered heading or more, none in capitals); else undefined.
 */
function deeperKeyOfHabit(numbered: Candidate[], topKey: string): string | undefined {
  const top = numbered.filter((c) => c.key === topKey);
  const ladder = topKey.split(':')[0];
  const deeper = numbered.filter((c) => c.key !== topKey && c.numbering!.ladder === ladder);
  const capsTop = top.filter((c) => caseStyle(c.el.text) === 'caps').length;
  if (top.length < 2 || capsTop * 2 <= top.length || deeper.length < 1) return undefined;
  if (deeper.some((c) => caseStyle(c.el.text) === 'caps')) return undefined;
  const shallowest = deeper.reduce((a, b) => (b.numbering!.rank < a.numbering!.rank ? b : a));
  return shallowest.key;
}

/**
 * Whether a heading's size class sets it with the top sections: a class the top numbered sections alone
 * have, or one larger than every deeper numbered heading's.
 */
function sizedAsTop(numbered: Candidate[], topKey: string): (sizeClass: number | undefined) => boolean {
  const of = (top: boolean) =>
    new Set(numbered.filter((c) => (c.key === topKey) === top && c.sizeClass !== undefined).map((c) => c.sizeClass!));
  const [top, deeper] = [of(true), of(false)];
  const largestDeeper = Math.min(...deeper);
  return (s) => s !== undefined && ((top.has(s) && !deeper.has(s)) || (deeper.size > 0 && s < largestDeeper));
}

export function joinMixedBelowCaps(kept: Candidate[], topKey: string): void {
  const numbered = kept.filter((c) => c.numbering);
  const deeperKey = deeperKeyOfHabit(numbered, topKey);
  if (!deeperKey) return;
  const asTop = sizedAsTop(numbered, topKey);
  const firstTop = kept.findIndex((c) => c.numbering && c.key === topKey);
  for (const [i, c] of kept.entries()) {
    if (i < firstTop || c.numbering || c.keyword || c.tocLevel !== undefined) continue;
    if (c.el.hints?.outlineLevel !== undefined || c.styleKey !== undefined) continue;
    if (c.evidence?.some((f) => STRONGER.includes(f))) continue;
    if (caseStyle(c.el.text) !== 'mixed' || asTop(c.sizeClass)) continue;
    const weak = c.key === topKey || c.key === 'plain' || c.key.startsWith('size:') || c.key.startsWith('hint:');
    if (!weak) continue;
    c.key = deeperKey;
    c.evidence = [...(c.evidence ?? []), FEATURE];
  }
}
