// Blocks the reading order puts between two fragments of a paragraph that are not in the paragraph's flow,
// so the paragraph runs on around them like around a float:
//  - a page number the furniture stage kept (a lone number at the head or foot of its page);
//  - text the parser read out of place: a chart's labels after the body of their page, standing above the
//    end of the open paragraph in its own column ("Nov. '22", "3.5 2.3 4.5"); a side heading in the margin
//    column beside text further down than the continuation's start;
//  - a footnote typed as text or title at the foot of the page (or of a column: a two-column page's left
//    column ends with its notes), opened by its number ("1 See …", "2The …", "1） Debian …"), not a numbered
//    question ending in an answer blank; with boxes, also after a fragment that ends a sentence (the page ends);
//  - without boxes, a numbered note that ends its sentence between a paragraph left open and text in lower
//    case that goes on with it ("…easily and" / "1 The more …" / "effectively to …"), or numbered notes
//    that end the open fragment's page when the next fragment is on a later page.
//  - with boxes, any block at the foot of the page under a paragraph left in mid-sentence that goes on in lower case
//    on a later page (an author's address, a copyright notice); a numbered note ("1 Guided partitioning …") there
//    after a lower-case word at any height (a float below it pushed it up), ended or cut itself;
//  - without boxes, a text block the source PDF sets as a footnote on the open fragment's page (`hints.pdf.footnote`: its type
//    size, at its column's foot under the body, opened by a mark; src/pdf/note-size.ts);
//  - a short line wholly above the open fragment (not in a column to its right) before a later page;
//  - a short block above both the open fragment and the next, across the gutter between their columns (an author's
//    affiliation under the title, read after the first column), when the paragraph goes on at the next column's head;
//    or in the next column over the paragraph's rest (the second author's name and affiliation, ./head-matter.ts);
//  - a numbered reference list ("[3] …") below running prose to the end of its column;
//  - without boxes, a whole note opening in lower case after its number, the last text of its page, between a sentence
//    left open and its rest in lower case on a later page (./address-notes.ts);
//  - without boxes, a numbered note between two code blocks, which the listing runs on past; any text but a lead-in
//    between a listing and code that opens with a line no block starts with ("else:", "}");
//  - a publisher's notice ("Permission to make digital or hard copies …"), by its text alone (not under a keyword list);
// (a block opening with a note's number that a later block of its page opens with too is the body's, ./note-numbers.ts);
//  - a running head typed as text at the head of the page where the paragraph goes on (./running-head.ts).
// The others need boxes.
import { isColumnBreak, overlapsHorizontally } from '../../layout/columns.js';
import { TEXT_LIKE } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { endsSentence, startsLowercase } from '../../text/chars.js';
import { pageNumberValue } from '../../text/page-number.js';
import { isAddressNote, lowerCaseNoteEndsPage, mayBeNoteBlock } from './address-notes.js';
import { isSubfigureLabel } from './breaks.js';
import { headMatterAbove, matterInRows } from './head-matter.js';
import { figureTexts } from './in-figure.js';
import { continuesNumberedList } from './list-run.js';
import { marksRepeatedBelow } from './note-numbers.js';
import { CODE_GOES_ON, LEAD_IN_END, PUBLISHER_NOTICE } from './patterns.js';
import { runningHeadBetween } from './running-head.js';
import { isShortMatter, runsPastShortMatter } from './short-matter.js';
import { ANSWER_BLANK, FUNCTION_WORDS, looksLikeCode, looksLikeProse, opensCaption } from './text-kind.js';

/** Why a block is outside the flow of the paragraph around it, or undefined. */
export type OutOfFlow =
  | 'page-number'
  | 'out-of-place'
  | 'side-heading'
  | 'footnote'
  | 'pdf-footnote'
  | 'reference-list'
  | 'publisher-notice'
  | 'running-head';

/** Boxes this close (page fractions) count as touching. */
const SLACK = 0.01;
/** A block this long is body text, not a label or a side heading. */
const LABEL_CHARS = 80;
/** Notes stand this far (page fraction) below the body at least (the footnote rule's space): a numbered block right
 * under the open fragment, touching it, is the body's next paragraph ("2 m The other prerequisite …", formula debris). */
const NOTE_GAP = 0.004;
/** Footnotes start below this share of the page. */
const FOOT = 0.7;
/** A block of notes starting higher than FOOT reaches at least this far down its page. */
const NOTES_REACH = 0.8;
/** The share of the page at its head and foot where page numbers sit. */
const EDGE_BAND = 0.1;

