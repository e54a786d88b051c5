// Title hierarchy: which elements are headings, and the level (1 = top) of each.
//
// 1. False titles are demoted first: empty or over-long text, a sentence rather than a heading (unless
//    numbered: an FAQ's questions), a figure/table label, a bare number, a note label or sidebar title,
//    a lone lower-case name, an entry of the document's own table of contents, text smaller than the
//    body text.
// 2. Each heading gets a key: its numbering scheme and rank ("1.2" → decimal rank 2; "第一章" → decimal
//    rank 1; "（一）" → cjk rank 2), a top-level keyword (Abstract, References, 参考文献 …) taking the
//    key of the document's top numbered level, or else its size class (line height from the parser
//    or estimated from the box), or the parser's own level hint.
// 3. Levels come from a stack walk in reading order: a heading closes every open heading that is not
//    above it. "Above" is decided by, in order of precedence: the same key (siblings); ranks in the
//    same numbering ladder; the levels the table of contents gives (`toc.ts`); size classes; the
//    parser's level hints; then first appearance (a kind of heading first seen under another nests
//    under it) — the weakest evidence, and marked unsure.
// Levels are thus consecutive along every path, and a document title (the first, largest heading)
// is level 1 with the top sections at level 2.
import { type Decision, decision } from '../model/decision.js';
import type { Element, PageInfo } from '../model/element.js';
import { parseCaptionLabel } from '../text/caption-label.js';
import { endsSentence, textWidthEm } from '../text/chars.js';
import { isTopKeyword, type Numbering, parseNumbering } from '../text/numbering.js';
import { minOf, pushAll } from '../util/arrays.js';
import { type TableOfContents, tocKey } from './toc.js';
import type { FurnitureResult, HeadingResult, MergeResult, StageInput } from './types.js';

const HEADING_TYPES = new Set(['title', 'page_title']);

interface Candidate {
  el: Element;
  numbering?: Numbering;
  keyword: boolean;
  /** Estimated line height (fraction of page height) or font size, for size classes. */
  size?: number;
  /** 0 = largest size class. */
  sizeClass?: number;
  hint?: number;
  /** The level the document's own table of contents gives this heading. */
  tocLevel?: number;
  key: string;
}

/** Estimated line height of a block: hints first, else the box height divided by the lines its text needs. */
export function estimateLineHeight(el: Element, page: PageInfo | undefined): number | undefined {
  if (el.hints?.fontSize) return el.hints.fontSize / 1000;
  if (el.hints?.lineHeight) return el.hints.lineHeight;
  if (!el.bbox) return undefined;
  const aspect = pageAspect(page);
  const boxHeight = el.bbox[3] - el.bbox[1];
  const boxWidth = (el.bbox[2] - el.bbox[0]) * aspect; // in page-height units
  if (boxHeight <= 0 || boxWidth <= 0) return undefined;
  const em = textWidthEm(el.text.trim());
  if (el.hints?.lineCount) return boxHeight / el.hints.lineCount;
  for (let lines = 1; lines <= 12; lines++) {
    const lineHeight = boxHeight / lines;
    const fontSize = lineHeight / 1.2;
    if (em * fontSize <= boxWidth * 1.15) return lineHeight;
  }
  return boxHeight / 12;
}

