// Unicode classes of single code units, read from a table the patterns fill on first sight of each: a scanner over
// text asks `\p{Ll}`, `\p{Lu}`, `[\p{L}\p{N}]` or `\s` of a character without running an expression per character.
// Code units only: a caller gives text with surrogates (characters outside the BMP) to the expressions themselves.

export const LOWER = 1;
export const UPPER = 2;
export const LETTER_OR_DIGIT = 4;
export const SPACE = 8;
const KNOWN = 16;

/** Classes per code unit, 0 until first asked. */
const classes = new Uint8Array(65536);

/** The classes of one code unit (`LOWER`, `UPPER`, `LETTER_OR_DIGIT`, `SPACE` bits). */
export function classOf(code: number): number {
  const known = classes[code];
  if (known !== 0) return known;
  const c = String.fromCharCode(code);
  const value =
    KNOWN |
    (/\p{Ll}/u.test(c) ? LOWER : 0) |
    (/\p{Lu}/u.test(c) ? UPPER : 0) |
    (/[\p{L}\p{N}]/u.test(c) ? LETTER_OR_DIGIT : 0) |
    (/\s/u.test(c) ? SPACE : 0);
  classes[code] = value;
  return value;
}

/** A surrogate: a character outside the BMP, which the table cannot class. */
export const ASTRAL = /[\uD800-\uDFFF]/;

/** `text.replace(/[^\p{L}\p{N}]/gu, '')`: its letters and digits only, the runs of them sliced out. */
export function lettersAndDigits(text: string): string {
  if (ASTRAL.test(text)) return text.replace(/[^\p{L}\p{N}]/gu, '');
  let out = '';
  let run = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const keep =
      c < 128
        ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
        : (classOf(c) & LETTER_OR_DIGIT) !== 0;
    if (keep && run < 0) run = i;
    else if (!keep && run >= 0) {
      out += text.slice(run, i);
      run = -1;
    }
  }
  return run === 0 ? text : run > 0 ? out + text.slice(run) : out;
}
