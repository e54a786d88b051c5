// Step 2 of the headings stage: a key for each heading (what kind of heading it is). Numbered headings take
// their ladder and rank ("1.2" → decimal:2); unnumbered ones the key of the numbered kind they share evidence
// with, in this order: contents level, a keyword's top key, PDF font, level hint beside a style habit, style
// habit, size class, level hint, else a key of their own. Step 3, the levels from these keys, is walk.ts.
import { minOf } from '../../util/arrays.js';
import { type TableOfContents, tocKey } from '../toc.js';
import { APPENDIX, BLANK_OPENER, caseStyle } from './candidates.js';
import { joinCapsOverLetters, lettersUnderCaps } from './caps-over-letters.js';
import { joinCapsOverMixed } from './caps-over-mixed.js';
import { joinCapsSharedSize } from './caps-shared-size.js';
import { joinMixedBelowCaps } from './case-below.js';
import { childRuns } from './child-runs.js';
import { joinInsideNumbering } from './inside-numbering.js';
import { joinTopKeywordSize } from './keyword-size.js';
import {
  type FontKind,
  hintsAgreeWithNumbering,
  keyOfFont,
  largerThanKind,
  maxSizeOfKeys,
  minSizeOfKeys,
  numberedKeyByHint,
  numberedKeyByPdfFont,
  pdfFontsOfKeys,
  pdfSharedSizeClasses,
  smallerThanKind,
} from './kind-maps.js';
import { joinNamedInParent } from './named-in-parent.js';
import { keyByOutline } from './outline-numbering.js';
import { joinPageOpeners } from './page-openers.js';
import { hintsRestartPerPage } from './page-restarts.js';
import { parserFeatures, type parserLevelFeature, type parserTrustFeature } from './parser-levels.js';
import { keyLetterNumbers, numberingRestarts, tocLevels } from './restarts.js';
import { sizeClasses } from './sizes.js';
import type { Candidate } from './types.js';
import { zeroChapterRank } from './zero-chapter.js';

/** What the keys of the kept headings share: the size class, parser hint and contents level of each key. */
export interface KeyFacts {
  sizeOfKey: Map<string, number>;
  hintOfKey: Map<string, number>;
  tocLevelOfKey: Map<string, number>;
  /** The contents list's indents overrule its numbers (toc.ts): its levels rank before the numbering. */
  tocOverNumbering?: boolean;
  hintsVary: boolean;
  /** The feature that weighs this parser family's levels (parser-levels.ts). */
  hintFeature: ReturnType<typeof parserLevelFeature>;
  /** The weight of this format's trust in its levels against size (parser-levels.ts); undefined: size decides. */
  trustFeature?: ReturnType<typeof parserTrustFeature>;
  /** The key of the document's top numbered sections, when its first numbering is decimal or Roman ("I."). */
  topKey: string | undefined;
  /** Rank of that top numbering (2 for "1.1" sections). */
  topRank: number | undefined;
  /** The top is the rank above sections numbered "0.x", that of unnumbered chapters (zero-chapter.ts). */
  zeroTop?: boolean;
  /** The numbering a blank opener under a numbered first heading stands for: that heading's ladder, one rank deeper. */
  blankStandsFor?: { ladder: string; rank: number };
  /** The source PDF's font names of each key's well-aligned headings (with `--pdf`; pdfFontsOfKeys). */
  fontsOfKey?: Map<string, Set<string>>;
  /** Pairs `parent>child` of numbered keys, the child's counter restarting under the parent (restarts.ts). */
  restartsUnder?: Set<string>;
  /** Pairs `parent>child` of numbered keys, the child's one run nested under the parent (child-runs.ts). */
  childRuns?: Set<string>;
  /** The numbered key most headings of each outline depth carry (`pdf-outline:3` → `decimal:3`), with `--pdf`. */
  numberedKeyOfOutline?: Map<string, string>;
}