function demotionReason(el: Element, numbering: Numbering | undefined, maxLength: number): string | undefined {
  const text = el.text.trim();
  if (!text) return 'headings.empty|the title is empty';
  if (!/[\p{L}\p{N}]/u.test(text)) return 'headings.no-words|the title has no letters or digits';
  if (/^[\d\s.,:;/-]+$/.test(text) && !numbering) return 'headings.bare-number|the title is a bare number';
  if (text.length > maxLength && !numbering) return `headings.too-long|the title is ${text.length} characters long`;
  const label = parseCaptionLabel(text);
  if (label) return `headings.caption-label|"${text.slice(0, 30)}" is a ${label.kind} label`;
  // A numbered title may be a question (an FAQ's "5.3. How can I …?"); unnumbered, a long sentence is body text.
  if (text.length > 80 && endsSentence(text) && (!numbering || text.length > 200))
    return 'headings.sentence|the title reads as a sentence';
  if (/^[-?~$#@!*+=<>|]/.test(text) || /^[\w.-]+(?:::[\w.-]+)+$/u.test(text)) {
    return 'headings.term|a command-line option, configuration key or search term, not a heading';
  }
  if (!numbering && ADMONITION.test(text))
    return `headings.admonition|"${text.split(/\s/)[0]}" marks a note or sidebar title`;
  if (!numbering && ADMONITION_LABEL.test(text)) return `headings.admonition|"${text}" is the label of a note`;
  // One lower-case word ("partman", "postinst", "fdisk"): a command or file name heading a definition.
  if (!numbering && /^\p{Ll}[\w./+-]*$/u.test(text)) return 'headings.term|a lower-case name, not a heading';
  return undefined;
}

/**
 * Note and sidebar titles: a capitalized label before mixed-case text ("NOTE …", "TIP …", "BACK TO
 * BASICS …", "VOCABULARY …"): a common admonition word, two or more capitalized words, or one of six
 * letters or more (shorter ones are often acronyms: "API Reference", "HTTP Headers"); in CJK text, a
 * two-to-four-character label and a space (CJK headings put no space there unless numbered).
 */
const ADMONITION = new RegExp(
  String.raw`^(?:(?:NOTE|NOTES|TIP|TIPS|HINT|WARNING|CAUTION|IMPORTANT|DANGER|ATTENTION|REMARK|SIDEBAR|TOOL|TOOLS)|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3}|[A-Z]{6,})\s+(?=.*[\p{Ll}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])` +
    // …or a short CJK label and a space before the title proper ("注意 …", "文化 …", "ヒント …").
    // (the title itself in CJK too: a bilingual heading such as "术语定义 Terms and Definitions" stays).
    String.raw`|^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,4}[：:]?\s+\S.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`,
  'u',
);

/** A note's label standing alone ("Note", "Warning", "注意", "重要", "ヒント"). */
const ADMONITION_LABEL =
  /^(?:note|tip|hint|warning|caution|important|danger|attention|remark|注意|注记|注記|注|重要|警告|提示|小贴士|备注|ヒント|メモ|참고|주의|경고)[\s:：.!！]*$/iu;

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Size classes: sort sizes descending, start a new class where the drop exceeds the tolerance. */
function sizeClasses(sizes: number[], tolerance: number): (size: number) => number {
  const sorted = [...new Set(sizes)].sort((a, b) => b - a);
  const bounds: number[] = []; // smallest size of each class
  let classTop = Number.POSITIVE_INFINITY;
  for (const s of sorted) {
    if (bounds.length === 0 || s < classTop * (1 - tolerance)) {
      bounds.push(s);
      classTop = s;
    } else bounds[bounds.length - 1] = s;
  }
  return (size) => {
    const i = bounds.findIndex((b) => size >= b * (1 - 1e-9));
    return i < 0 ? bounds.length - 1 : i;
  };
}

export function assignHeadingLevels(
  { doc, options }: StageInput,
  furniture: FurnitureResult,
  textMerges: MergeResult,
  toc: TableOfContents,
): HeadingResult {
  const opt = options.headings;
  const decisions: Decision[] = [];
  const levels = new Map<number, number>();
  const demoted = new Set<number>();
  const pageInfo = new Map(doc.pages.map((p) => [p.page, p]));
  const mergedTail = new Set(textMerges.groups.flatMap((g) => g.slice(1)));

  // 1. Candidates and demotions.
  const candidates: Candidate[] = [];
  for (const el of doc.elements) {
    if (!HEADING_TYPES.has(el.type) || furniture.kinds.has(el.id) || mergedTail.has(el.id)) continue;
    const numbering = parseNumbering(el.text);
    const reason = demotionReason(el, numbering, opt.maxTitleLength);
    if (reason) {
      const [rule, message] = reason.split('|');
      demoted.add(el.id);
      decisions.push(decision('headings', rule, `not a heading: ${message}`, 0.85, [el], false));
      continue;
    }
    candidates.push({
      el,
      numbering,
      keyword: !numbering && isTopKeyword(el.text),
      hint: el.hints?.level,
      key: '',
    });
  }

  // The document's own table of contents: its entries are not headings, and the levels it gives the
  // titles it lists are evidence for the headings that carry those titles.
  const tocLevels = new Map<string, number>();
  for (const entry of toc.entries) {
    const key = tocKey(entry.title);
    if (entry.level !== undefined && !tocLevels.has(key)) tocLevels.set(key, entry.level);
  }
  // Entries the parser called titles: inside the list found above, or a title ending in a page number
  // (after dot leaders, or after a space in a run of three or more such titles).
  const tocLike = candidates.map((c) => TOC_ENTRY.test(c.el.text.trim()) && !/^[\d\s.]+$/.test(c.el.text.trim()));
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
  for (const c of candidates.filter((x) => inToc.has(x.el.id))) {
    demoted.add(c.el.id);
    decisions.push(
      decision(
        'headings',
        'headings.toc-entry',
        toc.elements.has(c.el.id)
          ? 'not a heading: an entry of the table of contents'
          : 'not a heading: a table-of-contents entry (title and page number)',
        0.85,
        [c.el],
        false,
      ),
    );
  }
  const notInToc = candidates.filter((c) => !inToc.has(c.el.id));
  candidates.length = 0;
  pushAll(candidates, notInToc);

  // Sizes: each heading's line height (a wrapped heading's box divided by its lines) against one line
  // of body text. Titles smaller than body text are labels inside figures; titles no larger than body
  // text, in a document whose headings are larger, are bold lead-ins (definition terms, run-in heads).
  const sizes = measureSizes(candidates, doc.elements, pageInfo, furniture);
  for (const c of candidates) c.size = sizes.lineHeight(c);
  const bodyLine = sizes.bodyLine;
  const largerHeadings =
    bodyLine !== undefined && candidates.some((c) => c.size && c.size > bodyLine * (1 + 2 * opt.sizeTolerance));
  const kept = candidates.filter((c) => {
    if (!bodyLine || !c.size || c.numbering || c.keyword) return true;
    let rule: string | undefined;
    let message = '';
    if (c.size < bodyLine * (1 - 2 * opt.sizeTolerance)) {
      rule = 'headings.smaller-than-body';
      message = 'not a heading: its text is smaller than the body text';
    } else if (largerHeadings && c.size <= bodyLine * (1 + opt.sizeTolerance)) {
      rule = 'headings.body-size';
      message = 'not a heading: unnumbered and no larger than the body text, while the headings are larger';
    }
    if (!rule) return true;
    demoted.add(c.el.id);
    decisions.push(decision('headings', rule, message, 0.7, [c.el], false));
    return false;
  });

  // 2. Keys.
  const sized = kept.filter((c) => c.size !== undefined);
  const classOf =
    sized.length >= 2
      ? sizeClasses(
          sized.map((c) => c.size!),
          opt.sizeTolerance,
        )
      : undefined;
  for (const c of kept) if (classOf && c.size !== undefined) c.sizeClass = classOf(c.size);
  const hintsVary = new Set(kept.map((c) => c.hint).filter((h) => h !== undefined)).size > 1;
  const numbered = kept.filter((c) => c.numbering);
  const topRank = numbered.length
    ? minOf(numbered.filter((c) => c.numbering!.ladder === 'decimal').map((c) => c.numbering!.rank))
    : undefined;
  // Size class of each numbered key, so unnumbered headings of the same size join it.
  const keyBySizeClass = new Map<number, string>();
  for (const c of numbered) {
    c.key = `${c.numbering!.ladder}:${c.numbering!.rank}`;
    if (c.sizeClass !== undefined && !keyBySizeClass.has(c.sizeClass)) keyBySizeClass.set(c.sizeClass, c.key);
  }
  for (const c of kept) c.tocLevel = tocLevels.get(tocKey(c.el.text));
  // The table of contents level of each numbered key, so an unnumbered heading it lists at that level
  // ("参考文献" beside the chapters) becomes their sibling.
  const keyByTocLevel = new Map<number, string>();
  for (const c of numbered) {
    if (c.tocLevel !== undefined && !keyByTocLevel.has(c.tocLevel)) keyByTocLevel.set(c.tocLevel, c.key);
  }
  for (const c of kept) {
    if (c.numbering) continue;
    if (c.tocLevel !== undefined && !c.keyword) c.key = keyByTocLevel.get(c.tocLevel) ?? `toc:${c.tocLevel}`;
    else if (c.keyword && topRank !== undefined && Number.isFinite(topRank)) c.key = `decimal:${topRank}`;
    else if (c.sizeClass !== undefined && keyBySizeClass.has(c.sizeClass)) c.key = keyBySizeClass.get(c.sizeClass)!;
    else if (c.sizeClass !== undefined) c.key = `size:${c.sizeClass}`;
    else if (hintsVary && c.hint !== undefined) c.key = `hint:${c.hint}`;
    else c.key = c.keyword ? 'keyword' : 'plain';
  }
  const sizeOfKey = new Map<string, number>();
  const hintOfKey = new Map<string, number>();
  const tocLevelOfKey = new Map<string, number>();
  for (const c of kept) {
    if (c.tocLevel !== undefined && !tocLevelOfKey.has(c.key)) tocLevelOfKey.set(c.key, c.tocLevel);
    if (c.sizeClass !== undefined && !sizeOfKey.has(c.key)) sizeOfKey.set(c.key, c.sizeClass);
    if (c.hint !== undefined && !hintOfKey.has(c.key)) hintOfKey.set(c.key, c.hint);
  }

  // The document title: the first heading, unnumbered, near the top of an early page, when the parser
  // says so, or when it is the only heading of the largest size, or when numbered or keyword sections
  // follow it (a paper's title before "Abstract" and "1 Introduction").
  const title = findDocumentTitle(kept, doc.elements, furniture);
  if (title) title.key = 'title';

  // 3. Stack walk.
  type Why = { above: boolean; rule: string; confidence: number };
  const firstSeen = new Map<string, number>();
  const lastLevel = new Map<string, number>();
  const compare = (top: string, key: string): Why => {
    if (top === key) return { above: false, rule: 'headings.same-kind', confidence: 0.9 };
    if (top === 'title') return { above: true, rule: 'headings.under-title', confidence: 0.85 };
    const [la, ra] = top.split(':');
    const [lb, rb] = key.split(':');
    if (la === lb && (la === 'decimal' || la === 'outline' || la === 'cjk')) {
      return { above: Number(ra) < Number(rb), rule: 'headings.numbering', confidence: 0.95 };
    }
    const ta = tocLevelOfKey.get(top);
    const tb = tocLevelOfKey.get(key);
    if (ta !== undefined && tb !== undefined && ta !== tb)
      return { above: ta < tb, rule: 'headings.table-of-contents', confidence: 0.9 };
    const sa = sizeOfKey.get(top);
    const sb = sizeOfKey.get(key);
    if (sa !== undefined && sb !== undefined && sa !== sb)
      return { above: sa < sb, rule: 'headings.size', confidence: 0.85 };
    const ha = hintOfKey.get(top);
    const hb = hintOfKey.get(key);
    if (hintsVary && ha !== undefined && hb !== undefined && ha !== hb) {
      return { above: ha < hb, rule: 'headings.parser-level', confidence: 0.75 };
    }
    if (sa !== undefined && sb !== undefined && sa === sb)
      return { above: false, rule: 'headings.same-size', confidence: 0.7 };
    const lt = lastLevel.get(top);
    const lk = lastLevel.get(key);
    if (lt !== undefined && lk !== undefined)
      return { above: lt < lk, rule: 'headings.earlier-levels', confidence: 0.6 };
    return { above: !firstSeen.has(key), rule: 'headings.first-appearance', confidence: 0.55 };
  };

  // The decimal ladder is the document's top only when the first numbered heading uses it.
  const decimalFirst = numbered[0]?.numbering?.ladder === 'decimal';
  const topKey = decimalFirst && topRank !== undefined && Number.isFinite(topRank) ? `decimal:${topRank}` : undefined;
  const stack: string[] = [];
  for (const c of kept) {
    let why: Why = { above: true, rule: 'headings.first', confidence: 0.9 };
    if (c.key === topKey) {
      // The document's top sections (its top numbering, and keywords such as Abstract or References)
      // nest under nothing but the document title — or, when the top numbering is that of sections
      // ("1.1"), a heading in a larger size: the unnumbered chapter those sections belong to.
      const larger = (key: string) => {
        const a = sizeOfKey.get(key);
        const b = sizeOfKey.get(topKey);
        return (topRank ?? 0) >= 2 && a !== undefined && b !== undefined && a < b;
      };
      while (stack.length > 0 && stack[stack.length - 1] !== 'title' && !larger(stack[stack.length - 1])) stack.pop();
      why = { above: true, rule: 'headings.top-section', confidence: 0.9 };
    } else {
      while (stack.length > 0) {
        why = compare(stack[stack.length - 1], c.key);
        if (why.above) break;
        stack.pop();
      }
    }
    stack.push(c.key);
    const level = stack.length;
    levels.set(c.el.id, level);
    if (!firstSeen.has(c.key)) firstSeen.set(c.key, c.el.id);
    lastLevel.set(c.key, level);
    const evidence =
      c === title
        ? 'the document title'
        : c.numbering
          ? `numbered "${c.numbering.label}" (${c.numbering.ladder} rank ${c.numbering.rank})`
          : c.keyword
            ? 'a top-level keyword heading'
            : c.tocLevel !== undefined
              ? `listed at level ${c.tocLevel} in the table of contents`
              : c.sizeClass !== undefined
                ? `size class ${c.sizeClass}`
                : 'unnumbered';
    decisions.push({ ...decision('headings', why.rule, `level ${level}: ${evidence}`, why.confidence, [c.el]), level });
  }
  return { levels, demoted, decisions };
}

function findDocumentTitle(
  kept: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
): Candidate | undefined {
  const first = kept[0];
  if (!first || first.numbering || first.el.page > 2) return undefined;
  const labelled = kept.filter((c) => c.el.hints?.documentTitle);
  if (first.el.hints?.documentTitle && labelled.length <= 2 && !first.keyword) return first;
  const others = kept.slice(1);
  if (others.length === 0) return undefined;
  const largestAlone = first.sizeClass === 0 && others.every((c) => c.sizeClass !== undefined && c.sizeClass > 0);
  // A keyword heading ("Foreword", "Preface") is the title of a document that is that part alone, when
  // it stands larger than every heading after it; otherwise it is one of the top sections.
  if (first.keyword) return largestAlone && others.some((c) => c.numbering) ? first : undefined;
  const bodyBefore = elements.filter(
    (e) => e.page === first.el.page && e.id < first.el.id && !furniture.kinds.has(e.id),
  ).length;
  // A first heading whose size recurs later is the first of a series (a chapter), not the title.
  const sizeRecurs = first.sizeClass !== undefined && others.some((c) => c.sizeClass === first.sizeClass);
  const sectionsFollow = !sizeRecurs && others.some((c) => c.numbering || c.keyword);
  return largestAlone || (sectionsFollow && bodyBefore <= 3) ? first : undefined;
}

/** A title ending in a page number: "2.1 理论基础 7", "Methods ........ 12", "Preface  iii". */
const TOC_ENTRY = /(?:[.·…‥]{2,}|\s)\s*(?:\d{1,4}|[ivxlc]{1,6})$/i;
const LEADERS = /[.·…‥]{3,}\s*(?:\d{1,4}|[ivxlc]{1,6})$/i;

/** Width of a box in page-height units (so it compares with heights). */
function widthInHeights(el: Element, page: PageInfo | undefined): number {
  const aspect = pageAspect(page);
  return el.bbox ? (el.bbox[2] - el.bbox[0]) * aspect : 0;
}

function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

/**
 * Line heights from boxes. One line of body text: the median height of text blocks whose text fits
 * on one line at the font size their height implies. A heading as wide as the column may have
 * wrapped: its height divided by 2–4 lines is taken when that matches a surely one-line heading.
 */
function measureSizes(
  candidates: Candidate[],
  elements: readonly Element[],
  pageInfo: Map<number, PageInfo>,
  furniture: FurnitureResult,
): { bodyLine: number | undefined; lineHeight: (c: Candidate) => number | undefined } {
  const body = elements.filter(
    (e) => (e.type === 'text' || e.type === 'list_item') && e.bbox && !furniture.kinds.has(e.id),
  );
  const oneLine = body.filter((e) => {
    const h = e.bbox![3] - e.bbox![1];
    const text = e.text.trim();
    return h > 0 && text.length >= 8 && textWidthEm(text) * (h / 1.2) <= widthInHeights(e, pageInfo.get(e.page)) * 1.1;
  });
  const bodyLine = oneLine.length >= 3 ? median(oneLine.map((e) => e.bbox![3] - e.bbox![1])) : undefined;
  const columnWidth = quantile(
    body.filter((e) => e.text.length > 40).map((e) => e.bbox![2] - e.bbox![0]),
    0.9,
  );
  const mayWrap = (el: Element) =>
    columnWidth !== undefined && el.bbox !== null && el.bbox[2] - el.bbox[0] >= 0.7 * columnWidth;
  const singles = candidates
    .filter((c) => c.el.bbox && !c.el.hints?.fontSize && !c.el.hints?.lineHeight && !mayWrap(c.el))
    .map((c) => c.el.bbox![3] - c.el.bbox![1]);
  const nearSingle = singleHeightWithin10Percent(singles);
  const lineHeight = (c: Candidate): number | undefined => {
    const el = c.el;
    if (!el.bbox || el.hints?.fontSize || el.hints?.lineHeight || el.hints?.lineCount || singles.length === 0) {
      return estimateLineHeight(el, pageInfo.get(el.page));
    }
    const h = el.bbox[3] - el.bbox[1];
    if (!mayWrap(el)) return h;
    const em = textWidthEm(el.text.trim());
    const width = widthInHeights(el, pageInfo.get(el.page));
    for (let lines = 2; lines <= 4; lines++) {
      const line = h / lines;
      const longEnough = em * (line / 1.2) >= width * (lines - 1) * 0.9; // the text needs that many lines
      if (longEnough && nearSingle(line)) return line;
    }
    return h;
  };
  return { bodyLine, lineHeight };
}

/**
 * `(line) => singles.some((s) => Math.abs(line - s) / s < 0.1)`, answered from the sorted heights: asked for
 * every wrapped heading against every single-line one, the scan was quadratic in the number of headings.
 * A positive s can pass only within line / 1.1 … line / 0.9; the window is widened a little and each height
 * in it takes the exact test, so rounding decides as before. Non-positive heights keep the plain test.
 */
function singleHeightWithin10Percent(singles: readonly number[]): (line: number) => boolean {
  const passes = (line: number, s: number) => Math.abs(line - s) / s < 0.1;
  const positive = singles.filter((s) => s > 0).sort((a, b) => a - b);
  const other = singles.filter((s) => !(s > 0));
  return (line) => {
    if (other.some((s) => passes(line, s))) return true;
    if (!(line > 0)) return positive.some((s) => passes(line, s));
    const low = (line / 1.1) * (1 - 1e-9);
    const high = (line / 0.9) * (1 + 1e-9);
    let lo = 0;
    let hi = positive.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positive[mid] < low) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < positive.length && positive[k] <= high; k++) if (passes(line, positive[k])) return true;
    return false;
  };
}

/** Width / height of a page; 0.75 (between A4 and Letter) when only a normalized unit space is known. */
function pageAspect(page: PageInfo | undefined): number {
  const real = page?.unit !== 'normalized' && page?.unit !== 'per-mille';
  return real && page?.width && page?.height ? page.width / page.height : 0.75;
}
