// Headings the parser typed as text: a paragraph of one short line that is a heading by its own words.
// Evidence, either of:
// - `promoted-numbered-text`: its numbering is a word form ("Chapter 2", "第三章 …", "Appendix A …",
//   "Article 5", "§ 12", "ĐIỀU 8.", a series "第三章 7.3. …") or continues the document's own heading
//   sequence: the numbered heading the parser typed (or this step took) before it in the same ladder is its
//   predecessor ("7.1" → "7.2", "7.3.2" → "8", "II." → "III."; a plain number after "Chapter 1" only as
//   its child, "1.1", not "2": a footnote), or the one after it is its successor; the
//   parser typed headings in that ladder (a legal text's "第九条 …" paragraphs under "第一章" headings are
//   not), unless an appendix opener ("Appendix A: …" after Roman sections); and no heading typed or taken before carries the same number (a numbered list item "4. …" beside
//   section "4", a running head "CHAPTER 2. MC" after "Chapter 2"); a template's ordinal glued to the section number
//   ("01 5.1. Packaging workflow", "第一章5.1. …") is read by that number where the label restates its last part and no
//   typed heading numbers in series (ordinal-inner.ts, switched by `ordinal-label`);
// - a lettered appendix ("A Advanced packaging") after the last plain-numbered section, its letter the next in the
//   run the titles keep (appendix.ts; `promoted-numbered-text`, then `letter-appendix`);
// - `promoted-outline-text` (with the source PDF): it is the very text of an outline entry on the entry's page
//   (src/pdf/outline.ts gave it the entry's depth), whatever its words; the outline ranks it;
// - `promoted-page-opener`: one short line opening its page, in a document whose typed headings all open theirs
//   (a book's chapters, some typed as text);
// - `promoted-keyword-text`: it is a top keyword alone ("References", "Acknowledgments", "参考文献", "致谢", "謝辞"),
//   in a document with headings; "Abstract" alone only where it opens its page (`promoted-abstract-opener`,
//   abstract-opener.ts: a report's abstract page).
// A caption (MinerU nests a subsection's heading right above a table as the table's caption: "1.5.1 最小脉冲放电截止电压")
// is taken only by a decimal number of two ranks or more, no caption label, that continues the sequence
// (section-captions.ts); the captions stage then leaves it alone, as it does every heading.
// A list item is taken only by a decimal number of two ranks or more that continues the sequence ("5.1" → a list
// item "5.2 A light-weight Visual Table Extractor"), as a numbered text is; or when it stands alone (no list item
// beside it) and the next typed heading of its ladder continues it ("1. Description: the control File", Mistral's
// Markdown list, before the typed "1.1. Dependencies"); or, with the source PDF (`promoted-pdf-list-item`), by any
// number that continues it, the item set in the PDF font (name, size, weight) of the typed headings of its
// numbering's rank, on one line (Mistral OCR's "1. Description: the control File" beside its "2. Configuration
// Scripts"). Never: furniture, the tail of a fragment the text-merge stage joined, more than one line, a sentence
// (its words after the number end in sentence punctuation; a short question or a colon alone does not: "What is
// debmake?", "Configuring PAM:"), longer than a heading, a line ending inside a word ("… the in-": running text,
// "Chapter 4, Installation presented …"), an answer blank or a web address, the words of a heading the parser typed, a text an earlier page carries too (a running head). The weights set its
// confidence; 0 or less switches each kind off.
import type { Element } from '../../model/element.js';
import { trustedPdf } from '../../pdf/trust.js';
import { lettersAndDigits } from '../../text/letter-classes.js';
import { isTopKeyword, type Numbering, parseNumbering } from '../../text/numbering.js';
import type { FurnitureResult, MergeResult } from '../types.js';
import { letterAppendixTexts } from './appendix.js';
import { capsLikeTyped, capsOfRanks } from './capitals.js';
import { openingRules } from './chapter-opener.js';
import { breaksNumberForm, numberFormOf } from './number-form.js';
import { TakenNumbers } from './number-scope.js';
import { sectionNumbering } from './ordinal-inner.js';
import { pageFootIds } from './page-foot.js';
import { pageOpeners } from './page-openers.js';
import { numberedFontTexts } from './pdf-numbered-font.js';
import { outlineFontTexts } from './pdf-outline-font.js';
import { sectionCaption } from './section-captions.js';
import { headingSizeTexts } from './size-promote.js';
import type { HeadingContext } from './types.js';

