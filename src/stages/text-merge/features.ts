// The evidence that fragment `b` continues the paragraph of fragment `a`, as named features: one small
// function per kind of evidence, in order of precedence (a function that settles the question ends it):
//  1. Kind of block: indented blocks and code continue only into the same kind, at the foot and head of
//     columns; punctuation then says nothing (`indentEvidence`, `codeEvidence`).
//  2. How `a` ends (`endEvidence`): a hyphen, a cut web address, a word no sentence ends with (for); a sentence
//     end — a footnote number after the stop included — or a link line (against); a comma (for); no
//     punctuation (weakly for). Abbreviations ("i.e.") are no sentence end.
//  3. Script (`scriptEvidence`): a CJK paragraph does not run into Latin-only text or out of it.
//  4. How `b` starts (`startEvidence`): lower case (for, within Latin text), CJK after CJK (for); a list or
//     footnote marker, a note label (against); a capital (weakly against; not at all for a name).
//  5. Line boxes (`firstLineEvidence`, `lastLineEvidence`): an indented first line where the document indents
//     paragraphs (against), a flush one (for); a last line that runs to the edge (for, and it takes back what a
//     sentence end said), one that stops short (against).
//  6. Position (`positionEvidence`): `a` ends its column low (for) or leaves blank space; `b` does not open its
//     column (against). Shape (`shapeEvidence`): line heights, a lone number, a label line, a single term.
// The weights are src/weights/text-merge.ts; `combine()` adds them up in this order.

import type { Element } from '../../model/element.js';
import { combine, type Feature, type Observation } from '../../model/evidence.js';
import {
  endsSentence,
  endsWithHyphen,
  firstChar,
  isCjkChar,
  lastChar,
  startsLowercase,
  startsUppercase,
  startsWithListMarker,
} from '../../text/chars.js';
import { isMonospacedFont } from '../../text/fonts.js';
import { defaultTextMergeWeights, type TextMergeFeature, type TextMergeWeights } from '../../weights/text-merge.js';
import type { ContinuationContext } from './context.js';
import { noteAtFoot } from './flow.js';
import { FIRST_LINE_INDENT, INDENT, isParagraphIndent, LAST_LINE_FULL, LAST_LINE_SHORT } from './layout.js';
import {
  ABSTRACT_OPENER,
  ALGORITHM_OPENING,
  FILE_NAME_START,
  FORMULA_BLOCK,
  FORMULA_TAIL,
  GLUED_BULLET,
  LABEL,
  LONE_BULLET,
  MATH_SYMBOL,
  NEW_ADDRESS,
  OPTION_ENTRY,
  OPTION_TERM,
} from './patterns.js';
import {
  ANSWER_BLANK,
  cjkShare,
  commandLike,
  DANGLING_WORD,
  FOOTNOTE_MARK,
  FOOTNOTE_REF_AT_END,
  firstWord,
  isPreformatted,
  leadInLine,
  looksLikeCode,
  looksLikeProse,
  MORE_BULLETS,
  NOTE_LABEL,
  PATH_LIKE,
  PROOF_END,
  REFERENCE_END,
  REFERENCE_START,
  SIDEBAR_TITLE,
  sameOpening,
  THEOREM_OPENER,
  termEntries,
  titleLike,
  URL_AT_END,
} from './text-kind.js';

export type { ContinuationContext } from './context.js';

export interface ContinuationEvidence {
  score: number;
  /** The features weighed, ids prefixed `text-merge.`, in the order they were added. */
  features: Feature[];
  /** A sentence ends where a full last line ends: either reading is common, so the decision is unsure. */
  sentenceAtLineEnd?: boolean;
}

/** The pair under judgement, with what several kinds of evidence ask about it. */
interface Pair {
  a: Element;
  b: Element;
  /** `a`'s text trimmed at the end; a plain footnote number after its stop ("…access to it. 14") is left out. */
  aText: string;
  bText: string;
  context: ContinuationContext;
  bWords: number;
  aCjk: number;
  bCjk: number;
  /** `b` ends without punctuation (and is no preformatted block). */
  unpunctuated: boolean;
  /** `b` is one short unpunctuated word after a fragment that ends without a hyphen. */
  singleTerm: boolean;
  aIsListItem: boolean;
}

