// A fragment that opens with a row group of a longer table: its first cell is a label spanning the group's rows
// ("-20℃≤T<-15℃" over the rows of that temperature band, a step-charge table cut by the page break).
// The parser draws each such group with its own spans, so the column counts of two fragments differ for reasons of
// drawing, not of content (MinerU: 2 columns on one page, 5 on the next, in the same table). Evidence: the count
// difference is then weak; it does not outweigh the fragments' position and width (src/stages/table-merge.ts
// weighs `row-group-columns` instead of `columns-differ`). Precedence: captions, notes and side-by-side still decide.
import type { ParsedTable } from '../../table/html.js';
import { cellsOf } from '../../table/html.js';

/** Fewest rows a label must span to head a group (a cell over two rows is an ordinary merged cell). */
const MIN_GROUP_ROWS = 3;

/** The table's first cell spans three or more rows, and the table has them: it opens with a labelled row group. */
export function opensWithRowGroup(table: ParsedTable): boolean {
  const first = table.rows[0] && cellsOf(table.rows[0])[0];
  if (!first || table.rows.length < MIN_GROUP_ROWS) return false;
  const span = Number(first.properties?.rowSpan ?? 1);
  return Number.isFinite(span) && span >= MIN_GROUP_ROWS;
}