/** Longest text taken for a heading typed as text. */
const MAX_LENGTH = 100;

/** Top keywords a paragraph may be promoted on (not "Notes", "Contents", "Summary", "Index": labels too). */
const KEYWORD =
  /^(?!abstract\b|notes\b|contents\b|table of contents\b|summary\b|index\b|glossary\b|appendix\b|目\s*[录次])/i;

/** Not a heading's words: an answer blank, a web address, an arrow (a form's question, a footnote). */
const NOT_HEADING = /_{3,}|https?:\/\/|www\.|→/;

/**
 * A line that ends inside a word ("… from the point of view of the in-"): the first line of running text cut at its
 * end, no whole title ("Chapter 4, Installation presented …", a cross-reference opening a paragraph).
 */
const WORD_CUT = /\p{Ll}-$/u;

const notHeading = (text: string) => NOT_HEADING.test(text) || WORD_CUT.test(text);

/** Word forms: a numbering that says it is a heading by its word ("Chapter", "第…章", "Article", "§"). */
export const WORD_FORM =
  /^(?:Part|PART|Teil|Partie|Chapter|CHAPTER|Kapitel|Chapitre|Capítulo|Chương|CHƯƠNG|Appendix|APPENDIX|Annex|ANNEX|Article|ARTICLE|Artikel|ARTIKEL|Artículo|Articolo|Artigo|Điều|ĐIỀU|Art\.|§|第|제|附录|付録)/u;

const HEADING_TYPES = new Set(['title', 'page_title']);

/** An appendix opener: "Appendix A", "APPENDIX B: …", "附录 A", "付録 A". */
const APPENDIX_OPENER = /^(?:Appendix|APPENDIX|Annex|ANNEX|附录|付録)\s*[A-Z\d]/u;

