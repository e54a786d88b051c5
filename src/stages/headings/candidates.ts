// Step 1 of the headings stage: which titles are candidate headings (and which headers: one the parser labelled
// header that the furniture stage kept in the body, numbered or a top keyword, is a section banner, `numbered-header`).
// A title is demoted on the first evidence against it, in this order: its text (demotions.ts), its being an entry of
// the document's own table of contents, its size against the body text. Each demotion records its one feature,
// weighed: a demotion stands only when its score is positive.
import { ElementIndex } from '../../layout/positions.js';
import { decision } from '../../model/decision.js';
import type { Element, PageInfo, ParsedDocument } from '../../model/element.js';
import { splitFoldedHeader } from '../../text/folded-header.js';
import { isBareLabel, isTopKeyword, type Numbering, parseNumbering } from '../../text/numbering.js';
import type { TableOfContents } from '../toc.js';
import type { FurnitureResult, MergeResult, StageInput } from '../types.js';
import { seen } from '../weigh.js';
import { blankOpenerHeaders } from './blank-opener.js';
import { type Demotion, demotionOf, isLayoutOnly, LEADERS, TOC_ENTRY } from './demotions.js';
import { numberedKindSizes } from './kind-size.js';
import { openerHeaders } from './opener-headers.js';
import { chapterPageOpeners, pageOpeners } from './page-openers.js';
import { numberedKindFont } from './pdf-numbered-font.js';
import { pdfBodySize, pdfLargerThanBody } from './pdf-size.js';
import { inLargestPdfType } from './pdf-title-type.js';
import { promotedTexts } from './promote.js';
import { measureSizes } from './sizes.js';
import { kindsBySpace, nearestKind, SPACE_BELOW, spacesBelow } from './space-below.js';
import { keptByHabit, LABEL_PENDING, labelPending, standaloneHabit } from './standalone-habit.js';
import type { Candidate, HeadingContext } from './types.js';

const HEADING_TYPES = new Set(['title', 'page_title']);

const LOWERCASE_NAME = 'headings.demoted-lowercase-name';
const NOTE_LABEL = 'headings.demoted-note-label';
const ADMONITION = 'headings.demoted-admonition';
export const BLANK_OPENER = 'headings.blank-opener-header';

const foldSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A numbering as a key: ladder, rank and values ("decimal:1:1" for "Chapter 1" and "CHAPTER 1."). */
const numberKey = (n: Numbering | undefined) => (n ? `${n.ladder}:${n.rank}:${n.values.join('.')}` : undefined);

/** Records "not a heading" when the evidence weighs for it; false when its weight keeps the title. */
export function demote(ctx: HeadingContext, el: Element, rule: string, feature: string, message: string): boolean {
  const weighed = ctx.weigh([seen(feature)]);
  if (weighed.score <= 0) return false;
  ctx.demoted.add(el.id);
  ctx.decisions.push(decision('headings', rule, message, weighed.confidence, [el], false, 'rules', weighed.features));
  return true;
}

