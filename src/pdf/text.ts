// Comparing a parser's text with the PDF's text layer: both normalized to letters and digits, compared by
// character bigrams (so OCR text that differs by a few characters still matches). Used by align.ts.
/** Letters and digits only, lower-cased (NFKC): the text both sides are compared on. */
export function normalizeText(text: string): string {
  // printable ASCII (most text layers): NFKC changes nothing and letters and digits are [a-z0-9]
  if (/^[ -~\t\n\r]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A text's character bigrams with their counts, each bigram as one number (two UTF-16 code units; a
 * one-character text as itself, offset past every pair): no substring is built, so counting is cheap.
 */
export type Bigrams = Map<number, number>;

export function bigrams(s: string): Bigrams {
  const out: Bigrams = new Map();
  if (s.length === 1) out.set(s.charCodeAt(0) + 0x1_0000_0000, 1);
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.charCodeAt(i) * 0x1_0000 + s.charCodeAt(i + 1);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Share of `part`'s bigrams found in `whole` (0–1): how much of a line's text an element's text holds. */
export function containment(part: Bigrams, whole: Bigrams): number {
  let total = 0;
  let found = 0;
  for (const [g, n] of part) {
    total += n;
    found += Math.min(n, whole.get(g) ?? 0);
  }
  return total === 0 ? 0 : found / total;
}

/** Dice similarity of two texts' bigrams (0–1). */
export function similarity(a: string, b: string): number {
  return dice(bigrams(normalizeText(a)), bigrams(normalizeText(b)));
}

export function dice(A: Bigrams, B: Bigrams): number {
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const [, n] of A) na += n;
  for (const [g, n] of B) {
    nb += n;
    common += Math.min(n, A.get(g) ?? 0);
  }
  return na + nb === 0 ? 0 : (2 * common) / (na + nb);
}