/** Ids of text elements taken for headings, with the feature that took each. */
export function promotedTexts(
  elements: readonly Element[],
  furniture: FurnitureResult,
  textMerges: MergeResult,
  ctx: HeadingContext,
): Map<number, string> {
  const out = new Map<number, string>();
  const numberedOn = ctx.weights['promoted-numbered-text'] > 0;
  const keywordOn = ctx.weights['promoted-keyword-text'] > 0;
  const merged = new Set(textMerges.groups.flatMap((g) => g.slice(1)));
  byOutlineAndPlace(elements, furniture, merged, ctx, out);
  if (!numberedOn && !keywordOn) return out;
  const typed = elements.filter((e) => HEADING_TYPES.has(e.type) && !furniture.kinds.has(e.id));
  if (typed.length === 0) return out;
  const { numbers, worded } = numbersOfTyped(typed);
  const form = ctx.weights['number-form-habit'] > 0 ? numberFormOf(typed, numbers) : undefined; // "1." or "1" (number-form.ts)
  const feet = ctx.weights['page-foot-text'] > 0 ? pageFootIds(elements, furniture) : new Set<number>(); // page-foot.ts
  const pdfFontOfRank = ctx.weights['promoted-pdf-list-item'] > 0 ? fontsOfRanks(typed, numbers) : new Set<string>();
  const sequel = (a: Numbering, b: Numbering) => follows(a, b) && (worded.has(a) === worded.has(b) || b.rank > a.rank);
  // A number is taken once per form: "Chapter 3" and a typed "3.0 source format" are two numbers.
  const keyOf = (n: Numbering) => `${worded.has(n) ? 'word' : 'plain'}:${numberKey(n)}`;
  // …and within its parents, for counters that restart under each (number-scope.ts: "A." under "I." and under "III.").
  const taken = new TakenNumbers([...numbers.values()], keyOf, ctx.weights['restarting-number-scope'] > 0);
  const typedTexts = new Set(typed.map((e) => foldText(e.text)));
  // The page each text (case and spacing folded) first stands on: a later page's copy is a running head.
  const firstPage = new Map<string, number>();
  const byLadder = idsByLadder(numbers);
  // Lettered appendices typed as text ("A Advanced packaging" after "5 …", appendix.ts).
  const letters =
    numberedOn && ctx.weights['letter-appendix'] > 0
      ? appendixLetters(elements, numbers, typed, furniture, merged)
      : new Set<number>();
  const typedCaps = ctx.weights['lone-item-caps'] > 0 ? capsOfRanks(typed, numbers) : undefined; // capitals.ts
  const last = new Map<string, Numbering>(); // the last numbered heading per ladder, typed or promoted
  const opening = openingRules(elements, ctx); // abstract-opener.ts, chapter-opener.ts
  const foldOnce = foldingOnce();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    // Only a text as short as a candidate's is ever looked up: a paragraph is not folded (a tenth of the stage).
    const folded = foldsLonger(el.text, MAX_LENGTH) ? undefined : foldOnce(el.text);
    const firstOn = folded === undefined ? el.page : firstSeen(firstPage, folded, el.page);
    const typedNumber = numbers.get(el.id);
    if (typedNumber) {
      last.set(typedNumber.ladder, typedNumber);
      taken.see(typedNumber);
      continue;
    }
    if (!promotable(el) || furniture.kinds.has(el.id) || merged.has(el.id)) continue;
    const text = el.text.trim();
    if (!text || text.length > MAX_LENGTH || folded === undefined || text.includes('\n') || notHeading(text)) continue;
    if (typedTexts.has(folded) || firstOn < el.page) continue;
    const n = sectionNumbering(text, ctx.weights['ordinal-label'] > 0 && !byLadder.has('series'));
    const { rule, capsItem } = ruleOf(el, text, n, elements, pdfFontOfRank, typedCaps);
    if (!rule) continue;
    if (!n) {
      if (letters.has(el.id)) out.set(el.id, 'headings.promoted-numbered-text');
      else if (keywordOn && isTopKeyword(text) && KEYWORD.test(text)) out.set(el.id, 'headings.promoted-keyword-text');
      else if (opening.abstract(el, i)) out.set(el.id, 'headings.promoted-abstract-opener');
      continue;
    }
    const ids = byLadder.get(n.ladder);
    if (WORD_FORM.test(text)) worded.add(n);
    // An appendix opener ("Appendix A: setup.py") heads the sections' appendices whatever ladder they number in
    // (revtex: "II. MAKEFILE", then "Appendix A: …"); a chapter's number in words opening its page where no typed
    // heading shares its ladder stands alone (chapter-opener.ts).
    const chapter = !ids && opening.chapter(el, i, n);
    const opener = APPENDIX_OPENER.test(text) || chapter;
    if (!numberedOn || (!ids && !opener) || taken.has(n) || isSentence(text, n) || feet.has(el.id)) continue;
    const after = ids ? firstAfter(ids, el.id) : undefined;
    const next = after === undefined ? undefined : numbers.get(after);
    const prev = last.get(n.ladder);
    const fits =
      ((rule !== LONE || capsItem) && (worded.has(n) || (prev && sequel(prev, n)))) || (next && sequel(n, next));
    if (!fits || breaksNumberForm(text, n, form)) continue;
    out.set(el.id, chapter ? 'headings.promoted-chapter-opener' : rule === LONE ? NUMBERED : rule);
    last.set(n.ladder, n);
    taken.take(n);
  }
  return out;
}

/**
 * The typed headings' numberings by id, in reading order, and those written with a word ("Chapter 2"): a plain number
 * after one is its child, never its sibling.
 */
