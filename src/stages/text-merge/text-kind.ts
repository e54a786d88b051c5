// What kind of text a block holds (code, prose, CJK share, kept line breaks) and which capitalised words a
// document uses mid-sentence: the text evidence the merge stage asks about each fragment.

import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';
import { endsSentence, isCjkChar, startsWithListMarker } from '../../text/chars.js';
import { TERM_ENTRY } from './patterns.js';

export { namesUsedMidSentence } from './mid-sentence-names.js';

const CODE_SYMBOLS = /[{}();=<>$#\\/|[\]_&*│├└─]/g;
/** URLs and file paths are words in prose ("see /usr/share/doc"), not runs of programming symbols. */
const PATH_TOKENS =
  /(?<=^|\s)[(“"‘']?(?:[a-z][\w+.-]*:\/\/\S+|~?\/[\w.\-/*]+|[\w.-]+\/[\w.\-/*]*)[)”"’'.,;:]*(?=\s|$)/gi;
/** Inline LaTeX ("$\\Delta P=0$") in a sentence is a word of it, not code. */
const INLINE_MATH = /\$[^$\n]{1,200}\$/g;
/** A line that ends with a web address: a link line, or a sentence whose full stop the address swallowed. */
export const URL_AT_END = /(?:https?|ftp):\/\/\S+$/;
/** A note's label opening a block ("Note: …", "注意 …", "警告：…"). */
export const NOTE_LABEL =
  /^(?:Note|Warning|Caution|Important|Tip|注意|注记|注記|重要|警告|提示|ヒント|メモ)(?:[:：]|\s+(?=\S))/u;
/**
 * A theorem-like block's opener ("Theorem 2.", "Remark 2.9.", "Proof.", "Assumption A2:", "定理 3", "引理1", a numbered
 * remark "注 1. …", ctexart's): the block starts there, whatever the one before it ended with.
 */
export const THEOREM_OPENER =
  /^(?:(?:Theorem|Lemma|Corollary|Proposition|Definition|Remark|Assumption|Conjecture|Claim|Example|Exercise|Problem|Hypothesis|Axiom|Observation)\s*(?:[A-Z]?\d+(?:\.\d+)*[a-z]?|[A-Z])?\s*(?:\([^)]{1,60}\))?\s*[.:]|Proof\b\s*(?:\([^)]{1,60}\))?\s*[.:]|(?:定理|引理|推论|命题|定义|证明|證明|注記|補題|系|定義|命題)\s*[0-9０-９.]*\s*[.:：．。]?|注\s*[0-9０-９]+(?:\.\d+)*\s*[.:：．。]\s)/u;
/** A proof's end mark ("□", "∎", "■") closing a block. */
export const PROOF_END = /[□∎■☐]$/u;
/** An answer blank closing a question or a form field ("… ____", "…………"). */
export const ANSWER_BLANK = /(?:_{3,}|＿{2,}|…{2,}|\.{5,})\s*$/u;
/** Bullets the shared list-marker test does not know ("∙", "・", "‣"). */
export const MORE_BULLETS = /^\s*[∙・‣⁃]\s/u;
/** A reference entry's opening: "[12]" or an author list "Kayal, P., Anand, M.," / "Deng, Y. and …". */
export const REFERENCE_START =
  /^(?:\[\d{1,3}\]\s|\p{Lu}[\p{L}'’-]+,\s+\p{Lu}\.(?:\s?-?\p{Lu}\.)*\s*(?:,|;|:|and\b|&))/u;
/** A complete reference entry's end: a year, a page range, or either in brackets, with the stop. */
export const REFERENCE_END =
  /(?:\((?:19|20)\d{2}[a-z]?\)|\b(?:19|20)\d{2}[a-z]?|\bpp?\.\s*\d+\s*[-–]\s*\d+|\d+\s*[-–]\s*\d+)\.?$/u;
/** A sidebar's title: an upper-case kind word, then the title ("TIP Finding changed files", "BACK TO BASICS Git"). */
export const SIDEBAR_TITLE = /^\p{Lu}{3,}(?: \p{Lu}{2,})* (?:\p{Lu}\p{Ll}|\p{Lo})/u;
/** Four lower-case words in a row: a sentence, even with inline code around it. */
const RUNNING_WORDS = /(?:^|\s)\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}[\s.,;:]/u;
/** English function words: prose has many, commands and code few. */
export const FUNCTION_WORDS =
  /(?<=^|\s)(?:the|a|an|of|to|in|is|are|be|can|by|for|with|and|or|that|this|it|on|as|at|from|not|will|you|your|which|when|than)(?=[\s,.;:]|$)/gi;
/** English words no sentence ends with (articles, prepositions, conjunctions): the sentence goes on. */
export const DANGLING_WORD =
  /\s(?:the|a|an|of|to|and|or|but|with|for|in|on|by|from|into|than|that|which|whose|is|are|was|were|be|its|their|your|our|this|these|those)$/i;
/** A footnote's mark opening a block: "[3]", "^3", "<sup>3</sup>", "*", "†". */
export const FOOTNOTE_MARK = /^\s*(?:\[\d{1,3}\]|\^\d|<sup>[^<]{1,4}<\/sup>|[*†‡§]\s)/;
/** A footnote's number opening it ("5 Here, …", "5. See …"): a new note, where footnotes are concerned. */
export const FOOTNOTE_NUMBER = /^\s*\d{1,3}(?:[.)]?\s+\p{Lu}|[.)]\s)/u;
/**
 * A plain footnote number standing after a sentence's stop, at the end of a block ("… access to it. 14");
 * `endsSentence` itself sees through bracketed and superscript calls ("…end.[3]", "…end.¹").
 */