/** The document habits that key unnumbered headings, beside the flags of assignKeys: each on unless its weight is 0. */
export interface KeyHabits {
  /** `mixed-below-caps` (case-below.ts). */
  mixedBelow?: boolean;
  /** `mixed-below-caps-alone` (case-below.ts). */
  mixedBelowAlone?: boolean;
  /** Ids of the elements that open their page, for `page-opener-top` (page-openers.ts); off when undefined. */
  pageOpeners?: ReadonlySet<number>;
  /** `roman-appendix-subsection` (keyNumbered). */
  appendixSubsections?: boolean;
  /** `roman-letter-number` (restarts.ts keyLetterNumbers). */
  letterNumbers?: boolean;
  /** `caps-over-letters` (caps-over-letters.ts). */
  capsOverLetters?: boolean;
  /** `inside-numbering` (inside-numbering.ts); off unless given. */
  insideNumbering?: boolean;
  /** The parser's level, keyed a top section's, keeps an unnumbered heading out of the numbering it stands inside. */
  hintOverInside?: boolean;
  /** `caps-over-mixed` (caps-over-mixed.ts); off unless given. */
  capsOverMixed?: boolean;
  /** `size-of-top-keywords` (keyword-size.ts); off unless given. */
  keywordSize?: boolean;
  /** `hints-restart-per-page` (page-restarts.ts). */
  pageRestarts?: boolean;
  /** `numbering-child-run` (child-runs.ts). */
  childRuns?: boolean;
  /** `named-in-parent` (named-in-parent.ts); off unless given. */
  namedInParent?: boolean;
  /** `roman-top-later` (topNumbering). */
  romanLater?: boolean;
  /** `zero-chapter-top` (zero-chapter.ts); off unless given. */
  zeroChapter?: boolean;
  /** `hint-larger-than-kind` (kind-maps.ts largerThanKind); off unless given. */
  largerThanKind?: boolean;
  /** `mixed-below-caps-keywords` (case-below.ts). */
  mixedBelowKeywords?: boolean;
  /** `caps-top-shared-size` (caps-shared-size.ts); off unless given. */
  capsSharedSize?: boolean;
}

/**
 * Each heading's key: its numbering scheme and rank ("1.2" → decimal:2); unnumbered, the key of the
 * numbered headings its contents level or size class shares, a top keyword taking the top numbered
 * key, else its size class or the parser's level hint.
 */
