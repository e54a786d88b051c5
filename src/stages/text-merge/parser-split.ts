// A paragraph the parser split inside a column: two text blocks, the second right under the first in the same
// column, cut at a line where nothing ends ("… tại thời điểm Người được bảo hiểm tử vong" | "trừ Khoản nợ …"). Layout
// models do this on real pages (DeepSeek-OCR, PP-Structure, Docling); the hand-checked sets merge such parts
// (test-samples/gold/README.md, "Merges"), and so does the corpora's `--para-habits` data. No page or column break
// stands between the two, so the candidate search of the stage (which keeps the parser's own splits) never sees them.
// Evidence, all needed (a strong pair, judged before the breaks):
//  - the text (split-text.ts): the first block ends no sentence or clause and the next goes on in lower case,
//    or the first stops on a comma, a hyphen or a word no sentence ends with, or CJK text goes on after a letter; the
//    next opens no list marker or number of its own; the first is prose of some length, not a caption, a label or
//    an option's names over their description; the second no code (no listing under its caption, "Example 12.2. …");
//  - the boxes: the same page, the second under the first by no more than a line's height (a display equation the
//    parser left out leaves more room), left edges aligned (a paragraph's next line starts at its column's edge), the
//    first reaching as far right as the second, its last line as far as its others where line boxes tell (the line
//    before the cut is full: a title over its paragraph is not);
//  - the type, where sizes are known (the source PDF's, or the parser's own): both blocks in one size. A note set
//    smaller at the column's foot right under a paragraph is the rest of a note cut at the page before, not the
//    paragraph's next line (ctexart, MinerU with `--pdf`: "…然后检查每次构建的二进制文件" | "解成软件包被证明是完美的…").
// Precedence: after the parser's own merges and the heading/opener pairs; the pair's second block is then settled.
import { overlapsHorizontally } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';
import { trustedPdf } from '../../pdf/trust.js';
import { AFFILIATION_WORD } from './patterns.js';
import { ENDS_OPEN, sentenceGoesOn } from './split-text.js';
import { cjkShare, looksLikeCode, looksLikeProse, opensCaption } from './text-kind.js';

/** The judge's feature, rule and reason for these pairs (src/stages/text-merge.ts: strong evidence, judged first). */
export const PARSER_SPLIT = {
  feature: 'parser-split',
  rule: 'text-merge.parser-split',
  why: 'the parser cut a paragraph inside its column: the next block right under it goes on with its sentence',
} as const;

/** The same without boxes: the text alone, the next block of the page going on in lower case. */
export const PARSER_SPLIT_UNBOXED = {
  feature: 'parser-split',
  rule: 'text-merge.parser-split-unboxed',
  why: 'the parser cut a paragraph (no boxes): the next block of the page goes on with its sentence in lower case',
} as const;

/** Page fractions: how far left edges may stand apart; the room a line takes when the parser gives no line height. */
const ALIGN = 0.02;
const LINE = 0.015;
/** A first line's indent at most (page fraction); how far short of the next block's right edge a full line may end. */
const INDENT = 0.06;
const RAGGED = 0.03;
/** The room between a paragraph's lines at most, as a share of a line's height, where only a capital follows. */
const CLOSE = 0.5;

const oneLine = (e: Element, line: number) => !!e.bbox && e.bbox[3] - e.bbox[1] < 1.6 * line;

/** A last line that reaches this share of the block's width is a full line. */
const FULL_LINE = 0.8;
/** Characters per line, against the next block's, under which the first block's lines are not full. */
const SPARSE = 0.7;

/** The first block's prose is long enough to be a paragraph's line, not a label or a term (CJK lines hold fewer). */
const MIN_CHARS = 40;
const MIN_CJK_CHARS = 15;
/** A narrow column's line, where the next block goes on plainly in lower case (its geometry still has to agree). */
const MIN_PLAIN_CHARS = 24;

/** An option's names opening a block ("-f "name", –fullname "name"" | "set the fullname."): a term, not prose. */
const OPTION_OPENING = /^(?:--?|–)\p{L}/u;