export const FOOTNOTE_REF_AT_END = /(\D[.!?。！？)）”"])\s?\d{1,3}$/u;
/** "Field: value" pairs (control files, mail headers, logs): words, but not prose when there are several. */
const FIELD = /(?:^|\s)[\p{Lu}][\w-]*:\s/gu;
/**
 * A listing's own marks, kept when a parser flattens its lines: the wrap arrow of a long line ("↪→"), or a
 * `tree` drawing's glyphs in a row — as printed ("├── ", "│ "), or lost to "???" / U+FFFF by the text layer.
 */
/** A shell or config assignment with a quoted value ('DEBSIGN_KEYID="Your_GPG_keyID"'): two or more are a listing. */
const ASSIGNMENT = /(?:^|\s)[A-Za-z_]\w*="[^"\n]*"/g;
// The wrap arrow as text layers give it: "↪→", "˓→" (its hook a separate glyph), " ,→" (the hook read as a comma).
const LISTING_MARKS = /↪→|˓→|\s,→\s|(?:^|\s)(?:[├└│]──?|\?{3}|\uffff{1,3})\s+(?:[├└│]──?|\?{3}|\uffff{1,3})\s/u;

/** What kind of text a block holds, judged once per text (the merge stage asks about each block twice). */
interface TextKind {
  code: boolean;
  prose: boolean;
  /** The share of CJK characters among the letters (0 for Latin-only text). */
  cjkShare: number;
  /** The parser kept the block's line breaks: code, program output, a config file. */
  preformatted: boolean;
}

const kindCache = new Map<string, TextKind>();

function textKind(text: string): TextKind {
  // Keyed by the trimmed text: a fragment asked about as is and trimmed is judged once.
  const t = text.trim();
  let kind = kindCache.get(t);
  if (!kind) {
    if (kindCache.size >= 4096) kindCache.clear();
    kind = judgeText(t);
    kindCache.set(t, kind);
  }
  return kind;
}