export function assignKeys(
  kept: Candidate[],
  toc: TableOfContents,
  sizeTolerance: number,
  format: string,
  capsTop = true,
  plainTop = true,
  hintTrust = true,
  pdfFonts = true,
  more: KeyHabits = {},
): KeyFacts {
  setSizeClasses(kept, sizeTolerance);
  const numbered = kept.filter((c) => c.numbering);
  const trust = trustHints(kept, numbered, hintTrust, more.pageRestarts ?? true);
  const hintsVary = trust !== false && new Set(kept.map((c) => c.hint).filter((h) => h !== undefined)).size > 1;
  const { topRank, first, capsOverLetters, romanTop, zeroTop } = topNumbering(kept, numbered, more);
  // Size class of each numbered key, so unnumbered headings of the same size join it.
  const keyBySizeClass = keyNumbered(numbered, romanTop, more);
  const shared = pdfFonts ? pdfSharedSizeClasses(numbered) : new Set<number>();
  // Hints that do not vary (every heading at one level, MinerU's content list) tell no kind from another.
  const keyByHint = trust && hintsVary ? numberedKeyByHint(numbered) : new Map<number, string>();
  const levelOfTitle = tocLevels(toc);
  for (const c of kept) c.tocLevel = levelOfTitle.get(tocKey(c.el.text));
  // Each numbered key's table of contents level: an unnumbered heading listed there ("参考文献") is their sibling.
  const keyByTocLevel = new Map<number, string>();
  for (const c of numbered) {
    if (c.tocLevel !== undefined && !keyByTocLevel.has(c.tocLevel)) keyByTocLevel.set(c.tocLevel, c.key);
  }
  const keyByPdfFont = pdfFonts ? numberedKeyByPdfFont(numbered) : new Map<string, FontKind>();
  // Plain numbers that restart under another numbered kind (restarts.ts: revtex's "1." under "A.") are not the top.
  const restartsUnder = numberingRestarts(numbered);
  const decimalUnder = [...restartsUnder].some((pair) => pair.endsWith(`>decimal:${topRank}`));
  const top = romanTop
    ? ROMAN_TOP
    : topRank !== undefined && Number.isFinite(topRank) && !decimalUnder
      ? `decimal:${topRank}`
      : undefined;
  const byKind: KindMaps = {
    keyByTocLevel,
    keyByPdfFont,
    keyBySizeClass,
    keyByHint,
    topOfKeywords: top,
    hintsVary,
    sharedSizeClasses: shared,
    minSizeOfKey: minSizeOfKeys(numbered),
    maxSizeOfKey: more.largerThanKind ? maxSizeOfKeys(numbered) : undefined,
    sizeTolerance,
  };
  for (const c of kept) if (!c.numbering) keyUnnumbered(c, byKind);
  if (capsOverLetters) joinCapsOverLetters(kept, ROMAN_TOP);
  if (more.capsOverMixed) joinCapsOverMixed(kept, ROMAN_TOP, 'outline:2');
  // The source PDF's outline first (Docling's order: bookmarks, then numbering, then style): a heading
  // matched to an outline entry takes the entry's depth as its key, compared before anything else.
  // …while the outline agrees with the numbering (outline-numbering.ts).
  const numberedKeyOfOutline = keyByOutline(kept, numberedKeysOfOutline, OUTLINE_KEY);
  // The decimal ladder is the document's top only when the first numbered heading uses it.
  const decimalTop = first?.ladder === 'decimal' && Number.isFinite(topRank) ? `decimal:${topRank}` : undefined;
  const topKey = romanTop ? ROMAN_TOP : decimalTop;
  if (topKey) joinOpeners(kept, topKey);
  const blankStandsFor = keyBlankOpeners(kept, topKey);
  if (topKey) joinTopHabits(kept, topKey, numberedKeyOfOutline, capsTop, plainTop, more);
  const facts = { hintsVary, ...parserFeatures(format), topKey, topRank, blankStandsFor, restartsUnder, zeroTop };
  const fontsOfKey = pdfFonts ? pdfFontsOfKeys(kept) : undefined;
  const runs = (more.childRuns ?? true) ? childRuns(kept) : undefined;
  return { ...firstOfKey(kept), ...facts, fontsOfKey, numberedKeyOfOutline, childRuns: runs };
}

/**
 * The document's top numbering: the smallest decimal rank, the first numbered heading that is no article (articles
 * stand below every other numbering), and whether Roman sections are the top ("I. INTRODUCTION", IEEEtran, revtex;
 * capitals over letters, caps-over-letters.ts): its appendices ("Appendix A: …") and keyword headings (References)
 * are then their siblings.
 */
function topNumbering(kept: Candidate[], numbered: Candidate[], more: KeyHabits) {
  const shallowest = numbered.length
    ? minOf(numbered.filter((c) => c.numbering!.ladder === 'decimal').map((c) => c.numbering!.rank))
    : undefined;
  // Sections "0.1", "0.2" under unnumbered chapters: the top is the chapters' rank (`zero-chapter-top`).
  const zeroTop = more.zeroChapter ? zeroChapterRank(numbered, shallowest) : undefined;
  if (zeroTop !== undefined)
    for (const c of numbered)
      if (c.numbering!.ladder === 'decimal' && c.numbering!.values[0] === 0) addEvidence(c, 'zero-chapter-top');
  const topRank = zeroTop ?? shallowest;
  const first = numbered.find((c) => c.numbering!.ladder !== 'article')?.numbering;
  const capsOverLetters = (more.capsOverLetters ?? true) && lettersUnderCaps(kept);
  // A lost "I." leaves a lettered "A." first: a later Roman section ("II.") still sets the top (`roman-top-later`).
  const romanLater =
    (more.romanLater ?? true) && first?.ladder === 'outline' && first.rank !== 1 && laterRomanTop(numbered);
  const romanTop = (first?.ladder === 'outline' && first.rank === 1) || romanLater || capsOverLetters;
  if (romanLater)
    for (const c of numbered)
      if (c.numbering!.ladder === 'outline' && c.numbering!.rank === 1) addEvidence(c, 'roman-top-later');
  return { topRank, first, capsOverLetters, romanTop, zeroTop: zeroTop !== undefined };
}

