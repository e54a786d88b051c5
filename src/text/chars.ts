// Character-level text evidence shared by adapters, stages and renderers: scripts, sentence ends, joins.

const CJK =
  /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\uAC00-\uD7AF]/;

export function isCjkChar(ch: string | undefined): boolean {
  // Every CJK range starts at U+2E80: most characters are answered without the regex (hot in textWidthEm).
  return ch !== undefined && ch.charCodeAt(0) >= 0x2e80 && CJK.test(ch);
}

/** Last and first non-space characters. */
export function lastChar(text: string): string | undefined {
  const t = text.trimEnd();
  return t.length ? t[t.length - 1] : undefined;
}
export function firstChar(text: string): string | undefined {
  const t = text.trimStart();
  return t.length ? t[0] : undefined;
}

/** Sentence-final punctuation in the scripts we meet (Latin, CJK, Vietnamese, Devanagari, Arabic, Greek …). */
const TERMINAL = '.!?。！？…‥।؟:：';
const CLOSERS = /["'”’」』）)\]】〕》>]+$/;

/** True when the text ends a sentence (closing quotes/brackets ignored). */
export function endsSentence(text: string): boolean {
  // A footnote call after the stop ("… package. [18]", "…end.¹") does not hide the sentence end.
  // Every expression is anchored at the end: they read the last characters only (a long text is not scanned
  // from its start by each), unless a run at the end reaches back to them.
  const trimmed = text.trimEnd();
  const tail = trimmed.length > TAIL ? trimmed.slice(-TAIL) : trimmed;
  const t = withoutCallAndClosers(tail);
  if (tail !== trimmed && t.length < TAIL / 2) return endsSentenceWhole(trimmed);
  return stopAtEnd(t);
}

/**
 * The text without a footnote call and closing quotes or brackets at its end. Each expression runs only when the
 * last character is one it can end on: V8 tries an expression anchored at the end from every position.
 */
function withoutCallAndClosers(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  const t = last === 0x5d || SUPERSCRIPT_DIGITS.has(last) ? text.replace(NOTE_CALL_AT_END, '') : text;
  return CLOSER_CODES.has(t.charCodeAt(t.length - 1)) ? t.replace(CLOSERS, '') : t;
}

/** Ends with sentence-final punctuation (`TERMINAL`), and not with an abbreviation's stop (`ABBREVIATION_AT_END`). */
function stopAtEnd(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  if (last === 0x2e && ABBREVIATION_AT_END.test(t)) return false;
  return TERMINAL_CODES.has(last);
}

/** A footnote call at the end: "[18]", "¹²". */
const NOTE_CALL_AT_END = /\s*(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/;
const SUPERSCRIPT_DIGITS = new Set([...'¹²³⁴⁵⁶⁷⁸⁹⁰'].map((c) => c.charCodeAt(0)));
/** The characters of `CLOSERS` and `TERMINAL` (each one code unit). */
const CLOSER_CODES = new Set([...'"\'”’」』）)]】〕》>'].map((c) => c.charCodeAt(0)));
const TERMINAL_CODES = new Set([...TERMINAL].map((c) => c.charCodeAt(0)));

/** How many characters at the end `endsSentence` reads first. */
const TAIL = 64;

/** `endsSentence` on the whole trimmed text. */
function endsSentenceWhole(trimmed: string): boolean {
  return stopAtEnd(withoutCallAndClosers(trimmed));
}

/** Abbreviations that end in a stop but never end a sentence ("(i.e.", "see Fig.", "cf."). */
const ABBREVIATION_AT_END =
  /(?:^|[\s([])(?:i\.e|e\.g|cf|vs|viz|approx|Figs?|Eqs?|Nos?|pp?|Dr|Mr|Mrs|Ms|Prof|St|resp)\.$/;

/** Ends with a hyphen right after a letter: "continu-". Soft hyphen too. */
export function endsWithHyphen(text: string): boolean {
  return /\p{L}[-\u00AD\u2010]$/u.test(text.trimEnd());
}

export function startsLowercase(text: string): boolean {
  const c = firstChar(text);
  return c !== undefined && /\p{Ll}/u.test(c);
}

export function startsUppercase(text: string): boolean {
  const c = firstChar(text);
  return c !== undefined && /\p{Lu}/u.test(c);
}

/** A list marker or an enumeration at the start: "• ", "- ", "1. ", "(a) ", "①", "一、". */
export function startsWithListMarker(text: string): boolean {
  return /^\s*([•·∙●○▪■◦‣⁃\-–—*→➔➢►▶✓✔]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s|\([ivxIVX]+\)\s|[①-⑳]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(
    text,
  );
}

/**
 * Join two fragments of one paragraph: de-hyphenate Latin words ("recon-" + "struction"), keep the hyphen of a
 * compound before a capital or a digit ("Install-" + "Recommends", "UTF-" + "8"), no space between CJK, one
 * space otherwise.
 */
export function joinFragments(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (!left) return right;
  if (!right) return left;
  if (endsWithHyphen(left) && startsLowercase(right)) return left.slice(0, -1) + right;
  if (endsWithHyphen(left) && /^[\p{Lu}\p{N}]/u.test(right)) return left + right;
  if (isCjkChar(lastChar(left)) || isCjkChar(firstChar(right))) return left + right;
  return `${left} ${right}`;
}

/** Text for repetition tests: case-folded, digits and roman page numbers folded, spaces collapsed. */
export function normalizeForRepeat(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/\d+/g, '#')
      .replace(/\b[ivxlc]+\b/g, '#')
      .replace(/\s+/g, ' ')
      .trim()
      // A page number set before or after the running head on some pages only ("4 Z. Shen et al.", "… DIA 13").
      .replace(/^# (?=\S)|(?<=\S) #$/g, '')
  );
}

/** Approximate display width of a text in ems (CJK ≈ 1 em, Latin ≈ 0.5 em). */
export function textWidthEm(text: string): number {
  return widthUpTo(text, Number.POSITIVE_INFINITY);
}

/**
 * `textWidthEm(text) > em`, reading no further than it must: the widths add up in the same order and are all
 * positive, so a sum past the bound is a whole text past it (a long paragraph is read for its first 80 letters).
 */
export function textWiderThan(text: string, em: number): boolean {
  return widthUpTo(text, em) > em;
}

/** `textWidthEm(text)` when it is `em` or less (the same sum), else undefined: read no further than `textWiderThan`. */
export function textWidthWithin(text: string, em: number): number | undefined {
  const w = widthUpTo(text, em);
  return w > em ? undefined : w;
}

/** The width of `text` in ems, or of the shortest start of it that is wider than `limit`. */
function widthUpTo(text: string, limit: number): number {
  // By UTF-16 code unit, as `for…of` over code points would count it (hot in the heading and merge stages):
  // a surrogate pair is one character, never CJK (every CJK range above is in the BMP).
  let w = 0;
  for (let i = 0; i < text.length && w <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    w += c === 0x20 ? 0.28 : c >= 0x2e80 && isCjkCode(c) ? 1 : 0.52;
  }
  return w;
}

/** The CJK ranges of `CJK`, for one UTF-16 code unit. */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x2fdf) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}
