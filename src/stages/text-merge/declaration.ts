// A declaration line before its description (text-merge features, ./features.ts, `declaration-before`): a syntax or
// configuration entry ("Column column;", "Width width;") set alone at a column's foot, its description a capitalised
// sentence at the next column's head ("Specifies the leftmost column …"). Evidence: the first fragment is one short line
// of names closed by a semicolon with no function word among them (a clause of prose left on a semicolon has one:
// "… this step is easy;"), and the next opens a sentence with a capitalised word. It comes after the semicolon's
// `comma-end` and outweighs it; a lower-case word after the semicolon is the clause's rest and never asks.
import { looksLikeProse } from './text-kind.js';

/** One to three names or placeholders and a semicolon: "Column column;", "ColumnsCfg HEADER|STATUS|name;". */
const DECLARATION = /^[\p{L}_][\w.:|-]*(?:\s+[\w.:|<>[\]()"'-]+){0,2};$/u;
/** Words of running prose: a clause, not a declaration. */
const PROSE_WORDS =
  /\b(?:the|a|an|of|to|and|or|but|with|for|in|on|by|from|is|are|was|were|be|it|this|that|these|those|if|then|not|no)\b/i;

/** The first fragment is a declaration line and the next a capitalised sentence describing it. */
export function declarationBeforeDescription(aText: string, bText: string): boolean {
  return (
    aText.length <= 40 &&
    !aText.includes('\n') &&
    DECLARATION.test(aText) &&
    !PROSE_WORDS.test(aText) &&
    /^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(bText) &&
    looksLikeProse(bText)
  );
}