/**
 * Without line boxes: the first block holds far fewer characters per line than the next one of two lines or more
 * (whose first line is full), so its lines are not full ones (a two-line title over its paragraph).
 */
function sparser(a: Element, b: Element, line: number): boolean {
  const perLine = (e: Element, box: readonly number[]) =>
    e.text.trim().length / Math.max(1, Math.round((box[3] - box[1]) / line));
  if (!a.bbox || !b.bbox || Math.round((b.bbox[3] - b.bbox[1]) / line) < 2) return false;
  return perLine(a, a.bbox) < SPARSE * perLine(b, b.bbox);
}

/** One block's type at most this share of the other's: a note's or a caption's size beside the body's. */
const OTHER_SIZE = 0.92;

/** The font size of a block, from the source PDF where its text matched, else the parser's own. */
const sizeOf = (e: Element) => trustedPdf(e)?.fontSize ?? e.hints?.fontSize;

/** Both sizes known and one block set smaller than the other (a note under a paragraph: not its next line). */
function otherSize(a: Element, b: Element): boolean {
  const [sa, sb] = [sizeOf(a), sizeOf(b)];
  return !!sa && !!sb && Math.min(sa, sb) <= OTHER_SIZE * Math.max(sa, sb);
}

/** `b` stands right under `a` in its column, as the next line of one paragraph. */
function nextLineBelow(a: Element, b: Element, how: 'plainly' | 'closely'): boolean {
  if (!a.bbox || !b.bbox || a.page !== b.page || otherSize(a, b)) return false;
  const line = a.hints?.lineHeight ?? b.hints?.lineHeight ?? LINE;
  const gap = b.bbox[1] - a.bbox[3];
  if (gap < -0.25 * line || gap > (how === 'plainly' ? line : CLOSE * line)) return false;
  // the line before the cut is a full line: the first block reaches as far right as the next, and its last line as
  // far as its others where line boxes say (a box's title over its paragraph, "GOING FURTHER Protecting against
  // upstream changes", stops short)
  const fill = a.hints?.lastLineFill;
  if (fill !== undefined ? fill < FULL_LINE : sparser(a, b, line)) return false;
  // left edges aligned, or the first a paragraph's indented first line alone over the rest
  const indent = a.bbox[0] - b.bbox[0];
  const aligned = Math.abs(indent) <= ALIGN || (indent > 0 && indent <= INDENT && oneLine(a, line));
  return (
    aligned && (a.bbox[2] >= b.bbox[2] - RAGGED || nextWordWouldNotFit(a, b, line)) && overlapsHorizontally(a, b, 0.5)
  );
}