/** Titles that are not furniture nor the tail of a merged paragraph, less those their text demotes. */
export function collectCandidates(
  { doc, options }: StageInput,
  furniture: FurnitureResult,
  textMerges: MergeResult,
  ctx: HeadingContext,
): Candidate[] {
  const { mergedTail, withOutline } = mergedGroups(doc, textMerges);
  const candidates: Candidate[] = [];
  const banners = ctx.weights['numbered-header'] > 0;
  // Headings the parser typed as text, by their own words (promote.ts).
  const promoted = promotedTexts(doc.elements, furniture, textMerges, ctx);
  // The document's first title is its title even in a note label's or a sidebar's words (firstTitleKept): a note's
  // label or a sidebar follows a heading, it does not open the document.
  let firstTitle = true;
  // A header in the words of a title the parser gave elsewhere is a running head repeating it, no banner.
  // Or one numbered as a bare opener is ("CHAPTER 1. PEOPLE AROUND DEBIAN" beside the title "Chapter 1").
  const titleEls = doc.elements.filter((e) => HEADING_TYPES.has(e.type));
  const titles = new Set(titleEls.map((e) => foldSpaces(e.text)));
  const titleNumbers = new Set(
    titleEls.filter((e) => isBareLabel(e.text)).map((e) => numberKey(parseNumbering(e.text))),
  );
  const openers = ctx.weights['opener-header'] > 0 ? openerHeaders(doc.elements, furniture) : new Set<number>();
  const blanks = ctx.weights['blank-opener-header'] > 0 ? blankOpenerHeaders(doc.elements, furniture) : undefined;
  const firstPage = doc.elements[0]?.page ?? 1;
  const textless = isLayoutOnly(doc.elements);
  for (let index = 0; index < doc.elements.length; index++) {
    const source = doc.elements[index];
    if (furniture.kinds.has(source.id) || mergedTail.has(source.id)) continue;
    // A header the furniture stage kept that holds the running head and a title folded in after it is that title.
    const el = source.type === 'header' ? foldedTitle(source) : withOutline(source);
    // A blank header opening its page: a title whose words the parser lost (blank-opener.ts).
    if (blanks?.has(el.id)) {
      firstTitle = false;
      candidates.push({ el, keyword: false, key: '', evidence: [BLANK_OPENER] });
      continue;
    }
    const promotedBy = promoted.get(el.id);
    const header = banners && el.type === 'header'; // body text is numbered only when it may head something
    if (!HEADING_TYPES.has(el.type) && !header && !promotedBy) continue;
    const numbering = parseNumbering(el.text);
    // A header the furniture stage kept in the body (it heads no other page), numbered or a top keyword
    // ("Preface"): a section banner or a chapter opener, not a running head.
    const banner =
      header &&
      (numbering !== undefined || isTopKeyword(el.text) || openers.has(el.id)) &&
      !el.text.trim().includes('\n') &&
      !titles.has(foldSpaces(el.text)) &&
      !titleNumbers.has(numberKey(numbering) ?? '');
    if (!HEADING_TYPES.has(el.type) && !banner && !promotedBy) continue;
    // A heading the source PDF's outline lists (src/pdf/align.ts sets outlineLevel) is not demoted.
    const against = textless
      ? undefined
      : demotionOf(el, numbering, doc.elements[index + 1], firstPage, options.headings.maxTitleLength);
    const opener = firstTitle ? firstTitleKept(el, against, doc.elements, furniture, ctx) : undefined;
    firstTitle = false;
    // A lone lower-case name ("dget") is a command heading a definition unless set at a heading's size: its
    // size decides (demoteBySize); a CJK title read as a note's by a label and a space alone, the habit (standalone-habit.ts).
    const named = against?.feature === LOWERCASE_NAME && ctx.weights['heading-size-name'] > 0;
    const pending = named || (!opener && labelPending(against, el.text, ctx.weights)) ? against : undefined;
    const kept = !against || pending || opener;
    if (!kept && demote(ctx, el, against.rule, against.feature, `not a heading: ${against.message}`)) continue;
    const evidence = banner
      ? [numbering !== undefined || isTopKeyword(el.text) ? 'headings.numbered-header' : 'headings.opener-header']
      : promotedBy
        ? [promotedBy]
        : opener
          ? [opener]
          : undefined;
    candidates.push({
      el,
      numbering,
      keyword: !numbering && isTopKeyword(el.text),
      hint: el.hints?.level,
      key: '',
      evidence,
      pending,
    });
  }
  return candidates;
}

/**
 * Entries the parser called titles: inside the list findTableOfContents() found (`demoted-toc-entry`),
 * or a title ending in a page number after dot leaders, or after a space in a run of three or more such
 * titles (`demoted-toc-line`). Returns the candidates kept.
 */