function numbersOfTyped(typed: readonly Element[]) {
  const numbers = new Map<number, Numbering>();
  const worded = new WeakSet<Numbering>();
  for (const e of typed) {
    const n = parseNumbering(e.text);
    if (n) numbers.set(e.id, n);
    if (n && WORD_FORM.test(e.text.trim())) worded.add(n);
  }
  return { numbers, worded };
}

/**
 * `foldText` with each distinct text folded once: running lines, page numbers and labels repeat on every page, and the
 * same folded string is then hashed once where it is looked up.
 */
function foldingOnce(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    const known = folded.get(text);
    if (known !== undefined) return known;
    const f = foldText(text);
    folded.set(text, f);
    return f;
  };
}

/** The page a text was first seen on, recording `page` for one not seen before (one Map lookup for both). */
function firstSeen(firstPage: Map<string, number>, folded: string, page: number): number {
  const seen = firstPage.get(folded);
  if (seen === undefined) firstPage.set(folded, page);
  return seen ?? page;
}

/**
 * Texts promoted by the outline's words or fonts, the font of a numbered kind, or by opening their page (outline, PDF
 * font, page-opener rules).
 */
function byOutlineAndPlace(
  elements: readonly Element[],
  furniture: FurnitureResult,
  merged: Set<number>,
  ctx: HeadingContext,
  out: Map<number, string>,
): void {
  if (ctx.weights['promoted-outline-text'] > 0) outlineTexts(elements, furniture, merged, out);
  if (ctx.weights['promoted-pdf-outline-font'] > 0) outlineFontTexts(elements, furniture, merged, out);
  if (ctx.weights['promoted-pdf-numbered-font'] > 0) numberedFontTexts(elements, furniture, merged, out);
  if (ctx.weights['promoted-page-opener'] > 0) pageOpenerTexts(elements, furniture, merged, out);
  // Boxes as tall as a class of typed headings larger than the body (size-promote.ts), after the PDF's evidence.
  if (ctx.weights['promoted-heading-size'] > 0 && ctx.sizes) {
    headingSizeTexts(elements, ctx.sizes.pages, furniture, merged, ctx.sizes.tolerance, out, ctx.sizes);
  }
}

/** Ids of lettered appendices typed as text (appendix.ts letterAppendixTexts), among the body's elements. */
function appendixLetters(
  elements: readonly Element[],
  numbers: ReadonlyMap<number, Numbering>,
  typed: readonly Element[],
  furniture: FurnitureResult,
  merged: ReadonlySet<number>,
): Set<number> {
  const isBody = (e: Element) => !furniture.kinds.has(e.id) && !merged.has(e.id);
  return letterAppendixTexts(elements, numbers, new Set(typed.map((e) => e.id)), isBody);
}

/** A paragraph, a list item, or a caption opening with a section number and no label (section-captions.ts). */
function promotable(el: Element): boolean {
  if (el.type === 'table_caption' || el.type === 'image_caption') return sectionCaption(el.text.trim());
  return el.type === 'text' || el.type === 'list_item';
}

/**
 * The rule a text or list item may be taken by (LONE: a lone list item of rank 1, which only the next typed heading may
 * vouch for, unless it is in the capitals every typed heading of its rank is set in: `capsItem`, capitals.ts).
 */
function ruleOf(
  el: Element,
  text: string,
  n: Numbering | undefined,
  elements: readonly Element[],
  pdfFontOfRank: ReadonlySet<string>,
  typedCaps: ReadonlyMap<string, boolean> | undefined,
): { rule: string | undefined; capsItem: boolean } {
  if (el.type !== 'list_item') return { rule: NUMBERED, capsItem: false };
  const lone = n?.ladder === 'decimal' && n.rank === 1 && loneItem(elements, el.id);
  const capsItem = n !== undefined && typedCaps !== undefined && capsLikeTyped(text, n, typedCaps);
  return { rule: listItemRule(el, n, pdfFontOfRank) ?? (lone || capsItem ? LONE : undefined), capsItem };
}