function judgeText(t: string): TextKind {
  let cjk = 0;
  let letters = 0;
  for (const ch of t) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) letters++;
    } else if (isCjkChar(ch)) {
      cjk++;
      letters++;
    } else if (/\p{L}/u.test(ch)) letters++;
  }
  const cjkShare = letters ? cjk / letters : 0;
  const preformatted = t.includes('\n');
  const withoutPaths = t.replace(INLINE_MATH, 'math').replace(PATH_TOKENS, 'path');
  const density = (withoutPaths.match(CODE_SYMBOLS)?.length ?? 0) / Math.max(1, withoutPaths.length);
  // Four lower-case words in a row are a sentence only with the little words of one ("can be replaced
  // by"); a command line is lower-case words too ("apt install makedev mount none").
  const running = RUNNING_WORDS.test(t) && (t.match(FUNCTION_WORDS)?.length ?? 0) >= 2;

  const prose =
    t.length > 0 &&
    density <= (running ? 0.12 : 0.05) &&
    (t.match(FIELD)?.length ?? 0) < 2 &&
    (cjk >= 6 || (t.match(/\p{L}{3,}/gu)?.length ?? 0) >= 5);

  let code: boolean;
  // CJK sentences after a "%" or "#" name it ("% エスケープは … あります。"): prose, not a comment line.
  const cjkSentences = cjkShare >= 0.3 && /[。！？]/u.test(t);
  if (startsWithListMarker(t)) code = false;
  else if (
    (/^(\$|#|%|;|>>>|PS>|\/\/)\s/.test(t) && !cjkSentences) ||
    /^#include\b|^(def|function|class|import|public|int|void)\s+[\w.]+\s*[({:;=]/.test(t)
  ) {
    code = true; // a prompt, a comment line, a declaration
  } else if ((preformatted && !prose) || LISTING_MARKS.test(t) || (t.match(ASSIGNMENT)?.length ?? 0) >= 2) code = true;
  else if (cjkShare >= 0.3)
    code = false; // CJK prose with paths and brackets in it
  // Dense in symbols, but a sentence that ends with its stop ("300 MB in /tmp (or $TMPDIR).") is prose.
  else code = t.length >= 16 && density > 0.1 && !running && !/[\p{L})][.!?]$/u.test(t);
  return { code, prose, cjkShare, preformatted };
}

/** Code rather than prose: a shell prompt, a declaration, or dense in programming symbols. */
export function looksLikeCode(text: string): boolean {
  return textKind(text).code;
}

/** Running prose: few programming symbols, and words or CJK sentences. */
export function looksLikeProse(text: string): boolean {
  return textKind(text).prose;
}

export function isPreformatted(text: string): boolean {
  return textKind(text).preformatted;
}

/** A path or a file name: "/usr/lib/cgi-bin/…/name", "debian/control". */
export const PATH_LIKE = /[/\\]|\.\w{1,5}$/;

/** Lower-case words with no function word among them (a command line, a run of names), no CJK. */
export function commandLike(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 120 || cjkShare(t) > 0) return false;
  if (t.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false; // a capitalised word: a sentence or a title
  return (t.match(FUNCTION_WORDS)?.length ?? 0) === 0;
}

export function cjkShare(text: string): number {
  return textKind(text).cjkShare;
}

/**
 * A caption's opening: a label with its number, then a stop or colon ("Figure 1.1.", "Table 2:", "图 3．"),
 * or a short label line without a sentence end. "Figure 3 shows…" in a sentence opens no caption.
 */
export function opensCaption(text: string): boolean {
  if (!parseCaptionLabel(text)) return false;
  return (
    /^\S+\s*(?:(?:[A-Z][.\-–]?)?\d+(?:[.\-–]\d+)*[a-z]?|[IVXLC]{1,7})\s*[.:：．]/.test(text) ||
    (text.length < 120 && !endsSentence(text))
  );
}

