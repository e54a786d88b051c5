// What stands at a break between two text fragments, for the candidate search of the text-merge stage
// (src/stages/text-merge.ts): a long table's continuation note, a subfigure's label, a list line's own marker,
// a table cut over pages, an algorithm (a float), and — without boxes — a word cut where no break is seen.
import { CAPTION_TYPES, TEXT_LIKE } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import {
  ALGORITHM_OPENING,
  CJK_NO_OPENING,
  CLAUSE_PUNCTUATION_OPENING,
  CODE_GOES_ON,
  LEAD_IN_END,
  LONE_BULLET,
} from './patterns.js';
import { ANSWER_BLANK, bracketCarried, DANGLING_WORD, looksLikeCode, looksLikeProse } from './text-kind.js';

/** A long table's note at its cut ("Continued on next page", "— continued from previous page", "续表", "续下页"). */
export const CONTINUED_NOTE =
  /^(?:.{0,40}\bcontinued (?:on|from) (?:the )?(?:next|previous|following) page\)?\.?|\(?continued\)?|续表|續表|[续續][下上][页頁]|次ページ[にへ]続く|前ページからの続き)$/iu;

/**
 * `CONTINUED_NOTE.test(text)`, asked first whether the text holds a word every note holds ("continued": no other
 * letter folds to its letters under /iu; "续", "續" or "ページ"): the note's expression, tried at every length of its
 * free lead-in, took about 120 ms on the 196,000 texts of the 10,000-page bench input, the word test 25.
 */
export function isContinuedNote(text: string): boolean {
  return CONTINUED_NOTE_WORD.test(text) && CONTINUED_NOTE.test(text);
}
const CONTINUED_NOTE_WORD = /continued|[续續]|ページ/i;

/** "(a) Before the change.": a short label line under an image, or under another such label (its sibling). */
const SUBFIGURE_LABEL = /^\([a-z]\)\s+\S.{0,80}$/;

/** The text of a subfigure's label, wherever it stands (dots.ocr types some as a title). */
export function subfigureLabelText(e: Element): boolean {
  return (TEXT_LIKE.has(e.type) || e.type === 'title') && SUBFIGURE_LABEL.test(e.text.trim());
}

export function isSubfigureLabel(body: readonly Element[], i: number): boolean {
  const label = subfigureLabelText;
  if (!label(body[i])) return false;
  // Its siblings may be labels typed as captions ("(b) After." nested with its image) before it.
  let k = i - 1;
  while (k >= 0 && (label(body[k]) || CAPTION_TYPES.has(body[k].type))) k--;
  return body[k]?.type === 'image';
}

/** A lone bullet on the same line as the element before it and just left of it: that line's own marker. */
export function markerBeside(el: Element, before: Element): boolean {
  if (el.page !== before.page || !el.bbox || !before.bbox || !LONE_BULLET.test(el.text.trim())) return false;
  const [, y0, x1, y1] = el.bbox;
  const [bx0, by0, , by1] = before.bbox;
  const overlap = Math.min(y1, by1) - Math.max(y0, by0);
  const height = Math.max(y1 - y0, 1);
  return overlap >= 0.5 * Math.min(height, by1 - by0) && x1 <= bx0 + 1 && bx0 - x1 <= 3 * height;
}

/**
 * Tables among the blocks between on three or more pages: a table that fills a whole page on its way is cut
 * over pages, so it stands in the flow (a float never breaks), and nothing before it runs on after it. Tables on
 * two pages may as well be two floats (note boxes) the paragraph runs around.
 */
export function tableInFlow(between: readonly Element[]): boolean {
  const pages = new Set(between.filter((e) => e.type === 'table').map((e) => e.page));
  return pages.size >= 3;
}

/**
 * Two text blocks without boxes (a column break between them would not be seen): the first ends inside a
 * sentence — on a lower-case word (a closing quote after it too: "… into the “mirror”"), a comma, a hyphen, or a
 * sentence's first word alone ("… applications. Fulfilling") — and the next opens with a plain lower-case word
 * ("… generation of the package" | "information files, …", "… is simply" | "a way of …"): not a formula's letter, a
 * file name or a command ("x ≤ n i" | "debmake is …", "… the package" | "debian/rules …"); not an algorithm's end.
 * In CJK text, the next block opens with a character no sentence opens with (a particle, a small kana, "ン", "ー":
 * "… システムの開発" | "のみを対象に …"), or with full-width punctuation inside or closing a clause ("，它影响 …"). The first may be a list item left on a word no sentence ends with; the next may
 * open with a word that closes a bracket the first left open ("etc.) which …").
 */
export function wordCutUnseen(open: Element, el: Element): boolean {
  return !open.bbox && !el.bbox && textCutsSentence(open, el);
}

/**
 * What wordCutUnseen asks of the text alone: the first block stops where no sentence stops and the next goes on
 * with it. Also asked of two boxed blocks in one column that the parser cut at a line (./parser-split.ts).
 */