/** A list item with no list item before or after it (ids are reading-order positions). */
function loneItem(elements: readonly Element[], id: number): boolean {
  return elements[id - 1]?.type !== 'list_item' && elements[id + 1]?.type !== 'list_item';
}

const NUMBERED = 'headings.promoted-numbered-text';
const PDF_LIST_ITEM = 'headings.promoted-pdf-list-item';
/** A lone list item ("1. Description: the control File", none beside it): only the next typed heading may vouch for it. */
const LONE = 'lone';

/**
 * The rule a list item may be taken by: a section's number of two ranks or more ("5.2 A light-weight …"; a list
 * numbers "1.", "2."), or, with the source PDF, a number set in the very font of the typed headings of its rank.
 */
function listItemRule(el: Element, n: Numbering | undefined, fonts: ReadonlySet<string>): string | undefined {
  if (n?.ladder === 'decimal' && n.rank >= 2) return NUMBERED;
  return n && fonts.has(rankFontKey(el, n) ?? '') ? PDF_LIST_ITEM : undefined;
}

/** The PDF fonts (name, size, weight; one line) of the typed numbered headings, with their ladder and rank. */
function fontsOfRanks(typed: readonly Element[], numbers: ReadonlyMap<number, Numbering>): Set<string> {
  const out = new Set<string>();
  for (const e of typed) {
    const n = numbers.get(e.id);
    const key = n && rankFontKey(e, n);
    if (key) out.add(key);
  }
  return out;
}

/**
 * An element's PDF font (name and size) with its numbering's ladder and rank, when it is one line matched well
 * (≥ 0.8) to the source PDF: a list item "1. Description: the control File" set in the bold body-size font of the
 * typed "2. Configuration Scripts" is that section's sibling the parser typed as a list's item.
 */
function rankFontKey(el: Element, n: Numbering): string | undefined {
  const pdf = trustedPdf(el);
  if (!pdf?.fontName || !pdf.fontSize || pdf.lineCount !== 1) return undefined;
  return `${pdf.fontName}|${pdf.fontSize}|${pdf.bold === true}|${n.ladder}|${n.rank}`;
}

/** Text elements of an outline entry's very text on its page (src/pdf/outline.ts gave them the entry's depth). */
function outlineTexts(
  elements: readonly Element[],
  furniture: FurnitureResult,
  merged: Set<number>,
  out: Map<number, string>,
): void {
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (el.type !== 'text' || el.hints?.outlineLevel === undefined) continue;
    if (!furniture.kinds.has(el.id) && !merged.has(el.id)) out.set(el.id, 'headings.promoted-outline-text');
  }
}

/**
 * Short lines typed as text that open their page, in a document whose typed headings all open theirs (three or
 * more after the first: a book's chapters, the parser typing some of them as text): chapter titles
 * (`promoted-page-opener`). One line that ends no sentence, no list item or command, body text after it on its page.
 */
function pageOpenerTexts(
  elements: readonly Element[],
  furniture: FurnitureResult,
  merged: Set<number>,
  out: Map<number, string>,
): void {
  const kept = (e: Element) => !furniture.kinds.has(e.id) && !merged.has(e.id) && e.text.trim() !== '';
  // the habit first: most documents have none, and then neither the openers nor the body are listed
  const typed = elements.filter((e) => HEADING_TYPES.has(e.type) && kept(e)).slice(1);
  if (typed.length < OPENER_HABIT) return;
  const opens = pageOpeners(elements);
  if (!typed.every((e) => opens.has(e.id))) return;
  const body = elements.filter(kept);
  for (let i = 0; i < body.length - 1; i++) {
    const el = body[i];
    const text = el.text.trim();
    if (el.type !== 'text' || !opens.has(el.id) || out.has(el.id) || text.length > OPENER_LENGTH) continue;
    if (text.includes('\n') || /[.。!?！？:：;；,，、]$/.test(text) || NOT_OPENER.test(text) || NOT_HEADING.test(text))
      continue;
    const next = body[i + 1];
    if (next.page === el.page && next.type === 'text' && next.text.trim().length > text.length) out.set(el.id, OPENER);
  }
}