export function demoteTocEntries(candidates: Candidate[], toc: TableOfContents, ctx: HeadingContext): Candidate[] {
  // A bare opener ("Chapter 1", "Appendix 2") ends in a number too, but it is the whole heading.
  const tocLike = candidates.map((c) => {
    const text = c.el.text.trim();
    return TOC_ENTRY.test(text) && !/^[\d\s.]+$/.test(text) && !isBareLabel(text);
  });
  const inToc = new Set<number>();
  for (let i = 0; i < candidates.length; i++) {
    let j = i;
    while (j < candidates.length && tocLike[j]) j++;
    for (let k = i; k < j; k++) {
      if (j - i >= 3 || LEADERS.test(candidates[k].el.text)) inToc.add(candidates[k].el.id);
    }
    i = j;
  }
  for (const c of candidates) if (toc.elements.has(c.el.id)) inToc.add(c.el.id);
  const demoted = new Set<number>();
  for (const c of candidates) {
    if (!inToc.has(c.el.id)) continue;
    const listed = toc.elements.has(c.el.id);
    // A run of short numbered titles ("§ 1", "§ 2" …) that the PDF's outline lists at their own page is
    // the headings, not a table of contents (the contents list the outline never points into).
    if (!listed && c.el.hints?.outlineLevel !== undefined) continue;
    const done = listed
      ? demote(
          ctx,
          c.el,
          'headings.toc-entry',
          'headings.demoted-toc-entry',
          'not a heading: an entry of the table of contents',
        )
      : demote(
          ctx,
          c.el,
          'headings.toc-entry',
          'headings.demoted-toc-line',
          'not a heading: a table-of-contents entry (title and page number)',
        );
    if (done) demoted.add(c.el.id);
  }
  return candidates.filter((c) => !demoted.has(c.el.id));
}

/**
 * Sizes: each heading's line height (a wrapped heading's box divided by its lines) against one line
 * of body text. Titles smaller than body text are labels inside figures; titles no larger than body
 * text, in a document whose headings are larger, are bold lead-ins (definition terms, run-in heads).
 * Numbered and keyword headings are kept whatever their size. Sets each candidate's size; returns those kept.
 */
export function demoteBySize(
  candidates: Candidate[],
  { doc, options }: StageInput,
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  const tolerance = options.headings.sizeTolerance;
  const pageInfo = new Map<number, PageInfo>(doc.pages.map((p) => [p.page, p]));
  const sizes = measureSizes(candidates, doc.elements, pageInfo, furniture, ctx.sizes);
  // A blank title's box tells no line height: its text is lost.
  for (const c of candidates) c.size = c.el.text.trim() ? sizes.lineHeight(c) : undefined;
  const bodyLine = sizes.bodyLine;
  // A title pending as a note's (a CJK label) is no heading yet: it tells nothing of the headings' size.
  const largerHeadings =
    bodyLine !== undefined &&
    candidates.some((c) => c.size && c.size > bodyLine * (1 + 2 * tolerance) && !LABEL_PENDING(c));
  const habit =
    bodyLine !== undefined && ctx.weights['body-size-habit'] > 0
      ? bodySizeHabit(candidates, bodyLine, tolerance, ctx.weights['body-size-keywords'] > 0)
      : undefined;
  // The habit describes the sections: front matter (authors, affiliations) keeps the rule, before the first numbered
  // heading and before the first paragraph of running text.
  const firstNumbered = candidates.findIndex((c) => c.numbering);
  const firstProse = doc.elements.find((e) => e.type === 'text' && !furniture.kinds.has(e.id) && isProse(e.text));
  const named = numberedLowercaseNames(candidates);
  // With the source PDF: set larger than the body (pdf-size.ts) or in a numbered kind's font (pdf-numbered-font.ts).
  const pdfBody = pdfBodySize(doc.elements, furniture);
  const kindFont = ctx.weights['pdf-font-of-numbered'] > 0 ? numberedKindFont(doc.elements, furniture) : undefined;
  const namedSections =
    ctx.weights['numbered-names'] > 0 && named.length >= 2
      ? { key: mostCommonKey(named), sizes: sortedSizes(named) }
      : undefined;
  const chapterOpeners =
    ctx.weights['page-opener-top'] > 0 ? chapterPageOpeners(candidates, pageOpeners(doc.elements)) : new Set<number>();
  const spaced =
    habit && ctx.weights['space-below-of-numbered'] > 0
      ? spacedKinds(candidates, doc.elements, furniture, bodyLine!, tolerance, ctx.weights['space-below-groups'] > 0)
      : undefined;
  const ofKindSize =
    bodyLine !== undefined && ctx.weights['size-of-numbered-kind'] > 0
      ? numberedKindSizes(candidates, bodyLine, tolerance)
      : undefined;
  // Unnumbered headings at body size under a larger title alone (standalone-habit.ts).
  const standalone =
    largerHeadings && !habit
      ? standaloneHabit(candidates, doc.elements, furniture, bodyLine!, tolerance, ctx)
      : undefined;
  return candidates.filter((c, i) => {
    if (c.pending && keptByHabit(c, standalone, ctx)) return true;
    if (LABEL_PENDING(c))
      return !demote(ctx, c.el, c.pending!.rule, c.pending!.feature, `not a heading: ${c.pending!.message}`);
    if (c.pending) return keepAtHeadingSize(c, bodyLine, tolerance, ctx, namedSections, chapterOpeners, ofKindSize);
    if (!bodyLine || !c.size || c.numbering || c.keyword || c.el.hints?.outlineLevel !== undefined) return true;
    if (c.size < bodyLine * (1 - 2 * tolerance)) {
      const message = 'not a heading: its text is smaller than the body text';
      return !demote(ctx, c.el, 'headings.smaller-than-body', 'headings.demoted-smaller-than-body', message);
    }
    const pdfKept = pdfLargerThanBody(c.el, pdfBody) || kindFont?.test(c.el);
    if (largerHeadings && c.size <= bodyLine * (1 + tolerance) && !pdfKept) {
      if (habit && (i > firstNumbered || (firstProse !== undefined && c.el.id > firstProse.id))) {
        c.evidence = [...(c.evidence ?? []), 'headings.body-size-habit'];
        const space = spaced?.spaces.get(c);
        const of =
          space !== undefined && spaced ? nearestKind(spaced.kinds, space).first : habit.get(caseStyle(c.el.text));
        if (space !== undefined && spaced) c.evidence = [...c.evidence, SPACE_BELOW];
        c.styleOf = of;
        c.styleKey = of ? `${of.numbering!.ladder}:${of.numbering!.rank}` : undefined;
        return true;
      }
      const kind = ofKindSize?.(c); // at the very size of a numbered kind (kind-size.ts)
      if (kind) return keptAtKindSize(c, kind);
      if (standalone?.keptAtBodySize(c)) return true;
      const message = 'not a heading: unnumbered and no larger than the body text, while the headings are larger';
      return !demote(ctx, c.el, 'headings.body-size', 'headings.demoted-body-size', message);
    }
    return true;
  });
}

