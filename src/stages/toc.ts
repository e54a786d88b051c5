// Table of contents: where the document lists its own sections (a "Contents" / "目录" page), which
// elements belong to that list, and the level each listed title has there — evidence the headings
// stage uses to demote the entries (`headings.demoted-toc-entry`) and to rank the real headings they
// name (`headings.toc-level`). It decides nothing itself, so it records no decisions or weights.
//
// Evidence, strongest first:
//  1. A contents heading ("Contents", "Table of Contents", "目录", "目次", "目錄", "목차", "Inhalt",
//     "Sommaire", "Índice") opens the list; without one, a run of three or more entry-like elements does
//     when at least three of them are numbered (so that an index or a price list is not taken for one).
//  2. An entry is a short line ending in a page number (arabic or roman), after dot leaders or a space
//     (a bare "Chapter 3" or "Article 12" ends in its own number: no entry).
//     The list runs on while its elements are mostly made of entries — over page breaks, furniture
//     skipped; a short numbered line that lost its page number ("第一章 引言") between entries belongs
//     to it too. It stops at the first element that is neither.
//  3. An entry's level: its numbering ("2.1.3" → 3, "第二章" / "Chapter 2" → 1); an unnumbered entry
//     ("参考文献 54", "Acknowledgements 61") takes the level of the numbered entries at the nearest indent;
//     in a list with no numbers at all, the indents alone rank the entries, left-most first — and so in a list whose
//     numbered entries of one rank all stand right of those of the next rank (ctex-faq: the questions "1 …" – "89 …"
//     set in under the lettered chapters "A 关于 FAQ" and their "G.1 编号"; the plain numbers count, they do not rank).
import type { Element } from '../model/element.js';
import { isBareLabel, parseNumbering } from '../text/numbering.js';
import { minOf } from '../util/arrays.js';
import type { FurnitureResult, StageInput } from './types.js';

export interface TocEntry {
  /** The title as the list gives it, page number and leaders removed. */
  title: string;
  /** 1 = the top level the list shows; undefined when neither numbering nor indent tells. */
  level: number | undefined;
  /** The element the entry was read from. */
  element: number;
}

export interface TableOfContents {
  /** Every element of the list (its heading excluded). */
  elements: Set<number>;
  entries: TocEntry[];
  /** The list's indents overrule its numbers (see `ranksAgainstIndents`): the levels are the indents'. */
  indentsOverNumbering?: boolean;
}

const CONTENTS_HEADING =
  /^(?:contents|table of contents|目\s*录|目\s*次|目\s*錄|목\s*차|차\s*례|inhalt(?:sverzeichnis)?|sommaire|table des matières|índice|indice)[\s:：.]*$/i;
/** "2.1 Methods ........ 12", "Preface iii", "第二章 文献综述 7" — the page number at the end. */
const ENTRY_LINE = /^(.*?\S)\s*(?:[.·…‥_\s]{2,}|\s)\s*(\d{1,4}|[ivxlc]{1,7})$/i;
const MAX_ENTRY_LENGTH = 120;
/** The characters `ENTRY_LINE`'s page number can end with. */
const PAGE_NUMBER_END = new Set([...'0123456789ivxlcIVXLC'].map((c) => c.charCodeAt(0)));
/** Two entries this close in left edge (fraction of the page width) stand at one indent. */
const INDENT_TOLERANCE = 0.012;

/** The title of an entry line, or undefined when the line does not end in a page number. */
export function entryTitle(line: string): string | undefined {
  const t = line.trim();
  // Only a line that ends in a digit or a Roman numeral's letter can end in a page number (most lines are asked).
  if (t.length === 0 || t.length > MAX_ENTRY_LENGTH || !PAGE_NUMBER_END.has(t.charCodeAt(t.length - 1)))
    return undefined;
  if (/^[\d\s.ivxlc]+$/i.test(t)) return undefined;
  // A bare opener or article ("Chapter 3", "Article 12", "第五条") ends in its own number, not a page's.
  if (isBareLabel(t)) return undefined;
  const m = ENTRY_LINE.exec(t);
  return m ? m[1].replace(/[.·…‥_\s]+$/, '') : undefined;
}

/** Text compared between an entry and a heading: NFKC, no spaces, no trailing dots, lower case. */
export function tocKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[.·…‥]+$/, '')
    .toLowerCase();
}

