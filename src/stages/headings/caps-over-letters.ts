// Lettered sections under unnumbered capitals (`caps-over-letters`): revtex with `\section*` numbers its
// subsections "A.", "B." (and its subsubsections "1.", "2.") while its top sections carry no Roman numeral
// ("FILLING IN THE SOURCES.LIST FILE" where "I. …" would stand). The letters are then the second rank of an
// outline ladder whose first rank lost its numbers, and the unnumbered headings in capitals are that first rank:
// they take the Roman top key, above the letters, and the keyword headings ("ACKNOWLEDGMENTS") join them as they
// join Roman sections. Without it a parser that boxes both kinds alike puts them in one size class, and the
// capitals take the letters' key: "A. Syntax" becomes their sibling.
// Evidence, all needed: no heading numbered at the first rank ("I."); the first numbered heading (articles aside)
// lettered at the second; no lettered heading in capitals (the case tells the two kinds apart); an unnumbered,
// non-keyword heading in capitals, after the first heading (the title's place), before the first lettered one.
// Precedence: an unnumbered heading in capitals whose contents level, PDF outline depth, PDF font, level hint of a
// numbered kind or body-size habit named its kind keeps that key (levels.ts keyUnnumbered runs first).
import { caseStyle } from './candidates.js';
import type { Candidate } from './types.js';

const FEATURE = 'headings.caps-over-letters';

/** Evidence that set an unnumbered heading's key more surely than its size class: left alone. */
export const STRONGER = [
  'headings.hint-of-numbered',
  'headings.pdf-font-of-numbered',
  'headings.opener-header',
  'headings.blank-opener-header',
  'headings.body-size-habit',
];

const lettered = (c: Candidate) => c.numbering?.ladder === 'outline' && c.numbering.rank === 2;

/** Whether the document shows the habit: lettered sections under unnumbered headings in capitals. */
export function lettersUnderCaps(kept: readonly Candidate[]): boolean {
  const numbered = kept.filter((c) => c.numbering && c.numbering.ladder !== 'article');
  if (numbered.length === 0 || !lettered(numbered[0])) return false;
  if (numbered.some((c) => c.numbering!.ladder === 'outline' && c.numbering!.rank === 1)) return false;
  if (numbered.some((c) => lettered(c) && caseStyle(c.el.text) === 'caps')) return false;
  const firstLetter = kept.indexOf(numbered[0]);
  return kept.slice(1, firstLetter).some((c) => !c.numbering && !c.keyword && caseStyle(c.el.text) === 'caps');
}

/** The unnumbered headings in capitals, their key weakly set, take the top key. */
export function joinCapsOverLetters(kept: Candidate[], topKey: string): void {
  for (const c of kept) {
    if (c.numbering || c.keyword || caseStyle(c.el.text) !== 'caps') continue;
    if (c.tocLevel !== undefined || c.el.hints?.outlineLevel !== undefined || c.styleOf || c.styleKey) continue;
    if (c.evidence?.some((f) => STRONGER.includes(f))) continue;
    c.key = topKey;
    c.evidence = [...(c.evidence ?? []), FEATURE];
  }
}