/** Kept at a numbered kind's size: it takes that kind's key (`size-of-numbered-kind`). */
function keptAtKindSize(c: Candidate, kind: Candidate): true {
  c.evidence = [...(c.evidence ?? []), 'headings.size-of-numbered-kind'];
  c.styleOf = kind;
  c.styleKey = `${kind.numbering!.ladder}:${kind.numbering!.rank}`;
  return true;
}

/**
 * The tails of the text-merge stage's groups (no candidates), and the outline depth a title takes from the group it
 * heads: "Chapter 1" joined to "Overview" (`text-merge.two-line-opener`), the outline naming "Overview" (the
 * chapter's title), not the label. The group is one heading by its first element, which would otherwise miss the
 * outline's depth: the sections under it, at their outline depth, stood level with the chapters (debmake-doc.en.pdf
 * read alone).
 */
function mergedGroups({ elements }: ParsedDocument, textMerges: MergeResult) {
  const mergedTail = new Set(textMerges.groups.flatMap((g) => g.slice(1)));
  const byId = new ElementIndex(elements);
  const out = new Map<number, number>();
  for (const g of textMerges.groups) {
    const head = byId.get(g[0]);
    if (!head || !HEADING_TYPES.has(head.type) || head.hints?.outlineLevel !== undefined) continue;
    const level = g
      .slice(1)
      .map((id) => byId.get(id)?.hints?.outlineLevel)
      .find((l) => l !== undefined);
    if (level !== undefined) out.set(head.id, level);
  }
  const withOutline = (el: Element): Element => {
    const level = out.get(el.id);
    return level === undefined ? el : { ...el, hints: { ...(el.hints ?? {}), outlineLevel: level } };
  };
  return { mergedTail, withOutline };
}

function foldedTitle(el: Element): Element {
  const folded = splitFoldedHeader(el.text);
  return folded ? { ...el, text: folded.rest } : el;
}

/** Characters of a paragraph of running text. */
const PROSE = 300;

/** Characters of a shorter paragraph that is running text by its sentences (an abstract of 250 characters). */
const SHORT_PROSE = 150;

/**
 * Running text: 300 characters or more, or 150 or more with two sentences ending after a word (". T", ending the
 * text): an abstract or a first paragraph, not an author line or an affiliation.
 */
function isProse(text: string): boolean {
  if (text.length >= PROSE) return true;
  return text.length >= SHORT_PROSE && (text.match(/\p{Ll}{2}[.!?](?:\s|$)/gu)?.length ?? 0) >= 2;
}

