// The case habit below capitals (revtex, IEEEtran, acmart): the top numbered sections set in capitals
// ("IX. DGIT"), the deeper ones not ("A. Snapshot upstream tarball"). An unnumbered heading not set in
// capitals ("Upstream git repository", a `\subsection*`) inside a numbered section is then one of the
// deeper kind, not a top section — when nothing stronger tells (no contents level, outline, PDF font, body-size
// habit or parser level hint of a numbered kind) and its size does not set it apart with the top sections
// (`mixed-below-caps`). Its counterpart, capitals joining the top (`caps-top-section`), is in levels.ts.
// A document that numbers its top sections alone, every one in capitals (acmart: "5 EXPERIMENTS", then "Learning
// Curve" unnumbered in bold), has the same habit with no deeper numbered heading to show it: its unnumbered headings
// in mixed case inside a numbered section are one rank below the top, unless set larger than the top sections
// (`mixed-below-caps-alone`; the parser's box heights put both kinds in one size class, so that class says nothing).
// The top keywords in capitals count as top sections in capitals (`mixed-below-caps-keywords`): revtex with one Roman
// section ("I. CONFIGURING THE SYSTEM …") and "ACKNOWLEDGMENTS" shows the habit as two Roman sections do.
import { APPENDIX, caseStyle } from './candidates.js';
import type { Candidate } from './types.js';

const FEATURE = 'headings.mixed-below-caps';
const ALONE = 'headings.mixed-below-caps-alone';

/** Fewest top numbered sections, all in capitals, that show the habit with no deeper numbered heading. */
const MIN_TOP_ALONE = 3;

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
function deeperKeyOfHabit(numbered: Candidate[], topKey: string, keywords: Candidate[]): string | undefined {
  // The top keywords in capitals ("ACKNOWLEDGMENTS") show the top sections' case beside a single numbered one.
  const top = [...numbered.filter((c) => c.key === topKey), ...keywords.filter((c) => caseStyle(c.el.text) === 'caps')];
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

/**
 * One rank below the top numbering, when every top numbered section is in capitals (three or more) and no numbered
 * heading stands below them; else undefined.
 */
function deeperKeyAlone(numbered: Candidate[], topKey: string): string | undefined {
  const [ladder, rank] = topKey.split(':');
  if ((ladder !== 'decimal' && ladder !== 'outline') || numbered.some((c) => c.key !== topKey)) return undefined;
  const top = numbered.filter((c) => !APPENDIX.test(c.el.text.trim()));
  if (top.length < MIN_TOP_ALONE || top.some((c) => caseStyle(c.el.text) !== 'caps')) return undefined;
  return `${ladder}:${Number(rank) + 1}`;
}

/** Whether a heading's size class sets it above the top sections' largest (smallest number) class. */
function sizedAboveTop(numbered: Candidate[]): (sizeClass: number | undefined) => boolean {
  const largest = Math.min(...numbered.filter((c) => c.sizeClass !== undefined).map((c) => c.sizeClass!));
  return (s) => s !== undefined && s < largest;
}

export function joinMixedBelowCaps(kept: Candidate[], topKey: string, alone = true, keywordsCount = true): void {
  const numbered = kept.filter((c) => c.numbering);
  const keywords = keywordsCount ? kept.filter((c) => c.keyword && !c.numbering && c.key === topKey) : [];
  const habitKey = deeperKeyOfHabit(numbered, topKey, keywords);
  const aloneKey = habitKey || !alone ? undefined : deeperKeyAlone(numbered, topKey);
  const deeperKey = habitKey ?? aloneKey;
  if (!deeperKey) return;
  const asTop = aloneKey ? sizedAboveTop(numbered) : sizedAsTop(numbered, topKey);
  const firstTop = kept.findIndex((c) => c.numbering && c.key === topKey);
  for (const [i, c] of kept.entries()) {
    if (i < firstTop || c.numbering || c.keyword || c.tocLevel !== undefined) continue;
    if (c.el.hints?.outlineLevel !== undefined || c.styleKey !== undefined) continue;
    if (c.evidence?.some((f) => STRONGER.includes(f))) continue;
    if (caseStyle(c.el.text) !== 'mixed' || asTop(c.sizeClass) || APPENDIX.test(c.el.text.trim())) continue;
    const weak = c.key === topKey || c.key === 'plain' || c.key.startsWith('size:') || c.key.startsWith('hint:');
    if (!weak) continue;
    c.key = deeperKey;
    c.evidence = [...(c.evidence ?? []), aloneKey ? ALONE : FEATURE];
  }
}