/**
 * A footnote's opening: its number, spaced or glued to a capitalised word ("1 See", "2The", "1GAO,"), glued to CJK
 * text ("1这里，…"), before a citation ("3 [6] This is …"), or closed by a full-width parenthesis, the CJK note
 * mark ("1） Debian 界隈", "2）Download …"), or after an asterisk (the Japanese classes' "*2 gz, containing …").
 */
export const NOTE_OPENING =
  /^\s*(?:\d{1,2}(?:[.)]?\s+\p{Lu}|\p{Lu}(?:\p{Ll}|\p{Lu})|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|\s+\[\d{1,3}\]\s|）\s*\S)|\*\d{1,2}\s*\S)/u;
/** A note's text: its number opens it; a numbered question ending in an answer blank is a form's, no note. */
const isNote = (text: string): boolean => NOTE_OPENING.test(text) && !ANSWER_BLANK.test(text.trimEnd());
/**
 * With boxes, low on the page under the body: a number and a space open a note whatever follows ("1 deb contains …",
 * "2 , which are …", "2 1/debian/ …"), the box standing where notes stand.
 */
const isNumberedAtFoot = (text: string): boolean =>
  isNote(text) || (/^\s*\d{1,2}\s+\S/.test(text) && !ANSWER_BLANK.test(text.trimEnd()));
/** A note's opening: its number and a space, or a note mark (NOTE_OPENING). */
export function opensNote(el: Element): boolean {
  const text = el.text.trim();
  return NOTE_OPENING.test(text) || /^\d{1,2}\s+\S/.test(text);
}

/** A numbered reference entry's opening ("[3] Ada Marsh and …"). */
const REFERENCE_NUMBER = /^\s*\[\d{1,3}\]\s/;

export interface FlowNeighbours {
  /** The open paragraph fragment before the block. */
  open: Element;
  /** The next text fragment after the block (and after any others in between). */
  next: Element | undefined;
  /** The first text fragment after the block on a later page. */
  laterPageNext?: Element;
  /** The first text fragment after the block that is no short line without punctuation (./short-matter.ts). */
  nextPastShort?: Element;
  /** A publisher's notice was passed since the open fragment: short lines after it are head matter (./short-matter.ts). */
  pastNotice?: boolean;
  /** The first text fragment after the block that is no publisher's notice (a first page's notices stand together). */
  nextPastNotice?: Element;
  /** The block is the first or last body element of its page. */
  atPageEdge: boolean;
  /** Every text block from this one to the end of its page (or of its column) opens with a note number. */
  notesToPageEnd: boolean;
  /** Every text block from this one to the end of its page (or column) opens with a number and a space, or as a note. */
  numberedToPageEnd?: boolean;
  /** Every text block from this one to the end of its column opens with a reference number ("[3] …"). */
  referencesToColumnEnd?: boolean;
  /** The next block after this one past floats and notes is a code block (the parser's type). */
  codeNext?: boolean;
  /** That code block opens with a line no block starts with ("else:", "}"): the listing before goes on in it. */
  codeGoesOnNext?: boolean;
  /** The block opens with a number that a later block of its page opens with too: the body's mark (./note-numbers.ts). */
  markRepeatedBelow?: boolean;
  /** The block is short matter in a row of the head matter across the gutter (./head-matter.ts `matterInRows`). */
  inHeadRow?: boolean;
}

