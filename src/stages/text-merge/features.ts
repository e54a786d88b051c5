// The evidence that fragment `b` continues fragment `a`'s paragraph, as named features (src/weights/text-merge.ts,
// summed in this order by `combine()`), one small function per kind, in order of precedence (one that settles ends it):
//  1. Kind of block: indented blocks and code continue only into the same kind, at the foot and head of
//     columns; punctuation then says nothing (`indentEvidence`, `codeEvidence` in ./code.ts).
//  2. How `a` ends (`endEvidence`): a hyphen, a cut web address, a word no sentence ends with (for); a sentence
//     end — a footnote number after the stop included — or a link line (against); a comma (for), but a list
//     item's semicolon before the next item (against); no punctuation (weakly for). Abbreviations ("i.e.") are no
//     sentence end; a display formula run in after a sentence's end ("… network. f(x) = x + 1") leaves it one.
//  3. Script (`scriptEvidence`): a CJK paragraph does not run into Latin-only text or out of it.
//  4. How `b` starts (`startEvidence`): lower case (for, within Latin text), a particle or small kana no CJK
//     sentence opens with (for), CJK after CJK (for), a dash aside after an open sentence (for); a list or footnote
//     marker, a note label, a footnote's number glued to an address, a description list's next term (against); a
//     capital (weakly against; not at all for a name).
//     A prose lead-in's colon before a lower-case fragment without a stop (against, ./lead-in.ts); a round bracket
//     left open and closed by `b` (for, ./bracket.ts).
//  5. Line boxes (`firstLineEvidence`, `lastLineEvidence`): an indented first line where the document indents
//     paragraphs (against), a flush one (for); a last line that runs to the edge (for, and it takes back what a
//     sentence end said), one that stops short (against).
//     With the PDF, a full last line at the column's foot before a flush first line (for, ./pdf-line-boxes.ts).
//  6. Position (`positionEvidence`): `a` ends its column low (for) or leaves blank space; `b` does not open its
//     column (against). Shape (`shapeEvidence`): line heights, a lone number, a note's label alone, a sidebar's
//     title line, a publisher's notice, a label line, a single term.
// The source PDF's evidence (a bold opening, a monospaced font, a line's fill and size) counts only where the element's
// text matched its PDF lines well (src/pdf/trust.ts): else the lines may be another block's, and the parser wins.