type Out = Array<Observation & { id: TextMergeFeature }>;
type SentenceEnd = 'sentence-end' | 'colon-end' | undefined;

function pairOf(a: Element, b: Element, context: ContinuationContext): Pair {
  const aText = a.text.trimEnd().replace(FOOTNOTE_REF_AT_END, '$1');
  const bText = b.text.trim();
  const bWords = bText.replace(/-\s+/g, '-').split(/\s+/).length; // "abiname[-featureset]- flavour" is one term
  const unpunctuated = !endsSentence(bText) && !/[,，、;；)）]$/.test(bText) && !isPreformatted(bText);
  const singleTerm = !endsWithHyphen(aText) && unpunctuated && bText.length < 60 && bWords === 1;
  const aIsListItem = a.type === 'list_item' || startsWithListMarker(aText) || MORE_BULLETS.test(aText);
  return {
    a,
    b,
    aText,
    bText,
    context,
    bWords,
    aCjk: cjkShare(aText),
    bCjk: cjkShare(b.text),
    unpunctuated,
    singleTerm,
    aIsListItem,
  };
}

/** Indented blocks (code, quotations): the same indent on both sides is the same block, and settles it. */
function indentEvidence({ a, b, context }: Pair, out: Out): boolean {
  const { aIndent, bIndent } = context;
  if (aIndent === undefined || bIndent === undefined) return false;
  const listItems = startsWithListMarker(a.text) || startsWithListMarker(b.text) || a.type === 'list_item';
  if (!listItems && (aIndent > INDENT || bIndent > INDENT)) {
    if (Math.abs(aIndent - bIndent) <= INDENT / 2) {
      // A one-line sentence at a paragraph indent is no block of its own: its punctuation decides below.
      if (
        !context.splitBox &&
        looksLikeProse(a.text) &&
        endsSentence(a.text.trimEnd()) &&
        !a.text.trim().includes('\n')
      )
        return false;
      const runsOn = context.splitBox || (context.aEndsColumnLow && context.bStartsColumn !== false);
      out.push({ id: runsOn ? 'indented-block-runs-on' : 'indented-blocks-apart', value: 1 });
      return true;
    }
    // Different indents weigh against, and the text evidence below still counts.
    out.push({ id: 'different-indents', value: 1 });
  } else if (listItems && aIndent > INDENT && bIndent < aIndent - INDENT) {
    // The rest of a list item keeps the item's indent; text back at the body's edge is a new paragraph.
    out.push({ id: 'leaves-list-indent', value: 1 });
  }
  return false;
}

/**
 * Code: punctuation says nothing; two code fragments at a break are one block, code and prose are not.
 * A fragment that is neither clearly code nor clearly prose takes the kind of its neighbour: output after a
 * command ("$ ls" → its listing) is unclear when it is not plain prose; a lead-in line before a code block
 * ("debian/rules (template):") is not; a list item or a sidebar title ("TIP Finding …") never is.
 */