/** Is `el` outside the flow between `open` and `next`? */
export function outOfFlow(el: Element, neighbours: FlowNeighbours): OutOfFlow | undefined {
  const { open, next, atPageEdge } = neighbours;
  const text = el.text.trim();
  if (!['text', 'title', 'list_item'].includes(el.type) || !text) return undefined;
  if (pageNumberValue(text) !== undefined && !/\p{L}{2}/u.test(text) && (atPageEdge || inEdgeBand(el)))
    return 'page-number';
  // Without a box, the source PDF sets it as a footnote (its size, at its column's foot under the body, opened by a
  // mark). With boxes the rules below read the note's place themselves: on latex-full dev a MinerU note at a left
  // column's foot, taken by the PDF, let the paragraph above it run on into the right column's sidebar.
  if (el.type === 'text' && !el.bbox && el.hints?.pdf?.footnote && el.page === open.page) return 'pdf-footnote';
  // A publisher's notice ("Permission to make digital or hard copies …", "© 2024 …") under a paragraph left open: the
  // class sets it at a column's foot, in no paragraph's flow (acmart's first page). With boxes it stands below the open
  // fragment; without, the paragraph must show it goes on (lower case): a capital after it may open a new one.
  // The notices stand together ("Authors’ addresses: …" over "Permission to make …"): the text after all of them says.
  const pastNotices = neighbours.nextPastNotice ?? next;
  if (PUBLISHER_NOTICE.test(text) && pastNotices && !endsSentence(open.text.trimEnd()) && !isTermList(open.text)) {
    const below = el.bbox && open.bbox ? el.page === open.page && el.bbox[1] >= open.bbox[3] - SLACK : undefined;
    if (below ?? startsLowercase(pastNotices.text.trim())) return 'publisher-notice';
  }
  // Without boxes, a numbered note between two code blocks (Mistral writes a column's notes after its last block):
  // the listing runs on past it, unless it leads in the next block ("2 Then run:", "… (v=0.2): f(x) = x + 1") and
  // the listing's last line does not open a block of its own ("if is_DFSG(program):", whose body is still to come).
  const leadIn = LEAD_IN_END.test(text) && !/:$/.test(open.text.trimEnd());
  if (open.type === 'code' && !el.bbox && !open.bbox && neighbours.codeNext && opensNote(el) && !leadIn)
    return 'footnote';
  // Without boxes, any text but a lead-in between a listing and its rest ("else: # non-DFSG …" after "[1] …", a
  // reference entry Mistral writes where its column ends): the listing runs on past it.
  const listing = open.type === 'code' || looksLikeCode(open.text);
  if (listing && !el.bbox && !open.bbox && neighbours.codeGoesOnNext && !LEAD_IN_END.test(text)) return 'out-of-place';
  // A note with its number stands later on the page: this block holds the body's mark of it, in the flow.
  if (!next || neighbours.markRepeatedBelow) return undefined;
  // The next item of the open fragment's numbered list, low on its page, is no footnote (text-merge/list-run.ts).
  if (continuesNumberedList(el, open)) return undefined;
  // Without boxes: numbered notes that end the open fragment's page, the next fragment on a later page.
  if (!el.bbox && !open.bbox && !next.bbox && footOfPageWithoutBoxes(el, neighbours)) return 'footnote';
  // Notes at the foot of the open fragment's page, below it, to the end of the page: the page ends there,
  // whether or not the open fragment ended its sentence (as without boxes above).
  if (el.bbox && open.bbox && footOfPage(el, neighbours)) return 'footnote';
  // Only where the paragraph is open: a sentence that ended already ends the paragraph at the block.
  if (endsSentence(open.text.trimEnd())) return undefined;
  // A running head typed as text at the head of the page the paragraph goes on (./running-head.ts).
  if (runningHeadBetween(el, open, next, atPageEdge)) return 'running-head';
  // Short lines inside a sentence that goes on in lower case after them (page-head matter read out of place), when
  // nothing more particular says why they stand there.
  // With boxes, also a paper's head matter over the next column's text (./head-matter.ts).
  const { nextPastShort: pastShort, pastNotice, inHeadRow } = neighbours;
  const shortMatter =
    runsPastShortMatter(el, open, pastShort, pastNotice) || headMatterAbove(el, open, pastShort, inHeadRow)
      ? 'out-of-place'
      : undefined;
  if (!el.bbox && !open.bbox && !next.bbox) return noteWithoutBoxes(text, open, next) ?? shortMatter;
  if (!el.bbox || !open.bbox || !next.bbox) return shortMatter;
  if (neighbours.laterPageNext && footBelowOpenSentence(el, open, neighbours.laterPageNext)) return 'footnote';
  // Across the gutter above both halves, page-head matter of any length (an affiliation line, "Department of …,
  // Department of …, Example University Example University").
  if (el.page === open.page && el.bbox[3] <= open.bbox[1] - SLACK && acrossGutterAbove(el, open, next))
    return 'out-of-place';
  if (text.length <= LABEL_CHARS) {
    // Above the open fragment's end in its own column: the reading order passed it already.
    // Not a listing's rest (its closing line "')" too) after a listing wider than its column (over the gutter).
    const listing = looksLikeCode(open.text) && (looksLikeCode(el.text) || CODE_GOES_ON.test(text));
    if (el.page === open.page && el.bbox[3] <= open.bbox[3] - SLACK && overlapsHorizontally(el, open, 0.5) && !listing)
      return 'out-of-place';
    // Wholly above the open fragment and not in a column to its right, before a later page ("June 2021" left of
    // the gutter under the title): the reading order passed it already.
    const above = el.bbox[3] <= open.bbox[1] - SLACK && el.bbox[0] < open.bbox[2] - SLACK;
    if (el.page === open.page && next.page > open.page && above) return 'out-of-place';
    if (el.page === next.page && el.page !== open.page) {
      // Below the continuation's start in its column, or beside text further down in a margin column.
      if (el.bbox[1] >= next.bbox[3] - SLACK && overlapsHorizontally(el, next, 0.5)) return 'out-of-place';
      if (el.bbox[2] <= next.bbox[0] + SLACK && el.bbox[1] > next.bbox[1] + SLACK) return 'side-heading';
    }
  }
  // A numbered reference list below it to the column's end, which the paragraph goes on after (the next column);
  // only after running prose (not after an entry of that list or its title, whose flow it is).
  const afterProse = looksLikeProse(open.text) && !REFERENCE_NUMBER.test(open.text);
  if (afterProse && el.page === open.page && neighbours.referencesToColumnEnd && el.bbox[1] >= open.bbox[3] - SLACK)
    return overlapsHorizontally(el, open, 0.5) ? 'reference-list' : shortMatter;
  return shortMatter;
}