/**
 * Whether the outline ladder's Roman rank ("II.") is the document's top though its first numbered heading is not
 * Roman: a Roman section of two numerals or more ("II", "IV": not a lettered item "I." or "V."), or two Roman
 * sections.
 */
function laterRomanTop(numbered: readonly Candidate[]): boolean {
  const roman = numbered.filter((c) => c.numbering!.ladder === 'outline' && c.numbering!.rank === 1);
  return roman.length >= 2 || roman.some((c) => c.numbering!.label.length >= 2);
}

/** The habits that join unnumbered headings to the document's top sections (each on unless its flag is off). */
function joinTopHabits(
  kept: Candidate[],
  topKey: string,
  numberedKeyOfOutline: ReadonlyMap<string, string>,
  capsTop: boolean,
  plainTop: boolean,
  more: KeyHabits,
): void {
  if (capsTop) joinCapsTop(kept, topKey, numberedKeyOfOutline);
  if (more.capsSharedSize) joinCapsSharedSize(kept, topKey, numberedKeyOfOutline);
  if (more.mixedBelow ?? true) joinMixedBelowCaps(kept, topKey, more.mixedBelowAlone ?? true, more.mixedBelowKeywords);
  if (more.pageOpeners) joinPageOpeners(kept, topKey, more.pageOpeners);
  if (plainTop) joinPlainTop(kept, topKey, numberedKeyOfOutline);
  if (more.insideNumbering) joinInsideNumbering(kept, topKey, numberedKeyOfOutline, more.hintOverInside);
  if (more.keywordSize) joinTopKeywordSize(kept, topKey);
  if (more.namedInParent) joinNamedInParent(kept, topKey);
}

/**
 * Whether the level hints may be weighed: not when the numbering contradicts them (`hints-contradict-numbering`),
 * nor when they restart at `#` on every page (`hints-restart-per-page`, page-restarts.ts); each unnumbered hinted
 * heading then names why. Undefined when nothing checks them.
 */
function trustHints(kept: Candidate[], numbered: Candidate[], hintTrust: boolean, pageRestarts: boolean) {
  const restart = pageRestarts && hintsRestartPerPage(kept);
  const trust = restart ? false : hintTrust ? hintsAgreeWithNumbering(numbered) : undefined;
  const against = restart ? 'hints-restart-per-page' : 'hints-contradict-numbering';
  if (trust === false) for (const c of kept) if (!c.numbering && c.hint !== undefined) addEvidence(c, against);
  return trust;
}

/**
 * The numbered key ("decimal:3") most of each outline depth's numbered headings carry, before the outline keys
 * them (walk.ts compares a heading the outline does not list with the outline's by this numbering).
 */
function numberedKeysOfOutline(kept: readonly Candidate[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const c of kept) {
    const depth = c.el.hints?.outlineLevel;
    if (depth === undefined || !c.numbering || !c.key) continue;
    const outline = `${OUTLINE_KEY}:${depth}`;
    const byKey = counts.get(outline) ?? new Map<string, number>();
    byKey.set(c.key, (byKey.get(c.key) ?? 0) + 1);
    counts.set(outline, byKey);
  }
  return new Map([...counts].map(([k, byKey]) => [k, [...byKey].sort((a, b) => b[1] - a[1])[0][0]]));
}

/**
 * Each numbered heading's key, its ladder and rank; returns the first key of each size class. Under Roman top
 * sections an appendix opener ("Appendix B: debian/rules") is one of them, and a plain-numbered heading after it
 * ("1. dh", revtex's appendix subsections) one rank below them, as a lettered subsection ("A. uscan") stands
 * (`roman-appendix-subsection`).
 */
