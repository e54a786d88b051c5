// Text truncation recovery: which text fragments are one paragraph cut by a page break, a column
// break, or a float/footnote/furniture in between — across any number of fragments.
//
// Only fragments separated by such a break are candidates (the parser's own paragraph split inside
// a column is kept). Evidence, strongest first (additive scores; see `continuationScore`):
//  1. Kind of block: indented blocks and code (prompts, symbol density, kept line breaks) continue
//     only into the same kind, at the foot and head of columns; punctuation then says nothing.
//  2. How the first fragment ends: a hyphen, a cut web address or a word no sentence ends with ("the",
//     "of") (for); a sentence end — a footnote number after the stop included — or a link line (against);
//     a comma (for); no punctuation (weakly for). Abbreviations ("i.e.") are no sentence end.
//  3. How the next fragment starts: lower case (for, within Latin text), CJK after CJK (for); a list
//     or footnote marker, a note label, a single term, a short unpunctuated line, a "Label:" line
//     (against); a capital (weakly against, and not at all for a name the document uses mid-sentence).
//  4. Script: a CJK paragraph does not run into Latin-only text or out of it.
//  5. Geometry: the first fragment ends its column low (for) or leaves blank space (against); the next
//     one does not open its column, or leaves a list item's indent (against); line heights differ.
//     Where the parser gives line boxes, the first fragment's last line runs to the edge (for) or stops
//     short (against).
// Without line boxes, a sentence that ends exactly at a column or page end is undecidable: it stays
// apart, reported as unsure for the LLM path. Furniture never breaks a chain, and neither does a caption
// typed as text ("Figure 3. …"), which the paragraph flows around; a heading or an equation does.

