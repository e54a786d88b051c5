// Table truncation recovery: which table fragments are one table continued over two or more pages
// (or columns), and the merged table itself.
//
// A candidate pair is two tables with nothing but captions, footnotes and furniture between them.
// Evidence, as additive scores:
//  - a continuation marker in the second table's caption ("(continued)", "续表", "続き") — strongest;
//    a new caption with a different number — strongest against;
//  - the same column count once colspans/rowspans are expanded (for), a different one (against);
//  - the first fragment ends its page and the second opens the next one (for);
//  - a repeated header row (for; dropped once merged), similar widths (for).
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
import { columnCount, concatTables, type ParsedTable, parseTable, rowTexts } from '../table/html.js';
import { CONTINUED_RE, parseCaptionLabel } from '../text/caption-label.js';
import { endsSentence } from '../text/chars.js';
import type { FurnitureResult, StageInput, TableMergeResult } from './types.js';

const PASSABLE = new Set(['table_caption', 'table_footnote', 'page_footnote', 'aside_text', 'image_caption']);

export interface Fragment {
  el: Element;
  table: ParsedTable;
  columns: number;
  captions: Element[];
}

export function mergeTables({ doc, options }: StageInput, furniture: FurnitureResult): TableMergeResult {
  const opt = options.tableMerge;
  const body = doc.elements.filter((el) => !furniture.kinds.has(el.id));
  const byPage = groupByPage(body);
  const nestedCaptions = new Map<string, Element[]>();
  for (const el of doc.elements) {
    const parent = el.hints?.nestedIn;
    if (parent && el.type === 'table_caption') {
      const list = nestedCaptions.get(parent);
      if (list) list.push(el);
      else nestedCaptions.set(parent, [el]);
    }
  }
  const fragments = new Map<number, Fragment>();
  const fragmentOf = (el: Element): Fragment => {
    let f = fragments.get(el.id);
    if (!f) {
      const table = parseTable(el.html ?? '');
      f = { el, table, columns: columnCount(table.rows), captions: nestedCaptions.get(el.ref) ?? [] };
      fragments.set(el.id, f);
    }
    return f;
  };

  const pairs: Array<[number, number]> = [];
  const decisions: Decision[] = [];
  const skipRows = new Map<number, number>();
  const joinRow = new Map<number, boolean | 'last-cell'>();

  let previous: Element | undefined;
  let between: Element[] = [];
  for (const el of body) {
    if (el.type === 'table') {
      // Only a pair on facing pages or across a column break is a candidate (scorePair's own first test): asked
      // here, before the two tables' HTML is parsed, which most tables then never are.
      if (previous && (el.page === previous.page + 1 || isColumnBreak(previous, el))) {
        const evidence = scorePair(fragmentOf(previous), fragmentOf(el), between, byPage, opt.widthTolerance);
        if (evidence.candidate) {
          const p = 1 / (1 + Math.exp(-(evidence.score - opt.threshold)));
          if (evidence.score >= opt.threshold) {
            pairs.push([previous.id, el.id]);
            skipRows.set(el.id, evidence.repeatedHeaderRows);
            joinRow.set(el.id, evidence.cutRow);
            decisions.push(
              decision('table-merge', 'table-merge.continued', `one table: ${evidence.reasons.join('; ')}`, p, [
                previous,
                el,
              ]),
            );
          } else {
            decisions.push(
              decision(
                'table-merge',
                'table-merge.separate',
                `separate tables: ${evidence.reasons.join('; ')}`,
                1 - p,
                [previous, el],
                false,
              ),
            );
          }
        }
      }
      previous = el;
      between = [];
    } else if (PASSABLE.has(el.type) || (el.type === 'text' && CONTINUED_RE.test(el.text) && el.text.length < 60)) {
      between.push(el);
    } else {
      previous = undefined;
      between = [];
    }
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

export interface PairEvidence {
  candidate: boolean;
  score: number;
  reasons: string[];
  repeatedHeaderRows: number;
  cutRow: boolean | 'last-cell';
}

export function scorePair(
  a: Fragment,
  b: Fragment,
  between: Element[],
  byPage: Map<number, Element[]>,
  widthTolerance: number,
): PairEvidence {
  const reasons: string[] = [];
  let score = 0;
  const add = (delta: number, why: string) => {
    score += delta;
    reasons.push(`${delta > 0 ? '+' : ''}${delta} ${why}`);
  };
  const nextPage = b.el.page === a.el.page + 1;
  const sameColumnFlow = isColumnBreak(a.el, b.el);
  if (!nextPage && !sameColumnFlow)
    return { candidate: false, score: 0, reasons, repeatedHeaderRows: 0, cutRow: false };

  // Captions of b: between the two (before b) or nested inside b's entry.
  const bCaptions = [...between.filter((e) => e.type === 'table_caption' || e.type === 'text'), ...b.captions];
  const aCaptions = a.captions;
  const bLabel = bCaptions.map((c) => parseCaptionLabel(c.text)).find((l) => l);
  const aLabel = aCaptions.map((c) => parseCaptionLabel(c.text)).find((l) => l);
  const continued = bCaptions.some((c) => CONTINUED_RE.test(c.text));
  if (continued) add(3, 'the second fragment is marked as continued');
  else if (bLabel && aLabel && bLabel.number !== aLabel.number)
    add(-3, `a new caption (${bLabel.number} after ${aLabel.number})`);
  else if (bLabel && !aLabel) add(-1.5, 'the second fragment has a numbered caption of its own');
  else if (bCaptions.length === 0) add(0.5, 'the second fragment has no caption');
  else add(-0.5, 'the second fragment has a caption');

  // One-column "tables" (boxed notes) prove little by matching columns; a repeated first row is a new box's title.
  const single = a.columns === 1 && b.columns === 1;
  // A one-cell fragment after a wider table is the rest of a cell the break cut (a long text cell).
  const restOfCell = a.columns > 1 && b.columns === 1 && b.table.rows.length === 1;
  if (a.columns > 0 && a.columns === b.columns) add(single ? 0.5 : 1.5, `same column count (${a.columns})`);
  else if (restOfCell) add(0.5, 'a one-cell fragment: the rest of a cut cell');
  else if (a.columns > 0 && b.columns > 0) add(-2, `column counts differ (${a.columns} vs ${b.columns})`);

  if (nextPage) {
    const aPage = byPage.get(a.el.page) ?? [];
    const bPage = byPage.get(b.el.page) ?? [];
    const lastOfPage = aPage.slice(aPage.indexOf(a.el) + 1).every((e) => PASSABLE.has(e.type));
    const firstOfPage = bPage.slice(0, bPage.indexOf(b.el)).every((e) => PASSABLE.has(e.type) || between.includes(e));
    if (lastOfPage && firstOfPage) add(1.5, 'the first ends its page and the second opens the next');
    else add(-1, 'text lies between the fragments on their pages');
  } else {
    const page = byPage.get(a.el.page) ?? [];
    const aLastInColumn = !hasBelowInColumn(a.el, page);
    const aEndsLow = a.el.bbox![3] >= lowestBottom(page) - 0.08;
    const bStartsColumn = !hasAboveInColumn(
      b.el,
      page.filter((e) => !PASSABLE.has(e.type)),
    );
    // A float that did not fit leaves blank space under the first fragment: last in its column still counts.
    if (aLastInColumn && bStartsColumn)
      add(0.5, `the table flows into the next column${aEndsLow ? '' : ' (from high in its column)'}`);
    else add(-1.5, 'the fragments do not end and start their columns');
  }

  if (a.el.bbox && b.el.bbox) {
    const wa = a.el.bbox[2] - a.el.bbox[0];
    const wb = b.el.bbox[2] - b.el.bbox[0];
    if (Math.abs(wa - wb) / Math.max(wa, wb) <= widthTolerance) add(0.5, 'same width');
    else add(-0.5, 'different widths');
  }

  let repeatedHeaderRows = 0;
  const aRows = a.table.rows;
  const bRows = b.table.rows;
  while (
    repeatedHeaderRows < Math.min(3, aRows.length, bRows.length - 1) &&
    sameRow(rowTexts(aRows[repeatedHeaderRows]), rowTexts(bRows[repeatedHeaderRows]))
  ) {
    repeatedHeaderRows++;
  }
  if (repeatedHeaderRows > 0 && single) {
    add(-3, 'a one-column box opening with the same title row is a new box (Note, Tip …)');
    repeatedHeaderRows = 0;
  } else if (repeatedHeaderRows > 0) {
    add(1.5, `the header row${repeatedHeaderRows > 1 ? 's are' : ' is'} repeated`);
  } else if (single && isBoxTitle(aRows[0]) && isBoxTitle(bRows[0])) {
    add(-3, 'both one-column boxes open with a short title row: two boxes');
  }

  const firstKept = bRows[repeatedHeaderRows];
  const lastA = aRows[aRows.length - 1];
  let cutRow: boolean | 'last-cell' = false;
  if (restOfCell) {
    cutRow = 'last-cell';
    reasons.push('the cell cut by the break is joined');
  } else if (firstKept && lastA) {
    const cells = rowTexts(firstKept);
    const lastCells = rowTexts(lastA);
    cutRow =
      cells.length > 1 &&
      cells[0] === '' &&
      cells.slice(1).some((c) => c) &&
      lastCells[0] !== '' &&
      cells.length === lastCells.length;
    if (cutRow) reasons.push('a row cut by the break is joined');
  }
  return { candidate: true, score, reasons, repeatedHeaderRows, cutRow };
}

function sameRow(a: string[], b: string[]): boolean {
  return a.length === b.length && a.length > 0 && a.some((t) => t) && a.every((t, i) => t === b[i]);
}

/** A note box's title row: one short cell ("Note", "Tip", "注意") rather than running text. */
function isBoxTitle(row: HastElement | undefined): boolean {
  if (!row) return false;
  const cells = rowTexts(row);
  return cells.length === 1 && cells[0].length > 0 && cells[0].length <= 24 && !endsSentence(cells[0]);
}
