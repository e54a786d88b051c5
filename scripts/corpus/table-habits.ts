// Table habits (session 25, `--table-habits`): how table recognisers read the fragments of a table cut by a
// page break, applied after habits.ts to the parser-style writers' view of the pages. Without them every
// fragment of a corpus table has the columns of the first and whole rows, and table merge scored 1.000 on
// every split — the data said nothing about it. The gold does not change: the fragments are one table.
//
//   mergeColumns  a continuation fragment read with two neighbouring columns as one (a missed column rule or
//                 gap: the cells joined with a space), so its column count is one less than the first's
//   splitColumn   a continuation fragment read with one column as two (a wide gap inside a cell's words), one
//                 more column than the first
//   cutRow        the row at the break cut in two (a row allowed to break across pages, as word processors
//                 do): the first words of one cell end the earlier fragment, the rest opens the next one in a
//                 row whose other cells are empty (after a repeated header row, where the next fragment has one)
//
// Off unless asked, with its own random stream, so the corpora built without it stay byte-identical.
import type { PElem } from './build.js';
import type { VPage } from './habits.js';
import type { Rng } from './rng.js';

export interface TableHabits {
  mergeColumns: number;
  splitColumn: number;
  cutRow: number;
}

export type TableHabitCounts = Record<keyof TableHabits, number>;

export const emptyTableCounts = (): TableHabitCounts => ({ mergeColumns: 0, splitColumn: 0, cutRow: 0 });

export function chooseTableHabits(rng: Rng): TableHabits {
  return {
    mergeColumns: rng.pick([0.1, 0.25, 0.4]),
    splitColumn: rng.pick([0, 0.1, 0.25]),
    cutRow: rng.pick([0.2, 0.4, 0.6]),
  };
}

type Rows = NonNullable<PElem['rows']>;

const copyRows = (rows: Rows): Rows => rows.map((r) => ({ cells: [...r.cells], tags: [...r.tags] }));
const width = (rows: Rows) => Math.max(0, ...rows.map((r) => r.cells.length));

/** Columns `j` and `j + 1` read as one: each row's two cells joined with a space. */
function mergeColumns(rows: Rows, j: number): Rows {
  return rows.map((r) => {
    if (r.cells.length <= j + 1) return r;
    const cells = [...r.cells];
    const tags = [...r.tags];
    cells.splice(j, 2, [cells[j], cells[j + 1]].filter((c) => c.trim()).join(' '));
    tags.splice(j, 2, tags[j]);
    return { cells, tags };
  });
}

/** Column `j` read as two: each cell's first word, then the rest (empty when it has one word). */
function splitColumn(rows: Rows, j: number): Rows {
  return rows.map((r) => {
    if (r.cells.length <= j) return r;
    const cells = [...r.cells];
    const tags = [...r.tags];
    const words = cells[j].trim().split(/\s+/);
    cells.splice(j, 1, words[0] ?? '', words.slice(1).join(' '));
    tags.splice(j, 1, tags[j], tags[j]);
    return { cells, tags };
  });
}

/** A column whose cells mostly hold two words or more (where a split or a cut can fall), if any. */
function wordyColumn(rows: Rows, rng: Rng): number | undefined {
  const n = width(rows);
  const wordy = [...Array(n).keys()].filter(
    (j) => rows.filter((r) => (r.cells[j] ?? '').trim().split(/\s+/).length >= 2).length * 2 >= rows.length,
  );
  return wordy.length ? rng.pick(wordy) : undefined;
}

/**
 * The last row of `before` cut at a cell of two words or more: its first half stays, the rest opens `after`
 * (under `after`'s repeated header row, when it opens with one).
 */
function cutRow(before: Rows, after: Rows, rng: Rng): boolean {
  const last = before[before.length - 1];
  if (!last || last.tags.every((t) => t === 'th')) return false;
  const long = last.cells.map((c, j) => ({ j, words: c.trim().split(/\s+/) })).filter((c) => c.words.length >= 4);
  if (long.length === 0) return false;
  const { j, words } = rng.pick(long);
  const keep = Math.ceil(words.length / 2);
  last.cells[j] = words.slice(0, keep).join(' ');
  const rest = { cells: last.cells.map((_, k) => (k === j ? words.slice(keep).join(' ') : '')), tags: [...last.tags] };
  const head = after[0]?.tags.every((t) => t === 'th') ? 1 : 0;
  after.splice(head, 0, rest);
  return true;
}

/** The fragments of each table cut over pages, in reading order, as (page, index on the page) places. */
function fragmentsByTable(pages: VPage[]): Map<string, { page: number; index: number }[]> {
  const out = new Map<string, { page: number; index: number }[]>();
  pages.forEach((p, page) => {
    p.elems.forEach((v, index) => {
      const id = v.elem.blockId;
      if (v.elem.kind !== 'table' || v.as !== 'table' || !id || !v.elem.rows?.length) return;
      out.set(id, [...(out.get(id) ?? []), { page, index }]);
    });
  });
  return out;
}

/** Applies the table habits to the fragments of tables cut over pages (the views' elements are copied, never the built pages). */
export function applyTableHabits(pages: VPage[], h: TableHabits, rng: Rng, log: TableHabitCounts): void {
  for (const places of fragmentsByTable(pages).values()) {
    if (places.length < 2) continue;
    const rows = places.map(({ page, index }) => copyRows(pages[page].elems[index].elem.rows ?? []));
    for (let k = 1; k < rows.length; k++) {
      if (rng.chance(h.cutRow) && cutRow(rows[k - 1], rows[k], rng)) log.cutRow++;
      if (width(rows[k]) >= 3 && rng.chance(h.mergeColumns)) {
        rows[k] = mergeColumns(rows[k], Math.floor(rng.next() * (width(rows[k]) - 1)));
        log.mergeColumns++;
      } else if (rng.chance(h.splitColumn)) {
        const j = wordyColumn(rows[k], rng);
        if (j !== undefined) {
          rows[k] = splitColumn(rows[k], j);
          log.splitColumn++;
        }
      }
    }
    places.forEach(({ page, index }, k) => {
      const v = pages[page].elems[index];
      v.elem = { ...v.elem, rows: rows[k] };
    });
  }
}