import {
  type ColumnScan,
  columnScan,
  groupByPage,
  groupsFromPairs,
  hasAboveInScan,
  hasBelowInScan,
  isColumnBreak,
  lowestBottom,
  overlapsHorizontally,
} from '../layout/columns.js';
import { TEXT_LIKE } from '../model/block-kinds.js';
import { type Decision, decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import { parseCaptionLabel } from '../text/caption-label.js';
import {
  endsSentence,
  endsWithHyphen,
  firstChar,
  isCjkChar,
  lastChar,
  startsLowercase,
  startsUppercase,
  startsWithListMarker,
  textWidthEm,
} from '../text/chars.js';
import type { FurnitureResult, MergeResult, StageInput } from './types.js';

/** Elements a paragraph may flow around without ending. */
const INTERRUPTERS = new Set([
  'image',
  'table',
  'image_caption',
  'table_caption',
  'image_footnote',
  'table_footnote',
  'page_footnote',
  'aside_text',
  'header',
  'footer',
  'page_number',
]);

export interface ContinuationEvidence {
  score: number;
  reasons: string[];
  /** A sentence ends where a full last line ends: either reading is common, so the decision is unsure. */
  sentenceAtLineEnd?: boolean;
}

const CODE_SYMBOLS = /[{}();=<>$#\\/|[\]_&*│├└─]/g;
/** URLs and file paths are words in prose ("see /usr/share/doc"), not runs of programming symbols. */
const PATH_TOKENS =
  /(?<=^|\s)[(“"‘']?(?:[a-z][\w+.-]*:\/\/\S+|~?\/[\w.\-/*]+|[\w.-]+\/[\w.\-/*]*)[)”"’'.,;:]*(?=\s|$)/gi;
/** Inline LaTeX ("$\\Delta P=0$") in a sentence is a word of it, not code. */
const INLINE_MATH = /\$[^$\n]{1,200}\$/g;
/** A line that ends with a web address: a link line, or a sentence whose full stop the address swallowed. */
const URL_AT_END = /(?:https?|ftp):\/\/\S+$/;
/** A note's label opening a block ("Note: …", "注意 …", "警告：…"). */
const NOTE_LABEL =
  /^(?:Note|Warning|Caution|Important|Tip|注意|注记|注記|重要|警告|提示|ヒント|メモ)(?:[:：]|\s+(?=\S))/u;
/** A sidebar's title: an upper-case kind word, then the title ("TIP Finding changed files", "BACK TO BASICS Git"). */
const SIDEBAR_TITLE = /^\p{Lu}{3,}(?: \p{Lu}{2,})* (?:\p{Lu}\p{Ll}|\p{Lo})/u;
/** Four lower-case words in a row: a sentence, even with inline code around it. */
const RUNNING_WORDS = /(?:^|\s)\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}[\s.,;:]/u;
/** English function words: prose has many, commands and code few. */
const FUNCTION_WORDS =
  /(?<=^|\s)(?:the|a|an|of|to|in|is|are|be|can|by|for|with|and|or|that|this|it|on|as|at|from|not|will|you|your|which|when|than)(?=[\s,.;:]|$)/gi;
/** English words no sentence ends with (articles, prepositions, conjunctions): the sentence goes on. */
const DANGLING_WORD =
  /\s(?:the|a|an|of|to|and|or|but|with|for|in|on|by|from|into|than|that|which|whose|is|are|was|were|be|its|their|your|our|this|these|those)$/i;
/** A footnote's mark opening a block: "[3]", "^3", "<sup>3</sup>", "*", "†". */
const FOOTNOTE_MARK = /^\s*(?:\[\d{1,3}\]|\^\d|<sup>[^<]{1,4}<\/sup>|[*†‡§]\s)/;
/** A footnote's number opening it ("5 Here, …", "5. See …"): a new note, where footnotes are concerned. */
const FOOTNOTE_NUMBER = /^\s*\d{1,3}(?:[.)]?\s+\p{Lu}|[.)]\s)/u;
/**
 * A plain footnote number standing after a sentence's stop, at the end of a block ("… access to it. 14");
 * `endsSentence` itself sees through bracketed and superscript calls ("…end.[3]", "…end.¹").
 */
const FOOTNOTE_REF_AT_END = /(\D[.!?。！？)）”"])\s?\d{1,3}$/u;
/** "Field: value" pairs (control files, mail headers, logs): words, but not prose when there are several. */
const FIELD = /(?:^|\s)[\p{Lu}][\w-]*:\s/gu;

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
  if (startsWithListMarker(t)) code = false;
  else if (
    /^(\$|#|%|;|>>>|PS>|\/\/)\s/.test(t) ||
    /^#include\b|^(def|function|class|import|public|int|void)\s+[\w.]+\s*[({:;=]/.test(t)
  ) {
    code = true; // a prompt, a comment line, a declaration
  } else if (preformatted && !prose) code = true;
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

function isPreformatted(text: string): boolean {
  return textKind(text).preformatted;
}

/** A path or a file name: "/usr/lib/cgi-bin/…/name", "debian/control". */
const PATH_LIKE = /[/\\]|\.\w{1,5}$/;

/** Lower-case words with no function word among them (a command line, a run of names), no CJK. */
function commandLike(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 120 || cjkShare(t) > 0) return false;
  if (t.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false; // a capitalised word: a sentence or a title
  return (t.match(FUNCTION_WORDS)?.length ?? 0) === 0;
}

function cjkShare(text: string): number {
  return textKind(text).cjkShare;
}

export interface ContinuationContext {
  /** The first fragment ends low in its column (true), or leaves blank space below (false). */
  aEndsColumnLow: boolean | undefined;
  /** The next fragment is the first text of its column. */
  bStartsColumn: boolean | undefined;
  /** How far each fragment's left edge stands in from the column's body-text edge (code, quotes). */
  aIndent?: number;
  bIndent?: number;
  /** The parser keeps the line breaks of every block (Textract), so a kept line break says nothing. */
  lineBreaksKept?: boolean;
  /** The parser puts a space before stops ("Decoder ." — tokenised text), so a stop after a space still ends a sentence. */
  spacedStops?: boolean;
  /** Capitalised words the document uses in mid-sentence (names: "Debian", "BSD"), so a capital proves little. */
  namesMidSentence?: ReadonlySet<string>;
  /** The document indents the first line of its paragraphs (from line boxes), so an unindented one goes on. */
  paragraphsIndented?: boolean;
  /** Floats, footnotes or furniture stand between the fragments (after which a paragraph may start flush). */
  interrupted?: boolean;
}

/** Capitalised words that follow a lower-case word somewhere in the text: names, not sentence starts. */
export function namesUsedMidSentence(texts: Iterable<string>): Set<string> {
  const midSentence = new Map<string, number>();
  const lowerCase = new Map<string, number>();
  // exec loops over two shared expressions: matchAll's iterator and a fresh RegExp per text cost a quarter more.
  for (const text of texts) {
    CAPITALISED_MID_SENTENCE.lastIndex = 0;
    for (let m = CAPITALISED_MID_SENTENCE.exec(text); m; m = CAPITALISED_MID_SENTENCE.exec(text)) {
      if (!LABEL_WORDS.test(m[1])) midSentence.set(m[1], (midSentence.get(m[1]) ?? 0) + 1);
    }
    LOWER_CASE_WORD.lastIndex = 0;
    for (let m = LOWER_CASE_WORD.exec(text); m; m = LOWER_CASE_WORD.exec(text))
      lowerCase.set(m[1], (lowerCase.get(m[1]) ?? 0) + 1);
  }
  // A word written in lower case far more often than capitalised ("The" after "called", "A" in
  // "package A") is a common word, not a name.
  const names = new Set<string>();
  for (const [word, n] of midSentence) if (n * 4 >= (lowerCase.get(word.toLowerCase()) ?? 0)) names.add(word);
  return names;
}

/** A capitalised word after a lower-case letter and a blank (a comma or semicolon, an opening quote between). */
const CAPITALISED_MID_SENTENCE = /\p{Ll}[,;]?\s+[“"‘']?(\p{Lu}[\p{L}\p{N}]*)/gu;
/** A word all in lower case, between blanks (or before `,.;:`). */
const LOWER_CASE_WORD = /(?:^|\s)(\p{Ll}+)(?=[\s,.;:]|$)/gu;

/** Words capitalised mid-sentence by convention before a number ("in Figure 3"), which also open sentences. */
const LABEL_WORDS =
  /^(?:Figures?|Fig|Tables?|Tab|Sections?|Sec|Chapters?|Equations?|Eq|Examples?|Listings?|Appendix|Algorithms?|Step|Part)$/;

function isParagraphIndent(share: number): boolean {
  return share >= FIRST_LINE_INDENT[0] && share <= FIRST_LINE_INDENT[1];
}

/**
 * Where paragraphs start indented, a one-line paragraph's box starts at the paragraph indent: it is no
 * indented block (code, a quotation). Its indent is read as 0 when it matches the document's paragraph indent.
 */
function oneLineParagraphsFlush(
  indentOf: (el: Element) => number | undefined,
  body: readonly Element[],
  paragraphsIndented: boolean | undefined,
): (el: Element) => number | undefined {
  if (!paragraphsIndented) return indentOf;
  const widths = body
    .filter((e) => e.bbox && isParagraphIndent(e.hints?.firstLineIndent ?? 0))
    .map((e) => (e.hints?.firstLineIndent ?? 0) * (e.bbox![2] - e.bbox![0]))
    .sort((x, y) => x - y);
  const usual = widths[Math.floor(widths.length / 2)];
  if (usual === undefined) return indentOf;
  return (el) => {
    const indent = indentOf(el);
    const oneLine = el.hints?.lineCount === 1;
    return indent !== undefined && oneLine && Math.abs(indent - usual) <= usual * 0.35 ? 0 : indent;
  };
}

/**
 * Does the document indent its paragraphs' first lines? Asked of the text blocks whose line boxes show their
 * first line: at least a quarter of them indented (the rest are continuations, paragraphs after headings…).
 */
function indentsParagraphs(texts: readonly Element[]): boolean | undefined {
  const shown = texts.filter((e) => e.type === 'text' && e.hints?.firstLineIndent !== undefined);
  if (shown.length < 5) return undefined;
  return shown.filter((e) => isParagraphIndent(e.hints?.firstLineIndent ?? 0)).length * 4 >= shown.length;
}

/**
 * A caption's opening: a label with its number, then a stop or colon ("Figure 1.1.", "Table 2:", "图 3．"),
 * or a short label line without a sentence end. "Figure 3 shows…" in a sentence opens no caption.
 */
function opensCaption(text: string): boolean {
  if (!parseCaptionLabel(text)) return false;
  return /^\S+\s*[A-Z]?\d+(?:[.\-–]\d+)*[a-z]?\s*[.:：．]/.test(text) || (text.length < 120 && !endsSentence(text));
}

/** The first word of a text, without opening quotes or brackets. */
function firstWord(text: string): string {
  return /^[\s“"‘'(]*([\p{L}\p{N}]+)/u.exec(text)?.[1] ?? '';
}

/** An indent this large (fraction of the page width) marks a code block or a quotation. */
const INDENT = 0.008;
/** A last line reaching this share of the block's width is full: justified text fills it (ragged text may not, and then says nothing). */
const LAST_LINE_FULL = 0.99;
/** A last line shorter than this share of the block's width ends its paragraph. */
const LAST_LINE_SHORT = 0.8;
/** A first line set in by this share of the block's width or more, up to the next, is a paragraph indent. */
const FIRST_LINE_INDENT: readonly [number, number] = [0.015, 0.15];
/** No indent is this deep (fraction of the page width): a block this far in stands in another column. */
const MAX_INDENT = 0.1;

/** Score how likely `b` continues the paragraph `a` (positive = continues). Pure; exported for tests and the LLM path. */
export function continuationScore(a: Element, b: Element, context: ContinuationContext): ContinuationEvidence {
  const reasons: string[] = [];
  let score = 0;
  const add = (delta: number, why: string) => {
    score += delta;
    reasons.push(`${delta > 0 ? '+' : ''}${delta} ${why}`);
  };
  // A plain footnote number after the stop ("…write access to it. 14") leaves the sentence ended.
  const aText = a.text.trimEnd().replace(FOOTNOTE_REF_AT_END, '$1');
  // Code: punctuation says nothing; two code fragments at a break are one block, code and prose are not.
  const { aIndent, bIndent } = context;
  const listItems = startsWithListMarker(a.text) || startsWithListMarker(b.text) || a.type === 'list_item';
  if (!listItems && aIndent !== undefined && bIndent !== undefined && (aIndent > INDENT || bIndent > INDENT)) {
    // Indented blocks (code, quotations): the same indent on both sides is the same block, and punctuation
    // says nothing; different indents weigh against, and the text evidence below still counts.
    if (Math.abs(aIndent - bIndent) <= INDENT / 2) {
      if (context.aEndsColumnLow && context.bStartsColumn !== false) add(1.5, 'an indented block runs over the break');
      else add(-1.5, 'indented blocks apart from each other');
      return { score, reasons };
    }
    add(-1, 'the fragments stand at different indents');
  } else if (
    listItems &&
    aIndent !== undefined &&
    bIndent !== undefined &&
    aIndent > INDENT &&
    bIndent < aIndent - INDENT
  ) {
    // The rest of a list item keeps the item's indent; text back at the body's edge is a new paragraph.
    add(-1.5, "the next fragment leaves the list item's indent");
  }
  // A fragment that is neither clearly code nor clearly prose takes the kind of its neighbour.
  // Output after a command ("$ ls" → its listing) is unclear when it is not plain prose; a lead-in line before
  // a code block ("debian/rules (template):") is not; a list item or a sidebar title ("TIP Finding …") never is.
  const bText = b.text.trim();
  const titleLike =
    SIDEBAR_TITLE.test(bText) || (cjkShare(bText) > 0 && bText.length < 50 && !/[.。:：;；]$/.test(bText));
  const aCodeAlone = looksLikeCode(a.text);
  const bCodeAlone = looksLikeCode(b.text);
  // Text back at the body's edge after an indented block (or the other way round) has its own kind.
  const indentChanges = aIndent !== undefined && bIndent !== undefined && aIndent > INDENT !== bIndent > INDENT;
  // Two blocks whose line breaks the parser kept, at a break: one preformatted block (code, a config file
  // with comments in any script) — unless the parser keeps every line break (Textract).
  const bothPreformatted =
    context.lineBreaksKept !== true && isPreformatted(aText) && isPreformatted(bText) && !titleLike;
  const aCode =
    bothPreformatted ||
    aCodeAlone ||
    (bCodeAlone &&
      !indentChanges &&
      !startsWithListMarker(aText) &&
      cjkShare(aText) === 0 &&
      (isPreformatted(aText) || (!looksLikeProse(aText) && !endsSentence(aText))));
  const bCode =
    bothPreformatted ||
    bCodeAlone ||
    (aCodeAlone && !titleLike && !indentChanges && (isPreformatted(bText) || !looksLikeProse(bText)));
  if (aCode || bCode) {
    if (aCode !== bCode) add(-2.5, `${aCode ? 'first' : 'next'} fragment is code, the other prose`);
    else if (context.aEndsColumnLow && context.bStartsColumn !== false) add(1.5, 'a code block runs over the break');
    else add(-1.5, 'code blocks apart from each other');
    return { score, reasons };
  }
  const bWords = bText.replace(/-\s+/g, '-').split(/\s+/).length; // "abiname[-featureset]- flavour" is one term
  const lonePath = /^\S+$/.test(aText) && PATH_LIKE.test(aText) && !endsWithHyphen(aText);
  /** What the sentence end at the break weighed against a merge (0 when the first fragment ends otherwise). */
  let sentenceEnd = 0;
  let sentenceAtLineEnd = false;
  const urlAtEnd = URL_AT_END.test(aText);
  // An address cut by the break goes on with one more token ("…/referen" + "ce/plugin.html"), or, cut after a
  // hyphen or slash, with the rest of its path ("…/cgi-" + "bin/pkgreport.cgi?tag=security but …").
  const addressGoesOn =
    urlAtEnd &&
    cjkShare(bText) === 0 &&
    ((bWords === 1 && bText.length < 60) || (/[-/]$/.test(aText) && /^[a-z0-9][\w\-.~%]*[/?=&#.][^\s]*/.test(bText)));
  if (addressGoesOn) {
    add(2.5, 'a web address runs over the break');
    return { score, reasons };
  }
  if (urlAtEnd && !/[.!?]$/.test(aText)) add(-1.5, 'first fragment ends with a web address');
  else if (lonePath) add(-2.5, 'first fragment is a lone path or name');
  else if (endsWithHyphen(aText)) add(2.5, 'first fragment ends with a hyphen');
  else if (context.spacedStops === false && /\s\?$/.test(aText) && !startsUppercase(b.text)) {
    // Where the parser sets stops tight, a question mark standing alone is a symbol ("the documentation of ?").
    add(0.6, 'first fragment ends with a question mark standing alone, a symbol');
  } else if (endsSentence(aText)) {
    sentenceEnd = /[:：]$/.test(aText) ? 1.5 : 2.2;
    add(-sentenceEnd, 'first fragment ends a sentence');
  } else if (/[,，、;；]$/.test(aText)) add(1.6, 'first fragment ends with a comma');
  else if (DANGLING_WORD.test(aText))
    add(2, `first fragment ends with "${aText.split(/\s+/).pop()}", which no sentence ends with`);
  else add(1.2, 'first fragment ends without punctuation');

  // A lone path, a command line or a "Field: value" line ends where it ends.
  if (!endsWithHyphen(aText) && !/[,，、;；]$/.test(aText)) {
    if (/\s/.test(aText) && !endsSentence(aText) && commandLike(aText)) {
      add(-1.5, 'first fragment is a command line or a list of names');
    } else if (aText.length < 40 && /^\p{Lu}[\w-]*:\s*\S+$/u.test(aText))
      add(-1.5, 'first fragment is a "Field: value" line');
  }

  // A CJK paragraph does not run on from (or into) a stretch of Latin-only text: that is code, an address, a quote.
  const [aCjk, bCjk] = [cjkShare(aText), cjkShare(b.text)];
  const latinOnly = (text: string, share: number) => share === 0 && (text.match(/\p{L}/gu)?.length ?? 0) >= 20;
  if ((latinOnly(aText, aCjk) && bCjk >= 0.3) || (aCjk >= 0.3 && latinOnly(b.text, bCjk))) {
    add(-2, 'one fragment is CJK text, the other has none');
  }

  const unpunctuated = !endsSentence(bText) && !/[,，、;；)）]$/.test(bText) && !isPreformatted(bText);
  const singleTerm = !endsWithHyphen(aText) && unpunctuated && bText.length < 60 && bWords === 1;
  // A command line or a run of names ("start-stop-daemon --start", "old-prerm upgrade new-version"):
  // lower-case words with no function word among them, and no stop at the end — not the rest of a sentence.
  const bCommand = !endsWithHyphen(aText) && unpunctuated && bWords > 1 && commandLike(bText);
  const aIsListItem = startsWithListMarker(aText);
  if (startsWithListMarker(b.text)) add(-2, 'next fragment starts with a list marker');
  else if (FOOTNOTE_MARK.test(b.text)) add(-2, 'next fragment starts with a footnote marker');
  // Lower case says "continues" only within Latin text: after CJK text it is a command or a name.
  else if (bCommand) add(-2, 'next fragment is a command line or a list of names, not a sentence');
  else if (startsLowercase(b.text) && !singleTerm && bCjk < 0.3 && !(aCjk >= 0.3 && bCjk === 0))
    add(2, 'next fragment starts in lower case');
  else if (NOTE_LABEL.test(bText)) add(-1.5, 'next fragment opens with a note label');
  else if (isCjkChar(firstChar(b.text)) && isCjkChar(lastChar(aText))) add(0.8, 'CJK text runs on');
  else if (aCjk >= 0.3 && bCjk >= 0.3 && isCjkChar(lastChar(aText))) {
    add(0.8, 'CJK text runs on (a Latin name or letter at the break)'); // "…A 不仅依赖于" + "B，还依赖…"
  } else if (startsUppercase(b.text) && context.namesMidSentence?.has(firstWord(b.text))) {
    reasons.push(`next fragment starts with "${firstWord(b.text)}", a name used mid-sentence`);
  } else if (startsUppercase(b.text)) {
    add(aIsListItem ? -1.6 : -0.6, `next fragment starts with a capital${aIsListItem ? ' after a list item' : ''}`);
  }

  // Line boxes, where the parser gives them: a paragraph that goes on fills its last line to the edge.
  // Where the document indents its paragraphs' first lines, the next fragment's first line says which it is.
  const firstLine = b.hints?.firstLineIndent;
  let indentSettles = false;
  // (A paragraph after a list starts flush in many documents, so a list item before says nothing.)
  const plainParagraphs = a.type === 'text' && b.type === 'text' && !aIsListItem && !startsWithListMarker(b.text);
  if (context.paragraphsIndented && firstLine !== undefined && context.bStartsColumn !== false && plainParagraphs) {
    if (isParagraphIndent(firstLine)) {
      add(-2, "the next fragment's first line is indented: a paragraph starts there");
      indentSettles = true;
    } else if (
      Math.abs(firstLine) < FIRST_LINE_INDENT[0] / 2 &&
      !context.interrupted &&
      (a.hints?.lastLineFill ?? 1) >= LAST_LINE_SHORT
    ) {
      // Flush after a float or a short last line may be the house style there; flush at a plain break is not.
      add(1.5, "the next fragment's first line is not indented, where the document indents its paragraphs");
      indentSettles = true;
    }
  }

  // A sentence may end where a line ends; a paragraph that goes on fills its last line, so a full last line at
  // the foot of a column takes back what the sentence end said, and a short one says the paragraph ended.
  const fill = a.hints?.lastLineFill;
  if (fill !== undefined && !isPreformatted(aText) && context.aEndsColumnLow !== false) {
    if (fill >= LAST_LINE_FULL) {
      add(sentenceEnd + 1, "the first fragment's last line runs to the edge");
      sentenceAtLineEnd = sentenceEnd > 0 && !indentSettles;
    } else if (fill < LAST_LINE_SHORT) {
      add(-1, "the first fragment's last line stops short (its paragraph ends)");
    }
  }

  if (context.aEndsColumnLow === true) add(0.5, 'first fragment fills its column to the bottom');
  else if (context.aEndsColumnLow === false) add(-1.5, 'blank space below the first fragment');
  if (context.bStartsColumn === false) add(-0.8, 'next fragment does not start its column');

  const ha = a.hints?.lineHeight;
  const hb = b.hints?.lineHeight;
  if (ha && hb && Math.abs(ha - hb) / Math.max(ha, hb) > 0.2) add(-1, 'different line heights');
  if (aText.length < 25 && !endsWithHyphen(aText)) add(-0.5, 'first fragment is very short');
  // A lone number or mark ("17", "*") is a footnote number, a label or a page number, not a paragraph's start.
  if (aText.length <= 6 && !/\p{L}/u.test(aText)) add(-3, 'first fragment is a lone number or mark');
  // "Label: value" lines (fields, definitions) stand on their own.
  const LABEL = /^[\p{Lu}\p{Lo}][\p{L}\p{M} ]{0,25}[:：](?!:)\s*\S/u;
  const fieldBlock = (aText.match(/(?:^|\s)\p{Lu}[\w-]*:\s/gu)?.length ?? 0) >= 3; // a control file, a header block
  if (LABEL.test(bText) && !fieldBlock) add(-1.5, 'next fragment opens a "Label:" line');
  if (/^[-?~$#<>]/.test(bText) && bText.length < 60) add(-1.5, 'next fragment is an option or a term');
  // The last line of a paragraph ends with its punctuation; a short line without any is a term, a label or a title.
  if (singleTerm) {
    add(-3.5, 'next fragment is a single term');
  } else if (!endsWithHyphen(aText) && unpunctuated && bText.length < 50) {
    add(-1.5, 'next fragment is a short line without punctuation (a label or a title)');
  }
  return { score, reasons: reasons.filter((r) => !r.startsWith('0 ')), sentenceAtLineEnd };
}

export function mergeTextFragments({ doc, options }: StageInput, furniture: FurnitureResult): MergeResult {
  const opt = options.textMerge;
  const isFurniture = (el: Element) => furniture.kinds.has(el.id);
  const body = doc.elements.filter((el) => !isFurniture(el));
  const bodyByPage = groupByPage(body);
  const pairs: Array<[number, number]> = [];
  const decisions: Decision[] = [];

  const texts = body.filter((e) => TEXT_LIKE.has(e.type));
  const paragraphsIndented = indentsParagraphs(texts);
  const indentOf = oneLineParagraphsFlush(bodyIndents(body, bodyByPage), body, paragraphsIndented);
  // Tokenised text ("the Decoder ." / "cells , and") puts spaces before punctuation all through.
  const spaced = texts.filter((e) => / [.,;:](?:\s|$)/.test(e.text)).length;
  const spacedStops = spaced >= Math.max(2, texts.length * 0.05);
  const long = texts.filter((e) => e.text.length > 40);
  const lineBreaksKept = long.length >= 5 && long.filter((e) => e.text.trim().includes('\n')).length > long.length / 2;
  // Built on first need: most breaks never ask whether a capitalised word is a name.
  let names: Set<string> | undefined;
  const namesMidSentence = () => (names ??= namesUsedMidSentence(texts.map((e) => e.text)));

  // Per page, once: a long page asked at every break would be scanned whole each time.
  const textScans = new Map<number, ColumnScan>();
  const textScanOf = (page: number): ColumnScan => {
    let scan = textScans.get(page);
    if (!scan) {
      const onPage = bodyByPage.get(page) ?? [];
      scan = columnScan(onPage.filter((e) => TEXT_LIKE.has(e.type) || e.type === 'title'));
      textScans.set(page, scan);
    }
    return scan;
  };
  const lowestBottoms = new Map([...bodyByPage].map(([page, els]) => [page, lowestBottom(els)]));
  const lowestBottomOf = (page: number) => lowestBottoms.get(page) ?? 0;
  // Where body text ends on a full page: the upper quartile of the pages' lowest body bottoms.
  const bottoms = [...lowestBottoms.values()].sort((x, y) => x - y);
  const usualBottom = bottoms[Math.floor(bottoms.length * 0.75)] ?? 1;

  let open: Element | undefined;
  let between: Element[] = [];
  for (const el of body) {
    // "Figure 1.1. Global conditions…" typed as text is a caption the caption stage links: a float's part, which a
    // paragraph flows around like the float itself.
    const captionText = TEXT_LIKE.has(el.type) && opensCaption(el.text.trim());
    if (TEXT_LIKE.has(el.type) && el.text.trim() && !captionText) {
      if (open && (open.type === 'text' || open.type === 'list_item')) {
        const brokenByPage = el.page !== open.page;
        const brokenByColumn = isColumnBreak(open, el);
        const interrupted = between.length > 0;
        if (brokenByPage || brokenByColumn || interrupted) {
          const aEndsColumnLow =
            open.bbox && !interrupted
              ? !hasBelowInScan(open, textScanOf(open.page)) &&
                open.bbox[3] >= Math.max(lowestBottomOf(open.page), usualBottom) - opt.columnEndSlack
              : undefined;
          const bStartsColumn =
            el.bbox && (brokenByPage || brokenByColumn) ? !hasAboveInScan(el, textScanOf(el.page)) : undefined;
          const evidence = continuationScore(open, el, {
            aEndsColumnLow,
            bStartsColumn,
            aIndent: indentOf(open),
            bIndent: indentOf(el),
            // Asked only where it can matter: after a sentence end the capital decides nothing.
            namesMidSentence:
              startsUppercase(el.text) && !endsSentence(open.text.trimEnd()) ? namesMidSentence() : undefined,
            spacedStops,
            lineBreaksKept,
            paragraphsIndented,
            interrupted,
          });
          const where = brokenByPage ? 'page break' : brokenByColumn ? 'column break' : `${between.length} float(s)`;
          const p = 1 / (1 + Math.exp(-(evidence.score - opt.threshold) * 1.2));
          // A sentence that ends where a full last line ends: a continuation about as often as not.
          const atLineEnd = evidence.sentenceAtLineEnd === true;
          const joined = evidence.score >= opt.threshold;
          if (joined) pairs.push([open.id, el.id]);
          if (atLineEnd) {
            decisions.push(
              decision(
                'text-merge',
                'text-merge.sentence-at-line-end',
                `${joined ? 'joined' : 'kept apart'} across a ${where}: ${evidence.reasons.join('; ')} (a sentence ends where a full line ends: unsure)`,
                Math.min(joined ? p : 1 - p, opt.sentenceAtBreakConfidence),
                [open, el],
                joined,
              ),
            );
          } else if (joined) {
            decisions.push(
              decision(
                'text-merge',
                'text-merge.continuation',
                `joined across a ${where}: ${evidence.reasons.join('; ')}`,
                p,
                [open, el],
              ),
            );
          } else {
            // A sentence that ends exactly at a column or page break: block-level output cannot tell whether the
            // paragraph goes on, so the decision is reported as unsure (the LLM path may take it).
            const blind =
              open.hints?.lastLineFill === undefined &&
              (brokenByColumn || brokenByPage) &&
              aEndsColumnLow === true &&
              bStartsColumn === true &&
              endsSentence(open.text);
            decisions.push(
              decision(
                'text-merge',
                blind ? 'text-merge.sentence-at-break' : 'text-merge.new-paragraph',
                `kept apart across a ${where}: ${evidence.reasons.join('; ')}${blind ? ' (a sentence ends at the break: unsure)' : ''}`,
                blind ? Math.min(1 - p, opt.sentenceAtBreakConfidence) : 1 - p,
                [open, el],
                false,
              ),
            );
          }
        }
      }
      open = el;
      between = [];
    } else if (INTERRUPTERS.has(el.type) || captionText) {
      if (open) between.push(el);
    } else {
      open = undefined;
      between = [];
    }
  }
  // Footnotes run on into the next footnote area: the last footnote of a page and the first of the next page,
  // or of the next column on the same page, when the second does not open a new note.
  const footnotes = body.filter((e) => e.type === 'page_footnote' && e.text.trim());
  for (let i = 0; i + 1 < footnotes.length; i++) {
    const [a, b] = [footnotes[i], footnotes[i + 1]];
    const nextArea = b.page === a.page + 1 || isColumnBreak(a, b);
    if (!nextArea || FOOTNOTE_NUMBER.test(b.text)) continue;
    const evidence = continuationScore(a, b, { aEndsColumnLow: undefined, bStartsColumn: undefined });
    if (evidence.score < opt.threshold) continue;
    pairs.push([a.id, b.id]);
    const p = 1 / (1 + Math.exp(-(evidence.score - opt.threshold) * 1.2));
    decisions.push(
      decision(
        'text-merge',
        'text-merge.footnote-continues',
        `a footnote runs on to the next page: ${evidence.reasons.join('; ')}`,
        p,
        [a, b],
      ),
    );
  }
  return { groups: groupsFromPairs(pairs.sort((x, y) => x[0] - y[0])), decisions };
}

/**
 * The left edges of body text (one per column): the x1 values shared by at least a fifth of the long
 * prose blocks. A block's indent is its distance in from the nearest edge on its left.
 */
function bodyIndents(
  body: readonly Element[],
  byPage: ReadonlyMap<number, readonly Element[]>,
): (el: Element) => number | undefined {
  // Long: some 40 ems, about 80 Latin or 40 CJK characters. Text with kept line breaks is code, set in from the edge.
  const long = body.filter((e) => e.bbox && e.type === 'text' && textWidthEm(e.text) > 40 && !isPreformatted(e.text));
  // Edges are a property of the layout: an even sample of a long document's blocks finds them as well.
  const step = Math.max(1, Math.floor(long.length / 400));
  const prose = long.filter((e, i) => i % step === 0 && looksLikeProse(e.text));
  const counts = new Map<number, number>();
  for (const e of prose) {
    const x = Math.round(e.bbox![0] / 0.004);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const edges = [...counts]
    .filter(([, n]) => n >= Math.max(2, prose.length * 0.2))
    .map(([x]) => x * 0.004)
    .sort((a, b) => a - b);
  if (edges.length === 0) return () => undefined;
  return (el) => {
    if (!el.bbox) return undefined;
    const x = el.bbox[0];
    const edge = edges.filter((e) => e <= x + 0.004).pop();
    if (edge === undefined) return undefined;
    if (x - edge <= MAX_INDENT) return Math.max(0, x - edge);
    // Further in than any indent: a column whose edge no long prose block showed (a column of notes and
    // tables), whose edge is then the leftmost block of that column on this page.
    // A block alone that far in is no column: it keeps its distance from the known edge.
    let columnEdge: number | undefined;
    for (const o of byPage.get(el.page) ?? []) {
      if (o === el || !o.bbox || o.bbox[0] <= edge + MAX_INDENT || o.bbox[0] > x + 0.004) continue;
      if (overlapsHorizontally(o, el)) columnEdge = Math.min(columnEdge ?? x, o.bbox[0]);
    }
    return Math.max(0, x - (columnEdge ?? edge));
  };
}
