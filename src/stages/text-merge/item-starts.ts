// Where one list item starts after another (features.ts `startFeature` asks these before its other start evidence):
// Markdown without boxes repeats an item's marker where a page cut the item (the marker is the format's, the item goes
// on); a description list's next entry opens with its term and a colon after an item that ended whole (a new entry).
// Text only, so every format has it; `markerRepeatedOverPage` only where neither block has a box.
import { endsSentence, endsWithHyphen, firstChar, isCjkChar, lastChar, startsLowercase } from '../../text/chars.js';
import type { Pair } from './pair.js';
import { TERM_ENTRY } from './patterns.js';
import { bracketCarried, DANGLING_WORD, looksLikeProse, REFERENCE_END, REFERENCE_START } from './text-kind.js';

/**
 * Markdown without boxes writes an item cut by a page break as two items, the second with a marker of its own
 * ("- … J. of" | "- Systems and Software, vol. 34, …"): the marker is the format's, when the first item is cut
 * in a word, after a word no sentence ends with, inside a reference entry, or in CJK text going on.
 */
export function markerRepeatedOverPage({ a, b, aText, bText }: Pair): boolean {
  const marker = /^[-*•]\s+/;
  if (a.bbox || b.bbox || a.type !== 'list_item' || b.type !== 'list_item') return false;
  if (!marker.test(bText) || endsSentence(aText)) return false;
  const rest = bText.replace(marker, '');
  const aEntry = aText.replace(marker, '');
  // A bracket the item leaves open and the next closes ("- … $(LD-" | "- FLAGS), etc."): on one page too (a column).
  if (bracketCarried(aEntry, rest)) return true;
  if (a.page === b.page) return false;
  return (
    endsWithHyphen(aText) ||
    // "- setup.py, or" | "- Build.PL.": items of an enumeration, each its own
    (DANGLING_WORD.test(aText) && !/,\s*(?:or|and)$/.test(aText)) ||
    (REFERENCE_START.test(aEntry) && !REFERENCE_END.test(aEntry) && !REFERENCE_START.test(rest)) ||
    (isCjkChar(lastChar(aText)) && isCjkChar(firstChar(rest))) ||
    // "- … Only answer “yes” if you actually" | "- want to start again …": a sentence of running text cut after a word in
    // lower case, going on in lower case (not an enumeration's ", and" before its next item).
    (/\p{Ll}$/u.test(aText) && !/,\s*(?:or|and)$/.test(aText) && looksLikeProse(aEntry) && startsLowercase(rest))
  );
}

/** Both list items, the first not cut inside a sentence (hyphen, comma, dangling word), the next opening with a term. */
export function termOpensItem({ a, b, aText, bText }: Pair): boolean {
  return (
    a.type === 'list_item' &&
    b.type === 'list_item' &&
    TERM_ENTRY.test(bText) &&
    !endsWithHyphen(aText) &&
    !/[,，、;；(（]$/.test(aText) &&
    !DANGLING_WORD.test(aText)
  );
}
