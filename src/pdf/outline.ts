// The outline (bookmarks) → heading elements: `hints.outlineLevel`, which the headings stage ranks above
// numbering and size (rule `headings.outline`; Docling's order: bookmarks, then numbering, then style).
//
// Evidence, in this order, for each entry:
// 1. a heading element (title, page_title) on the page its destination names (then the pages next to it) whose
//    text is the entry's — exactly, without the heading's own numbering ("Introduction" ↔ "1 Introduction"; in
//    the entry's letter case before another: a running head in capitals repeats the title), or
//    by bigram similarity ≥ 0.75, never two texts alike but for their numbers ("Article 1" is not "Article 2");
//    a header the parser folded a title into after the running head ("Guide for Debian Maintainers\n\nChapter V
//    2.5. Debian documentation", Mistral's page header) offers that folded line;
// 2. an entry no heading matched: a text element that carries its very text keeps the depth as a hint (it stays
//    text unless the headings stage promotes it), and the entry is reported (`pdf.outline-unmatched`);
// 3. else, the first entry naming its page, when that page opens on a blank header above its body text (Marker
//    empties every block it labels PageHeader: a title whose words were lost, which the headings stage takes
//    for a top section, blank-opener.ts): that header takes the entry's depth — the outline says a heading of
//    this depth opens the page; the parser kept its place and lost its words;
// 4. else the entry is reported (`pdf.outline-unmatched`), never invented.
// An entry the outline lists before the entry of an earlier heading, while its own heading stands between that
// heading and the heading of its first sub-entry, gives no depth (`pdf.outline-order`, reported): it was written out of
// order, and its place in the tree is not its heading's. revtex writes the abstract's bookmark (at the sections'
// level) before \maketitle writes the title's one level above: "Abstract" became a top entry beside the title, ahead
// of it, and read so the abstract stood beside the title over the sections (every format, 0.967 → 0.900 TEDS).
// An outline of a single top-level entry on the first page ranks nothing: it names the document (llncs's title
// bookmark under hyperref, a PDF whose one bookmark is its title), so no element takes a depth from it
// (`pdf.outline-single`, reported).
import type { Diagnostic, Element } from '../model/element.js';
import { splitFoldedHeader } from '../text/folded-header.js';
import type { PdfData, PdfOutlineEntry } from './read.js';
import { normalizeText, similarity } from './text.js';

const HEADING_TYPES = new Set(['title', 'page_title']);

/** The numbers a text carries, in order ("Article 12" → "12"); empty when none. */
function numbersOf(text: string): string {
  return (text.match(/\p{Nd}+/gu) ?? []).join(' ');
}

/** The heading text an element offers the outline: a title's own, a folded header's line; none else. */
function headingText(el: Element): string | undefined {
  if (HEADING_TYPES.has(el.type)) return el.text;
  if (el.type === 'header') return splitFoldedHeader(el.text)?.rest;
  return undefined;
}

/**
 * A heading's text without its numbering ("2.8 Contribution approaches" → "Contribution approaches", "IV. Results"
 * → "Results", "A.1 Name" → "Name"): numbers and Roman numerals, each closed by a point, a parenthesis or a space. A numeral's letters
 * must end there: the "C" of "Contribution" is no Roman numeral (read as one, "2.8 Contribution approaches" lost its
 * first letter and tied with the running head "2.8. CONTRIBUTION APPROACHES", first in reading order).
 */
export function withoutNumbering(text: string): string {
  // (an appendix's letter opens its numbers: "A.1 名称", "A.3.1 Options")
  return text.replace(/^\s*(?:[A-Z]\.(?=\p{N}))?(?:(?:\p{N}+|[IVXLCivxlc]+)(?:[.)]\s*|\s+))+(?=\p{L})/u, '');
}

/** A worded label opening a heading: "Appendix A:", "Chapter 3.", "Annex B —", "Part II". */
const WORD_LABEL = /^\s*(?:appendix|annex|chapter|part|section)\s+[\p{L}\p{N}]{1,4}\s*[.:：—–-]?\s+/iu;