function keyNumbered(numbered: Candidate[], romanTop: boolean, more: KeyHabits): Map<number, string> {
  const keyBySizeClass = new Map<number, string>();
  let inAppendix = false;
  const appendixSubsections = more.appendixSubsections ?? true;
  for (const c of numbered) {
    const n = c.numbering!;
    const opener = romanTop && APPENDIX.test(c.el.text.trim());
    if (opener) inAppendix = true;
    else if (n.ladder === 'outline' && n.rank === 1) inAppendix = false;
    if (opener) c.key = ROMAN_TOP;
    else if (romanTop && inAppendix && appendixSubsections && n.ladder === 'decimal') {
      c.key = `outline:${n.rank + 1}`;
      addEvidence(c, 'roman-appendix-subsection');
    } else c.key = `${n.ladder}:${n.rank}`;
  }
  if (romanTop && (more.letterNumbers ?? true)) keyLetterNumbers(numbered);
  for (const c of numbered)
    if (c.sizeClass !== undefined && !keyBySizeClass.has(c.sizeClass)) keyBySizeClass.set(c.sizeClass, c.key);
  return keyBySizeClass;
}

/** The numbered kind of each piece of evidence an unnumbered heading can share with the numbered ones. */
interface KindMaps {
  keyByTocLevel: Map<number, string>;
  keyByPdfFont: Map<string, FontKind>;
  keyBySizeClass: Map<number, string>;
  keyByHint: Map<number, string>;
  /** The key keyword headings (Abstract, References) take: the top numbered sections'. */
  topOfKeywords: string | undefined;
  hintsVary: boolean;
  /** Size classes numbered headings of two kinds share in the PDF's real sizes (pdfSharedSizeClasses). */
  sharedSizeClasses: Set<number>;
  /** The smallest size of each numbered key's headings (a hint's kind set clearly larger tells against the hint). */
  minSizeOfKey: Map<string, number>;
  /** The largest size of each numbered key's headings, when `hint-larger-than-kind` is on. */
  maxSizeOfKey?: Map<string, number>;
  sizeTolerance: number;
}

/**
 * An unnumbered heading's key, on the first evidence that applies: its contents level, a keyword's top key, its PDF
 * font, its level hint beside a style habit, the style habit, its size class, its level hint, else a key of its own.
 */
function keyUnnumbered(c: Candidate, m: KindMaps): void {
  const byFont = keyOfFont(c, m.keyByPdfFont);
  const hintKey = c.hint !== undefined ? m.keyByHint.get(c.hint) : undefined;
  const styleKey = c.styleOf?.key || c.styleKey;
  if (c.tocLevel !== undefined && !c.keyword) c.key = m.keyByTocLevel.get(c.tocLevel) ?? `toc:${c.tocLevel}`;
  else if (c.keyword && m.topOfKeywords) c.key = m.topOfKeywords;
  else if (byFont) {
    c.key = byFont.key;
    if (byFont.numbered) addEvidence(c, 'pdf-font-of-numbered');
  } else if (hintKey && styleKey) {
    // The parser's own level (where its levels agree with the numbering) tells the kind before the document's
    // style habit does: elsarticle sets its sections and subsections alike, at body size.
    c.key = hintKey;
    addEvidence(c, 'hint-of-numbered');
  } else if (styleKey) c.key = styleKey;
  else if (c.sizeClass !== undefined && m.sharedSizeClasses.has(c.sizeClass))
    c.key = keyOfUnsized(c, m.keyByHint, m.hintsVary);
  else if (c.sizeClass !== undefined && m.keyBySizeClass.has(c.sizeClass)) c.key = m.keyBySizeClass.get(c.sizeClass)!;
  else if (hintKey && !smallerThanKind(c, hintKey, m.minSizeOfKey, m.sizeTolerance) && !largerThanHint(c, hintKey, m)) {
    c.key = hintKey;
    addEvidence(c, 'hint-of-numbered');
  } else if (c.sizeClass !== undefined) c.key = `size:${c.sizeClass}`;
  else if (m.hintsVary && c.hint !== undefined) c.key = `hint:${c.hint}`;
  else c.key = c.keyword ? 'keyword' : 'plain';
}