function codeEvidence(pair: Pair, out: Out): boolean {
  const { a, b, aText, bText, context } = pair;
  // A line ending with an answer blank is a question of a form, whatever its line breaks: its end decides.
  if (ANSWER_BLANK.test(aText)) return false;
  // Two blocks the parser typed as list items are items, not a listing's lines ("DESTDIR=debian/… (single
  // binary package)" | "DESTDIR=debian/tmp/ (multi …)"): their text decides whether the first goes on.
  if (a.type === 'list_item' && b.type === 'list_item') return false;
  if (context.codeBlocks) {
    // The parser's code type on both sides: one listing unless blank space or text says it ended, or the
    // second opens an algorithm of its own ("Require: n ≥ 1 1: i ← 0 …").
    const runsOn =
      context.aEndsColumnLow !== false &&
      context.bStartsColumn !== false &&
      !ALGORITHM_OPENING.test(bText) &&
      !leadInLine(bText);
    out.push({ id: runsOn ? 'code-block-runs-on' : 'code-blocks-apart', value: 1 });
    return true;
  }
  const titleLike =
    SIDEBAR_TITLE.test(bText) || (cjkShare(bText) > 0 && bText.length < 50 && !/[.。:：;；]$/.test(bText));
  // A display equation typed as text is no code, whatever its symbols.
  const formula = (t: string) => MATH_SYMBOL.test(t) || FORMULA_BLOCK.test(t);
  const aCodeAlone = looksLikeCode(a.text) && !formula(aText);
  const bCodeAlone = looksLikeCode(b.text) && !formula(bText);
  const { aIndent, bIndent } = context;
  // Text back at the body's edge after an indented block (or the other way round) has its own kind.
  const indentChanges = aIndent !== undefined && bIndent !== undefined && aIndent > INDENT !== bIndent > INDENT;
  // Two blocks whose line breaks the parser kept, at a break: one preformatted block (code, a config file
  // with comments in any script) — unless the parser keeps every line break (Textract).
  // Prose ending with a colon or a formula ("Here is pseudo-Python code for … a\n5\nprogram:", "… as
  // follows.\n𝑚\n𝑘 = 2") is no code, though its stray line breaks make it look preformatted.
  // Not a config block's "key: value" lines, not a Python-like line ending "(program):".
  const colonLead = /[:：]$/.test(aText) && !/\)\s*:$/.test(aText) && (aText.match(/\S:\s/g)?.length ?? 0) < 2;
  const leadIn = looksLikeProse(aText) && (colonLead || FORMULA_TAIL.test(aText));
  const bothPreformatted =
    context.lineBreaksKept !== true && isPreformatted(aText) && isPreformatted(bText) && !titleLike && !leadIn;
  const aCode =
    bothPreformatted ||
    aCodeAlone ||
    (bCodeAlone &&
      !indentChanges &&
      !startsWithListMarker(aText) &&
      cjkShare(aText) === 0 &&
      !formula(aText) &&
      !FORMULA_TAIL.test(aText) &&
      !leadIn &&
      (isPreformatted(aText) || (!looksLikeProse(aText) && !endsSentence(aText))));
  const bCode =
    bothPreformatted ||
    bCodeAlone ||
    (aCodeAlone &&
      !titleLike &&
      !indentChanges &&
      !leadInLine(bText) &&
      (isPreformatted(bText) || !looksLikeProse(bText)));
  if (!aCode && !bCode) return false;
  const runsOn = context.splitBox || (context.aEndsColumnLow && context.bStartsColumn !== false);
  const id = aCode !== bCode ? 'code-and-prose' : runsOn ? 'code-block-runs-on' : 'code-blocks-apart';
  const unplaced = id !== 'code-block-runs-on' && listingOverPage(pair, aCode, bCode);
  out.push({ id: unplaced ? 'code-runs-on-unplaced' : id, value: 1 });
  return true;
}

/** A heading's line typed as text: "5 DPUT", "3.2 Tools", "4. dput", "CHAPTER 2. MC", "第一章 …". */
const HEADING_LINE =
  /^(?:\d{1,2}(?:\.\d{1,2})*\s+[\p{Lu}\p{Lo}]|\d{1,2}(?:\.\d{1,2})*\.\s+\p{L}|(?:[Cc]hapter|CHAPTER|[Aa]ppendix|APPENDIX)\s+[\dA-Z]|第\s*[0-9一二三四五六七八九十]{1,3}\s*章)/u;

/**
 * Code at a page break with no boxes to say where the first fragment ends (Unstructured flattens listings
 * into plain text): a listing the page cut, when the other side is code too, or no sentence — text that does
 * not end one before code, or does not open one after it (a line of a listing the code test missed:
 * "debian/manpages debian/patches/ …", "elif is_RFA(program): …"). Not after a lone number (a page number),
 * not before a heading, a single word, a sentence or an algorithm's opening, not into CJK text (its own script).
 */
