// The numbered kind each piece of outside evidence names, for the unnumbered headings that share it (levels.ts):
// the parser's level hints (where they agree with the numbering) and the source PDF's fonts.

import { trustedPdf } from '../../pdf/trust.js';
import { caseStyle } from './candidates.js';
import type { Candidate } from './types.js';

/**
 * Whether the parser's level hints agree with the numbering: every numbered kind (ladder and rank) at one
 * hint, and a deeper rank of a ladder at a deeper hint. A Markdown writer that restarts its `#` levels on
 * each page, or sets some headings a level off, or flattens them, writes hints the numbering contradicts;
 * those tell nothing of the unnumbered headings either (`hints-contradict-numbering`). Undefined when fewer
 * than two numbered headings carry a hint: nothing to check them against.
 */
export function hintsAgreeWithNumbering(numbered: Candidate[]): boolean | undefined {
  const hinted = numbered.filter((c) => c.hint !== undefined && c.numbering!.ladder !== 'article');
  if (hinted.length < 2) return undefined;
  const hintOf = new Map<string, number>();
  for (const c of hinted) {
    const kind = `${c.numbering!.ladder}:${c.numbering!.rank}`;
    if ((hintOf.get(kind) ?? c.hint) !== c.hint) return false;
    hintOf.set(kind, c.hint!);
  }
  for (const [a, ha] of hintOf) {
    for (const [b, hb] of hintOf) {
      const [la, ra] = a.split(':');
      const [lb, rb] = b.split(':');
      if (la === lb && Number(ra) < Number(rb) && ha >= hb) return false;
    }
  }
  return true;
}

/** A heading's font in the source PDF (name and size, `hints.pdf`), when its text matched its PDF lines well. */
export function pdfFontOf(c: Candidate): string | undefined {
  const pdf = trustedPdf(c.el);
  if (!pdf?.fontName || !pdf.fontSize) return undefined;
  return `${pdf.fontName}@${pdf.fontSize}`;
}

/**
 * The letter case a heading is set in, past its number: 'caps' when every cased letter is upper case, 'mixed'
 * otherwise — over two words or more; one word tells no style (an acronym, "API", or a one-word title).
 */
export function letterCase(c: Candidate): 'caps' | 'mixed' | undefined {
  const words = (c.el.text ?? '')
    .trim()
    .split(/\s+/)
    .slice(c.numbering ? 1 : 0)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return undefined;
  const text = words.join(' ');
  // a script without case (CJK) tells nothing
  if (!/\p{Lu}|\p{Ll}/u.test(text)) return undefined;
  return caseStyle(text) === 'caps' ? 'caps' : 'mixed';
}

/** A PDF font's numbered kind, and the one letter case its headings are set in, when they agree on one. */
export interface FontKind {
  key: string;
  letterCase?: 'caps' | 'mixed';
}

/**
 * The numbered key of each PDF font (name and size) that numbered headings of one kind alone are set in:
 * an unnumbered heading in that font is one of that kind (`pdf-font-of-numbered`) — IEEEtran's "gbp
 * import" in the italic of "A. uscan", not the size class it shares with the small-capital sections.
 * Needs two numbered headings of the kind in the font (one could be a parser's mislabel). The letter case
 * goes with the font: revtex sets its sections in capitals and its subsections in mixed case in one bold
 * font, so "PRESEEDING DEBIAN-INSTALLER" (its "II." lost) is one of "I. FULLY AUTOMATIC INSTALLER"'s kind
 * (the map's `font:caps` entry) and not of "A. Using a Preseed File"'s (keyUnnumbered).
 */
export function numberedKeyByPdfFont(numbered: Candidate[]): Map<string, FontKind> {
  const keys = new Map<string, Map<string, number>>();
  const cases = new Map<string, Set<'caps' | 'mixed'>>();
  const count = (font: string, key: string) => {
    const byKey = keys.get(font) ?? new Map<string, number>();
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
    keys.set(font, byKey);
  };
  for (const c of numbered) {
    const font = pdfFontOf(c);
    if (!font || c.numbering!.ladder === 'article') continue;
    count(font, c.key);
    const lc = letterCase(c);
    if (!lc) continue;
    count(`${font}:${lc}`, c.key);
    cases.set(font, (cases.get(font) ?? new Set<'caps' | 'mixed'>()).add(lc));
  }
  const out = new Map<string, FontKind>();
  for (const [font, byKey] of keys) {
    const [key, n] = [...byKey][0];
    if (byKey.size !== 1 || n < 2) continue;
    const lc = cases.get(font);
    out.set(font, lc?.size === 1 ? { key, letterCase: [...lc][0] } : { key });
  }
  return out;
}