/** How surely an element's text is an outline entry's title (0–1). */
function outlineScore(entry: string, text: string): number {
  const a = normalizeText(entry);
  const b = normalizeText(text);
  if (!a || !b) return 0;
  // The same words in the entry's own letter case win a tie: the heading "2.5 Debian documentation" over the
  // running head "2.5. DEBIAN DOCUMENTATION" above it on the page (DBLaTeX), which comes first in reading order.
  const bareText = withoutNumbering(text);
  const sameCase = (t: string) => t.replace(/\s+/g, ' ').trim() === entry.replace(/\s+/g, ' ').trim();
  if (a === b) return sameCase(text) ? 1 : 0.99;
  // "Introduction" against "1 Introduction": the heading's text without its numbering
  const bare = normalizeText(bareText);
  if (bare === a) return sameCase(bareText) ? 0.985 : 0.98;
  // "Multi-Arch Support" against "Appendix A: Multi-Arch Support" (revtex): the heading's words after its worded
  // label, above a longer text that merely ends in them ("NOTE APT's multi-arch support", a page later)
  if (normalizeText(text.replace(WORD_LABEL, '')) === a) return 0.97;
  if (b.endsWith(a) && a.length >= 4 && b.length - a.length <= 8) return 0.95;
  // Texts alike but for their numbers are two headings ("Article 1", "Article 2"), not one read with noise.
  const [na, nb] = [numbersOf(entry), numbersOf(text)];
  if (na && nb && na !== nb) return 0;
  return similarity(entry, text);
}

/** An element's type size: the PDF's font size, else its line height (0: unknown, never larger). */
const typeSize = (el: Element) => el.hints?.pdf?.fontSize ?? el.hints?.lineHeight ?? 0;

function markOutline(el: Element, entry: PdfOutlineEntry): void {
  el.hints = { ...(el.hints ?? {}), outlineLevel: entry.level };
  el.hints.pdf = { ...(el.hints.pdf ?? { textLayer: false }), outlineEntry: entry.index };
}

/** The heading element an entry names (step 1), if any scores ≥ 0.75. */
function headingOf(
  entry: PdfOutlineEntry,
  elements: readonly Element[],
  byPage: Map<number, Element[]>,
  used: Set<number>,
): Element | undefined {
  const pool =
    entry.page !== undefined
      ? [entry.page, entry.page + 1, entry.page - 1].flatMap((p) => byPage.get(p) ?? [])
      : elements;
  let best: Element | undefined;
  let bestScore = 0;
  for (const el of pool) {
    const text = headingText(el);
    if (text === undefined || used.has(el.id)) continue;
    // the named page first: an equal match a page away loses
    const s = outlineScore(entry.title, text) - (entry.page !== undefined && el.page !== entry.page ? 0.05 : 0);
    // a tie goes to the larger type: the heading "2.7 仓库状况" (14 pt), not the running head "2.7. 仓库状况" (10 pt)
    // that repeats it above — CJK has no letter case to tell them apart (debmake-doc zh-cn)
    if (s > bestScore || (s === bestScore && best && typeSize(el) > typeSize(best))) {
      best = el;
      bestScore = s;
    }
  }
  return best && bestScore >= 0.75 ? best : undefined;
}

/**
 * A blank header opening the page: the last of the blank headers above the page's first element with text,
 * that text being body text below it (the blank headers before it are running heads).
 */
function blankOpener(page: readonly Element[], used: Set<number>): Element | undefined {
  const next = page.findIndex((e) => e.text.trim());
  if (next <= 0 || page[next].type === 'header') return undefined;
  const el = page[next - 1];
  if (el.type !== 'header' || el.text.trim() !== '' || used.has(el.id)) return undefined;
  const below = page[next].bbox;
  if (el.bbox && below && below[1] < (el.bbox[1] + el.bbox[3]) / 2) return undefined;
  return el;
}

type Matched = { entry: PdfOutlineEntry; el: Element };

/**
 * The entries written out of order (their indexes): X, listed before an entry T, whose heading stands after T's heading
 * and before the heading of T's first matched sub-entry. In an outline in the document's order nothing stands there:
 * the entries after T's are its sub-entries.
 */
function outOfOrder(pairs: readonly Matched[], elements: readonly Element[]): Set<number> {
  const out = new Set<number>();
  if (pairs.length < 3) return out;
  const pos = new Map<number, number>(elements.map((e, i) => [e.id, i]));
  const sorted = [...pairs].sort((a, b) => a.entry.index - b.entry.index);
  for (let t = 0; t < sorted.length; t++) {
    const T = sorted[t];
    const child = sorted[t + 1];
    if (!child || child.entry.level !== T.entry.level + 1) continue;
    const [from, to] = [pos.get(T.el.id) ?? -1, pos.get(child.el.id) ?? -1];
    for (let x = 0; x < t; x++) {
      const at = pos.get(sorted[x].el.id) ?? -1;
      if (at > from && at < to) out.add(sorted[x].entry.index);
    }
  }
  return out;
}