export function textCutsSentence(open: Element, el: Element): boolean {
  if (el.type !== 'text') return false;
  const [a, b] = [open.text.trimEnd(), el.text.trim()];
  // A list item left on a word no sentence ends with ("… a portable text file describing the" | "contents of …").
  if (open.type !== 'text' && !(open.type === 'list_item' && DANGLING_WORD.test(a))) return false;
  if (ALGORITHM_OPENING.test(open.text.trimStart())) return false;
  if (CJK_TAIL.test(a) && CJK_NO_OPENING.test(b)) return true;
  // A full-width comma or closing bracket opening the block ("… Modules (MPMs)" | "，它影响 …"): the clause goes on.
  if (CLAUSE_PUNCTUATION_OPENING.test(b)) return true;
  // A CJK paragraph of sentences ends on its stop: running prose that stops on a letter, then CJK text, was cut there
  // ("…当几个 HTTPS 网站需要在" | "相同的服务器上运行时，…").
  if (cjkProseCut(a, b)) return true;
  // A word cut at a hyphen goes on in the next block's first letters, whatever follows them ("orig-" | "targz(1) …").
  if (/\p{L}-$/u.test(a)) return /^\p{Ll}{2,}/u.test(b);
  // A spaced dash left open ("… the first regular user —" | "that will be created …") ends no paragraph either, nor does
  // running prose's semicolon ("… this step is easy;" | "otherwise, …"; a term's line, "RowAlign alignment;", may).
  const end =
    /\s[“‘"']?\p{Ll}{2,}[”’"']?$|\p{L}[”’"')]{0,2},$|\s[—–]$|[.!?]\s+\p{Lu}\p{Ll}+$/u.test(a) ||
    (/\p{L}[”’"')]{0,2};$/u.test(a) && looksLikeProse(a));
  // A bracket left open and closed by the next block ("(e.g. … for France," | "etc.) which are …") is one sentence's.
  // The sentence's last word may come alone with its stop ("… the already installed" | "services. The system …").
  const opening =
    /^(?:\p{Ll}{2,}[,;:.!?]?(?:\s|$)|a\s+\p{Ll})/u.test(b) || (/^\p{Ll}/u.test(b) && bracketCarried(a, b));
  return end && opening;
}

/**
 * CJK running prose (long, mostly CJK, with stops or commas inside it: no heading, label or list entry) that stops on a
 * letter, and CJK text after it: one sentence cut where a column ends ("…当几个 HTTPS 网站需要在" | "相同的服务器上运行时，…").
 */
export function cjkProseCut(a: string, b: string): boolean {
  if (!CJK_TAIL.test(a) || !/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(b)) return false;
  const cjk = a.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu)?.length ?? 0;
  // Short prose needs fewer stops: one comma inside says "sentence" ("还有，要成为 Debian 开发者不一定要创建新" | "软件包。…").
  const stops = a.match(/[。，；！？]/gu)?.length ?? 0;
  return cjk >= a.length * 0.5 && ((a.length >= 60 && stops >= 2) || (a.length >= 20 && stops >= 1));
}

/** A CJK letter ending a block (no stop, comma or colon after it). */
const CJK_TAIL = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;

/** An algorithm's caption line or body ("Algorithm 1 Procedure …", "Require: n ≥ 1 1: i ← 0 …"), as code or text. */
export function isAlgorithm(el: Element): boolean {
  return (el.type === 'code' || TEXT_LIKE.has(el.type)) && ALGORITHM_OPENING.test(el.text.trimStart());
}

/**
 * Without boxes, a listing of several lines and a code block right after it: a column break may cut them. A lone
 * section header ("[DEFAULT]") opens the lines under it, which the next block holds. (A block opening with a shell
 * prompt may be a listing's rest too: IEEEtran sessions cut at the gutter before "$ gbp pq export", Mistral OCR.)
 */
export function unseenListingCut(open: Element, el: Element): boolean {
  const a = open.text.trim();
  return !open.bbox && !el.bbox && (a.includes('\n') || SECTION_HEADER.test(a));
}

/** An INI file's section header alone on its line ("[DEFAULT]", "[import-orig]"). */
const SECTION_HEADER = /^\[\w[\w .:-]*\]$/;

/**
 * Without boxes, two text blocks in a row on one page where a column break may stand unseen: a word cut there, or
 * a listing cut there — both blocks long code-like text (Unstructured flattens a listing's lines), neither a
 * lead-in line ("debian/rules (template file):") nor a form's question, the second opening no prompt of its own
 * (notes out of the flow may stand between); the first may be a lone section header ("[DEFAULT]") over the lines; the
 * second may be the listing's closing line alone ("')", "}").
 */
export function unseenCut(open: Element, el: Element): 'word' | 'listing' | undefined {
  if (!open.bbox && !el.bbox && open.type === 'text' && el.type === 'text' && open.page === el.page) {
    const listing = (t: string) => t.length >= 80 && looksLikeCode(t) && !LEAD_IN_END.test(t) && !ANSWER_BLANK.test(t);
    const [a, b] = [open.text.trim(), el.text.trim()];
    if ((listing(a) || SECTION_HEADER.test(a)) && listing(b) && !/^[$#]\s/.test(b)) return 'listing';
    // A listing's closing line alone ("')", "}"): the rest of the listing before it.
    // (A colon inside its last line is the code's, "myapp_log_t:file read_file_perms;", no lead-in's.)
    const code = a.length >= 80 && looksLikeCode(a) && !/[:：]$/.test(a);
    if (code && b.length <= 20 && CODE_GOES_ON.test(b)) return 'listing';
  }
  return wordCutUnseen(open, el) ? 'word' : undefined;
}
