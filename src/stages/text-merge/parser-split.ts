// A paragraph the parser split inside a column: two text blocks, the second right under the first in the same
// column, cut at a line where nothing ends ("… tại thời điểm Người được bảo hiểm tử vong" | "trừ Khoản nợ …"). Layout
// models do this on real pages (DeepSeek-OCR, PP-Structure, Docling); the hand-checked sets merge such parts
// (test-samples/gold/README.md, "Merges"), and so does the corpora's `--para-habits` data. No page or column break
// stands between the two, so the candidate search of the stage (which keeps the parser's own splits) never sees them.
// Evidence, all needed (a strong pair, judged before the breaks):
//  - the text (sentenceGoesOn below): the first block ends no sentence or clause and the next goes on in lower case,
//    or the first stops on a comma, a hyphen or a word no sentence ends with, or CJK text goes on after a letter; the
//    next opens no list marker or number of its own; the first is prose of some length, not a caption, a label or
//    an option's names over their description; the second no code (no listing under its caption, "Example 12.2. …");
//  - the boxes: the same page, the second under the first by no more than a line's height (a display equation the
//    parser left out leaves more room), left edges aligned (a paragraph's next line starts at its column's edge), the
//    first reaching as far right as the second, its last line as far as its others where line boxes tell (the line
//    before the cut is full: a title over its paragraph is not).
// Precedence: after the parser's own merges and the heading/opener pairs; the pair's second block is then settled.
import { overlapsHorizontally } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';
import { FILE_NAME_START, hasFormulaTail } from './patterns.js';
import { cjkShare, DANGLING_WORD, looksLikeCode, looksLikeProse, opensCaption } from './text-kind.js';

/** The judge's feature, rule and reason for these pairs (src/stages/text-merge.ts: strong evidence, judged first). */
export const PARSER_SPLIT = {
  feature: 'parser-split',
  rule: 'text-merge.parser-split',
  why: 'the parser cut a paragraph inside its column: the next block right under it goes on with its sentence',
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
/**
 * A block left open stops on a letter, a closing quote, a comma or a dash — not on a formula's symbol, a number or a
 * bracket ("… 𝛼 > 0" | "(pattern)", "… (see Section 5.6)" | "debian/control").
 */
const ENDS_OPEN = /[\p{L},，、\-–—]["'”’]?$/u;
/** A sentence's or clause's end, closing quotes and brackets after it. */
const STOP_END = /[.!?:;。！？：；…]["'”’)\]」』）]*$/u;
/** A list entry's marker, a heading's number or a clause's label ("第十八条") opening the next block: a block of its own. */
const OWN_OPENING =
  /^(?:[•◦▪‣·*■□➢►-]\s|\(?\d{1,3}[.)]\s|\p{Lu}[.)]\s|\(?(?:\p{Ll}|[ivxlc]{1,5})\)\s|\d+(?:\.\d+)+\s|第[0-9０-９一二三四五六七八九十百千]+[条條章节節款项項])/u;

/**
 * How the text says the sentence goes on: `plainly` (the next block's opening is the sentence's own), `closely` (only
 * where the next block stands as close as a paragraph's next line: a capital after "… to display the" may open a note
 * set at the column's foot, "Authors’ addresses: …"), or not at all.
 */
type GoesOn = 'plainly' | 'closely' | false;

/**
 * The text says the sentence goes on: the first block ends no sentence or clause, and the next opens in lower case
 * ("… without the upstream" | "tarball."), or the first stops on a comma, a hyphen or a word no sentence ends with
 * ("… If Fail2Ban detects five failed login attempts within" | "10 minutes, …"; "… by the" | "/etc/…"), or, in CJK
 * text, the first stops on a letter or a comma, not a stop ("… 我们只关注打包的" | "技术方面。…"). The geometry has
 * ruled out a title or a list over its first entry; a capital after a word a sentence may end with decides nothing.
 */
function sentenceGoesOn(aText: string, bText: string, cjk: boolean): GoesOn {
  // (The caller has seen the first stop on a letter, a closing quote, a comma or a dash: ENDS_OPEN.) A formula glued
  // after a sentence's stop ("… the upstream version. x ≤ n i") ends that sentence; a paragraph keeps its script.
  if (STOP_END.test(aText) || OWN_OPENING.test(bText)) return false;
  if (hasFormulaTail(aText) || cjk !== cjkShare(bText) >= 0.3) return false;
  // CJK prose stops only on its stops: a full line ending on a letter or a comma goes on (in CJK or a Latin name)
  if (cjk) return /^\p{L}/u.test(bText) && 'plainly';
  // a word alone with no stop is a term over its description ("… of binary packages" | "deb-src")
  if (!/\s/.test(bText) && !/[.!?,;:)]$/.test(bText)) return false;
  // lower case goes on after a word ending in lower case (an address's "USA" or a heading's "FAQ" over a paragraph
  // ends a block), unless it is a file name's ("… usr/bin" | "debian/manpages (maintainer version):")
  if (/\p{L}\p{Ll}["'”’]?$/u.test(aText) && /^[“‘"'(]?(?:\p{Ll}{2,}|a\s)/u.test(bText) && !FILE_NAME_START.test(bText))
    return 'plainly';
  // a word cut at its hyphen goes on in lower case; after a comma, a dash or a word no sentence ends with, a name,
  // a number or a path may come ("… within" | "10 minutes, …")
  if (/\p{L}-$/u.test(aText)) return /^\p{Ll}/u.test(bText) && 'plainly';
  return (/[,–—]$/u.test(aText) || DANGLING_WORD.test(aText)) && /^[“‘"'(/\p{L}\p{N}]/u.test(bText) && 'closely';
}

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

/** `b` stands right under `a` in its column, as the next line of one paragraph. */
function nextLineBelow(a: Element, b: Element, how: 'plainly' | 'closely'): boolean {
  if (!a.bbox || !b.bbox || a.page !== b.page) return false;
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
  return aligned && a.bbox[2] >= b.bbox[2] - RAGGED && overlapsHorizontally(a, b, 0.5);
}

/** The pairs [first part, next part] of paragraphs the parser split inside a column, in reading order. */
export function parserSplits(body: readonly Element[]): Array<[Element, Element]> {
  const pairs: Array<[Element, Element]> = [];
  for (let i = 0; i + 1 < body.length; i++) {
    const [a, b] = [body[i], body[i + 1]];
    if (a.type !== 'text' || b.type !== 'text') continue;
    const [aText, bText] = [a.text.trim(), b.text.trim()];
    if (aText.length < MIN_CJK_CHARS || !bText || !ENDS_OPEN.test(aText)) continue;
    // the cheap tests first: the text's ends and the boxes, then what kind of text the blocks hold
    const cjk = cjkShare(aText) >= 0.3;
    if (aText.length < (cjk ? MIN_CJK_CHARS : MIN_CHARS)) continue;
    const how = sentenceGoesOn(aText, bText, cjk);
    if (!how || !nextLineBelow(a, b, how)) continue;
    if (OPTION_OPENING.test(aText) || opensCaption(aText) || looksLikeCode(bText)) continue;
    // Latin text must read as prose (not a term over its description: "?reverse-depType(pattern), ~R…" | "depType
    // may be …"); CJK prose with paths and brackets in it is often not dense enough in words to say so
    if (cjk ? looksLikeCode(aText) : !looksLikeProse(aText)) continue;
    pairs.push([a, b]);
  }
  return pairs;
}
