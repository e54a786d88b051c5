// A page footnote the parser labelled footer: its text opens with a note mark ("* 경제산업조사실 … 입법조사관", the
// author's affiliation note under the first page of a Docling brief; "† Equal contribution") and it repeats on no
// other page. Page footnotes are body (test-samples/gold/README.md, "Furniture"), so the mark weighs against the
// parser's label (`furniture.note-mark`, rule 5 of ../furniture.ts). Precedence: repetition and page numbers decide
// before it (a mark-led line on every page is a running foot); only the parser's label is weighed against it.
import type { Element } from '../../model/element.js';

/** A note mark, then the note's words: "*", "**", "†", "‡", "§", a superscript digit. Not "*)" or a bare mark. */
const NOTE_MARK = /^\s*(?:\*{1,3}|[†‡§¶]|[¹²³⁴⁵⁶⁷⁸⁹])\s*(?=[\p{L}\p{N}])/u;

/** A labelled footer (not a page number) whose text opens with a note mark followed by words. */
export function opensWithNoteMark(el: Element): boolean {
  return el.type === 'footer' && NOTE_MARK.test(el.text);
}