/**
 * A paper's keyword list ("Synopsis, Description, Command-line actions" under "KEYWORDS"): one line of capitalised
 * terms between commas, no function word — no paragraph left open, though nothing ends it.
 */
function isTermList(text: string): boolean {
  const t = text.trim();
  return (
    t.length < 120 &&
    !t.includes('\n') &&
    t.includes(',') &&
    /^\p{Lu}/u.test(t) &&
    (t.match(FUNCTION_WORDS)?.length ?? 0) === 0
  );
}

/**
 * With boxes: a whole block (its sentence or its address ended) at the foot of the page, set off under a paragraph
 * left in mid-sentence (an author's address, a copyright notice, an unnumbered note), when the paragraph goes on in
 * lower case on a later page: the page's body ended above it; a block left open itself is the body's ("… this precludes" | "Author's address: …" | "Permission to make …" | "installing …").
 */
function footBelowOpenSentence(el: Element, open: Element, next: Element): boolean {
  if (!el.bbox || !open.bbox || el.page !== open.page || next.page <= open.page) return false;
  // Only under running prose (not a label or a float's title: "Example 11.23. The /etc/nsswitch.conf file"); a list's
  // item, a lead-in ("Universal OS realized via:") or a listing under it is the body's own.
  // It stops on a word in lower case, a comma or a hyphen: cut in mid-sentence, not after a reference or a name.
  const prose = open.text.length > LABEL_CHARS && looksLikeProse(open.text) && /[\p{Ll},-]$/u.test(open.text.trimEnd());
  if (!prose || el.type !== 'text' || /[:：]$/.test(el.text.trimEnd())) return false;
  if (looksLikeCode(el.text)) return false;
  // A numbered note ("1 Guided partitioning can also …") under a sentence cut after a lower-case word: no line of that
  // sentence opens with a number and a capital, so the note stands wherever a float below pushed it, ended or cut itself.
  const numbered = isNote(el.text.trim()) && /(?:^|\s)\p{Ll}+$/u.test(open.text.trimEnd());
  return (
    (el.bbox[1] >= FOOT || numbered) &&
    el.bbox[1] >= open.bbox[3] + SLACK &&
    overlapsHorizontally(el, open, 0.5) &&
    (numbered || endsSentence(el.text.trimEnd()) || /https?:\/\/\S+$/.test(el.text.trimEnd())) &&
    startsLowercase(next.text.trim())
  );
}

/**
 * The next fragment heads the column right of the open one on the same page, and the block (wholly above the open
 * fragment) stands above it too, across the gutter between the two columns: page-head matter spanning both (an
 * author's affiliation under a paper's title, "王晓明示例大学计算机科学系"), which the reading order put after the
 * first column. A block inside the right column above the next fragment would be that column's own start.
 */