/** The known sizes of these headings, ascending. */
function sortedSizes(headings: Candidate[]): number[] {
  return headings
    .map((c) => c.size)
    .filter((x) => x !== undefined)
    .sort((a, b) => a - b);
}

/** Whether `size` lies within `tolerance` (a fraction) of one of the ascending `sizes` (binary search). */
function nearOneOf(sizes: readonly number[], size: number, tolerance: number): boolean {
  let lo = 0;
  let hi = sizes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sizes[mid] < size) lo = mid + 1;
    else hi = mid;
  }
  const near = (i: number) => i >= 0 && i < sizes.length && Math.abs(sizes[i] - size) <= sizes[i] * tolerance;
  return near(lo) || near(lo - 1);
}

/** The numbering key most of these headings share. */
function mostCommonKey(numbered: Candidate[]): string {
  const counts = new Map<string, number>();
  for (const c of numbered) {
    const key = `${c.numbering!.ladder}:${c.numbering!.rank}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** The numbered headings that name a lone lower-case name after their number ("2 dget", "4.1. debsign"). */
function numberedLowercaseNames(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (!c.numbering) return false;
    const text = c.el.text.trim();
    if (!text.startsWith(c.numbering.label)) return false;
    const name = text.slice(c.numbering.label.length).replace(/^[\s.．:：]+/, '');
    return /^\p{Ll}[\w./+-]*$/u.test(name);
  });
}

/**
 * A title whose text demoted it pending its size (a lone lower-case name): kept when set clearly larger than
 * the body text, at a heading's size (`heading-size-name`: "dget" as a section of a paper on Debian tools);
 * demoted by its text otherwise, or when no size is known (Markdown writers' levels said too little here).
 */
function keepAtHeadingSize(
  c: Candidate,
  bodyLine: number | undefined,
  tolerance: number,
  ctx: HeadingContext,
  namedSections: { key: string; sizes: number[] } | undefined,
  chapterOpeners: ReadonlySet<number>,
  ofKindSize: ((c: Candidate) => Candidate | undefined) | undefined,
): boolean {
  const against = c.pending!;
  c.pending = undefined;
  if (bodyLine !== undefined && c.size !== undefined && c.size > bodyLine * (1 + 2 * tolerance)) {
    c.evidence = [...(c.evidence ?? []), 'headings.heading-size-name'];
    return true;
  }
  const kind = ofKindSize?.(c); // at the very size of a numbered kind (kind-size.ts): "uscan" beside "8.1 gbp"
  if (kind) return keptAtKindSize(c, kind);
  // No size to tell, and it opens its page under no running head as the chapters do: a chapter's name
  // ("devscripts", a `\chapter*`), not a term (`page-opener-top`, page-openers.ts).
  if ((bodyLine === undefined || c.size === undefined) && chapterOpeners.has(c.el.id)) {
    c.evidence = [...(c.evidence ?? []), 'headings.page-opener-top'];
    return true;
  }
  // No size to tell, or their size: the document's numbered sections are such names ("2 dget", "3 piuparts"),
  // so one unnumbered among them is a section too (`numbered-names`).
  // Its size, when known, is theirs.
  const theirSize = (size: number) => nearOneOf(namedSections!.sizes, size, tolerance);
  if (namedSections && (bodyLine === undefined || c.size === undefined || theirSize(c.size))) {
    c.evidence = [...(c.evidence ?? []), 'headings.numbered-names'];
    if (bodyLine === undefined || c.size === undefined) c.styleKey = namedSections.key;
    return true;
  }
  return !demote(ctx, c.el, against.rule, against.feature, `not a heading: ${against.message}`);
}

/**
 * The document's habit: it sets its numbered headings at body size (bold, run-in or on their own line,
 * as elsarticle, acmart and IEEEtran do), so body size is a heading style here and no evidence against
 * a title. Decided once per document: most of its numbered headings, and at least two, no larger than
 * the body. Returns, per case style (capitals or not), the first of the shallowest numbered headings in
 * that style (no appendix opener): an unnumbered heading of the same style is of its kind, the key levels.ts
 * gives it ("GIT-BUILDPACKAGE" beside "V. SBUILD", "Big picture" beside "2. What is debmake?"); undefined
 * when there is no habit.
 */
function bodySizeHabit(
  candidates: Candidate[],
  bodyLine: number,
  tolerance: number,
  keywordsCount: boolean,
): Map<string, Candidate> | undefined {
  const numbered = candidates.filter((c) => c.numbering && c.size !== undefined);
  const atBody = numbered.filter((c) => c.size! <= bodyLine * (1 + tolerance));
  // The top keywords at body size ("Acknowledgments", "References") show the habit too (`body-size-keywords`): a
  // paper with one numbered section and starred ones beside it.
  const keywords = keywordsCount
    ? candidates.filter((c) => c.keyword && c.size && c.size <= bodyLine * (1 + tolerance))
    : [];
  if (atBody.length === 0 || atBody.length + keywords.length < 2 || atBody.length * 2 <= numbered.length)
    return undefined;
  // Ranks compare only within a ladder: the ladder of the first numbered heading (not an article) goes first, so
  // "Appendix A: Other distros" (decimal, rank 1) does not stand for the mixed-case "A. uscan" under "XI. …".
  const top = (numbered.find((c) => c.numbering!.ladder !== 'article') ?? numbered[0]).numbering!.ladder;
  const ofStyle = new Map<string, Candidate>();
  // An appendix opener's case tells nothing of the sections' style (revtex: "Appendix A: Native …" beside "II. …").
  for (const c of atBody.filter((a) => !APPENDIX_OPENER.test(a.el.text.trim()))) {
    const style = caseStyle(c.el.text);
    const [n, had] = [c.numbering!, ofStyle.get(style)?.numbering];
    const better = !had || (n.ladder === had.ladder ? n.rank < had.rank : n.ladder === top);
    if (better) ofStyle.set(style, c);
  }
  return ofStyle;
}

/**
 * The numbered kinds of the top ladder set at body size, told apart by the space below them (space-below.ts), and
 * the space below each candidate; undefined when the spaces tell no kind from another.
 */
function spacedKinds(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  bodyLine: number,
  tolerance: number,
  groups: boolean,
): { kinds: NonNullable<ReturnType<typeof kindsBySpace>>; spaces: Map<Candidate, number> } | undefined {
  const numbered = candidates.filter((c) => c.numbering && c.numbering.ladder !== 'article');
  const top = numbered[0]?.numbering?.ladder;
  const atBody = numbered.filter(
    (c) => c.numbering!.ladder === top && c.size !== undefined && c.size <= bodyLine * (1 + tolerance),
  );
  const spaces = spacesBelow(candidates, elements, furniture);
  const keywords = groups ? candidates.filter((c) => c.keyword && c.size && c.size <= bodyLine * (1 + tolerance)) : [];
  const kinds = kindsBySpace(atBody, spaces, keywords, groups);
  return kinds ? { kinds, spaces } : undefined;
}

/**
 * What keeps the document's first title against its text's demotion: a note label's words (`first-title-note-label`);
 * a sidebar's form ("使用 cron 和 atd …") in the PDF's largest type (pdf-title-type.ts), else its place (`first-title-sidebar`).
 */
function firstTitleKept(
  el: Element,
  against: Demotion | undefined,
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): string | undefined {
  if (!HEADING_TYPES.has(el.type)) return undefined;
  if (against?.feature === NOTE_LABEL && ctx.weights['first-title-note-label'] > 0)
    return 'headings.first-title-note-label';
  if (against?.feature !== ADMONITION) return undefined;
  // The PDF's type is the stronger evidence where there is a PDF; else the first title's place alone.
  if (ctx.weights['pdf-title-type'] > 0 && inLargestPdfType(el, elements, furniture)) return 'headings.pdf-title-type';
  return ctx.weights['first-title-sidebar'] > 0 ? 'headings.first-title-sidebar' : undefined;
}

/** An appendix opener ("Appendix A", "APPENDIX B: …"), as levels.ts keys it. */
export const APPENDIX = /^(?:(?:Appendix|APPENDIX|Annex|ANNEX)\b|附录|付録)/;

/** An appendix opener ("Appendix A", "APPENDIX B: …"). */
const APPENDIX_OPENER = /^(?:Appendix|APPENDIX|Annex|ANNEX|附录|付録)\b/u;

/** A heading's case style: set in capitals, or not. */
export function caseStyle(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const caps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return caps ? 'caps' : 'mixed';
}