/** Set clearly larger than every heading of its hint's numbered kind (`hint-larger-than-kind`, kind-maps.ts). */
function largerThanHint(c: Candidate, hintKey: string, m: KindMaps): boolean {
  if (!m.maxSizeOfKey || !largerThanKind(c, hintKey, m.maxSizeOfKey, m.sizeTolerance)) return false;
  addEvidence(c, 'hint-larger-than-kind');
  return true;
}

/** The key of an unnumbered heading no size tells: its level hint's numbered key or the hint, else plain. */
function keyOfUnsized(c: Candidate, keyByHint: Map<number, string>, hintsVary: boolean): string {
  if (c.hint !== undefined && keyByHint.has(c.hint)) {
    addEvidence(c, 'hint-of-numbered');
    return keyByHint.get(c.hint)!;
  }
  if (hintsVary && c.hint !== undefined) return `hint:${c.hint}`;
  return c.keyword ? 'keyword' : 'plain';
}

/** Each sized candidate's size class (two sizes or more are needed to tell classes apart). */
function setSizeClasses(kept: Candidate[], sizeTolerance: number): void {
  const sized = kept.filter((c) => c.size !== undefined);
  if (sized.length < 2) return;
  const classOf = sizeClasses(
    sized.map((c) => c.size!),
    sizeTolerance,
  );
  for (const c of sized) c.sizeClass = classOf(c.size!);
}

export function addEvidence(c: Candidate, feature: string): void {
  c.evidence = [...(c.evidence ?? []), `headings.${feature}`];
}

/**
 * A title labelled header that opens its page (`opener-header`, candidates.ts) with no size known opens a
 * chapter as the running head would stand: one of the top sections.
 */
function joinOpeners(kept: Candidate[], topKey: string): void {
  for (const c of kept) {
    // (an outline depth, src/pdf/outline.ts, ranks it first)
    if (c.numbering || c.sizeClass !== undefined || c.el.hints?.outlineLevel !== undefined) continue;
    if (c.evidence?.includes('headings.opener-header') || c.evidence?.includes(BLANK_OPENER)) c.key = topKey;
  }
}

/**
 * A blank opener (blank-opener.ts: a title whose words were lost) is one of the top sections: the top numbered
 * sections' kind when two or more headings have it; else, under a first heading of a kind of its own (the
 * document's title, "11.7. LDAP Directory" over "Chapter I 11.7.1."), right under it (`BLANK_KEY`, walkLevels);
 * else that first heading's sibling.
 */
function keyBlankOpeners(kept: Candidate[], topKey: string | undefined): KeyFacts['blankStandsFor'] {
  // A blank opener the PDF's outline gave a depth (src/pdf/outline.ts) is ranked by the outline like its siblings.
  const blank = (c: Candidate) => c.evidence?.includes(BLANK_OPENER) === true && c.el.hints?.outlineLevel === undefined;
  const others = kept.filter((c) => !blank(c));
  if (others.length === kept.length) return;
  const count = (key: string) => others.filter((c) => c.key === key).length;
  const first = others[0];
  const key =
    topKey && count(topKey) >= 2 ? topKey : first && count(first.key) >= 2 ? first.key : first ? BLANK_KEY : 'plain';
  for (const c of kept) if (blank(c)) c.key = key;
  // Under a numbered first heading ("11.7. LDAP Directory"), the lost title is one rank deeper ("11.7.3."): a deeper
  // number of that ladder ("11.7.3.1.") stands below it, not beside it.
  const n = first?.numbering;
  return key === BLANK_KEY && n ? { ladder: n.ladder, rank: n.rank + 1 } : undefined;
}

