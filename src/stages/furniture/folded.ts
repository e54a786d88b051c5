// Headers the parser labelled that are not (only) a running head: a section title folded into the page's header
// after the running head, and, in a document whose headers never repeat, a header in a heading's words.
import type { Element } from '../../model/element.js';
import { normalizeForRepeat } from '../../text/chars.js';
import { splitFoldedHeader } from '../../text/folded-header.js';
import { isTopKeyword, parseNumbering } from '../../text/numbering.js';
import { pageNumberValue } from '../../text/page-number.js';

/**
 * Numbered in a document that numbers its titles ("Chapter V 2.5. …" beside a title "Chapter IV 2.4. …"), or a top
 * keyword ("References") in a document with titles, and no sentence: a heading's words. A masthead's "H.15 …" in a
 * document with no titles is not.
 */
function headingWords(text: string, titleLadders: ReadonlySet<string>): boolean {
  const t = text.trim();
  if (t.includes('\n') || /[.。!?！？;；,，:：]$/.test(t)) return false;
  const n = parseNumbering(t);
  return n ? [...titleLadders].some((l) => l !== '') : titleLadders.size > 0 && isTopKeyword(t);
}

/** The numbering ladders of the document's titles ('' for an unnumbered one). */
export function titleLadders(elements: readonly Element[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (e.type === 'title') out.add(parseNumbering(e.text)?.ladder ?? '');
  }
  return out;
}

/**
 * Headers whose text is another page's whole header (the running head, digits folded) and, a paragraph after it,
 * one line in a heading's words: the section title opening the page, folded in ("Debian 维护者指南\n\n3.1. 电子邮件地址").
 * A line in any words is folded in too where the fold is rare — the bare head stands on twice as many pages as
 * the folded ones, and no other header carries that line ("Customizing the package list\n\nCustomizing the package
 * hierarchy" once in fifteen pages): a running head naming the current section carries its line on most pages.
 */
export function foldedTitleHeaders(headers: readonly Element[], ladders: ReadonlySet<string>): Set<number> {
  const pagesOf = new Map<string, Set<number>>();
  for (const e of headers) {
    const key = normalizeForRepeat(e.text.trim());
    const pages = pagesOf.get(key) ?? new Set<number>();
    pages.add(e.page);
    pagesOf.set(key, pages);
  }
  const folds = headers.flatMap((e) => {
    const folded = splitFoldedHeader(e.text);
    return folded ? [{ e, head: normalizeForRepeat(folded.head), rest: folded.rest }] : [];
  });
  const foldsOf = (head: string) => folds.filter((f) => f.head === head);
  const out = new Set<number>();
  for (const { e, head, rest } of folds) {
    const pages = pagesOf.get(head);
    if (!pages || ![...pages].some((p) => p !== e.page)) continue;
    const rare = () => {
      const same = foldsOf(head);
      const restKey = normalizeForRepeat(rest);
      return (
        pages.size >= 2 * same.length &&
        pageNumberValue(rest) === undefined &&
        !folds.some((f) => f.e !== e && normalizeForRepeat(f.rest) === restKey)
      );
    };
    if (headingWords(rest, ladders) || rare()) out.add(e.id);
  }
  return out;
}

/**
 * In a document whose labelled headers never repeat (it sets no running head), headers in a heading's words that
 * no other element of the document carries: section titles opening their page, not running heads.
 */
export function headingWordHeaders(
  headers: readonly Element[],
  elements: readonly Element[],
  ladders: ReadonlySet<string>,
): Set<number> {
  const out = new Set<number>();
  const candidates = headers.filter((e) => headingWords(e.text, ladders));
  if (candidates.length === 0) return out;
  const fold = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const wanted = new Set(candidates.map((e) => fold(e.text)));
  const count = new Map<string, number>();
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    const k = fold(e.text);
    if (wanted.has(k)) count.set(k, (count.get(k) ?? 0) + 1);
  }
  for (const e of candidates) if (count.get(fold(e.text)) === 1) out.add(e.id);
  return out;
}

/**
 * Headers that are a page number and, a paragraph after it, one line in a heading's words that no title of the
 * document carries ("2\n\nVIII. GIT-BUILDPACKAGE"): the section title opening the page, folded into a running head
 * of bare page numbers: the one header of the document with a line after its number. Where the running heads are
 * a number and the current section's name ("12\n\nCHAPTER 2. INSTALLING" on many pages), none is.
 */
export function numberFoldedHeaders(
  headers: readonly Element[],
  elements: readonly Element[],
  ladders: ReadonlySet<string>,
): Set<number> {
  const out = new Set<number>();
  const numbered = headers.filter((e) => {
    const folded = splitFoldedHeader(e.text);
    return folded !== undefined && pageNumberValue(folded.head) !== undefined;
  });
  // one such header: the running heads are bare numbers; more, and a number with a line after it is their habit
  if (numbered.length !== 1) return out;
  const fold = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const titles = new Set(elements.filter((e) => e.type === 'title').map((e) => fold(e.text)));
  // how many headers hold each line: a running head's section name stands on every page of its section
  const lines = new Map<string, number>();
  for (const e of headers)
    for (const line of new Set(e.text.split('\n').map(fold))) lines.set(line, (lines.get(line) ?? 0) + 1);
  for (const e of numbered) {
    const folded = splitFoldedHeader(e.text)!;
    const rest = fold(folded.rest);
    if (headingWords(folded.rest, ladders) && !titles.has(rest) && lines.get(rest) === 1) out.add(e.id);
  }
  return out;
}