/** Marks the matched headings with their entries' depth, but for the entries written out of order (reported). */
function markInOrder(pairs: readonly Matched[], elements: readonly Element[], warnings: Diagnostic[]): number {
  const misplaced = outOfOrder(pairs, elements);
  let marked = 0;
  for (const { entry, el } of pairs) {
    if (misplaced.has(entry.index)) continue;
    markOutline(el, entry);
    marked++;
  }
  if (misplaced.size > 0) {
    const shown = pairs
      .filter((p) => misplaced.has(p.entry.index))
      .map((p) => `"${p.entry.title.slice(0, 60)}" (level ${p.entry.level}) is ${p.el.type} ${p.el.ref}`)
      .join('; ');
    warnings.push({
      severity: 'warning',
      place: {},
      ruleId: 'pdf.outline-order',
      reason: `${misplaced.size} outline entries come before the entry of a heading their own heading follows (out of order): no depth taken from them: ${shown}`,
    });
  }
  return marked;
}

/** Outline entries → heading elements (`hints.outlineLevel`); the unmatched ones reported. */
export function matchOutline(elements: Element[], pdf: PdfData, warnings: Diagnostic[]): number {
  if (pdf.outline.length === 0) return 0;
  const [only] = pdf.outline;
  if (pdf.outline.length === 1 && only.level === 1 && (only.page ?? 1) === 1) {
    warnings.push({
      severity: 'warning',
      place: {},
      ruleId: 'pdf.outline-single',
      reason: `the outline has one entry, on the first page ("${only.title.slice(0, 60)}"): it names the document and ranks nothing, no heading level taken from it`,
    });
    return 0;
  }
  const byPage = new Map<number, Element[]>();
  for (const e of elements) byPage.set(e.page, [...(byPage.get(e.page) ?? []), e]);
  const used = new Set<number>();
  const left: PdfOutlineEntry[] = [];
  const pairs: Matched[] = [];
  let matched = 0;
  for (const entry of pdf.outline) {
    if (!normalizeText(entry.title)) continue;
    const best = headingOf(entry, elements, byPage, used);
    if (!best) {
      left.push(entry);
      continue;
    }
    used.add(best.id);
    pairs.push({ entry, el: best });
  }
  matched += markInOrder(pairs, elements, warnings);
  const firstOfPage = new Map<number, PdfOutlineEntry>();
  for (const entry of pdf.outline)
    if (entry.page !== undefined && !firstOfPage.has(entry.page)) firstOfPage.set(entry.page, entry);
  const unmatched: string[] = [];
  for (const entry of left) {
    const onPage = entry.page !== undefined ? (byPage.get(entry.page) ?? []) : elements;
    // Of two carriers, the larger type: the heading a parser typed as a header ("2 升级后的清理", 14.35 pt, PaddleOCR),
    // not the running head repeating it above (no size of its own), first in reading order (ctexart).
    const carrier = onPage
      .filter(
        (e) =>
          !HEADING_TYPES.has(e.type) &&
          (normalizeText(e.text).startsWith(normalizeText(entry.title)) || outlineScore(entry.title, e.text) >= 0.9),
      )
      .reduce<Element | undefined>((b, e) => (!b || typeSize(e) > typeSize(b) ? e : b), undefined);
    const blank = !carrier && firstOfPage.get(entry.page ?? -1) === entry ? blankOpener(onPage, used) : undefined;
    // A text element of the entry's very text keeps its depth as a hint, in case the headings stage promotes it
    // ("Article 9" typed as text, numbered as the headings around it): it stays text otherwise.
    const hinted = blank ?? (carrier && outlineScore(entry.title, carrier.text) >= 0.98 ? carrier : undefined);
    if (hinted && !used.has(hinted.id)) {
      used.add(hinted.id);
      markOutline(hinted, entry);
    }
    if (blank) {
      matched++;
      continue;
    }
    unmatched.push(
      `"${entry.title.slice(0, 60)}" (level ${entry.level}${entry.page !== undefined ? `, page ${entry.page}` : ''})` +
        (carrier ? ` is ${carrier.type} ${carrier.ref}, left as it is` : ''),
    );
  }
  if (unmatched.length > 0) {
    const shown = unmatched.slice(0, 10).join('; ');
    warnings.push({
      severity: 'warning',
      place: {},
      ruleId: 'pdf.outline-unmatched',
      reason: `${unmatched.length} of ${pdf.outline.length} outline entries match no heading element (not invented): ${shown}${unmatched.length > 10 ? `; … ${unmatched.length - 10} more` : ''}`,
    });
  }
  return matched;
}