function acrossGutterAbove(el: Element, open: Element, next: Element): boolean {
  if (!el.bbox || !open.bbox || !next.bbox || next.page !== open.page) return false;
  const [box, openBox, nextBox] = [el.bbox, open.bbox, next.bbox];
  const spans = (b: readonly number[]) => b[0] < openBox[2] - SLACK && b[2] > openBox[2] + 2 * SLACK;
  if (!spans(box) || box[3] > openBox[1] - SLACK) return false;
  const rightOfOpen = nextBox[0] >= openBox[2] - SLACK && isColumnBreak(open, next);
  if (rightOfOpen) return box[3] <= nextBox[1] - SLACK && box[2] > nextBox[0] + SLACK;
  // More such matter under it first (the authors' names, then their affiliations), also above the open fragment; a
  // listing wider than its column is no such matter.
  const matter = (e: Element) => e.type === 'text' && !looksLikeCode(e.text) && !e.text.includes('\n');
  return matter(el) && matter(next) && spans(nextBox) && nextBox[3] <= openBox[1] - SLACK && nextBox[1] >= box[1];
}

/**
 * Without boxes: a whole numbered note ("1 The more … help you.") before text in lower case that goes on, or, where the
 * open fragment stops on a CJK letter, before CJK text ("… 服务器对所有虚拟主机" | "2列表中存在的第一个文件被使用。" | "使用了 …":
 * Mistral writes a column's notes after its last block, the number glued to the note).
 */
function noteWithoutBoxes(text: string, open: Element, next: Element): OutOfFlow | undefined {
  if (!isNote(text) || !endsSentence(text)) return undefined;
  const nextText = next.text.trim();
  const cjkGoesOn = CJK_LETTER_END.test(open.text.trimEnd()) && CJK_LETTER_START.test(nextText);
  return startsLowercase(nextText) || cjkGoesOn ? 'footnote' : undefined;
}

const CJK_LETTER_END = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
const CJK_LETTER_START = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/**
 * Without boxes, the notes of a page are the numbered blocks from the open fragment to the page's end
 * ("1 These also need to be updated."), with the next fragment on a later page: the page ends there.
 */
function footOfPageWithoutBoxes(el: Element, { open, next, laterPageNext, notesToPageEnd }: FlowNeighbours): boolean {
  // A whole note opening in lower case, the page's last text, between a sentence's halves (./address-notes.ts).
  if (next && lowerCaseNoteEndsPage(el, open, next)) return true;
  // Several notes: the fragments after this one on its page are notes too, and the paragraph goes on a later page.
  const following = next !== undefined && next.page === el.page ? laterPageNext : next;
  return (
    mayBeNoteBlock(el, open) &&
    el.page === open.page &&
    following !== undefined &&
    following.page > el.page &&
    notesToPageEnd &&
    (isNote(el.text.trim()) || isAddressNote(el.text))
  );
}

/** With boxes: a numbered note below the open fragment, low on its page, and only notes after it to the page's end. */
function footOfPage(el: Element, { open, numberedToPageEnd }: FlowNeighbours): boolean {
  if (!el.bbox || !open.bbox) return false;
  return (
    el.page === open.page && numberedToPageEnd === true && el.bbox[1] >= open.bbox[3] + NOTE_GAP && el.bbox[1] > FOOT
  );
}

function inEdgeBand(el: Element): boolean {
  return el.bbox !== null && el.bbox !== undefined && (el.bbox[3] <= EDGE_BAND || el.bbox[1] >= 1 - EDGE_BAND);
}

/** A text fragment that can continue or open a paragraph ("Figure 1.1. …" typed as text is a float's part). */
export function isFragment(el: Element): boolean {
  return TEXT_LIKE.has(el.type) && el.text.trim() !== '' && !opensCaption(el.text.trim());
}

/** Per element: the next text fragment after it, whether it is the first or last of its page, and whether
 * every text block from it to the end of its page opens with a note number (a page's footnotes), or with a
 * reference number ("[3] …", a reference list set at the foot of its column). */
