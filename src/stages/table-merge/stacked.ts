// Table fragments stacked on one page: a recogniser that takes each ruled region of a table for a table of its own
// gives one table as two or more tables one under the other on its page (MinerU on a datasheet's step-charge table:
// one table per temperature band, the band's label read out as text beside its piece). Two tables a document sets
// one under the other have a caption, a heading or text between them, or a head row of their own.
// Candidate (src/stages/table-merge.ts `candidatePairs`), all needed: both on one page with boxes; the second under
// the first (its top at the first's bottom or lower), sharing over half of the narrower one's width; nothing between
// them in reading order but a row group's label set beside the second (./between.ts `isRowLabelBeside`) or the table's
// "Continued on next page" line (printed under the table, read before its lower piece by a parser that orders blocks
// by their tops); and the two close (a hairline between: the regions of one grid touch) or a row group to say why
// they are apart (that label, or the second opening with a labelled row group: ./row-group.ts).
// Evidence: `stacked-on-page` for (as a page break's `page-end-and-start`); the pair is then weighed as any other
// (columns, width, repeated header). Vetoes, whatever the score: the second has a caption of its own
// (`stacked-own-caption`), or opens with a head row of its own (`<th>` cells or `<thead>`) that is not the first's head
// row repeated (`stacked-own-header`): a second table, not the rest of the first.
import type { Element } from '../../model/element.js';
import { columnCount, isHeaderRow, type ParsedTable, rowTextsOnce } from '../../table/html.js';
import { isContinuationNote } from '../../text/caption-label.js';
import { isRowLabelBeside } from './between.js';
import { opensWithRowGroup } from './row-group.js';

/** Widest gap (share of the page height) between two regions of one grid with no row group between them. */
const STACK_GAP = 0.02;
/** How far (share of the page height) the second may reach up over the first's bottom. */
const OVERLAP_SLACK = 0.005;

/** Is `b` a piece of the table stacked right under `a` on its page (see the candidate above)? */
export function isStackedOnPage(
  a: Element,
  b: Element,
  between: readonly Element[],
  tables: () => readonly [ParsedTable, ParsedTable],
): boolean {
  if (a.page !== b.page || !a.bbox || !b.bbox) return false;
  const [ax1, , ax2, ay2] = a.bbox;
  const [bx1, by1, bx2] = b.bbox;
  if (by1 < ay2 - OVERLAP_SLACK) return false;
  const shared = Math.min(ax2, bx2) - Math.max(ax1, bx1);
  if (shared <= 0.5 * Math.min(ax2 - ax1, bx2 - bx1)) return false;
  if (!between.every((e) => isRowLabelBeside(e, b) || isContinuationNote(e.text))) return false;
  // one grid: the same columns, or the second opening with a row group that draws its own spans
  const [at, bt] = tables();
  const group = opensWithRowGroup(bt);
  if (!group && columnCount(at.rows) !== columnCount(bt.rows)) return false;
  const label = between.some((e) => !isContinuationNote(e.text));
  return by1 - ay2 <= STACK_GAP || label || group;
}

/** A veto on a stacked pair: the second piece has a caption or a head row of its own. */
export function stackedVeto(
  a: ParsedTable,
  b: ParsedTable,
  bCaptions: readonly Element[],
): 'stacked-own-caption' | 'stacked-own-header' | undefined {
  if (bCaptions.some((c) => !isContinuationNote(c.text))) return 'stacked-own-caption';
  const first = b.rows[0];
  if (!first || !isHeaderRow(first, b)) return undefined;
  const aFirst = a.rows[0];
  const same = aFirst && rowTextsOnce(aFirst).join('\u0000') === rowTextsOnce(first).join('\u0000');
  return same ? undefined : 'stacked-own-header';
}
