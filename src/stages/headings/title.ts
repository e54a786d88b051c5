// The document title: the first heading, unnumbered, near the top of an early page, when the parser
// says so (a document-title label, or its level hint above every other heading's: `title-parser-level`),
// or when it is the only heading of the largest size, or when numbered or keyword sections follow it (a
// paper's title before "Abstract" and "1 Introduction"), or when the next heading is the abstract, on its page
// (`title-before-abstract`) or its paragraph is (`title-over-abstract-text`, abstract-below.ts), or when it is a preface whose only later headings are its end matter
// (`title-preface-alone`). Never when the source PDF's outline (bookmarks) sets a
// later heading at its depth.
import type { Element } from '../../model/element.js';
import { trustedPdf } from '../../pdf/trust.js';
import type { FurnitureResult } from '../types.js';
import { abstractTextBelow } from './abstract-below.js';
import { COVER_FORM_TITLE } from './cover-form.js';
import { isNumberApart, NUMBER_APART } from './number-apart.js';
import type { Candidate } from './types.js';

export function findDocumentTitle(
  kept: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  parserTop = true,
  beforeAbstract = true,
  prefaceAlone = true,
  overAbstract = true,
): Candidate | undefined {
  const first = kept[0];
  // A blank title (its words lost) names nothing.
  if (!first || first.el.page > 2 || !first.el.text.trim()) return undefined;
  // The source PDF's outline sets a later heading at its depth or above: it heads a section, as they do.
  const depth = first.el.hints?.outlineLevel;
  if (depth !== undefined && kept.some((c) => c !== first && (c.el.hints?.outlineLevel ?? depth + 1) <= depth))
    return undefined;
  // A numbered first heading ("Chapter 7. Tips") names the document only alone on its cover page and
  // with no sibling in its numbering after it: the document is that one chapter.
  if (first.numbering) {
    const n = first.numbering;
    const sibling = kept.some((c) => c !== first && c.numbering?.ladder === n.ladder && c.numbering.rank === n.rank);
    return !sibling && kept.length > 1 && coverTitle(first, kept[1], elements, furniture) ? first : undefined;
  }
  if (first.evidence?.includes(COVER_FORM_TITLE)) return first; // a cover form's title field (cover-form.ts)
  const labelled = kept.filter((c) => c.el.hints?.documentTitle);
  if (first.el.hints?.documentTitle && labelled.length <= 2 && !first.keyword) return first;
  const others = kept.slice(1);
  if (others.length === 0) return undefined;
  // The parser set it alone at its top level: every later heading has a deeper level hint (MinerU 2's title
  // level 1 over sections at 2, Marker's h1 over h2), whatever the sizes say (amsart sets both alike).
  if (parserTop && !first.keyword && parserLevelTop(first, others)) {
    first.evidence = [...(first.evidence ?? []), 'headings.title-parser-level'];
    return first;
  }
  const largestAlone = first.sizeClass === 0 && others.every((c) => c.sizeClass !== undefined && c.sizeClass > 0);
  // A keyword heading ("Foreword", "Preface") is the title of a document that is that part alone, when
  // it stands larger than every heading after it; otherwise it is one of the top sections.
  if (first.keyword && largestAlone && others.some((c) => c.numbering)) return first;
  // A preface (foreword) whose only later headings are its end matter (Acknowledgments, References): the document
  // is that preface alone, titled by it (`title-preface-alone`).
  if (first.keyword && prefaceAlone && PREFACE.test(first.el.text.trim())) {
    if (!others.every((c) => END_MATTER.test(c.el.text.trim()) && c.el.page > first.el.page)) return undefined;
    first.evidence = [...(first.evidence ?? []), 'headings.title-preface-alone'];
    return first;
  }
  if (first.keyword) return undefined;
  // Body before it on its page; scraps of a word or a number (a margin stamp the parser read letter by letter,
  // "arX1V", "2021", "v") are not body a title could follow.
  const bodyBefore = elements.filter(
    (e) => e.page === first.el.page && e.id < first.el.id && !furniture.kinds.has(e.id) && !isScrap(e.text),
  ).length;
  // A first heading whose size recurs later is the first of a series (a chapter), not the title.
  // Only an unnumbered heading can continue an unnumbered first one's series: when every later heading
  // of its size is numbered or a keyword (amsart sets title and sections alike), or nearly every one (an
  // unnumbered heading or two among a dozen numbered sections of that size), it stands alone.
  const sameSize = others.filter((c) => first.sizeClass !== undefined && c.sizeClass === first.sizeClass);
  // With the source PDF, a heading of that size in another font is another kind (amsart: the bold capitals of the
  // title, the small capitals of its unnumbered sections, both at the body size): it continues no series of the first.
  const font = pdfFontName(first);
  const unnumbered = sameSize.filter(
    (c) => !c.numbering && !c.keyword && (!font || !pdfFontName(c) || pdfFontName(c) === font),
  ).length;
  const sizeRecurs = unnumbered > 0 && unnumbered * 4 > sameSize.length - unnumbered;
  const sectionsFollow = !sizeRecurs && others.some((c) => c.numbering || c.keyword);
  const cover = bodyBefore <= 3 && coverTitle(first, others[0], elements, furniture);
  if (largestAlone || (sectionsFollow && bodyBefore <= 3) || cover) return first;
  // The next heading is the abstract, on the same page: a paper's title above its abstract, whatever the sizes
  // say (a wrapped section title's box can measure as large as the title's).
  if (
    beforeAbstract &&
    bodyBefore <= 3 &&
    others[0].el.page === first.el.page &&
    ABSTRACT.test(others[0].el.text.trim())
  ) {
    first.evidence = [...(first.evidence ?? []), 'headings.title-before-abstract'];
    return first;
  }
  if (!overAbstract || bodyBefore > 3) return undefined;
  return abstractTextBelow(first, others[0], elements, furniture) ? first : undefined;
}