export function lookahead(body: readonly Element[]) {
  const nextFragment: Array<Element | undefined> = new Array(body.length);
  const notesToPageEnd: boolean[] = new Array(body.length);
  const numberedToPageEnd: boolean[] = new Array(body.length);
  const referencesToColumnEnd: boolean[] = new Array(body.length);
  const codeNext: boolean[] = new Array(body.length);
  const codeGoesOnNext: boolean[] = new Array(body.length);
  const laterPageFragment: Array<Element | undefined> = new Array(body.length);
  const pastShort: Array<Element | undefined> = new Array(body.length);
  let next: Element | undefined;
  let nextPast: Element | undefined;
  let nextPastNotice: Element | undefined;
  const pastNotice: Array<Element | undefined> = new Array(body.length);
  let nextBlock: Element | undefined;
  let laterPage: Element | undefined;
  const inFigure = figureTexts(body);
  const repeatedMarks = marksRepeatedBelow(body);
  const headRows = matterInRows(body);
  for (let i = body.length - 1; i >= 0; i--) {
    const el = body[i];
    nextFragment[i] = next;
    if (body[i + 1]?.page !== el.page) laterPage = next;
    laterPageFragment[i] = laterPage;
    codeNext[i] = nextBlock?.type === 'code';
    // Typed as code, or flattened into text (Unstructured) that reads as code.
    const restOfListing = nextBlock !== undefined && CODE_GOES_ON.test(nextBlock.text.trimStart());
    codeGoesOnNext[i] = restOfListing && (nextBlock?.type === 'code' || looksLikeCode(nextBlock?.text ?? ''));
    const figurePart = isSubfigureLabel(body, i) || inFigure.has(el.id);
    if (el.type === 'code' || (isFragment(el) && !figurePart && !opensNote(el))) nextBlock = el;
    // A subfigure's label ("(a) Before the change.") is a float's part, not the text the flow goes on with.
    if (isFragment(el) && !figurePart) next = el;
    pastShort[i] = nextPast;
    const longMatter = next === el && !isShortMatter(el); // asked once for both
    if (longMatter) nextPast = el;
    pastNotice[i] = nextPastNotice;
    // The authors' names and affiliations under the notices stand out of the flow with them.
    if (longMatter && !PUBLISHER_NOTICE.test(el.text.trim())) nextPastNotice = el;
    const textual = TEXT_LIKE.has(el.type) || el.type === 'title';
    // Notes end their page, or their column on a page of columns (the next block starts the next column).
    const after = body[i + 1];
    const goesOn = after?.page === el.page && !isColumnBreak(el, after);
    notesToPageEnd[i] =
      (goesOn ? notesToPageEnd[i + 1] : true) && (!textual || isNote(el.text) || isAddressNote(el.text));
    numberedToPageEnd[i] = (goesOn ? numberedToPageEnd[i + 1] : true) && (!textual || isNumberedAtFoot(el.text));
    referencesToColumnEnd[i] =
      (goesOn ? referencesToColumnEnd[i + 1] : true) && (!textual || REFERENCE_NUMBER.test(el.text));
  }
  const atPageEdge = body.map((el, i) => body[i - 1]?.page !== el.page || body[i + 1]?.page !== el.page);
  // the neighbours of one block as outOfFlow reads them, made as one object (no copy spread into another per block)
  const flowAt = (i: number, open: Element, passedNotice: boolean): FlowNeighbours => ({
    open,
    pastNotice: passedNotice,
    next: nextFragment[i],
    laterPageNext: laterPageFragment[i],
    nextPastShort: pastShort[i],
    nextPastNotice: pastNotice[i],
    atPageEdge: atPageEdge[i],
    notesToPageEnd: notesToPageEnd[i],
    numberedToPageEnd: numberedToPageEnd[i],
    referencesToColumnEnd: referencesToColumnEnd[i],
    codeNext: codeNext[i],
    codeGoesOnNext: codeGoesOnNext[i],
    markRepeatedBelow: repeatedMarks.has(body[i].id),
    inHeadRow: headRows.has(body[i].id),
  });
  return { nextFragment, flowAt, inFigure };
}

/**
 * A footnote typed as text: opened by its number ("1 Test install of …"), starting low on its page; the text at
 * the head of the next page is the body's, not the note's rest (that would stand at the next page's foot).
 */
export function noteAtFoot(a: Element, b: Element): boolean {
  if (!a.bbox || !b.bbox || b.page <= a.page) return false;
  // (a block of several notes starts higher: low in the page's lower half, reaching its foot)
  const low = a.bbox[1] >= FOOT || (a.bbox[1] >= 0.5 && a.bbox[3] >= NOTES_REACH);
  return low && b.bbox[1] < 0.5 && NOTE_OPENING.test(a.text) && /^\s*\d/.test(a.text);
}