const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Ragged-right text: the first block's line ends short of the column, but the next block's first word would not have
 * fitted in what is left of it (a line breaks where its next word does not fit; a title's line has room to spare).
 */
function nextWordWouldNotFit(a: Element, b: Element, line: number): boolean {
  if (!a.bbox || !b.bbox) return false;
  const lines = Math.max(1, Math.round((a.bbox[3] - a.bbox[1]) / line));
  const perChar = (a.bbox[2] - a.bbox[0]) / Math.max(1, a.text.trim().length / lines);
  // CJK breaks a line anywhere (its next word is one character) and sets Latin letters at half its width
  const bText = b.text.trim();
  const width = CJK_START.test(bText) ? 1 : (bText.split(/\s/, 1)[0].length + 1) * (cjkShare(a.text) >= 0.3 ? 0.5 : 1);
  return a.bbox[2] + width * perChar > b.bbox[2];
}

/** The first block's length at least: a label or a term is shorter; a narrow column's line going on plainly may be. */
const minChars = (cjk: boolean, how: 'plainly' | 'closely', bText: string) =>
  cjk ? MIN_CJK_CHARS : how === 'plainly' && /^\p{Ll}/u.test(bText) ? MIN_PLAIN_CHARS : MIN_CHARS;

/** The pairs [first part, next part] of paragraphs the parser split inside a column, in reading order. */
export function parserSplits(body: readonly Element[]): Array<[Element, Element]> {
  return splitPairs(body, true);
}

/**
 * The same pairs where the parser gives no boxes at all (Unstructured's elements, Mistral's Markdown): two blocks of one
 * page in reading order, the next going on plainly with the sentence in lower case (Latin text only: CJK prose without
 * boxes cannot tell a title ending on a letter from a paragraph's line).
 */
export function parserSplitsUnboxed(body: readonly Element[]): Array<[Element, Element]> {
  return splitPairs(body, false);
}

/** A box's title in capitals ("GOING FURTHER …"), an algorithm's last lines glued before the cut ("10: end while"). */
const CAPS_OPENING = /^\p{Lu}{2,}\s+\p{Lu}{2,}\b/u;
const STEP_TAIL = /\d+:\s*end\s*\w*$|\bend\s+(?:while|if|for)$/u;
/** A link or a path as the last word ("… https://doi.org/10.1145/nnnnnnn.nnnnnnn"): a notice's or a listing's end. */
const PATH_TAIL = /\S[/.]\S+$/u;
/** A capital opening the next block, after an opening quote or bracket or not. */
const CAPITAL_OPENING = /^[“‘"'(]?\p{Lu}/u;
/** A heading's number opening the first block ("4.2 Auditing Packages: debsums and its Limits"). */
const NUMBERED_OPENING = /^\d+(?:\.\d+)+\s/u;

/**
 * Without boxes, only the plain cases in Latin text: the next block going on `plainly` in lower case, or going on
 * `closely` where it opens no capital (a name's rest after its hyphen, "… comes as hello-" | "0.9.12.tar.gz, you …";
 * a path, an escape or a bracket after a word left open, "… replacing the" | "%-escapes according to …": session 29,
 * paras and styles train/dev in Mistral and Unstructured 591 → 604 right joins, none false; a capital after a comma or
 * a dangling word there is a float's or a theorem's opening as often, "… a thorough" | "Algorithm 1 …": 22 false), not
 * a note's number opening it (a footnote read next opens so, "2 patch file contains …"), the first no heading, box title
 * in capitals, affiliation, link or algorithm (a float read between two paragraphs' parts). CJK prose is left alone: a
 * float's or an affiliation's line read between its parts opens on a letter too ("…所" | "赵敏示例大学计算机科学系").
 */
function unboxedGoesOn(aText: string, bText: string, how: 'plainly' | 'closely', cjk: boolean): boolean {
  if (cjk || (how !== 'plainly' && CAPITAL_OPENING.test(bText)) || /^\d/.test(bText)) return false;
  if (PATH_TAIL.test(aText) || STEP_TAIL.test(aText)) return false;
  return !CAPS_OPENING.test(aText) && !NUMBERED_OPENING.test(aText) && !AFFILIATION_WORD.test(aText);
}

function splitPairs(body: readonly Element[], boxed: boolean): Array<[Element, Element]> {
  const pairs: Array<[Element, Element]> = [];
  for (let i = 0; i + 1 < body.length; i++) {
    const [a, b] = [body[i], body[i + 1]];
    if (a.type !== 'text' || b.type !== 'text' || (boxed ? !a.bbox : a.bbox || b.bbox || a.page !== b.page)) continue;
    const [aText, bText] = [a.text.trim(), b.text.trim()];
    if (aText.length < MIN_CJK_CHARS || !bText || !ENDS_OPEN.test(aText)) continue;
    // the cheap tests first: the text's ends and the boxes, then what kind of text the blocks hold
    const cjk = cjkShare(aText) >= 0.3;
    const how = sentenceGoesOn(aText, bText, cjk);
    if (!how || aText.length < minChars(cjk, how, bText)) continue;
    if (boxed ? !nextLineBelow(a, b, how) : !unboxedGoesOn(aText, bText, how, cjk)) continue;
    if (OPTION_OPENING.test(aText) || opensCaption(aText) || looksLikeCode(bText)) continue;
    // Latin text must read as prose (not a term over its description: "?reverse-depType(pattern), ~R…" | "depType
    // may be …"); CJK prose with paths and brackets in it is often not dense enough in words to say so
    if (cjk ? looksLikeCode(aText) : !looksLikeProse(aText)) continue;
    pairs.push([a, b]);
  }
  return pairs;
}