function lines(el: Element): string[] {
  return el.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Most of the element's lines are entries. */
function isEntryBlock(el: Element): boolean {
  if (!el.text.includes('\n') && (el.text.length > MAX_ENTRY_LENGTH + 8 || !/[\divxlc]\s*$/i.test(el.text)))
    return false;
  const ls = lines(el);
  return ls.length > 0 && ls.filter((l) => entryTitle(l) !== undefined).length * 2 >= ls.length;
}

/** A short numbered line without a page number, as a list may show a chapter line. */
function isNumberedLine(el: Element): boolean {
  const t = el.text.trim();
  return !t.includes('\n') && t.length <= 60 && parseNumbering(t) !== undefined;
}

const LISTABLE = new Set(['text', 'title', 'list_item', 'page_title']);

export function findTableOfContents({ doc }: StageInput, furniture: FurnitureResult): TableOfContents {
  const body = doc.elements.filter((e) => !furniture.kinds.has(e.id));
  const members = findListed(body);
  const listed = body.filter((e) => members.has(e.id));
  const entries = readEntries(listed);
  const indentsOverNumbering = levelByIndent(entries, listed, doc.elements);
  // Levels start at 1 ("Part" entries are rank 0).
  const known = entries.map((e) => e.level).filter((l): l is number => l !== undefined);
  const shift = known.length ? minOf(known) - 1 : 0;
  for (const entry of entries) if (entry.level !== undefined) entry.level -= shift;
  return indentsOverNumbering ? { elements: members, entries, indentsOverNumbering } : { elements: members, entries };
}

/** Evidence 1 and 2: the elements of every contents list in the body (furniture left out). */
function findListed(body: readonly Element[]): Set<number> {
  const members = new Set<number>();
  // Whether an element continues a run depends on it and its successor only, so every start inside a run
  // ends where the run ends: each run is read once, with a count of its numbered elements up to each point
  // (re-reading it from every start was quadratic in the run's length).
  let runStart = 0;
  let runEnd = -1;
  let numberedBefore: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const headed = CONTENTS_HEADING.test(body[i].text.trim());
    const start = headed ? i + 1 : i;
    if (start > runEnd) {
      runStart = start;
      runEnd = start;
      numberedBefore = [0];
      while (runEnd < body.length && LISTABLE.has(body[runEnd].type)) {
        const next = body[runEnd + 1];
        if (!isEntryBlock(body[runEnd]) && !(isNumberedLine(body[runEnd]) && next && isEntryBlock(next))) break;
        const numbered = parseNumbering(body[runEnd].text.trim()) !== undefined;
        numberedBefore.push(numberedBefore[numberedBefore.length - 1] + (numbered ? 1 : 0));
        runEnd++;
      }
    }
    const end = runEnd;
    const entryCount = end - start;
    // Without a contents heading, numbered entries tell a contents list from an index or a price list.
    const numbered = numberedBefore[end - runStart] - numberedBefore[start - runStart];
    if ((headed && entryCount >= 2) || (entryCount >= 3 && numbered >= 3)) {
      for (let k = start; k < end; k++) members.add(body[k].id);
      i = end - 1;
    }
  }
  return members;
}

/** Evidence 3, numbering: the entries of the listed elements, levelled by their decimal rank. */
function readEntries(listed: readonly Element[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const el of listed) {
    for (const line of lines(el)) {
      const title = entryTitle(line) ?? (line.length <= 60 && parseNumbering(line) ? line : undefined);
      if (!title) continue;
      const numbering = parseNumbering(title);
      const level = numbering?.ladder === 'decimal' ? numbering.rank : undefined;
      entries.push({ title, level, element: el.id });
    }
  }
  return entries;
}

/** Every numbered entry of some rank stands right of every one of the next rank: the numbers do not rank the list. */
function ranksAgainstIndents(indentsOfLevel: Map<number, number[]>): boolean {
  const levels = [...indentsOfLevel.keys()].sort((a, b) => a - b);
  return levels.some(
    (l, i) =>
      i > 0 && minOf(indentsOfLevel.get(levels[i - 1])!) > Math.max(...indentsOfLevel.get(l)!) + INDENT_TOLERANCE,
  );
}

/**
 * Evidence 3, indent: unnumbered entries take the level of the numbered entries standing at the same
 * indent (an element's left edge; counted only for elements whose entries all share one level). Returns true
 * when the indents overrule the numbers (`ranksAgainstIndents`) and alone rank every entry.
 */
function levelByIndent(entries: TocEntry[], listed: readonly Element[], elements: readonly Element[]): boolean {
  const indentsOfLevel = new Map<number, number[]>();
  const entriesOf = new Map<number, TocEntry[]>();
  for (const entry of entries) {
    const own = entriesOf.get(entry.element);
    if (own) own.push(entry);
    else entriesOf.set(entry.element, [entry]);
  }
  for (const el of listed) {
    const own = entriesOf.get(el.id) ?? [];
    const level = own[0]?.level;
    if (!el.bbox || level === undefined || own.some((e) => e.level !== level)) continue;
    const xs = indentsOfLevel.get(level);
    if (xs) xs.push(el.bbox[0]);
    else indentsOfLevel.set(level, [el.bbox[0]]);
  }
  const overruled = ranksAgainstIndents(indentsOfLevel);
  if (overruled) {
    indentsOfLevel.clear();
    for (const entry of entries) entry.level = undefined;
  }
  if (indentsOfLevel.size === 0) {
    // Nothing numbered: the indents alone rank the entries, left-most first.
    const xs = listed.filter((el) => el.bbox).map((el) => el.bbox![0]);
    for (const x of [...xs].sort((a, b) => a - b)) {
      const last = [...indentsOfLevel.values()].at(-1);
      if (last && x - last[0] <= INDENT_TOLERANCE) last.push(x);
      else indentsOfLevel.set(indentsOfLevel.size + 1, [x]);
    }
  }
  for (const entry of entries) {
    const el = elements[entry.element];
    if (entry.level !== undefined || !el.bbox) continue;
    const x = el.bbox[0];
    let best: { level: number; distance: number } | undefined;
    for (const [level, xs] of indentsOfLevel) {
      const distance = minOf(xs.map((v) => Math.abs(v - x)));
      if (distance <= INDENT_TOLERANCE && (!best || distance < best.distance)) best = { level, distance };
    }
    entry.level = best?.level;
  }
  return overruled;
}