/** A short fragment of one word: under a dozen characters, no space inside. */
function isScrap(text: string): boolean {
  const t = text.trim();
  return t.length < 12 && !/\s/.test(t);
}

/** A preface's heading ("Preface", "Foreword", "前言", "序言", "まえがき"). */
const PREFACE = /^(?:preface|foreword|前\s*言|序\s*言|まえがき)[\s:：.]*$/i;

/** The end matter of a part: acknowledgments, references, bibliography, index. */
const END_MATTER = /^(?:acknowledge?ments?|references|bibliography|index|致\s*谢|参考文献|謝\s*辞|索\s*引)[\s:：.]*$/i;

/** An abstract's heading ("Abstract", "摘要", "要旨"); not "概要", a Japanese manual page's synopsis as well. */
const ABSTRACT = /^(?:abstract|summary|摘\s*要|要\s*旨|요\s*약)[\s:：.]*$/i;

/**
 * The first heading has a level hint and every other heading that has one (most do; a heading typed as text
 * has none) a deeper one.
 */
function parserLevelTop(first: Candidate, others: Candidate[]): boolean {
  const top = first.hint;
  const hinted = others.filter((c) => c.hint !== undefined);
  return top !== undefined && hinted.length * 2 > others.length && hinted.every((c) => c.hint! > top);
}

/** Whether the first heading stands on a cover page; if so its title decision names that evidence. */
function coverTitle(first: Candidate, next: Candidate, elements: readonly Element[], furniture: FurnitureResult) {
  if (!isCoverPage(first, next, elements, furniture)) return false;
  first.evidence = [...(first.evidence ?? []), 'headings.title-cover-page'];
  return true;
}

/**
 * A cover page: the first heading shares its page with no other heading and with a few short lines
 * only (authors, affiliation, date), and the next heading opens a later page. Whatever its size, such
 * a heading names the whole document: the chapters after it are not its siblings.
 */
function isCoverPage(
  first: Candidate,
  next: Candidate,
  elements: readonly Element[],
  furniture: FurnitureResult,
): boolean {
  if (next.el.page <= first.el.page) return false;
  // the title's own number set apart beside it (number-apart.ts) is no other heading
  const numbered = first.evidence?.includes(NUMBER_APART) === true;
  const rest = elements.filter(
    (e) =>
      e.page === first.el.page &&
      e.id !== first.el.id &&
      !furniture.kinds.has(e.id) &&
      e.text.trim() !== '' &&
      !(numbered && isNumberApart(e, first.el)),
  );
  const chars = rest.reduce((n, e) => n + e.text.trim().length, 0);
  return (
    rest.length <= COVER_LINES && chars <= COVER_CHARS && rest.every((e) => e.type !== 'title' && e.type !== 'table')
  );
}

/** At most this many other blocks, and this many characters in them, on a cover page. */
const COVER_LINES = 6;
const COVER_CHARS = 400;

/** A heading's font name in the source PDF, when its text matched its PDF lines well (`hints.pdf`). */
function pdfFontName(c: Candidate): string | undefined {
  return trustedPdf(c.el)?.fontName || undefined;
}
