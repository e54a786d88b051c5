// Text truncation recovery: which text fragments are one paragraph cut by a page break, a column
// break, or a float/footnote/furniture in between — across any number of fragments.
//
// Only fragments separated by such a break are candidates (the parser's own paragraph split inside a column is
// kept). The evidence for each candidate pair is a list of named features (text-merge/features.ts, in order of
// precedence: kind of block, how the first fragment ends, script, how the next starts, line boxes, position,
// shape), weighed by src/weights/text-merge.ts; the pair is joined when the score reaches
// `options.textMerge.threshold`. Without line boxes, a sentence that ends exactly at a column or page end is
// undecidable: it stays apart, reported as unsure for the LLM path — except in CJK text, whose characters tell how
// full the last line is (text-merge/cjk-fill.ts). Furniture never breaks a chain, and neither
// does a caption typed as text ("Figure 3. …"), which the paragraph flows around; a heading or an equation does.
import {
  startsInside as boxesOverlap,
  type ColumnScan,
  columnScan,
  groupByPage,
  groupsFromPairs,
  isColumnBreak,
  lowestBottom,
} from '../layout/columns.js';
import { FLOWED_PAST, TEXT_LIKE } from '../model/block-kinds.js';
import { type Decision, decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import { combine, confidenceFromScore } from '../model/evidence.js';
import { endsSentence, startsUppercase } from '../text/chars.js';
import { pageNumberValue } from '../text/page-number.js';
import type { TextMergeFeature, TextMergeWeights } from '../weights/text-merge.js';
import { captionPieces } from './captions/caption-pieces.js';
import { headRowLines } from './table-merge/head-row-line.js';
import {
  isAlgorithm,
  isContinuedNote,
  isSubfigureLabel,
  markerBeside,
  subfigureLabelText,
  tableInFlow,
  unseenCut,
  unseenListingCut,
} from './text-merge/breaks.js';
import { CAPTION_TAIL, captionTails } from './text-merge/caption-tail.js';
import { cjkLastLineFills } from './text-merge/cjk-fill.js';
import { cutReferenceEntries, REFERENCE_CUT } from './text-merge/cut-entries.js';
import { DOUBLE_DETECTION, doubleDetections } from './text-merge/double-detection.js';
import { type ContinuationContext, type ContinuationEvidence, continuationScore } from './text-merge/features.js';
import { floatNote } from './text-merge/float-notes.js';
import { isFragment, lookahead, type OutOfFlow, outOfFlow } from './text-merge/flow.js';
import { FORMULA_DEBRIS, formulaDebrisPairs } from './text-merge/formula-debris.js';
import { HEADING_LINES, headingLines } from './text-merge/heading-lines.js';
import { LAYOUT_ONLY, layoutOnlyPairs } from './text-merge/layout-only.js';
import { listingCaptionBetween } from './text-merge/listing-caption.js';
import { footnoteRunOns, judgeNoteRun, noteRunOns } from './text-merge/note-runs.js';
import { OPENER, twoLineOpeners } from './text-merge/openers.js';
import { hasTextAboveInOwnColumn, hasTextBelowInOwnColumn } from './text-merge/overhang.js';
import { parserMergesApart } from './text-merge/parser-merge-apart.js';
import { PARSER_MERGE } from './text-merge/parser-merges.js';
import { PARSER_SPLIT, PARSER_SPLIT_UNBOXED, parserSplits, parserSplitsUnboxed } from './text-merge/parser-split.js';
import { PUBLISHER_NOTICE } from './text-merge/patterns.js';
import { REFERENCE_RESUMES, resumedReferences } from './text-merge/references.js';
import { looksLikeProse, opensCaption } from './text-merge/text-kind.js';
import { type DocumentTraits, documentTraits } from './text-merge/traits.js';
import type { FurnitureResult, MergeResult, StageInput } from './types.js';

export {
  type ContinuationContext,
  type ContinuationEvidence,
  continuationFeatures,
  continuationScore,
} from './text-merge/features.js';
export { looksLikeCode, looksLikeProse, namesUsedMidSentence } from './text-merge/text-kind.js';

/** Elements a paragraph may flow around without ending. */
const INTERRUPTERS = FLOWED_PAST;

function isLonePageNumber(e: Element): boolean {
  return e.text.length <= 12 && pageNumberValue(e.text) !== undefined && !/\p{L}{2}/u.test(e.text);
}

/** Where columns end and start on each page, asked once per page. */
interface ColumnGeometry {
  textScanOf: (page: number) => ColumnScan;
  lowestBottomOf: (page: number) => number;
  /** Where body text ends on a full page: the upper quartile of the pages' lowest body bottoms. */
  usualBottom: number;
}

function columnGeometry(bodyByPage: Map<number, Element[]>): ColumnGeometry {
  // Per page, once: a long page asked at every break would be scanned whole each time.
  const textScans = new Map<number, ColumnScan>();
  const textScanOf = (page: number): ColumnScan => {
    let scan = textScans.get(page);
    if (!scan) {
      const onPage = bodyByPage.get(page) ?? [];
      // A lone page number the furniture stage kept ends no column; a float's parts typed as text (a caption, a
      // subfigure's label, an algorithm's caption line) start none: the flow goes on under the float they belong to.
      const text = (e: Element) =>
        (TEXT_LIKE.has(e.type) || e.type === 'title') &&
        !isLonePageNumber(e) &&
        !opensCaption(e.text.trim()) &&
        !subfigureLabelText(e) &&
        !isAlgorithm(e);
      scan = columnScan(onPage.filter(text));
      textScans.set(page, scan);
    }
    return scan;
  };
  const lowestBottoms = new Map([...bodyByPage].map(([page, els]) => [page, lowestBottom(els)]));
  const bottoms = [...lowestBottoms.values()].sort((x, y) => x - y);
  return {
    textScanOf,
    lowestBottomOf: (page) => lowestBottoms.get(page) ?? 0,
    usualBottom: bottoms[Math.floor(bottoms.length * 0.75)] ?? 1,
  };
}

/** A text fragment after an open paragraph across a page break, a column break or floats. */
interface Candidate {
  open: Element;
  el: Element;
  between: Element[];
  brokenByPage: boolean;
  brokenByColumn: boolean;
  /** Blocks between that the reading order put there out of the paragraph's flow, by why. */
  aroundOutOfFlow: OutOfFlow[];
  /** Of those, the footnotes typed as text (their boxes end the column like a float's) and the other text out of place
   * (a publisher's notice, page-head matter: no column's text). */
  notesAround?: Element[];
  /** The next fragment is a list item with another list item after it: a list the first fragment leads in. */
  opensList: boolean;
  /** The two boxes overlap in one column: the parser cut one block in two (no break between them). */
  splitBox: boolean;
  /** Two text blocks in a row on one page without boxes: a column break between them would not be seen. */
  unseenBreak?: boolean;
  /** Two long code-like text blocks in a row on one page without boxes: a listing a column break cut. */
  unseenListing?: boolean;
}

/** Two code blocks of the parser's own type at a page or column break. */
function codeCandidate(
  open: Element,
  el: Element,
  between: Element[],
  around: OutOfFlow[],
  notes: Element[],
): Candidate {
  const brokenByPage = el.page !== open.page;
  return {
    open,
    el,
    between,
    brokenByPage,
    brokenByColumn: !brokenByPage,
    aroundOutOfFlow: around,
    notesAround: notes,
    opensList: false,
    splitBox: false,
  };
}

/**
 * The next fragment is a list item the open fragment leads in: a text block with another item after this one, or
 * a list item that ends with a colon ("Universal OS realized via:").
 */
function leadsInList(el: Element, open: Element, next: Element | undefined): boolean {
  if (el.type !== 'list_item') return false;
  return (
    (open.type === 'text' && next?.type === 'list_item') ||
    (open.type === 'list_item' && /[:：]$/.test(open.text.trimEnd()))
  );
}

/**
 * A caption typed as text is a float's part, which a paragraph flows around like the float itself; so is one typed
 * as a heading (the headings stage demotes a caption label), a subfigure's label ("(a) Before the change.") right
 * after a figure or another such label, text the parser read out of the picture before it (text-merge/in-figure.ts),
 * and `parts`: a caption's rest and a table's head row it typed text.
 */
function floatPart(body: readonly Element[], i: number, inFigure: ReadonlySet<number>, parts: Set<number>): boolean {
  const el = body[i];
  if (parts.has(el.id)) return true;
  const text = el.text.trim();
  const captionLike =
    (TEXT_LIKE.has(el.type) && (opensCaption(text) || isContinuedNote(text))) ||
    (el.type === 'title' && opensCaption(text));
  return captionLike || isSubfigureLabel(body, i) || inFigure.has(el.id) || floatNote(body, i, parts);
}

/** The candidate pairs in reading order: consecutive text fragments with only floats, notes or furniture between. */
function candidates(body: readonly Element[], noteRests: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = [];
  const { nextFragment, flowAt, inFigure } = lookahead(body);
  // a caption's rest and a table's head row the parser typed text (captions/caption-pieces.ts, table-merge/head-row-line.ts)
  const parts = new Set([...captionPieces(body).keys(), ...headRowLines(body)]);
  let open: Element | undefined;
  let between: Element[] = [];
  let around: OutOfFlow[] = [];
  let notes: Element[] = [];
  body.forEach((el, i) => {
    const captionText = floatPart(body, i, inFigure, parts);
    // A footnote cut by a break and its rest (text-merge/note-runs.ts) stand out of the flow (a paragraph cut by the
    // same page break goes on past the note's first part: "… the version" | "1 The mod_info …" | "packaged for …").
    if (noteRests.has(el.id) && !open) return;
    const pastNotice = around.includes('publisher-notice');
    const misplaced = open && (noteRests.has(el.id) ? 'footnote' : outOfFlow(el, flowAt(i, open, pastNotice)));
    if (misplaced) {
      around.push(misplaced);
      if (misplaced !== 'page-number' && misplaced !== 'reference-list' && misplaced !== 'side-heading') notes.push(el);
    } else if (tableInFlow(between) && !INTERRUPTERS.has(el.type)) {
      // A table cut over pages stands in the flow, so nothing before it runs on after it.
      open = el.type === 'code' || (isFragment(el) && !captionText) ? el : undefined;
      between = [];
      around = [];
      notes = [];
    } else if (isAlgorithm(el)) {
      // An algorithm ("Algorithm 1 …", "Require: n ≥ 1 …") is a float set whole: the flow runs around it.
      if (open) between.push(el);
    } else if (el.type === 'code') {
      // A code block the parser typed as such goes on only into another one across a page or column break.
      // Without boxes (Markdown output) a column break is not seen: a listing of several lines and the next one
      // in a row, with only floats or nothing between, are taken as one cut (one-line snippets stand alone).
      if (open?.type === 'code' && (el.page !== open.page || isColumnBreak(open, el) || unseenListingCut(open, el)))
        found.push(codeCandidate(open, el, between, around, notes));
      open = el;
      between = [];
      around = [];
      notes = [];
    } else if (open && markerBeside(el, open)) {
      // The marker of the line it stands on, which the parser put after that line in reading order: no fragment.
    } else if (isFragment(el) && !captionText) {
      if (open && (open.type === 'text' || open.type === 'list_item')) {
        const brokenByPage = el.page !== open.page;
        const brokenByColumn = isColumnBreak(open, el);
        // Only running prose is taken for a block the parser cut (not an author line, a label, a table row).
        const splitBox = !brokenByColumn && boxesOverlap(open, el) && looksLikeProse(open.text);
        // Without boxes (Markdown, Unstructured) a column break is invisible: two text blocks in a row are a
        // candidate when a word is cut there, and the text must say so against the prior of two paragraphs.
        const unseen = brokenByPage || between.length > 0 ? undefined : unseenCut(open, el);
        if (brokenByPage || brokenByColumn || splitBox || unseen || between.length > 0 || around.length > 0) {
          found.push({
            open,
            el,
            between,
            brokenByPage,
            brokenByColumn,
            aroundOutOfFlow: around,
            notesAround: notes,
            opensList: leadsInList(el, open, nextFragment[i]),
            splitBox,
            unseenBreak: unseen === 'word' && around.length === 0,
            unseenListing: unseen === 'listing',
          });
        }
      }
      open = el;
      between = [];
      around = [];
      notes = [];
    } else if (INTERRUPTERS.has(el.type) || captionText) {
      if (open) between.push(el);
    } else {
      open = undefined;
      between = [];
      around = [];
      notes = [];
    }
  });
  return found;
}

interface Judge {
  traits: DocumentTraits;
  geometry: ColumnGeometry;
  threshold: number;
  columnEndSlack: number;
  sentenceAtBreakConfidence: number;
  weights: TextMergeWeights;
  /** Last-line fills of CJK blocks without line boxes, from their characters (text-merge/cjk-fill.ts). */
  cjkFills: ReadonlyMap<number, number>;
}

function contextOf(c: Candidate, judge: Judge): ContinuationContext {
  const { open, el, brokenByPage, brokenByColumn } = c;
  const { traits, geometry } = judge;
  const interrupted = c.between.length > 0;
  // Floats between below the first fragment in its column: where the lowest of them ends is where its column
  // ends (a float at the head of the next column or page says nothing about it).
  // A caption the parser nested in its float has no box of its own: it stands where the float does.
  const floatsBelowA = c.between.filter(
    (e) =>
      e.page === open.page &&
      !e.hints?.nestedIn &&
      (!e.bbox || !open.bbox || (e.bbox[1] >= open.bbox[3] - 0.01 && !isColumnBreak(open, e))),
  );
  // Footnotes typed as text below it on its page, set off by the space of the footnote rule, end its column as a
  // float would (they are text to the scan); a numbered line right under it is the body's own.
  const notes = c.notesAround ?? [];
  // A publisher's notice ("Permission to make …") is set at its column's foot whatever the space above it.
  const gap = (e: Element) => (PUBLISHER_NOTICE.test(e.text.trim()) ? -NOTE_RULE_SPACE : NOTE_RULE_SPACE);
  const notesBelowA = notes.filter(
    (e) => e.page === open.page && e.bbox && open.bbox && e.bbox[1] >= open.bbox[3] + gap(e),
  );
  floatsBelowA.push(...notesBelowA);
  const lowest = floatsBelowA.length > 0 ? lowestBottom(floatsBelowA) : open.bbox?.[3];
  const floatsBoxed = floatsBelowA.every((e) => e.bbox);
  return {
    aEndsColumnLow:
      open.bbox && lowest !== undefined && floatsBoxed && !c.splitBox
        ? !hasTextBelow(open, geometry.textScanOf(open.page), notesBelowA) &&
          lowest >= Math.max(geometry.lowestBottomOf(open.page), geometry.usualBottom) - judge.columnEndSlack
        : undefined,
    bStartsColumn:
      el.bbox && (brokenByPage || brokenByColumn) ? !hasTextAbove(el, geometry.textScanOf(el.page), notes) : undefined,
    aIndent: traits.indentOf(open),
    bIndent: traits.indentOf(el),
    bOneLineIndented: traits.oneLineIndented(el),
    // Asked only where it can matter: after a sentence end the capital decides nothing.
    namesMidSentence:
      startsUppercase(el.text) && !endsSentence(open.text.trimEnd()) ? traits.namesMidSentence() : undefined,
    spacedStops: traits.spacedStops,
    lineBreaksKept: traits.lineBreaksKept,
    termsAlone: traits.termsAlone,
    paragraphsIndented: traits.paragraphsIndented,
    interrupted,
    aroundOutOfFlow: c.aroundOutOfFlow,
    opensList: c.opensList,
    splitBox: c.splitBox,
    unseenBreak: c.unseenBreak,
    unseenListing: c.unseenListing,
    codeBlocks: c.open.type === 'code' && c.el.type === 'code',
    listingCaptionBetween: listingCaptionBetween(c.between),
    aPageSparse:
      brokenByPage && ((!open.bbox && traits.sparsePage(open.page)) || traits.blankPageBetween(open.page, el.page)),
    aLastLineFill: judge.cjkFills.get(open.id),
  };
}

/** The least space (page fraction) between the body and the footnotes under it: the footnote rule's. */
const NOTE_RULE_SPACE = 0.01;

/** Text above `el` in its column other than blocks out of the flow (page-head matter the reading order put here). */
function hasTextAbove(el: Element, scan: ColumnScan, around: readonly Element[]): boolean {
  // Nor the text of a column right of its own that it only overhangs (text-merge/overhang.ts).
  return hasTextAboveInOwnColumn(el, scan.byBottomAscending, (o) => around.includes(o));
}

/** Text below `el` in its column other than the notes at its foot (nor a column's it only overhangs, ./overhang.ts). */
function hasTextBelow(el: Element, scan: ColumnScan, notes: readonly Element[]): boolean {
  return hasTextBelowInOwnColumn(el, scan.byTopDescending, (o) => notes.includes(o));
}

/** Which rule decided, and the one sentence for it. */
function ruleOf(
  c: Candidate,
  context: ContinuationContext,
  evidence: ContinuationEvidence,
  joined: boolean,
): { rule: string; reason: string; unsure: boolean } {
  const where = c.brokenByPage
    ? 'page break'
    : c.brokenByColumn
      ? 'column break'
      : c.splitBox && c.between.length === 0
        ? 'box the parser cut in two'
        : c.unseenBreak
          ? 'break no box shows'
          : `${c.between.length} float(s)`;
  const verdict = `${joined ? 'joined' : 'kept apart'} across a ${where}`;
  // A sentence that ends where a full last line ends: a continuation about as often as not.
  if (evidence.sentenceAtLineEnd === true)
    return {
      rule: 'text-merge.sentence-at-line-end',
      reason: `${verdict} (a sentence ends where a full line ends: unsure)`,
      unsure: true,
    };
  if (joined) return { rule: 'text-merge.continuation', reason: verdict, unsure: false };
  // A sentence that ends exactly at a column or page break: block-level output cannot tell whether the
  // paragraph goes on, so the decision is reported as unsure (the LLM path may take it).
  const blind =
    (c.open.hints?.lastLineFill ?? context.aLastLineFill) === undefined &&
    (c.brokenByColumn || c.brokenByPage) &&
    context.aEndsColumnLow === true &&
    context.bStartsColumn === true &&
    endsSentence(c.open.text);
  if (blind)
    return {
      rule: 'text-merge.sentence-at-break',
      reason: `${verdict} (a sentence ends at the break: unsure)`,
      unsure: true,
    };
  return { rule: 'text-merge.new-paragraph', reason: verdict, unsure: false };
}

function judgeCandidate(c: Candidate, judge: Judge): { joined: boolean; decision: Decision } {
  const context = contextOf(c, judge);
  const evidence = continuationScore(c.open, c.el, context, judge.weights);
  const joined = evidence.score >= judge.threshold;
  const confidence = confidenceFromScore(evidence.score, judge.threshold, judge.weights.scale);
  const { rule, reason, unsure } = ruleOf(c, context, evidence, joined);
  const capped = unsure ? Math.min(confidence, judge.sentenceAtBreakConfidence) : confidence;
  return {
    joined,
    decision: decision('text-merge', rule, reason, capped, [c.open, c.el], joined, 'rules', evidence.features),
  };
}

/** A pair that one strong kind of evidence decides (the parser's own merge, a two-line opener). */
function judgeBy(
  [a, b]: [Element, Element],
  feature: TextMergeFeature,
  rule: string,
  why: string,
  judge: Judge,
): { joined: boolean; decision: Decision } {
  const { score, features } = combine([{ id: feature, value: 1 }], judge.weights, judge.weights.bias);
  for (const f of features) f.id = `text-merge.${f.id}`;
  const joined = score >= judge.threshold;
  const confidence = confidenceFromScore(score, judge.threshold, judge.weights.scale);
  const reason = `${joined ? 'joined' : 'kept apart'}: ${why}`;
  return { joined, decision: decision('text-merge', rule, reason, confidence, [a, b], joined, 'rules', features) };
}

export function mergeTextFragments({ doc, options }: StageInput, furniture: FurnitureResult): MergeResult {
  const opt = options.textMerge;
  const body = doc.elements.filter((el) => !furniture.kinds.has(el.id));
  const bodyByPage = groupByPage(body);
  const judge: Judge = {
    traits: documentTraits(body, bodyByPage),
    geometry: columnGeometry(bodyByPage),
    threshold: opt.threshold,
    columnEndSlack: opt.columnEndSlack,
    sentenceAtBreakConfidence: opt.sentenceAtBreakConfidence,
    weights: options.weights.textMerge,
    cjkFills: cjkLastLineFills(body),
  };
  const pairs: Array<[number, number]> = [];
  const decisions: Decision[] = [];
  // The parser's own merges and two-line openers come first: their second block has its predecessor.
  const settled = new Set<number>();
  const merges = parserMergesApart(body, judge, { decisions, settled });
  const strong = [
    ...doubleDetections(body).map((p) => ({ p, by: DOUBLE_DETECTION })),
    ...merges.kept.map((p) => ({ p, by: PARSER_MERGE })),
    ...twoLineOpeners(body).map((p) => ({ p, by: OPENER })),
    ...headingLines(body).map((p) => ({ p, by: HEADING_LINES })),
    ...parserSplits(body).map((p) => ({ p, by: PARSER_SPLIT })),
    ...parserSplitsUnboxed(body).map((p) => ({ p, by: PARSER_SPLIT_UNBOXED })),
    ...formulaDebrisPairs(body).map((p) => ({ p, by: FORMULA_DEBRIS })),
    ...captionTails(body).map((p) => ({ p, by: CAPTION_TAIL })),
    ...resumedReferences(body).map((p) => ({ p, by: REFERENCE_RESUMES })),
    ...cutReferenceEntries(body).map((p) => ({ p, by: REFERENCE_CUT })),
    ...layoutOnlyPairs(body).map((p) => ({ p, by: LAYOUT_ONLY })),
  ];
  // A reference entry that resumes further on has its rest: the block after it in reading order is not that.
  const resumed = new Set<number>();
  for (const { p, by } of strong) {
    if (settled.has(p[1].id)) continue;
    settled.add(p[1].id);
    const judged = judgeBy(p, by.feature, by.rule, by.why, judge);
    if (judged.joined) pairs.push([p[0].id, p[1].id]);
    if (judged.joined && by === REFERENCE_RESUMES) resumed.add(p[0].id);
    decisions.push(judged.decision);
  }
  // Footnotes cut by a break go on under the next area's body: their rest is settled before the flow is read.
  const noteRests = new Set<number>();
  const noteDecisions: Decision[] = [];
  for (const p of noteRunOns(body)) {
    if (settled.has(p[1].id) || resumed.has(p[0].id) || merges.continued.has(p[0].id)) continue;
    const judged = judgeNoteRun(p, judge.weights, judge.threshold);
    noteDecisions.push(judged.decision);
    if (!judged.joined) continue;
    pairs.push([p[0].id, p[1].id]);
    settled.add(p[1].id);
    resumed.add(p[0].id);
    noteRests.add(p[0].id).add(p[1].id);
  }
  for (const c of candidates(body, noteRests)) {
    if (settled.has(c.el.id) || resumed.has(c.open.id)) continue;
    const judged = judgeCandidate(c, judge);
    if (judged.joined) pairs.push([c.open.id, c.el.id]);
    decisions.push(judged.decision);
  }
  decisions.push(...noteDecisions);
  footnoteRunOns(body, judge.weights, judge.threshold, pairs, decisions, settled);
  return { groups: groupsFromPairs(pairs.sort((x, y) => x[0] - y[0])), decisions };
}
