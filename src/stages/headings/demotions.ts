// Why a title the parser gave is not a heading, read from its text alone: one piece of evidence per
// kind, checked in order of precedence, the first that applies deciding (its feature id names it; the
// rule id is the one the decision has always carried).
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';
import { endsSentence } from '../../text/chars.js';
import type { Numbering } from '../../text/numbering.js';
import { isAuthorLine } from './authors.js';
import { isParenthesizedNote } from './parenthesized.js';

export interface Demotion {
  rule: string;
  /** `headings.demoted-…`: the evidence, a key of the headings weights. */
  feature: string;
  /** The sentence after "not a heading: ". */
  message: string;
}

const demotion = (rule: string, feature: string, message: string): Demotion => ({
  rule: `headings.${rule}`,
  feature: `headings.demoted-${feature}`,
  message,
});

/** One letter of an alphabetic script ("A", "x", "Ö", "Ж"); a single CJK character can be a word ("序"). */
const LONE_LETTER = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;

export function textDemotion(el: Element, numbering: Numbering | undefined, maxLength: number): Demotion | undefined {
  const text = el.text.trim();
  if (!text) return demotion('empty', 'empty', 'the title is empty');
  if (!/[\p{L}\p{N}]/u.test(text)) return demotion('no-words', 'no-words', 'the title has no letters or digits');
  // Without coordinates (Unstructured without boxes) a lone letter typed Title is a scrap of a figure, a logo or the
  // arXiv stamp, never a heading: no box lets inside.ts find the figure it stands in.
  if (!el.bbox && !numbering && LONE_LETTER.test(text))
    return demotion('no-words', 'letter-scrap', `"${text}" is a lone letter without a box (a figure's or logo's)`);
  if (/^[\d\s.,:;/-]+$/.test(text) && !numbering)
    return demotion('bare-number', 'bare-number', 'the title is a bare number');
  if (text.length > maxLength && !numbering)
    return demotion('too-long', 'too-long', `the title is ${text.length} characters long`);
  // "(a) Before the change." / "(b) 変更後。": the caption of a subfigure, a letter and a sentence.
  if (numbering?.ladder === 'outline' && /^\([a-z]\)/.test(text) && endsSentence(text))
    return demotion('caption-label', 'subfigure-caption', `"${text.slice(0, 30)}" is a subfigure's caption`);
  // "… (continued)", "…（续）", "… (tiếp theo)": a section's title repeated at the top of the next page.
  if (CONTINUED.test(text)) return demotion('continued', 'continued', 'a running head repeating a title "(continued)"');
  // "Continued on next page": a long table's continuation line (LaTeX longtable), no title.
  if (CONTINUED_LINE.test(text)) return demotion('continued', 'continued', "a long table's continuation line");
  const label = parseCaptionLabel(text);
  if (label) return demotion('caption-label', 'caption-label', `"${text.slice(0, 30)}" is a ${label.kind} label`);
  if (!numbering && isParenthesizedNote(text))
    return demotion('note', 'parenthesized', 'the title is a note in brackets');
  // A numbered title may be a question (an FAQ's "5.3. How can I …?"); unnumbered, a long sentence is body text.
  if (text.length > 80 && endsSentence(text) && (!numbering || text.length > 200))
    return demotion('sentence', 'sentence', 'the title reads as a sentence');
  if (/^[-?~$#@!*+=<>|]/.test(text) || /^[\w.-]+(?:::[\w.-]+)+$/u.test(text)) {
    const message = 'a command-line option, configuration key or search term, not a heading';
    return demotion('term', 'option-term', message);
  }
  // "Height height;", "ColExpand true|false;": a statement of a configuration or program's syntax ends in a semicolon,
  // a heading never does.
  if (!numbering && /;\s*$/.test(text))
    return demotion('term', 'statement', 'a statement ending in a semicolon (configuration or code), not a heading');
  if (!numbering && ADMONITION.test(text))
    return demotion('admonition', 'admonition', `"${text.split(/\s/)[0]}" marks a note or sidebar title`);
  if (!numbering && ADMONITION_LABEL.test(text))
    return demotion('admonition', 'note-label', `"${text}" is the label of a note`);
  // One lower-case word ("partman", "postinst", "fdisk"), or a few after commas ("hold, unhold, keep"), a term's
  // brackets and signs in it ("tag[(facet)]", "package&BD"): a command, file or option name heading a definition.
  if (!numbering && LOWERCASE_TERMS.test(text))
    return demotion('term', 'lowercase-name', 'a lower-case name, not a heading');
  return undefined;
}

/**
 * Lower-case names: a word opening in lower case, with a term's signs and bracketed options ("tag[(facet)]"), one or
 * a few after commas. Not a bare call form ("open(path)"): an API reference heads its sections so, and only the
 * source PDF's type size tells it from a term (pdf-term.ts).
 */
const LOWERCASE_NAME = String.raw`\p{Ll}[\w./+&=-]*(?:\[[^\]\s]*\][\w./+&=-]*)*`;
const LOWERCASE_TERMS = new RegExp(`^${LOWERCASE_NAME}(?:,\\s*${LOWERCASE_NAME})*$`, 'u');

/** A sidebar's or note's title by its label in capitals before mixed-case text ("NOTE Disks and cluster sizes"). */
export const isSidebarTitle = (text: string): boolean => ADMONITION.test(text);

/**
 * Note and sidebar titles: a capitalized label before mixed-case text ("NOTE …", "TIP …", "BACK TO
 * BASICS …", "VOCABULARY …"): a common admonition word, two or more capitalized words, or one of six
 * letters or more (shorter ones are often acronyms: "API Reference", "HTTP Headers"); in CJK text, a
 * two-to-four-character label and a space (CJK headings put no space there unless numbered).
 */
const LATIN_LABEL = String.raw`^(?:(?:NOTE|NOTES|TIP|TIPS|HINT|WARNING|CAUTION|IMPORTANT|DANGER|ATTENTION|REMARK|SIDEBAR|TOOL|TOOLS)|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3}|[A-Z]{6,})\s+(?=.*[\p{Ll}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])`;
// …or a short CJK label and a space before the title proper ("注意 …", "文化 …", "ヒント …").
// (the title itself in CJK too: a bilingual heading such as "术语定义 Terms and Definitions" stays; a colon after
// the label makes it a heading's topic, "不相容性: 中断字段", as its numbered siblings write "1.2 冲突：冲突字段").
const CJK_LABEL = String.raw`^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,4}\s+\S.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
const ADMONITION = new RegExp(`${LATIN_LABEL}|${CJK_LABEL}`, 'u');
const LATIN_ADMONITION = new RegExp(LATIN_LABEL, 'u');
const CJK_ADMONITION = new RegExp(CJK_LABEL, 'u');

/**
 * A CJK title taken for a note's by its first word and a space alone ("使用 debconf 来配置" read as "注意 …" is): that
 * space may be the one CJK text sets around a Latin word, so where the document's headings stand as this title does,
 * their habit keeps it (standalone-habit.ts). Not a label in capitals ("NOTE …", "TIP …").
 */
export const isCjkLabelOnly = (text: string): boolean =>
  CJK_ADMONITION.test(text.trim()) && !LATIN_ADMONITION.test(text.trim());

/** A note's label standing alone ("Note", "Warning", "注意", "重要", "ヒント"). */
const ADMONITION_LABEL =
  /^(?:note|tip|hint|warning|caution|important|danger|attention|remark|注意|注记|注記|注|重要|警告|提示|小贴士|备注|ヒント|メモ|참고|주의|경고)[\s:：.!！]*$/iu;

/** A title marked as continued from an earlier page, in the languages the corpora and samples use. */
const CONTINUED =
  /[(（[]\s*(?:continued|cont(?:'d|\.)?|suite|fortsetzung|forts\.|continuación|continua(?:ção|zione)|vervolg|ti[eếê]?p theo|续|續|接上页|続き|続く|계속)\s*[)）\]]\s*[.:：]?$/iu;

/** A long table's continuation line alone: "Continued on next page", "(Continued from previous page)". */
const CONTINUED_LINE =
  /^[(（]?\s*continued\s+(?:on|from)\s+(?:the\s+)?(?:next|previous|following|preceding)\s+page\s*[)）]?[.:]?$/i;

/** A title ending in a page number: "2.1 理论基础 7", "Methods ........ 12", "Preface  iii". */
export const TOC_ENTRY = /(?:[.·…‥]{2,}|\s)\s*(?:\d{1,4}|[ivxlc]{1,6})$/i;
export const LEADERS = /[.·…‥]{3,}\s*(?:\d{1,4}|[ivxlc]{1,6})$/i;

/** What its text (or, for an author's name, the line after it) says against a title; none for an outline entry's. */
export function demotionOf(
  el: Element,
  numbering: Numbering | undefined,
  next: Element | undefined,
  firstPage: number,
  maxLength: number,
): Demotion | undefined {
  if (el.hints?.outlineLevel !== undefined) return undefined;
  return textDemotion(el, numbering, maxLength) ?? (isAuthorLine(el, numbering, next, firstPage) ? AUTHOR : undefined);
}

/** An author's name typed as a title (authors.ts). */
const AUTHOR = {
  rule: 'headings.author',
  feature: 'headings.demoted-author',
  message: "an author's name over the author's e-mail address",
};

/**
 * A layout-only input (MinerU's model.json read without OCR: formulas recognised, no text) has no text in any title
 * or text block: its titles are all there is of its outline, and an empty title says nothing against itself there.
 */
export function isLayoutOnly(elements: readonly Element[]): boolean {
  return !elements.some(
    (e) => (e.type === 'text' || e.type === 'title' || e.type === 'page_title') && e.text.trim() !== '',
  );
}