/**
 * With nothing else to tell (no size, level hint or contents level: key `plain`), an unnumbered heading in
 * capitals ("EXAMPLES") is one of the top sections when those are set in capitals ("II. MAKEFILE") and no
 * deeper numbered heading is (IEEEtran, revtex: the document's case habit, `caps-top-section`).
 */
function joinCapsTop(kept: Candidate[], topKey: string, numberedKeyOf: ReadonlyMap<string, string>): void {
  const numbered = kept.filter((c) => c.numbering);
  // with --pdf the outline keys the numbered headings by depth: their numbered kind is read through it
  const isTop = (c: Candidate) => (numberedKeyOf.get(c.key) ?? c.key) === topKey;
  const top = numbered.filter(isTop);
  const deeper = numbered.filter((c) => !isTop(c));
  const capsTop = top.filter((c) => caseStyle(c.el.text) === 'caps').length;
  if (top.length < 2 || capsTop * 2 <= top.length || deeper.some((c) => caseStyle(c.el.text) === 'caps')) return;
  for (const c of kept) {
    if (c.key !== 'plain' || caseStyle(c.el.text) !== 'caps') continue;
    c.key = topKey;
    c.evidence = [...(c.evidence ?? []), 'headings.caps-top-section'];
  }
}

/**
 * With nothing else to tell (key `plain`), an unnumbered heading is one of the top sections when the document
 * numbers its top sections only, with plain numbers (two or more, and no deeper numbered heading): its
 * `\section*` beside "4 Technical reminders", not a subsection no numbering shows (`plain-top-section`); not
 * under chapters numbered in words ("Chapter 1" holds its unnumbered sections).
 */
function joinPlainTop(kept: Candidate[], topKey: string, numberedKeyOf: ReadonlyMap<string, string>): void {
  const numbered = kept.filter((c) => c.numbering);
  const top = numbered.filter((c) => (numberedKeyOf.get(c.key) ?? c.key) === topKey);
  // Chapters numbered in words ("Chapter 1", "第一章") hold unnumbered sections: only plain numbers count.
  // Appendices ("Appendix A", "付録 A") are the sections' siblings, not chapters.
  const worded = top.some((c) => !c.el.text.trim().startsWith(c.numbering!.label) && !APPENDIX.test(c.el.text.trim()));
  if (top.length < 2 || top.length < numbered.length || worded) return;
  for (const c of kept) {
    if (c.key !== 'plain') continue;
    c.key = topKey;
    c.evidence = [...(c.evidence ?? []), 'headings.plain-top-section'];
  }
}

/**
 * The size class, level hint and contents level of each key: those of its first heading; its size class that of its
 * first heading but a keyword (a keyword that takes the top sections' key, "Abstract" set small, does not size them).
 */
function firstOfKey(kept: Candidate[]): Pick<KeyFacts, 'sizeOfKey' | 'hintOfKey' | 'tocLevelOfKey'> {
  const sizeOfKey = new Map<string, number>();
  const hintOfKey = new Map<string, number>();
  const tocLevelOfKey = new Map<string, number>();
  for (const c of kept) {
    if (c.tocLevel !== undefined && !tocLevelOfKey.has(c.key)) tocLevelOfKey.set(c.key, c.tocLevel);
    if (c.hint !== undefined && !hintOfKey.has(c.key)) hintOfKey.set(c.key, c.hint);
  }
  // A keyword heading ("Abstract") joins the top sections' key, not their size: the others of the key set it first.
  for (const c of [...kept.filter((k) => !k.keyword), ...kept.filter((k) => k.keyword)])
    if (c.sizeClass !== undefined && !sizeOfKey.has(c.key)) sizeOfKey.set(c.key, c.sizeClass);
  return { sizeOfKey, hintOfKey, tocLevelOfKey };
}

/** The key of Roman sections ("I.", "II."), when they are the document's top. */
export const ROMAN_TOP = 'outline:1';

/** Key of a blank opener right under a first heading of a kind of its own (keyBlankOpeners). */
export const BLANK_KEY = 'blank-opener';

/** Key of a heading whose level the source PDF's outline gives. */
export const OUTLINE_KEY = 'pdf-outline';