/** The numbered kind of an unnumbered heading's PDF font: in its own letter case first, else the font's. */
export function fontKindOf(c: Candidate, byFont: Map<string, FontKind>): FontKind | undefined {
  const font = pdfFontOf(c);
  if (!font) return undefined;
  const lc = letterCase(c);
  return (lc && byFont.get(`${font}:${lc}`)) || byFont.get(font);
}

/**
 * The key an unnumbered heading's PDF font gives it: the numbered kind's set in that font (`numbered`), or, in the
 * other letter case than that kind's, a kind of its own (not the one its size class would name); else undefined.
 */
export function keyOfFont(c: Candidate, byFont: Map<string, FontKind>): { key: string; numbered: boolean } | undefined {
  const font = fontKindOf(c, byFont);
  if (!font) return undefined;
  const own = font.letterCase && letterCase(c);
  if (own && own !== font.letterCase) return { key: `${pdfFontOf(c)}:${own}`, numbered: false };
  return { key: font.key, numbered: true };
}

/** The numbered key at each level hint, where one numbered key alone has it (hints the numbering agrees with). */
export function numberedKeyByHint(numbered: Candidate[]): Map<number, string> {
  const keys = new Map<number, Set<string>>();
  for (const c of numbered) {
    if (c.hint === undefined) continue;
    const set = keys.get(c.hint) ?? new Set<string>();
    set.add(c.key);
    keys.set(c.hint, set);
  }
  const out = new Map<number, string>();
  for (const [hint, set] of keys) if (set.size === 1) out.set(hint, [...set][0]);
  return out;
}

/**
 * Size classes that numbered headings of two kinds or more share in the source PDF's real sizes (acmart, elsarticle,
 * revtex set sections and subsections alike at the body size): such a class names no kind for an unnumbered heading
 * ("Requiring Authentication", a `\subsection*` at the size of "3 COMMON DIRECTIVES" and "3.1 Restricting Access"):
 * an unnumbered heading in it is keyed as if no size were known (its level hint, else the case habits).
 */
export function pdfSharedSizeClasses(numbered: Candidate[]): Set<number> {
  const kinds = new Map<number, Set<string>>();
  for (const c of numbered) {
    if (c.sizeClass === undefined || !pdfFontOf(c)) continue;
    kinds.set(c.sizeClass, (kinds.get(c.sizeClass) ?? new Set<string>()).add(c.key));
  }
  return new Set([...kinds].filter(([, keys]) => keys.size > 1).map(([sizeClass]) => sizeClass));
}

/**
 * The PDF font names each key's headings are set in (well aligned only), with their letter case where it tells
 * (`letterCase`: revtex's capitals and mixed-case headings share one bold font); empty without the source PDF.
 */
export function pdfFontsOfKeys(kept: Candidate[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of kept) {
    const name = pdfFontOf(c)?.split('@')[0];
    const lc = letterCase(c);
    if (name) out.set(c.key, (out.get(c.key) ?? new Set<string>()).add(lc ? `${name}:${lc}` : name));
  }
  return out;
}

/** The smallest size of each numbered key's headings. */
export function minSizeOfKeys(numbered: Candidate[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of numbered) if (c.size !== undefined) out.set(c.key, Math.min(c.size, out.get(c.key) ?? c.size));
  return out;
}

/**
 * Whether an unnumbered heading is set clearly smaller (by twice the size tolerance, as the body-size demotions
 * measure) than every heading of the numbered kind its level hint names: the size tells against the hint (MinerU's
 * content_list_v2 puts a report's `\section*` "Python module" at the level of its chapters, "Chapter 1", set
 * larger), so the hint names no kind for it (`hint-of-numbered` does not apply).
 */
export function smallerThanKind(
  c: Candidate,
  key: string,
  minSizeOfKey: Map<string, number>,
  tolerance: number,
): boolean {
  const min = minSizeOfKey.get(key);
  return c.size !== undefined && min !== undefined && c.size < min * (1 - 2 * tolerance);
}

/** The largest size of each numbered key's headings (a hint's kind set clearly smaller tells against the hint). */
export function maxSizeOfKeys(numbered: Candidate[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of numbered) if (c.size !== undefined) out.set(c.key, Math.max(c.size, out.get(c.key) ?? c.size));
  return out;
}

/**
 * Whether an unnumbered heading is set clearly larger (by twice the size tolerance) than every heading of the numbered
 * kind its level hint names: the size tells against the hint as `smallerThanKind` does, the other way (MinerU's
 * content_list_v2 puts a report's `\chapter*` "Secure Remote Login: SSH" at the level of its sections "0.1 …", set
 * smaller), so the hint names no kind for it (`hint-larger-than-kind`).
 */
export function largerThanKind(
  c: Candidate,
  key: string,
  maxSizeOfKey: Map<string, number>,
  tolerance: number,
): boolean {
  const max = maxSizeOfKey.get(key);
  return c.size !== undefined && max !== undefined && c.size > max * (1 + 2 * tolerance);
}