const OPENER = 'headings.promoted-page-opener';

/** Typed headings (after the first) that must all open their pages before a text opener is taken. */
const OPENER_HABIT = 3;

/** Longest text taken for a chapter title opening its page. */
const OPENER_LENGTH = 40;

/** A list item, a command or a bare number: no chapter title. */
const NOT_OPENER = /^(?:[-•*>$#]|\d+$)|^[^\p{L}]*$/u;

/** The ids of the numbered headings of each ladder, in reading order. */
function idsByLadder(numbers: ReadonlyMap<number, Numbering>): Map<string, number[]> {
  const byLadder = new Map<string, number[]>();
  for (const [id, n] of numbers) {
    const ids = byLadder.get(n.ladder) ?? [];
    ids.push(id);
    byLadder.set(n.ladder, ids);
  }
  return byLadder;
}

function numberKey(n: Numbering): string {
  return `${n.ladder}:${n.rank}:${n.values.join('.')}`;
}

/** Letters and digits only, case folded: the same words whatever their case and spacing. */
export function foldText(text: string): string {
  // Printable ASCII text (most of it) needs no normalizing: the same result, read once per element, faster.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return lettersAndDigits(text.normalize('NFKC').toLowerCase());
}

const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * `foldText(text)` is surely longer than `max`: it keeps more than `max` characters that folding keeps as one
 * letter or digit each (ASCII letters and digits, CJK ideographs, kana), a lower bound of the folded length.
 */
export function foldsLonger(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3041 && c <= 0x3096) ||
      (c >= 0x30a1 && c <= 0x30fa)
    )
      kept++;
    if (kept > max) return true;
  }
  return false;
}

/**
 * The words after the number read as a sentence (a numbered list item, a footnote, an article's body): they
 * end in sentence punctuation, or a sentence ends inside them (after a word: "… command. (recommended)").
 */
function isSentence(text: string, n: Numbering): boolean {
  const rest = text.slice(text.indexOf(n.label) + n.label.length).replace(/^[\s.．:：)）、]+/, '');
  if (rest.length === 0 || /。|\p{L}{2}[.!?]\s+\S/u.test(rest)) return rest.length > 0;
  // A short title may ask or announce ("What is debmake?", "Configuring PAM:"): a question or a colon alone ends no sentence.
  if (/[?？:：]$/.test(rest) && rest.length <= SHORT_TITLE) return false;
  return /[.。!?！？;；,，:：]$/.test(rest);
}

/** Longest words after the number that may end in a question mark or a colon and still be a title. */
const SHORT_TITLE = 40;

/** The first id in an ascending list greater than `id` (binary search). */
function firstAfter(ids: readonly number[], id: number): number | undefined {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] <= id) lo = mid + 1;
    else hi = mid;
  }
  return ids[lo];
}

/**
 * `b` comes right after `a` in one numbering: the same parent and the next value at b's rank
 * ("7.1" → "7.2", "7.3.2" → "8", "2" → "3"), or b opens a's first child ("7" → "7.1", "II." → "A."
 * does not: ranks of the outline ladder compare only at one rank).
 */
export function follows(a: Numbering, b: Numbering): boolean {
  if (a.ladder !== b.ladder) return false;
  if (a.ladder !== 'decimal') return a.rank === b.rank && b.values[0] === a.values[0] + 1;
  const r = b.values.length;
  if (a.values.length < r - 1) return false;
  for (let i = 0; i < r - 1; i++) if (a.values[i] !== b.values[i]) return false;
  return a.values.length >= r ? b.values[r - 1] === a.values[r - 1] + 1 : b.values[r - 1] === 1;
}