/** The first word of a text, without opening quotes or brackets. */
export function firstWord(text: string): string {
  return /^[\s“"‘'(]*([\p{L}\p{N}]+)/u.exec(text)?.[1] ?? '';
}

/** Two lines that open with the same word (the first CJK characters where no space parts words). */
export function sameOpening(a: string, b: string): boolean {
  const first = (t: string) => {
    const w = firstWord(t).toLowerCase();
    return cjkShare(w) > 0 ? w.slice(0, 2) : w;
  };
  const w = first(a);
  return w !== '' && w === first(b);
}

/**
 * A title, a name or a label, not a paragraph's part: a short line of two or more words in title case without
 * punctuation ("Guide for Debian Maintainers"), or a few CJK characters alone ("陈思远"). A paragraph cut by a
 * break leaves at least one full line before it.
 */
export function titleLike(text: string): boolean {
  if (/[\p{P}\p{S}\d]$/u.test(text) || text.length > 60) return false;
  if (cjkShare(text) > 0) return text.length <= 6 && !/[\s\p{P}]/u.test(text);
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const long = words.filter((w) => w.length >= 4);
  return words.length >= 2 && long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** After a list item, the next fragment is a list item too and both open with a term and a colon ("k: sort key …" |
 * "n: scan result …", "dh binary : …", "proftpd：…"): the next entry of a term list, whatever its case. */
export function termEntries(b: Element, aText: string, bText: string): boolean {
  const bIsListItem = b.type === 'list_item' || startsWithListMarker(bText);
  return bIsListItem && TERM_ENTRY.test(aText.trimStart()) && TERM_ENTRY.test(bText);
}

/**
 * One short line ending with a colon ("debian/manpages (maintainer version, v=0.2):"): the lead-in of the next
 * listing, which a listing's rest never is (its last line would open a block it does not hold).
 */
export function leadInLine(text: string): boolean {
  return text.length < 100 && !text.includes('\n') && /[:：]$/.test(text);
}

/** How deep round brackets stand at a text's end, and the least depth on the way (below 0: it closes one it did not open). */
function bracketDepth(text: string): { end: number; least: number } {
  let depth = 0;
  let least = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') least = Math.min(least, --depth);
  }
  return { end: depth, least };
}

/**
 * A round bracket the first fragment leaves open and the next closes ("… (Section 5.7.1.1, … Appendix A," |
 * "debmake(1) manpage)"): one sentence runs over the break. Not when the next opens with an enumerator ("1) …").
 */
export function bracketCarried(aText: string, bText: string): boolean {
  if (startsWithListMarker(bText) && !/^[-*•→➔]\s/.test(bText)) return false;
  return bracketDepth(aText).end > 0 && bracketDepth(bText).least < 0;
}

/** The text holds `n` letters or more (counted until the n-th). */
export function atLeastLetters(text: string, n: number): boolean {
  const letter = /\p{L}/gu;
  let count = 0;
  while (count < n && letter.exec(text)) count++;
  return count >= n;
}

/** A short sentence of words ("Let’s inspect the result."): a capital, two words or more, a stop after a letter. */
export function shortSentence(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}[\p{L}’']*\s+\p{L}/u.test(t) && /\p{Ll}[.!?]$/u.test(t) && !looksLikeCode(t);
}

/** An annex's label and number opening a line ("Annex 1 Premium rates", "附表一 费率表", "別表 1 保険料率表"). */
const ANNEX_LABEL =
  /^(?:Annex|Appendix|Schedule|Anhang|Annexe|Phụ lục|PHỤ LỤC|附表|附件|附录|別表|付録)\s*(?:\d{1,2}|[A-Z]|[一二三四五六七八九十]{1,3})\s+\S/u;

/**
 * A section heading typed as text ("1.1. KEY-BASED AUTHENTICATION", "2.2 历史"): a number with a dot in it, then a short
 * title without punctuation at its end whose words all open in a capital or are CJK (a note's mark, "2 of tags …", has
 * no dot; a sentence's line has words in lower case); or an annex's label and number before a short title in any case
 * (office kinds' insurance rules: "Annex 1 Premium rates" over its rate table, then the note under the table).
 */
export function numberedHeading(text: string): boolean {
  if (text.length >= 60 || text.includes('\n') || /[.,;:!?。，；：！？、)）]$/u.test(text)) return false;
  if (ANNEX_LABEL.test(text)) return true;
  const m = /^\d{1,2}(?:\.\d{1,2})+\.?\s+(\S.*)$/u.exec(text);
  if (!m) return false;
  const words = m[1].split(/\s+/);
  return words.every((w) => /^[\p{Lu}\d\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(w));
}
