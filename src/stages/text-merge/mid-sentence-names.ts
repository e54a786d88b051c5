// Which capitalised words a document uses mid-sentence (names, not sentence starts): asked by the text-merge stage
// when a fragment opens with a capital after a block that ends no sentence (features.ts, `name-start`).
// Evidence: a capitalised word after a lower-case letter and a blank (a comma or semicolon, an opening quote between),
// counted against the same word written all in lower case between blanks; a word written in lower case more than four
// times as often ("The" after "called", "A" in "package A") is a common word, not a name. Label words ("Figure 3")
// never count.
// The two patterns are the definition (`CAPITALISED_MID_SENTENCE`, `LOWER_CASE_WORD`, kept for texts with characters
// outside the Basic Multilingual Plane); most texts are read by a scanner that finds the very matches the global
// `exec` loops find, a character class per code unit from a table filled on first sight. The lower-case words are
// counted in a second pass, and only those some capitalised word folds to: the regex loops built a string and a map
// entry for every lower-case word of the document, a tenth of the structure path's time on a long document.

import { ASTRAL, classOf, LETTER_OR_DIGIT, LOWER, SPACE, UPPER } from '../../text/letter-classes.js';

/** A capitalised word after a lower-case letter and a blank (a comma or semicolon, an opening quote between). */
const CAPITALISED_MID_SENTENCE = /\p{Ll}[,;]?\s+[“"‘']?(\p{Lu}[\p{L}\p{N}]*)/gu;
/** A word all in lower case, between blanks (or before `,.;:`). */
const LOWER_CASE_WORD = /(?:^|\s)(\p{Ll}+)(?=[\s,.;:]|$)/gu;

/** Words capitalised mid-sentence by convention before a number ("in Figure 3"), which also open sentences. */
const LABEL_WORDS =
  /^(?:Figures?|Fig|Tables?|Tab|Sections?|Sec|Chapters?|Equations?|Eq|Examples?|Listings?|Appendix|Algorithms?|Step|Part)$/;

/** Capitalised words that follow a lower-case word somewhere in the text: names, not sentence starts. */
export function namesUsedMidSentence(texts: Iterable<string>): Set<string> {
  const all = [...texts];
  const midSentence = new Map<string, number>();
  const count = (word: string) => {
    if (!LABEL_WORDS.test(word)) midSentence.set(word, (midSentence.get(word) ?? 0) + 1);
  };
  for (let i = 0; i < all.length; i++) {
    const text = all[i];
    if (ASTRAL.test(text)) execAll(CAPITALISED_MID_SENTENCE, text, count);
    else capitalisedMidSentence(text, count);
  }
  // Only the lower-case forms of those words are ever looked up.
  const wanted = new Set<string>();
  const keys = new Set<number>();
  for (const word of midSentence.keys()) {
    const lower = word.toLowerCase();
    wanted.add(lower);
    keys.add(wordKey(lower.length, lower.charCodeAt(0)));
  }
  const lowerCase = new Map<string, number>();
  const countLower = (word: string) => {
    if (wanted.has(word)) lowerCase.set(word, (lowerCase.get(word) ?? 0) + 1);
  };
  if (wanted.size > 0)
    for (let i = 0; i < all.length; i++) {
      const text = all[i];
      if (ASTRAL.test(text)) execAll(LOWER_CASE_WORD, text, countLower);
      else lowerCaseWords(text, keys, countLower);
    }
  const names = new Set<string>();
  for (const [word, n] of midSentence) if (n * 4 >= (lowerCase.get(word.toLowerCase()) ?? 0)) names.add(word);
  return names;
}

/** Each first group of a global pattern's matches, in order (the definition the scanners follow). */
function execAll(pattern: RegExp, text: string, found: (word: string) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found(m[1]);
}

/** A word's length and first code unit as one number: most lower-case words are no candidate's, told without a slice. */
const wordKey = (length: number, first: number) => length * 65536 + first;

const COMMA = 44;
const SEMICOLON = 59;
/** The opening quotes `[“"‘']` allowed before the capital. */
const isQuote = (code: number) => code === 0x201c || code === 34 || code === 0x2018 || code === 39;
/** `\s` (ASCII first: most characters are). */
const isSpace = (c: number) => c === 32 || (c <= 13 && c >= 9) || (c >= 128 && (classOf(c) & SPACE) !== 0);
/** `\p{Ll}`. */
const isLower = (c: number) => (c < 128 ? c >= 97 && c <= 122 : (classOf(c) & LOWER) !== 0);
/** `\p{Lu}`. */
const isUpper = (c: number) => (c < 128 ? c >= 65 && c <= 90 : (classOf(c) & UPPER) !== 0);
/** `[\p{L}\p{N}]`. */
const isLetterOrDigit = (c: number) =>
  c < 128
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    : (classOf(c) & LETTER_OR_DIGIT) !== 0;

/**
 * `CAPITALISED_MID_SENTENCE`'s matches by its global exec loop, found from each run of blanks: before it a
 * lower-case letter (a comma or semicolon between), after it an optional quote, a capital and every letter or digit
 * after that; the next search starts after that word, so a word's own last letter opens no match (`from`). Each step
 * has one way to go.
 */
function capitalisedMidSentence(text: string, found: (word: string) => void): void {
  const n = text.length;
  let from = 0;
  let i = 1;
  while (i < n) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const blanks = i;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    let p = blanks - 1;
    const sep = text.charCodeAt(p);
    if (sep === COMMA || sep === SEMICOLON) p--;
    if (p < from || !isLower(text.charCodeAt(p))) continue;
    let j = i;
    if (j < n && isQuote(text.charCodeAt(j))) j++;
    if (j >= n || !isUpper(text.charCodeAt(j))) continue;
    const start = j;
    j++;
    while (j < n && isLetterOrDigit(text.charCodeAt(j))) j++;
    found(text.slice(start, j));
    from = j;
    i = j;
  }
}

/**
 * `LOWER_CASE_WORD`'s matches by its global exec loop: a run of lower-case letters that starts the text or follows
 * a blank, and ends it or stands before a blank or one of `,.;:` (a shorter run never fits: a lower-case letter
 * follows it). Only runs whose length and first letter some wanted word has are sliced.
 */
function lowerCaseWords(text: string, keys: ReadonlySet<number>, found: (word: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // i starts a word: the text's start or just after a blank
    if (isLower(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && isLower(text.charCodeAt(j))) j++;
      const c = j < n ? text.charCodeAt(j) : -1;
      if (
        (c === -1 || c === 44 || c === 46 || c === 59 || c === 58 || isSpace(c)) &&
        keys.has(wordKey(j - i, text.charCodeAt(i)))
      )
        found(text.slice(i, j));
      i = j;
    }
    // on to the next character after a blank
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    i++;
  }
}
