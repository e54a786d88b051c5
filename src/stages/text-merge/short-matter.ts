// Short lines the reading order puts inside a sentence cut by a break: the authors' names and affiliations of a
// paper's first page read between the halves of a paragraph ("… of binary packages" | "Tomas Reyes" | "Department of
// Computer Science, Example University Springfield, USA" | "and by analyzing their contents."), a label or a running
// line the furniture stage kept. Evidence (text only, so every format has it, with boxes or without): the open
// fragment is running prose cut after a word all in lower case (not a name, a path; not a word no sentence ends with, "the", "of", after
// which a name may be the sentence's own), the lines between are short and carry no punctuation at their end, and
// the first text after them goes on in lower case. In CJK text, a short unpunctuated line ending with an institution's
// word ("陈思远示例大学计算机科学系") between a sentence left open and CJK prose that goes on. Precedence: asked by ./flow.ts after its note and page-number
// rules, only where the paragraph is left open.
import type { Element } from '../../model/element.js';
import { startsLowercase, startsWithListMarker } from '../../text/chars.js';
import { AFFILIATION_WORD, FILE_NAME_START } from './patterns.js';
import { DANGLING_WORD, looksLikeCode, looksLikeProse } from './text-kind.js';

/** A line this long or longer is text of its own, not a name, an affiliation or a label. */
const SHORT_CHARS = 100;

/** An institution's word ending a CJK affiliation line ("…示例大学计算机科学系", "…研究所", "…株式会社"). */
const CJK_INSTITUTION_END = /(?:大学|学院|学部|系|研究所|研究院|研究室|实验室|研究センター|中心|センター|公司|会社)$/u;

/**
 * A CJK affiliation line: short, one line, mostly CJK, no punctuation anywhere, ending with an institution's word
 * ("陈思远示例大学计算机科学系": a name glued to the university and department under a ctexart title).
 */
function isCjkAffiliation(text: string): boolean {
  // the length first: the count of CJK letters is a pass over the text, asked of every text element
  // then the institution's word at its end, before the CJK letters are listed (a match array a text)
  if (text.length > 40 || !CJK_INSTITUTION_END.test(text)) return false;
  const cjk = text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu)?.length ?? 0;
  return cjk >= text.length * 0.6 && !/[。，、；：！？,.;:!?()（）「」“”]/u.test(text);
}

/** A CJK letter (Han, kana). */
const CJK_LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** A short line in title case without punctuation at its end: a name, an affiliation (not a field, a path, code). */
export function isShortMatter(el: Element): boolean {
  if (el.type !== 'text' && el.type !== 'title') return false;
  const text = el.text.trim();
  if (!text.includes('\n') && isCjkAffiliation(text)) return true;
  // Two authors' affiliations side by side run to a longer line ("Department of …, Department of …, Example University
  // Example University Springfield, USA Springfield, USA").
  const most = AFFILIATION_WORD.test(text) ? 2 * SHORT_CHARS : SHORT_CHARS;
  if (!text || text.length >= most || text.includes('\n')) return false;
  // Words in title case from a capital on (no "Label: value" field, no bracket, no path): every longer word
  // capitalised. The words are listed only for a text that passes the three single tests (on the bench input 8 %
  // of the short texts do).
  if (!/^\p{Lu}/u.test(text) || /[.!?:;,。！？：；，、)）"”’-]$/u.test(text) || /[:：[\]{}<>/\\=|]/u.test(text))
    return false;
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return (
    words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w)) && !startsWithListMarker(text) && !looksLikeCode(text)
  );
}

/** The paragraph cut after a word in lower case goes on in lower case past the short lines (`next`: the text after them). */
export function runsPastShortMatter(
  el: Element,
  open: Element,
  next: Element | undefined,
  pastNotice = false,
): boolean {
  if (!next || !isShortMatter(el)) return false;
  const openText = open.text.trimEnd();
  const nextText = next.text.trim();
  // In CJK text, the sentence left open (no stop, comma or colon at its end) goes on in CJK text past the affiliation.
  // Without a box only: with boxes, where the line stands decides (./flow.ts `acrossGutterAbove`; inside the next
  // column above its first block, it is that column's start).
  if (isCjkAffiliation(el.text.trim()))
    return (
      !el.bbox &&
      (open.type === 'text' || open.type === 'list_item') &&
      !/[。！？：；，、.!?:;,]$/u.test(openText) &&
      CJK_LETTER.test(openText) &&
      next.type === 'text' &&
      CJK_LETTER.test(nextText.charAt(0)) &&
      /[。！？]/u.test(nextText)
    );
  return (
    (open.type === 'text' || open.type === 'list_item') &&
    /(?:^|\s)\p{Ll}[\p{Ll}-]*$/u.test(openText) &&
    // (after a publisher's notice the lines are head matter, whatever word the sentence stopped on: "With the" |
    // "Permission to make …" | "Sam O. Kessler" | "Department of …" | "event MPM it also uses …", acmart × Mistral)
    (!DANGLING_WORD.test(openText) || pastNotice) &&
    looksLikeProse(openText) &&
    next.type === 'text' &&
    startsLowercase(nextText) &&
    !FILE_NAME_START.test(nextText) &&
    looksLikeProse(nextText)
  );
}