import type { Element } from '../../model/element.js';
import { combine, type Feature } from '../../model/evidence.js';
import { trustedPdf } from '../../pdf/trust.js';
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
import { addressGoesOn } from './address-rest.js';
import { LATIN_KIND_CJK_TITLE } from './box-kinds.js';
import { bracketCarriedEvidence } from './bracket.js';
import { cjkProseCut } from './breaks.js';
import { citationCut } from './citation-cut.js';
import { numberedOpener } from './clause-opener.js';
import { codeEvidence } from './code.js';
import type { ContinuationContext } from './context.js';
import { declarationBeforeDescription } from './declaration.js';
import { isFieldLines } from './field-lines.js';
import { noteAtFoot } from './flow.js';
import { markerRepeatedOverPage, termOpensItem } from './item-starts.js';
import { FIRST_LINE_INDENT, INDENT, isParagraphIndent, LAST_LINE_FULL, LAST_LINE_SHORT } from './layout.js';
import { colonLeadInEvidence } from './lead-in.js';
import { nameRunCut } from './name-run.js';
import { type Out, type Pair, pairOf, type SentenceEnd } from './pair.js';
import {
  ABSTRACT_OPENER,
  AFFILIATION_WORD,
  ARTICLE_OPENER,
  BOX_TITLE,
  beforeFormulaTail,
  CJK_NO_OPENING,
  CLAUSE_PUNCTUATION_OPENING,
  DASH_RUN_ON,
  FILE_NAME_START,
  FILE_TERM_ENTRY,
  FORMULA_BLOCK,
  GLUED_BULLET,
  hasFormulaTail,
  KEYWORDS_LINE,
  LABEL,
  LONE_BULLET,
  NEW_ADDRESS,
  NOTE_ADDRESS,
  NOTE_LABEL_ALONE,
  OPTION_ENTRY,
  OPTION_TERM,
  PUBLISHER_NOTICE,
  RUNNING_HEAD_LINE,
  SPACED_DASH_RUN_ON,
  TERM_ALONE,
} from './patterns.js';
import { pdfFlushHouseStyle, pdfFullLineEvidence } from './pdf-line-boxes.js';
import { isShortMatter } from './short-matter.js';
import { isSignatureLine } from './signature.js';
import {
  ANSWER_BLANK,
  atLeastLetters,
  bracketCarried,
  cjkShare,
  commandLike,
  DANGLING_WORD,
  FOOTNOTE_MARK,
  firstWord,
  isPreformatted,
  looksLikeProse,
  MORE_BULLETS,
  NOTE_LABEL,
  numberedHeading,
  PATH_LIKE,
  PROOF_END,
  REFERENCE_END,
  REFERENCE_START,
  sameOpening,
  shortSentence,
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

/** Indented blocks (code, quotations): the same indent on both sides is the same block, and settles it. */
function indentEvidence({ a, b, context }: Pair, out: Out): boolean {
  const { aIndent, bIndent } = context;
  if (aIndent === undefined || bIndent === undefined) return false;
  const listItems = startsWithListMarker(a.text) || startsWithListMarker(b.text) || a.type === 'list_item';
  // Two one-line "Field: value" lines ("Option: Aptitude::…" | "Default: false") are fields, not a block's lines.
  // A note's number before the field ("2 Option: APT::List-Cleanup") does not make it a block's line.
  const fields = [a.text, b.text].every(
    (t) => LABEL.test(t.trim().replace(/^\d{1,2}\s+/, '')) && !t.trim().includes('\n'),
  );
  if (!listItems && !fields && (aIndent > INDENT || bIndent > INDENT)) {
    // A proof's end mark ("… on the key. □") closes its block and a theorem-like opener ("Remark 1.") starts one,
    // whatever their indent (a class that indents its theorem blocks indents each the same): the text decides below.
    if (PROOF_END.test(a.text.trimEnd()) || THEOREM_OPENER.test(b.text.trim())) return false;
    if (Math.abs(aIndent - bIndent) <= INDENT / 2) {
      // A one-line sentence at a paragraph indent is no block of its own: its punctuation decides below. A short one
      // counts too ("Let’s inspect the result."): a capital, words, a stop after a letter, no code.
      if (
        !context.splitBox &&
        (looksLikeProse(a.text) ||
          (cjkShare(a.text) >= 0.3 && /[。！？]$/.test(a.text.trimEnd())) ||
          shortSentence(a.text)) &&
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

/** How the first fragment ends. Returns which sentence end it weighed, if any. */
function endEvidence(pair: Pair, out: Out): SentenceEnd {
  const { b, aText, context } = pair;
  const push = (id: TextMergeFeature) => out.push({ id, value: 1 });
  let sentenceEnd: SentenceEnd;
  const lonePath = /^\S+$/.test(aText) && PATH_LIKE.test(aText) && !endsWithHyphen(aText);
  // A display formula run into the block after its sentence ("… network. f(x) = x + 1"): that sentence's end decides.
  const aProse = beforeFormulaTail(aText);
  if (URL_AT_END.test(aText) && !/[.!?]$/.test(aText)) push('ends-with-address');
  else if (lonePath) push('lone-path');
  else if (endsWithHyphen(aText)) push('hyphen');
  else if (ANSWER_BLANK.test(aText)) push('answer-blank');
  else if (PROOF_END.test(aText)) push('proof-end');
  else if (context.spacedStops === false && /\s\?$/.test(aText) && !startsUppercase(b.text)) {
    // Where the parser sets stops tight, a question mark standing alone is a symbol ("the documentation of ?").
    push('lone-question-mark');
  } else if (citationCut(aText, b.text)) push('citation-cut');
  else if (endsSentence(aProse)) {
    sentenceEnd = /[:：]$/.test(aProse) ? 'colon-end' : 'sentence-end';
    push(sentenceEnd);
  } else if (/[;；]$/.test(aText) && pair.aIsListItem && (b.type === 'list_item' || startsWithListMarker(b.text)))
    // "… from NFS;" | "executing /usr/sbin/fai, …": items of an enumeration, each closed by its semicolon.
    push('item-ends-enumeration');
  else if (/[,，、;；]$/.test(aText)) push('comma-end');
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
    else if (isSignatureLine(aText)) push('signature-before');
    else if (/\s/.test(aText) && !endsSentence(aText) && commandLike(aText)) push('command-line-before');
    else if (isFieldLines(aText, pair.a.text)) push('field-line-before');
  }
  // "Column column;" | "Specifies the leftmost column …": a declaration and its description (./declaration.ts).
  if (declarationBeforeDescription(aText, pair.bText)) push('declaration-before');
  return sentenceEnd;
}

/** A CJK paragraph does not run on from (or into) a stretch of Latin-only text: that is code, an address, a quote. */
function scriptEvidence({ b, aText, aCjk, bCjk }: Pair, out: Out): void {
  const latinOnly = (text: string, share: number) => share === 0 && atLeastLetters(text, 20);
  // The CJK side first: most pairs have none, and then no text is counted.
  if ((bCjk >= 0.3 && latinOnly(aText, aCjk)) || (aCjk >= 0.3 && latinOnly(b.text, bCjk)))
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

/** A bold run-in head's end (the PDF's `boldLead`): a box title or run-in heading, not a word set in bold mid-sentence. */
const BOLD_LEAD_END = /[.:?!。：？！]$/u;
function startFeature(pair: Pair, bCommand: boolean): TextMergeFeature | undefined {
  const { b, aText, bText, aCjk, bCjk } = pair;
  // After a word no sentence ends with ("… the maximum weight to" | "1. In addition, …") a number is the
  // sentence's own, not a list's first marker: no list starts after "to" or "the".
  const numberInSentence = DANGLING_WORD.test(aText) && /^\d+[.)]?\s/.test(bText);
  if (markerRepeatedOverPage(pair)) return 'marker-over-page';
  if (NOTE_ADDRESS.test(bText)) return 'note-address-next';
  // "… executes the first program" | "— init. Frequently, …": a spaced dash before a lower-case word after an open
  // sentence of running text is the sentence's aside; a list's dash item follows a lead-in or another item.
  if (SPACED_DASH_RUN_ON.test(bText) && !pair.aIsListItem && b.type !== 'list_item' && /\p{L}$/u.test(aText))
    return 'dash-runs-on';
  // An arrow inside a bracket left open ("(see Actions" | "→ Clean cache) after"): a menu path's step, not a marker.
  const pathStep = /^[→➔]\s/.test(bText) && bracketCarried(aText, bText);
  if (
    !numberInSentence &&
    !pathStep &&
    (startsWithListMarker(b.text) || MORE_BULLETS.test(b.text) || GLUED_BULLET.test(bText) || numberedOpener(pair))
  )
    return 'list-marker';
  if (pair.context.opensList) return 'opens-list';
  // "2 Let’s get started …": a number, then a capitalised word — a note or a step of its own, unless the first
  // fragment names what the number counts ("… in Table" | "2 Shows …").
  if (!numberInSentence && /^\d{1,3}\s+\p{Lu}\p{Ll}/u.test(bText) && !/\p{Lu}[\p{L}.]*$/u.test(aText))
    return 'number-opens-next';
  if (THEOREM_OPENER.test(bText)) return 'theorem-opener';
  // A bold run-in head in the source PDF opens a block: a box title or run-in heading ending in punctuation, or a
  // description list's next term where the first fragment opened with one too ("subdir Group …" | "subdirs …").
  // (only lines that matched the element's text well: a stray OCR box's lines are another block's bold opening)
  const bLead = trustedPdf(b)?.boldLead;
  if (bLead && (BOLD_LEAD_END.test(bLead) || trustedPdf(pair.a)?.boldLead)) return 'bold-lead-opens';
  if (ARTICLE_OPENER.test(bText)) return 'article-opener';
  if (ABSTRACT_OPENER.test(bText)) return 'abstract-opener';
  if (REFERENCE_START.test(bText) && REFERENCE_END.test(aText)) return 'reference-entry';
  if (FOOTNOTE_MARK.test(b.text)) return 'footnote-marker';
  if (bCommand) return 'command-line-after';
  // After a list item that ends as an item may ("… -d unstable'"), a list item opening with a term and a colon
  // ("gbp pull: update …") is the next entry of a description list: the term's lower case is no sentence's.
  if (termOpensItem(pair)) return 'term-opens-item';
  // After an option's name alone ("-z extension, –targz extension") lower case opens its description, no rest.
  if (
    startsLowercase(b.text) &&
    !pair.singleTerm &&
    bCjk < 0.3 &&
    !(aCjk >= 0.3 && bCjk === 0) &&
    !OPTION_TERM.test(aText) &&
    !isSignatureLine(aText)
  )
    return FILE_NAME_START.test(bText) || NEW_ADDRESS.test(bText) ? undefined : 'lowercase-start';
  if (NOTE_LABEL.test(bText)) return 'note-label';
  // "… システムの開発" | "のみを対象に …": a particle or a small kana opens no sentence, as lower case opens none in Latin.
  if (isCjkChar(lastChar(aText)) && CJK_NO_OPENING.test(bText)) return 'cjk-opens-mid-sentence';
  // Full-width punctuation inside or closing a clause opens no block, whatever the first ends in ("(MPMs)" | "，它影响 …").
  if (CLAUSE_PUNCTUATION_OPENING.test(bText) && !endsSentence(aText)) return 'cjk-opens-mid-sentence';
  // After a finished CJK sentence, a sidebar's kind word and a space opening the next block ("词汇 SQL 注入 When a
  // program …"): the sidebar starts there, however full the last line before it. Glued to CJK text ("社区上游作者，…") the
  // word may open a sentence as well: the source PDF's bold head decides that one (`bold-lead-opens`).
  if (/[。！？]$/u.test(aText) && BOX_TITLE.test(bText) && /^\p{sc=Han}{2,3} \S/u.test(bText)) return 'box-title-next';
  if (isCjkChar(firstChar(b.text)) && isCjkChar(lastChar(aText))) return 'cjk-runs-on';
  if (aCjk >= 0.3 && bCjk >= 0.3 && isCjkChar(lastChar(aText))) return 'cjk-runs-on-past-latin'; // "…A 不仅依赖于" + "B，还依赖…"
  if (DASH_RUN_ON.test(bText) && pair.bCjk === 0) return 'dash-runs-on';
  if (!startsUppercase(b.text)) return undefined;
  // A reference entry that has not reached its year or pages yet ("[6] … Proc. USENIX Annual Technical" |
  // "Conf., vol. 28, pp. 20–487, 2018."): the capital is a title's or a venue's word.
  if (REFERENCE_START.test(aText) && !REFERENCE_END.test(aText) && !endsSentence(aText)) return 'reference-goes-on';
  // After a list item that ends whole, the next item's capital opens an entry, whatever the word (a name too:
  // "Debian Wiki（补充内容）" | "Debian 新成员站点"); after a word left dangling, a name goes on with it.
  const nextItem =
    b.type === 'list_item' && pair.aIsListItem && !DANGLING_WORD.test(aText) && !/[,，、;；-]$/.test(aText);
  if (!nextItem && pair.context.namesMidSentence?.has(firstWord(b.text))) return 'name-start';
  // An item left on a word no sentence ends with ("… relying on DES, MD5, SHA-256 or" | "SHA-512. The special …") is
  // not whole: the capital is the sentence's next word (a name), not the next item's opening — unless a comma or a
  // semicolon before the conjunction closes the item ("• setup.py, or" | "• Build.PL.": an enumeration's items).
  const leftOpen = (DANGLING_WORD.test(aText) && !/[,;，；]\s*(?:and|or)$/i.test(aText)) || nameRunCut(pair);
  return pair.aIsListItem && !leftOpen ? 'capital-after-list-item' : 'capital-start';
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
  const hangsOrListing = OPTION_ENTRY.test(bText) || isMonospacedFont(trustedPdf(b)?.fontName);
  const plainParagraphs = a.type === 'text' && b.type === 'text' && !aIsListItem && !startsWithListMarker(b.text);
  if (hangsOrListing) return false;
  if (!context.paragraphsIndented || firstLine === undefined || context.bStartsColumn === false || !plainParagraphs)
    return false;
  if (isParagraphIndent(firstLine)) {
    out.push({ id: 'first-line-indented', value: 1 });
    return true;
  }
  // After a heading typed as text (one line, bold or larger in the source PDF) a flush first line is house style
  // (LaTeX's \@afterindentfalse), no witness; an indented one was (a bold term at a page's foot, elsarticle).
  const aPdf = trustedPdf(a);
  const bSize = trustedPdf(b)?.fontSize;
  if (aPdf?.lineCount === 1 && (aPdf.bold || (aPdf.fontSize && bSize && aPdf.fontSize > bSize * 1.05))) return false;
  // Flush after a float, a display formula or a short last line may be house style; at a plain break it is not.
  if (
    Math.abs(firstLine) < FIRST_LINE_INDENT[0] / 2 &&
    !context.interrupted &&
    !hasFormulaTail(aText) &&
    (a.hints?.lastLineFill ?? trustedPdf(a)?.lastLineFill ?? 1) >= LAST_LINE_SHORT
  ) {
    const houseStyle = pdfFlushHouseStyle(a, b) !== undefined; // bold run-in head, note type (./pdf-line-boxes.ts)
    out.push({ id: houseStyle ? 'pdf-flush-house-style' : 'first-line-flush', value: 1 });
    return !houseStyle;
  }
  return false;
}

/**
 * A sentence may end where a line ends; a paragraph that goes on fills its last line, so a full last line at
 * the foot of a column takes back what the sentence end said, and a short one says the paragraph ended.
 * Returns true when a sentence ends where a full line ends (either reading is common).
 */
function lastLineEvidence({ a, aText, context }: Pair, sentenceEnd: SentenceEnd, indentSettles: boolean, out: Out) {
  const fill = a.hints?.lastLineFill ?? context.aLastLineFill;
  if (fill === undefined || isPreformatted(aText) || context.aEndsColumnLow === false) return false;
  if (fill >= LAST_LINE_FULL) {
    if (sentenceEnd) out.push({ id: `${sentenceEnd}-at-full-line`, value: 1 });
    // A fill counted from CJK characters (no line box) only takes back what the sentence end said.
    if (a.hints?.lastLineFill !== undefined || !sentenceEnd) out.push({ id: 'last-line-full', value: 1 });
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
  if (context.unseenBreak && cjkProseCut(pair.aText, pair.bText)) out.push({ id: 'cjk-prose-cut', value: 1 });
  if (context.aPageSparse) out.push({ id: 'sparse-page', value: 1 });
}

/** Size and shape: line heights, a fragment too short to be a paragraph's part, a label, a term. */
function shapeEvidence(pair: Pair, out: Out): void {
  const { a, b, aText, bText } = pair;
  const push = (id: TextMergeFeature) => out.push({ id, value: 1 });
  const [ha, hb] = [a.hints?.lineHeight, b.hints?.lineHeight];
  if (ha && hb && Math.abs(ha - hb) / Math.max(ha, hb) > 0.2) push('line-heights-differ');
  if (aText.length < 25 && !endsWithHyphen(aText)) push('short-first');
  // "Note" | "The package must …": a note's label alone titles its box; the body is a block of its own.
  if (NOTE_LABEL_ALONE.test(aText)) push('note-label-alone');
  // "action" | "Groups packages according to …": a term alone, then its description as a sentence of its own.
  // A one-line description counts as well when it is a short sentence of its own ("priority" | "Sorts packages by priority.").
  // Where the document sets its terms alone (text-merge/traits.ts), a lone word at a break is one more, whatever follows.
  else if (
    TERM_ALONE.test(aText) &&
    (pair.context.termsAlone === true ||
      (/^\p{Lu}\p{Ll}/u.test(bText) && ((looksLikeProse(bText) && bText.length >= 40) || shortSentence(bText))))
  )
    push('term-alone-first');
  // "QUICK LOOK Detailed configuration file" | "An example of …": a sidebar's title line, its body a block of its own.
  else if (
    aText.length <= 100 &&
    !aText.includes('\n') &&
    !endsSentence(aText) &&
    !/[。！？]/u.test(aText) &&
    (BOX_TITLE.test(aText) || LATIN_KIND_CJK_TITLE.test(aText))
  )
    push('box-title-first');
  // A publisher's notice ("Permission to make digital or hard copies …") stands alone on either side.
  if (PUBLISHER_NOTICE.test(aText) || PUBLISHER_NOTICE.test(bText)) push('publisher-notice');
  // A paper's keyword line ("Index Terms—Synopsis, Description, …") ends where it ends: front matter, no paragraph's part.
  if (KEYWORDS_LINE.test(aText)) push('keywords-first');
  // An affiliation line of a paper's head matter ("Department of Computer Science, Example University Springfield, USA",
  // longer than a title) is no paragraph's first part either.
  const affiliation = AFFILIATION_WORD.test(aText) && isShortMatter(a);
  if ((titleLike(aText) || RUNNING_HEAD_LINE.test(aText) || affiliation) && !startsLowercase(bText))
    push('title-like-first');
  // A display formula the parser kept after a finished sentence ("…engine. f(x) = x + 1"), then a new sentence.
  if ((hasFormulaTail(aText) || FORMULA_BLOCK.test(aText)) && !startsLowercase(bText)) push('formula-end');
  const short = (t: string) => t.length < 100 && !endsSentence(t) && !/[,，、;；]$/.test(t);
  // Entries of one list set in parallel ("将 package 部分…" / "将 binarypackage 部分…"), each unpunctuated.
  // An entry may end with a bracket ("Debian Wiki（补充内容）").
  if (short(aText) && short(bText) && !isPreformatted(bText) && sameOpening(aText, bText)) push('parallel-entries');
  // Entries of a term list ("k: sort key …" | "n: scan result …"): each item opens with a term and a colon.
  if (pair.aIsListItem && termEntries(b, aText, bText)) push('term-entries');
  // After a closing bracket ("… (see Section 5.8, “debian/changelog”)"), a file name and a capitalised sentence
  // ("debian/copyright. The copyright …"): the next entry of a description list, its term first.
  if (/[)）]$/.test(aText) && FILE_TERM_ENTRY.test(bText)) push('file-term-next');
  // A section number opening a short line without punctuation ("5 DEBIAN 文档", "3.2 Tools"): a heading. A word in
  // lower case after the number opens no heading: a note's mark glued to the sentence's rest ("2 of tags for …").
  if (pair.unpunctuated && bText.length < 60 && /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?!\p{Ll})\p{L}/u.test(bText))
    push('numbered-heading-next');
  if (numberedHeading(aText)) push('numbered-heading-first');
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
  colonLeadInEvidence(pair, sentenceEnd, out);
  bracketCarriedEvidence(pair, sentenceEnd, out);
  const indentSettles = firstLineEvidence(pair, out);
  pdfFullLineEvidence(pair, sentenceEnd, out); // the PDF's full last line before a flush first one
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
