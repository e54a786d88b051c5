// Table truncation recovery: which table fragments are one table continued over two or more pages
// (or columns), and the merged table itself.
//
// A candidate pair is two tables with nothing but captions, footnotes and furniture between them, on facing
// pages or across a column break. The evidence is a list of named features (one function per kind, weighed by
// src/weights/table-merge.ts), the pair is one table when the score reaches `options.tableMerge.threshold`:
//  - captions: a continuation marker in the second table's caption ("(continued)", "续表", "続き") — strongest;
//    a new caption with a different number — strongest against;
//  - columns: the same column count once colspans/rowspans are expanded (for), a different one (against; weakly
//    when off by one, a column a recogniser merged or split on one page: ./table-merge/columns.ts);
//  - position: the first fragment ends its page (column) and the second opens the next one (for);
//  - width: similar widths (for); header rows: a repeated header row (for; dropped once merged);
//  - endings: the first fragment ends with its own footnote ("资料来源：…", "Source: …") — against;
//  - side by side: two tables next to each other on one page are never one table (a veto, whatever the score);
//  - boxes: one-column boxes that each open with a note label ("Note …", "Tip …", "注意 …") are two boxes;
//    a table opening with a header row after a note box is a new table.
// A note box that floated between two fragments of a long table (to the top of the next page) is passed over, and
// so are a close footnote under the first, after a "continued" line the next page's running lines that the
// furniture stage kept, a row group's label the parser read out of the table and set beside the next fragment, and
// the table's title lines repeated over the continuation (./table-merge/between.ts), a table's head row read as a
// text line over the next fragment (./table-merge/head-row-line.ts), a caption's rest typed text
// (./captions/caption-pieces.ts), and a note line typed text right under a table (counted as its footnote).
// A table a recogniser drew as pieces stacked on one page is a candidate too (./table-merge/stacked.ts: nothing but
// a row group's label between them; vetoed when the lower piece has a caption or a head row of its own).
// A row cut by the page break (the continuation row's first cell empty) is joined into one row.
import type { Element as HastElement } from 'hast';
import {
  groupByPage,
  groupsFromPairs,
  hasAboveInColumn,
  hasBelowInColumn,
  isColumnBreak,
  lowestBottom,
} from '../layout/columns.js';
import { type Decision, decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import { combine, confidenceFromScore, type Feature, type Observation } from '../model/evidence.js';
import { columnCount, concatTables, type ParsedTable, parseTable, rowTextsOnce } from '../table/html.js';
import { CONTINUED_RE, parseCaptionLabel } from '../text/caption-label.js';
import { endsSentence } from '../text/chars.js';
import type { TableMergeFeature, TableMergeWeights } from '../weights/table-merge.js';
import { captionPieces } from './captions/caption-pieces.js';
import { markedNoteOfFloat } from './captions/marked-notes.js';
import { isMarkedNote, isNoteLine } from './captions/roles.js';
import { isLayoutOnly } from './headings/demotions.js';
import {
  isContinuationLine,
  isEdgeLineAfterContinued,
  isFootnoteText,
  isRepeatedTitle,
  isRowLabelBeside,
} from './table-merge/between.js';
import { offByOneColumn, sameRowRedrawn } from './table-merge/columns.js';
import { isHeadRowLine } from './table-merge/head-row-line.js';
import { opensWithRowGroup } from './table-merge/row-group.js';
import { sideBySideEvidence } from './table-merge/side-by-side.js';
import { silentNoteEnds } from './table-merge/silent-notes.js';
import { isStackedOnPage, stackedVeto } from './table-merge/stacked.js';
import type { FurnitureResult, StageInput, TableMergeResult } from './types.js';

const VETOES = new Set([
  'table-merge.side-by-side',
  'table-merge.stacked-own-caption',
  'table-merge.stacked-own-header',
]);

const PASSABLE = new Set(['table_caption', 'table_footnote', 'page_footnote', 'aside_text', 'image_caption']);

export interface Fragment {
  el: Element;
  table: ParsedTable;
  columns: number;
  captions: Element[];
  /** Footnotes the parser nested in the table's entry. */
  footnotes: Element[];
}

/** A table's caption right before it: typed so, or text opening with a table's label ("表 11.1 …", Marker). */
const isCaptionBefore = (el: Element) =>
  el.type === 'table_caption' || (el.type === 'text' && parseCaptionLabel(el.text)?.kind === 'table');
/** How many caption pieces before a table may be its own: a label line and one or two lines of its title. */
const CAPTION_PIECES = 3;

/**
 * Parses each table once, on first need, with the captions the parser nested inside its entry or set as their own
 * element right before it on its page ("表 11.1 …" above its table, typed caption or text).
 */
function fragmentsOf(elements: readonly Element[]): (el: Element) => Fragment {
  const nestedCaptions = new Map<string, Element[]>();
  const nestedNotes = new Map<string, Element[]>();
  for (let k = 0; k < elements.length; k++) {
    const el = elements[k];
    if (el.type === 'table') {
      // a caption cut in pieces ("表11.1 migrate_all_online.sh スクリプトか" | "らの質問に対する回答"): all of them
      const own = [];
      for (let j = k - 1; j >= 0 && j >= k - CAPTION_PIECES; j--) {
        const before = elements[j];
        if (!isCaptionBefore(before) || before.hints?.nestedIn || before.page !== el.page) break;
        own.unshift(before);
      }
      if (own.length) nestedCaptions.set(el.ref, [...(nestedCaptions.get(el.ref) ?? []), ...own]);
    }
    const parent = el.hints?.nestedIn;
    const into = el.type === 'table_caption' ? nestedCaptions : el.type === 'table_footnote' ? nestedNotes : undefined;
    if (parent && into) {
      const list = into.get(parent);
      if (list) list.push(el);
      else into.set(parent, [el]);
    }
  }
  const fragments = new Map<number, Fragment>();
  return (el) => {
    let f = fragments.get(el.id);
    if (!f) {
      const table = parseTable(el.html ?? '');
      const captions = nestedCaptions.get(el.ref) ?? [];
      f = { el, table, columns: columnCount(table.rows), captions, footnotes: nestedNotes.get(el.ref) ?? [] };
      fragments.set(el.id, f);
    }
    return f;
  };
}

/**
 * Consecutive tables with only captions, notes (or a "continued" line) between them. A note box (one column,
 * opening with a note label) after a wider table is passed over: the next table may still continue that one.
 */
function candidatePairs(
  body: readonly Element[],
  fragmentOf: (el: Element) => Fragment,
): Array<{ a: Element; b: Element; between: Element[] }> {
  const found: Array<{ a: Element; b: Element; between: Element[] }> = [];
  let previous: Element | undefined;
  let between: Element[] = [];
  let first = 0; // the run's first fragment: the lines right before it are the table's title
  const pieces = captionPieces(body);
  for (let i = 0; i < body.length; i++) {
    const el = body[i];
    if (el.type === 'table') {
      // Only a pair on facing pages or across a column break is a candidate: asked here, before the two tables'
      // HTML is parsed, which most tables then never are. A piece stacked right under the previous one on its page
      // too (./table-merge/stacked.ts: its boxes asked before the tables are parsed).
      const a = previous;
      const candidate =
        a &&
        (el.page === a.page + 1 ||
          isColumnBreak(a, el) ||
          isStackedOnPage(a, el, between, () => [fragmentOf(a).table, fragmentOf(el).table]));
      if (!candidate) first = i;
      if (candidate) found.push({ a: previous!, b: el, between });
      if (candidate && isFloatedBox(fragmentOf(previous!), fragmentOf(el))) {
        between = [...between, el];
        continue;
      }
      previous = el;
      between = [];
    } else if (PASSABLE.has(el.type) || isContinuationLine(el) || (previous && isFootnoteText(el, previous))) {
      between.push(el);
    } else if (previous && isEdgeLineAfterContinued(el, previous, between)) {
      between.push(el);
    } else if (previous && (isRowLabelBeside(el, body[i + 1]) || isRepeatedTitle(el, previous, body, first))) {
      between.push(el);
    } else if (previous && body[i - 1]?.type === 'table' && (isNoteLine(el) || markedNoteOfFloat(body, i))) {
      // a table's note line typed text right under it ("Note: …", "* …"): a footnote, weighed as one (endingEvidence)
      between.push(el);
    } else if (previous && (isHeadRowLine(body, i) || pieces.has(el.id))) {
      // the next fragment's head row read as a text line over it (./table-merge/head-row-line.ts), a caption's rest
      // the parser typed text (./captions/caption-pieces.ts)
      between.push(el);
    } else {
      previous = undefined;
      between = [];
    }
  }
  return found;
}

/** A note box after a table: a float set between the table's fragments, not one of them. */
function isFloatedBox(a: Fragment, box: Fragment): boolean {
  return isNoteBox(box) && !isNoteBox(a);
}

/**
 * A note box: its first row holds only a note label or opens with one ("Note", "Tip: …", "注意 …"). A short title
 * row that is no note label opens a box only when the box is one column: over a table of several columns it is the
 * header row drawn as one cell ("Term Description").
 */
function isNoteBox(f: Fragment): boolean {
  const first = f.table.rows[0];
  if (!opensWithNoteLabel(first)) return false;
  const title = rowTextsOnce(first).find((c) => c.trim()) ?? '';
  return f.columns === 1 || NOTE_LABEL.test(title.trim());
}

const noteBoxes = new WeakMap<Element, boolean>();

/** A table element that is a note box ("Tip", "Note", "注意" in its first row), parsed once per element. */
export function isNoteBoxTable(el: Element): boolean {
  let known = noteBoxes.get(el);
  if (known === undefined) {
    known = el.type === 'table' && opensWithNoteLabel(parseTable(el.html ?? '').rows[0]);
    noteBoxes.set(el, known);
  }
  return known;
}

/**
 * A note box opening after a table that is none: it never continues that table (a box's own rest may follow it).
 * A table opening with a header row after a note box is a new table, not the rest of the box.
 */
function boxEvidence(a: Fragment, b: Fragment): TableMergeFeature | undefined {
  if (isNoteBox(b) && !isNoteBox(a)) return 'box-and-table';
  return isNoteBox(a) && !isNoteBox(b) && isHeaderRow(b.table.rows[0]) ? 'table-after-box' : undefined;
}

/** A table's header row: two or more cells with text, each short and none a sentence ("Term", "Description"). */
function isHeaderRow(row: HastElement | undefined): boolean {
  if (!row) return false;
  const cells = rowTextsOnce(row).filter((c) => c.trim());
  return cells.length >= 2 && cells.every((c) => c.trim().length <= 24 && !endsSentence(c.trim()));
}

export function mergeTables({ doc, options }: StageInput, furniture: FurnitureResult): TableMergeResult {
  const opt = options.tableMerge;
  const weights = options.weights.tableMerge;
  const body = doc.elements.filter((el) => !furniture.kinds.has(el.id));
  const byPage = groupByPage(body);
  const fragmentOf = fragmentsOf(doc.elements);
  const pairs: Array<[number, number]> = [];
  const decisions: Decision[] = [];
  const skipRows = new Map<number, number>();
  const joinRow = new Map<number, boolean | 'last-cell'>();

  // The column counts of the fragments joined so far into a's table: a fragment a recogniser drew with one column
  // more or fewer does not hide the table's own count from the next one (./table-merge/columns.ts).
  const chainColumns = new Map<number, number[]>();
  const layoutOnly = isLayoutOnly(body);
  for (const { a, b, between } of candidatePairs(body, fragmentOf)) {
    const counts = chainColumns.get(a.id) ?? [fragmentOf(a).columns];
    const evidence = scorePair(
      fragmentOf(a),
      fragmentOf(b),
      counts,
      between,
      byPage,
      opt.widthTolerance,
      weights,
      layoutOnly,
    );
    const confidence = confidenceFromScore(evidence.score, opt.threshold, weights.scale);
    // Two tables side by side on one page are never one table, whatever else they share; nor is a piece stacked under
    // a table with a caption or a head row of its own.
    const beside = evidence.features.some((f) => VETOES.has(f.id));
    const joined = evidence.score >= opt.threshold && !beside;
    if (joined) {
      pairs.push([a.id, b.id]);
      chainColumns.set(b.id, [...counts, fragmentOf(b).columns]);
      skipRows.set(b.id, evidence.repeatedHeaderRows);
      joinRow.set(b.id, evidence.cutRow);
    }
    const rule = joined ? 'table-merge.continued' : 'table-merge.separate';
    const cut = evidence.cutRow === 'last-cell' ? 'the cell' : 'a row';
    const reason = !joined
      ? beside
        ? `separate tables: ${evidence.features.some((f) => f.id === 'table-merge.side-by-side') ? 'they stand side by side on one page' : 'the lower one has a caption or a head row of its own'}`
        : 'separate tables'
      : evidence.cutRow
        ? `one table; ${cut} cut by the break is joined`
        : 'one table';
    decisions.push(decision('table-merge', rule, reason, confidence, [a, b], joined, 'rules', evidence.features));
  }

  const groups = groupsFromPairs(pairs);
  const html = new Map<number, string>();
  for (const group of groups) {
    const frags = group.map((id) => fragmentOf(doc.elements[id]));
    html.set(
      group[0],
      concatTables(
        frags.map((f) => f.table),
        group.map((id) => skipRows.get(id) ?? 0),
        group.map((id) => joinRow.get(id) ?? false),
      ),
    );
  }
  return { groups, html, decisions };
}

interface PairEvidence {
  score: number;
  /** The features weighed, ids prefixed `table-merge.`. */
  features: Feature[];
  repeatedHeaderRows: number;
  cutRow: boolean | 'last-cell';
}

type Out = Array<Observation & { id: TableMergeFeature }>;

/** Captions of b (between the two, or nested inside b's entry) against a's. */
function captionEvidence(a: Fragment, b: Fragment, between: Element[]): TableMergeFeature {
  const bCaptions = [
    ...between.filter((e) => e.type === 'table_caption' || e.type === 'text' || e.type === 'title'),
    ...b.captions,
  ];
  const bLabel = bCaptions.map((c) => parseCaptionLabel(c.text)).find((l) => l);
  const aLabel = a.captions.map((c) => parseCaptionLabel(c.text)).find((l) => l);
  if (bCaptions.some((c) => CONTINUED_RE.test(c.text))) return 'marked-continued';
  if (bLabel && aLabel && bLabel.number !== aLabel.number) return 'new-caption-number';
  if (bLabel && !aLabel) return 'own-numbered-caption';
  return bCaptions.length === 0 ? 'no-caption' : 'has-caption';
}

/**
 * Column counts. One-column "tables" (boxed notes) prove little by matching columns; a one-cell fragment after
 * a wider table is the rest of a cell the break cut (a long text cell). A second fragment that opens with a labelled
 * row group draws its own spans: its different count says little (./table-merge/row-group.ts).
 */
function columnEvidence(a: Fragment, b: Fragment, chain: readonly number[]): TableMergeFeature | undefined {
  const single = a.columns === 1 && b.columns === 1;
  if (a.columns > 0 && a.columns === b.columns) return single ? 'same-columns-one-column' : 'same-columns';
  if (restOfCell(a, b)) return 'rest-of-cut-cell';
  if (a.columns > 0 && b.columns > 0) {
    if (opensWithRowGroup(b.table)) return 'row-group-columns';
    // an earlier fragment of a's table drawn as b is (a itself was redrawn)
    if (b.columns > 1 && chain.includes(b.columns)) return 'same-columns';
    return chain.some((c) => offByOneColumn(c, b.columns)) ? 'columns-off-by-one' : 'columns-differ';
  }
  return undefined;
}

function restOfCell(a: Fragment, b: Fragment): boolean {
  return a.columns > 1 && b.columns === 1 && b.table.rows.length === 1;
}

/** The first fragment ends its page (or column) and the second opens the next. */
function positionEvidence(
  a: Fragment,
  b: Fragment,
  between: Element[],
  byPage: Map<number, Element[]>,
): TableMergeFeature {
  if (b.el.page === a.el.page + 1) {
    const aPage = byPage.get(a.el.page) ?? [];
    const bPage = byPage.get(b.el.page) ?? [];
    const lastOfPage = aPage
      .slice(aPage.indexOf(a.el) + 1)
      .every((e) => PASSABLE.has(e.type) || isFootnoteText(e, a.el));
    const firstOfPage = bPage.slice(0, bPage.indexOf(b.el)).every((e) => PASSABLE.has(e.type) || between.includes(e));
    return lastOfPage && firstOfPage ? 'page-end-and-start' : 'text-between';
  }
  const page = byPage.get(a.el.page) ?? [];
  const aLastInColumn = !hasBelowInColumn(a.el, page);
  const aEndsLow = a.el.bbox![3] >= lowestBottom(page) - 0.08;
  const bStartsColumn = !hasAboveInColumn(
    b.el,
    page.filter((e) => !PASSABLE.has(e.type)),
  );
  // A float that did not fit leaves blank space under the first fragment: last in its column still counts.
  if (!aLastInColumn || !bStartsColumn) return 'not-column-end-and-start';
  return aEndsLow ? 'flows-into-next-column' : 'flows-into-next-column-from-high';
}

/** The first fragment ends with a footnote of its own (a source line, notes): the table ends there. */
function endingEvidence(a: Fragment, between: Element[], layoutOnly: boolean): TableMergeFeature | undefined {
  // a note line the parser typed text counts when it stands right after the first fragment (not after a floated box)
  const firstTable = between.findIndex((e) => e.type === 'table');
  const upTo = firstTable < 0 ? between : between.slice(0, firstTable);
  const typedText = upTo.filter((e) => e.type === 'text' && (isNoteLine(e) || isMarkedNote(e)));
  const notes = [...a.footnotes, ...between.filter((e) => e.type === 'table_footnote'), ...typedText];
  const worded = notes.some((n) => n.text.trim() && !CONTINUED_RE.test(n.text));
  return worded || silentNoteEnds(notes, a.el.page, layoutOnly) ? 'first-has-footnote' : undefined;
}

function widthEvidence(a: Fragment, b: Fragment, widthTolerance: number): TableMergeFeature | undefined {
  if (!a.el.bbox || !b.el.bbox) return undefined;
  const wa = a.el.bbox[2] - a.el.bbox[0];
  const wb = b.el.bbox[2] - b.el.bbox[0];
  return Math.abs(wa - wb) / Math.max(wa, wb) <= widthTolerance ? 'same-width' : 'different-width';
}

/** Header rows b repeats from a (dropped once merged); in one-column boxes a repeated first row is a new box's title. */
export function headerEvidence(a: Fragment, b: Fragment, out: Out): number {
  let repeated = 0;
  const aRows = a.table.rows;
  const bRows = b.table.rows;
  while (
    repeated < Math.min(3, aRows.length, bRows.length - 1) &&
    sameRow(rowTextsOnce(aRows[repeated]), rowTextsOnce(bRows[repeated]))
  )
    repeated++;
  const single = a.columns === 1 && b.columns === 1;
  if (repeated > 0 && (single || isNoteLabelRow(aRows[0]))) {
    out.push({ id: 'repeated-box-title', value: 1 });
    return 0;
  }
  if (repeated > 0) out.push({ id: 'repeated-header', value: 1 });
  else if ((single || a.columns === b.columns) && opensWithNoteLabel(aRows[0]) && opensWithNoteLabel(bRows[0]))
    out.push({ id: 'two-box-titles', value: 1 });
  return repeated;
}

/** A row cut by the break: the first kept row of b opens with an empty cell, a's last row does not. */
export function cutRowOf(a: Fragment, b: Fragment, repeatedHeaderRows: number): boolean | 'last-cell' {
  if (restOfCell(a, b)) return 'last-cell';
  const firstKept = b.table.rows[repeatedHeaderRows];
  const lastA = a.table.rows[a.table.rows.length - 1];
  if (!firstKept || !lastA) return false;
  const cells = rowTextsOnce(firstKept);
  const lastCells = rowTextsOnce(lastA);
  if (cells.length < 2 || lastCells[0] === '' || cells.length !== lastCells.length) return false;
  if (cells[0] === '') return cells.slice(1).some((c) => c);
  return firstCellGoesOn(cells, lastCells);
}

/**
 * The row's first cell cut mid-sentence, the rest of the row empty: the only filled cell opens in lower case where
 * the full row above left that cell without a sentence's end ("… sets the value number 3 of" | "the run for …").
 * A row group's label or a new entry opens otherwise.
 */
function firstCellGoesOn(cells: readonly string[], lastCells: readonly string[]): boolean {
  if (cells.slice(1).some((c) => c.trim()) || lastCells.filter((c) => c.trim()).length < 2) return false;
  return /^\p{Ll}/u.test(cells[0].trim()) && !endsSentence(lastCells[0].trim());
}

function scorePair(
  a: Fragment,
  b: Fragment,
  chainColumns: readonly number[],
  between: Element[],
  byPage: Map<number, Element[]>,
  widthTolerance: number,
  weights: TableMergeWeights,
  layoutOnly: boolean,
): PairEvidence {
  const out: Out = [];
  const push = (id: TableMergeFeature | undefined) => {
    if (id) out.push({ id, value: 1 });
  };
  push(captionEvidence(a, b, between));
  push(columnEvidence(a, b, chainColumns));
  const stacked = a.el.page === b.el.page && isStackedOnPage(a.el, b.el, between, () => [a.table, b.table]);
  push(stacked ? 'stacked-on-page' : positionEvidence(a, b, between, byPage));
  if (stacked) push(stackedVeto(a.table, b.table, b.captions));
  push(widthEvidence(a, b, widthTolerance));
  push(sideBySideEvidence(a.el, b.el, byPage));
  push(boxEvidence(a, b));
  push(endingEvidence(a, between, layoutOnly));
  const repeatedHeaderRows = headerEvidence(a, b, out);
  const { score, features } = combine(out, weights, weights.bias);
  for (const f of features) f.id = `table-merge.${f.id}`;
  return { score, features, repeatedHeaderRows, cutRow: cutRowOf(a, b, repeatedHeaderRows) };
}

/** The same row: the same cells, or the same words in cells drawn one more or fewer (./table-merge/columns.ts). */
function sameRow(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return sameRowRedrawn(a, b);
  return a.length > 0 && a.some((t) => t) && a.every((t, i) => t === b[i]);
}

/** A note label opening a box's text: "Note The …", "Tip: …", "注意 …", "ヒント …" — not "Note that …". */
const NOTE_WORDS = [
  'note',
  'notes',
  'tip',
  'tips',
  'hint',
  'warning',
  'caution',
  'important',
  'danger',
  'attention',
  'remark',
];
const NOTE_LABEL = new RegExp(
  String.raw`^(?:${NOTE_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join('|')}` +
    String.raw`|注意|注记|注記|重要|警告|提示|小贴士|备注|ヒント|メモ|참고|주의|경고)(?:[:：.!！]|\s+(?!\p{Ll})|$)`,
  'u',
);

/** A box's first row is its title: one short cell ("Note", "Tip", "注意"), or one cell opening with a note label. */
function opensWithNoteLabel(row: HastElement | undefined): boolean {
  if (!row) return false;
  const cells = rowTextsOnce(row).filter((c) => c.trim());
  if (cells.length !== 1) return false;
  return isBoxTitle(row) || NOTE_LABEL.test(cells[0].trim());
}

/** A row whose only text is a note label ("", "Tip"): a note box's title row however the parser split its cells. */
function isNoteLabelRow(row: HastElement | undefined): boolean {
  if (!row) return false;
  const cells = rowTextsOnce(row).filter((c) => c.trim());
  return cells.length === 1 && cells[0].trim().length <= 24 && NOTE_LABEL.test(cells[0].trim());
}

/** A note box's title row: one short cell ("Note", "Tip", "注意") rather than running text. */
function isBoxTitle(row: HastElement | undefined): boolean {
  if (!row) return false;
  const cells = rowTextsOnce(row);
  return cells.length === 1 && cells[0].length > 0 && cells[0].length <= 24 && !endsSentence(cells[0]);
}