function listingOverPage({ a, b, aText, bText }: Pair, aCode: boolean, bCode: boolean): boolean {
  if (a.bbox || b.bbox || a.page === b.page || /^\d{1,4}$/.test(aText)) return false;
  if ((bText.length < 60 && HEADING_LINE.test(bText)) || /^\p{L}[\p{L}-]*$/u.test(bText)) return false;
  if (ALGORITHM_OPENING.test(bText) || (/^\p{Lu}\p{Ll}/u.test(bText) && endsSentence(bText))) return false;
  if (cjkShare(aText) === 0 && cjkShare(bText) > 0) return false;
  if (aCode && bCode) return true;
  if (aCode && leadInLine(bText)) return false;
  if (aCode) return cjkShare(bText) === 0 && /^(?:\p{Ll}|[#.$/-])/u.test(bText);
  return cjkShare(aText) === 0 && !/[.!?:。：]$/.test(aText) && !titleLike(aText);
}

/**
 * An address cut by the break goes on with one more token ("…/referen" + "ce/plugin.html"), or, cut after a
 * hyphen or slash, with the rest of its path ("…/cgi-" + "bin/pkgreport.cgi?tag=security but …").
 */
function addressGoesOn({ aText, bText, bWords }: Pair): boolean {
  return (
    URL_AT_END.test(aText) &&
    cjkShare(bText) === 0 &&
    ((bWords === 1 && bText.length < 60) || (/[-/]$/.test(aText) && /^[a-z0-9][\w\-.~%]*[/?=&#.][^\s]*/.test(bText))) &&
    !NEW_ADDRESS.test(bText)
  );
}

/** How the first fragment ends. Returns which sentence end it weighed, if any. */
function endEvidence(pair: Pair, out: Out): SentenceEnd {
  const { b, aText, context } = pair;
  const push = (id: TextMergeFeature) => out.push({ id, value: 1 });
  let sentenceEnd: SentenceEnd;
  const lonePath = /^\S+$/.test(aText) && PATH_LIKE.test(aText) && !endsWithHyphen(aText);
  if (URL_AT_END.test(aText) && !/[.!?]$/.test(aText)) push('ends-with-address');
  else if (lonePath) push('lone-path');
  else if (endsWithHyphen(aText)) push('hyphen');
  else if (ANSWER_BLANK.test(aText)) push('answer-blank');
  else if (PROOF_END.test(aText)) push('proof-end');
  else if (context.spacedStops === false && /\s\?$/.test(aText) && !startsUppercase(b.text)) {
    // Where the parser sets stops tight, a question mark standing alone is a symbol ("the documentation of ?").
    push('lone-question-mark');
  } else if (endsSentence(aText)) {
    sentenceEnd = /[:：]$/.test(aText) ? 'colon-end' : 'sentence-end';
    push(sentenceEnd);
  } else if (/[,，、;；]$/.test(aText)) push('comma-end');
  else if (DANGLING_WORD.test(aText)) {
    // "• … from the debhelper package, and" | "• configuring …": the conjunction before an enumeration's last
    // item, each item with its own marker; a word left dangling inside an item is the other case.
    const itemToItem =
      /,\s*(?:and|or)$/.test(aText) &&
      (pair.a.type === 'list_item' || startsWithListMarker(pair.a.text) || MORE_BULLETS.test(aText)) &&
      (startsWithListMarker(b.text) || MORE_BULLETS.test(b.text));
    push(itemToItem ? 'enumeration-goes-on' : 'dangling-word');
  } else push('no-sentence-end');

  // A lone path, a command line or a "Field: value" line ends where it ends.
  if (!endsWithHyphen(aText) && !/[,，、;；]$/.test(aText)) {
    if (OPTION_TERM.test(aText)) push('option-term-before');
    else if (/\s/.test(aText) && !endsSentence(aText) && commandLike(aText)) push('command-line-before');
    else if (aText.length < 40 && /^\p{Lu}[\w-]*:\s*\S+$/u.test(aText)) push('field-line-before');
  }
  return sentenceEnd;
}

/** A CJK paragraph does not run on from (or into) a stretch of Latin-only text: that is code, an address, a quote. */
function scriptEvidence({ b, aText, aCjk, bCjk }: Pair, out: Out): void {
  const latinOnly = (text: string, share: number) => share === 0 && (text.match(/\p{L}/gu)?.length ?? 0) >= 20;
  if ((latinOnly(aText, aCjk) && bCjk >= 0.3) || (aCjk >= 0.3 && latinOnly(b.text, bCjk)))
    out.push({ id: 'script-change', value: 1 });
}

/** How the next fragment starts. Lower case says "continues" only within Latin text (after CJK it is a command or a name). */
function startEvidence(pair: Pair, out: Out): void {
  const { aText, bText } = pair;
  // A command line or a run of names ("start-stop-daemon --start", "old-prerm upgrade new-version"):
  // lower-case words with no function word among them, and no stop at the end — not the rest of a sentence.
  const bCommand = !endsWithHyphen(aText) && pair.unpunctuated && pair.bWords > 1 && commandLike(bText);
  const id = startFeature(pair, bCommand);
  if (id) out.push({ id, value: 1 });
}

/**
 * Markdown without boxes writes an item cut by a page break as two items, the second with a marker of its own
 * ("- … J. of" | "- Systems and Software, vol. 34, …"): the marker is the format's, when the first item is cut
 * in a word, after a word no sentence ends with, inside a reference entry, or in CJK text going on.
 */
function markerRepeatedOverPage({ a, b, aText, bText }: Pair): boolean {
  const marker = /^[-*•]\s+/;
  if (a.bbox || b.bbox || a.page === b.page || a.type !== 'list_item' || b.type !== 'list_item') return false;
  if (!marker.test(bText) || endsSentence(aText)) return false;
  const rest = bText.replace(marker, '');
  const aEntry = aText.replace(marker, '');
  return (
    endsWithHyphen(aText) ||
    // "- setup.py, or" | "- Build.PL.": items of an enumeration, each its own
    (DANGLING_WORD.test(aText) && !/,\s*(?:or|and)$/.test(aText)) ||
    (REFERENCE_START.test(aEntry) && !REFERENCE_END.test(aEntry) && !REFERENCE_START.test(rest)) ||
    (isCjkChar(lastChar(aText)) && isCjkChar(firstChar(rest)))
  );
}

function startFeature(pair: Pair, bCommand: boolean): TextMergeFeature | undefined {
  const { b, aText, bText, aCjk, bCjk } = pair;
  // After a word no sentence ends with ("… the maximum weight to" | "1. In addition, …") a number is the
  // sentence's own, not a list's first marker: no list starts after "to" or "the".
  const numberInSentence = DANGLING_WORD.test(aText) && /^\d+[.)]?\s/.test(bText);
  if (markerRepeatedOverPage(pair)) return 'marker-over-page';
  if (!numberInSentence && (startsWithListMarker(b.text) || MORE_BULLETS.test(b.text) || GLUED_BULLET.test(bText)))
    return 'list-marker';
  if (pair.context.opensList) return 'opens-list';
  // "2 Let’s get started …": a number, then a capitalised word — a note or a step of its own, unless the first
  // fragment names what the number counts ("… in Table" | "2 Shows …").
  if (!numberInSentence && /^\d{1,3}\s+\p{Lu}\p{Ll}/u.test(bText) && !/\p{Lu}[\p{L}.]*$/u.test(aText))
    return 'number-opens-next';
  if (THEOREM_OPENER.test(bText)) return 'theorem-opener';
  if (ABSTRACT_OPENER.test(bText)) return 'abstract-opener';
  if (REFERENCE_START.test(bText) && REFERENCE_END.test(aText)) return 'reference-entry';
  if (FOOTNOTE_MARK.test(b.text)) return 'footnote-marker';
  if (bCommand) return 'command-line-after';
  if (startsLowercase(b.text) && !pair.singleTerm && bCjk < 0.3 && !(aCjk >= 0.3 && bCjk === 0))
    return FILE_NAME_START.test(bText) || NEW_ADDRESS.test(bText) ? undefined : 'lowercase-start';
  if (NOTE_LABEL.test(bText)) return 'note-label';
  if (isCjkChar(firstChar(b.text)) && isCjkChar(lastChar(aText))) return 'cjk-runs-on';
  if (aCjk >= 0.3 && bCjk >= 0.3 && isCjkChar(lastChar(aText))) return 'cjk-runs-on-past-latin'; // "…A 不仅依赖于" + "B，还依赖…"
  if (!startsUppercase(b.text)) return undefined;
  // A reference entry that has not reached its year or pages yet ("[6] … Proc. USENIX Annual Technical" |
  // "Conf., vol. 28, pp. 20–487, 2018."): the capital is a title's or a venue's word.
  if (REFERENCE_START.test(aText) && !REFERENCE_END.test(aText) && !endsSentence(aText)) return 'reference-goes-on';
  if (pair.context.namesMidSentence?.has(firstWord(b.text))) return 'name-start';
  return pair.aIsListItem ? 'capital-after-list-item' : 'capital-start';
}

/**
 * Where the document indents its paragraphs' first lines, the next fragment's first line says which it is
 * (a paragraph after a list starts flush in many documents, so a list item before says nothing). Returns
 * true when it settles the question.
 */
function firstLineEvidence({ a, b, aText, bText, context, aIsListItem }: Pair, out: Out): boolean {
  // A one-line block shows no first-line indent of its own; its box at the paragraph indent does — except
  // in a bibliography, whose entries hang their later lines at about that indent.
  const oneLine = context.bOneLineIndented && !REFERENCE_START.test(aText) ? FIRST_LINE_INDENT[0] : undefined;
  const firstLine = b.hints?.firstLineIndent ?? oneLine;
  // An option's entry ("-z ext, --targz ext  sets …") hangs its description; a listing (monospaced) has its margin.
  const hangsOrListing = OPTION_ENTRY.test(bText) || isMonospacedFont(b.hints?.pdf?.fontName);
  const plainParagraphs = a.type === 'text' && b.type === 'text' && !aIsListItem && !startsWithListMarker(b.text);
  if (hangsOrListing) return false;
  if (!context.paragraphsIndented || firstLine === undefined || context.bStartsColumn === false || !plainParagraphs)
    return false;
  if (isParagraphIndent(firstLine)) {
    out.push({ id: 'first-line-indented', value: 1 });
    return true;
  }
  // Flush after a float, a display formula or a short last line may be house style; at a plain break it is not.
  if (
    Math.abs(firstLine) < FIRST_LINE_INDENT[0] / 2 &&
    !context.interrupted &&
    !FORMULA_TAIL.test(aText) &&
    (a.hints?.lastLineFill ?? 1) >= LAST_LINE_SHORT
  ) {
    out.push({ id: 'first-line-flush', value: 1 });
    return true;
  }
  return false;
}

/**
 * A sentence may end where a line ends; a paragraph that goes on fills its last line, so a full last line at
 * the foot of a column takes back what the sentence end said, and a short one says the paragraph ended.
 * Returns true when a sentence ends where a full line ends (either reading is common).
 */
function lastLineEvidence({ a, aText, context }: Pair, sentenceEnd: SentenceEnd, indentSettles: boolean, out: Out) {
  const fill = a.hints?.lastLineFill;
  if (fill === undefined || isPreformatted(aText) || context.aEndsColumnLow === false) return false;
  if (fill >= LAST_LINE_FULL) {
    if (sentenceEnd) out.push({ id: `${sentenceEnd}-at-full-line`, value: 1 });
    out.push({ id: 'last-line-full', value: 1 });
    return sentenceEnd !== undefined && !indentSettles;
  }
  if (fill < LAST_LINE_SHORT) out.push({ id: 'last-line-short', value: 1 });
  return false;
}

/** Where the fragments stand in their columns. */
function positionEvidence(pair: Pair, out: Out): void {
  const { context } = pair;
  if (noteAtFoot(pair.a, pair.b)) out.push({ id: 'note-at-foot', value: 1 });
  if (context.aEndsColumnLow === true) out.push({ id: 'ends-column-low', value: 1 });
  else if (context.aEndsColumnLow === false) out.push({ id: 'space-below', value: 1 });
  if (context.bStartsColumn === false) out.push({ id: 'not-column-start', value: 1 });
  if (context.unseenBreak) out.push({ id: 'no-break-seen', value: 1 });
  if (context.aPageSparse) out.push({ id: 'sparse-page', value: 1 });
}

/** Size and shape: line heights, a fragment too short to be a paragraph's part, a label, a term. */
function shapeEvidence(pair: Pair, out: Out): void {
  const { a, b, aText, bText } = pair;
  const push = (id: TextMergeFeature) => out.push({ id, value: 1 });
  const [ha, hb] = [a.hints?.lineHeight, b.hints?.lineHeight];
  if (ha && hb && Math.abs(ha - hb) / Math.max(ha, hb) > 0.2) push('line-heights-differ');
  if (aText.length < 25 && !endsWithHyphen(aText)) push('short-first');
  if (titleLike(aText) && !startsLowercase(bText)) push('title-like-first');
  // A display formula the parser kept after a finished sentence ("…engine. f(x) = x + 1"), then a new sentence.
  if ((FORMULA_TAIL.test(aText) || FORMULA_BLOCK.test(aText)) && !startsLowercase(bText)) push('formula-end');
  const short = (t: string) => t.length < 100 && !endsSentence(t) && !/[,，、;；]$/.test(t);
  // Entries of one list set in parallel ("将 package 部分…" / "将 binarypackage 部分…"), each unpunctuated.
  if (short(aText) && short(bText) && pair.unpunctuated && sameOpening(aText, bText)) push('parallel-entries');
  // Entries of a term list ("k: sort key …" | "n: scan result …"): each item opens with a term and a colon.
  if (pair.aIsListItem && termEntries(b, aText, bText)) push('term-entries');
  // A section number opening a short line without punctuation ("5 DEBIAN 文档", "3.2 Tools"): a heading.
  if (pair.unpunctuated && bText.length < 60 && /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{L}/u.test(bText))
    push('numbered-heading-next');
  // A lone number or mark ("17", "*") is a footnote number, a label or a page number, not a paragraph's start.
  // A bullet alone ("∙") is a list item's marker the parser cut from its text, which follows (unless that
  // text opens with a marker of its own, "[3] …", or is a short line without punctuation, a running head).
  const itemText =
    !startsWithListMarker(bText) && !FOOTNOTE_MARK.test(bText) && (!pair.unpunctuated || bText.length >= 60);
  if (LONE_BULLET.test(aText) && itemText) push('lone-bullet');
  else if (aText.length <= 6 && !/\p{L}/u.test(aText)) push('lone-number');
  const fieldBlock = (aText.match(/(?:^|\s)\p{Lu}[\w-]*:\s/gu)?.length ?? 0) >= 3; // a control file, a header block
  if (LABEL.test(bText) && !fieldBlock) push('label-line');
  if ((/^[-?~$#<>]/.test(bText) && bText.length < 60) || OPTION_ENTRY.test(bText)) push('option-or-term');
  // The last line of a paragraph ends with its punctuation; a short line without any is a term, a label or a title.
  if (pair.singleTerm) push('single-term');
  else if (!endsWithHyphen(aText) && pair.unpunctuated && bText.length < 50) push('short-unpunctuated');
}

/** The features of one candidate pair, in order; `sentenceAtLineEnd` as in ContinuationEvidence. */
export function continuationFeatures(
  a: Element,
  b: Element,
  context: ContinuationContext,
): { observations: Out; sentenceAtLineEnd: boolean } {
  const pair = pairOf(a, b, context);
  const out: Out = [];
  // What out-of-flow blocks the paragraph runs around (recorded whatever settles the question).
  for (const why of new Set(context.aroundOutOfFlow ?? [])) out.push({ id: `around-${why}`, value: 1 });
  if (context.splitBox) out.push({ id: 'split-box', value: 1 });
  if (indentEvidence(pair, out) || codeEvidence(pair, out)) return { observations: out, sentenceAtLineEnd: false };
  if (addressGoesOn(pair)) {
    out.push({ id: 'address-runs-on', value: 1 });
    return { observations: out, sentenceAtLineEnd: false };
  }
  const sentenceEnd = endEvidence(pair, out);
  scriptEvidence(pair, out);
  startEvidence(pair, out);
  const indentSettles = firstLineEvidence(pair, out);
  const sentenceAtLineEnd = lastLineEvidence(pair, sentenceEnd, indentSettles, out);
  positionEvidence(pair, out);
  shapeEvidence(pair, out);
  return { observations: out, sentenceAtLineEnd };
}

/** Score how likely `b` continues the paragraph `a` (positive = continues). Pure; exported for tests and the LLM path. */
export function continuationScore(
  a: Element,
  b: Element,
  context: ContinuationContext,
  weights: TextMergeWeights = defaultTextMergeWeights,
): ContinuationEvidence {
  const { observations, sentenceAtLineEnd } = continuationFeatures(a, b, context);
  const { score, features } = combine(observations, weights, weights.bias);
  for (const f of features) f.id = `text-merge.${f.id}`;
  return { score, features, sentenceAtLineEnd };
}
