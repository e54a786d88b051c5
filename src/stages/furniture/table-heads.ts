// A table's header row repeated on the page it runs over, which the parser cut out of the table into loose
// lines ("问题" | "回答" above the rest of the table, Docling page_header cells, Mistral paragraphs): the
// repetition is the page's, like a running head, not body. Found at the top of a page, past its running lines,
// right before a table: every one of the short lines is a cell of the first row of the table that ends the
// previous page. On the table's own page a parser may keep the row in the table and cut a copy of it out too
// (two or more of its cells right above the table by their boxes; without boxes right after it, or opening the
// page): a copy of a row the table holds, dropped as the repeats are.
import type { Element } from '../../model/element.js';
import { elementGrid } from '../../table/grid.js';
import { CONTINUED_RE, isContinuationNote, parseCaptionLabel } from '../../text/caption-label.js';

/** Longest text taken for a header cell. */
const MAX_CELL = 40;
/** Types the parser may give a cut-out header cell. */
const CELL_TYPES = new Set(['header', 'text', 'title', 'page_title']);

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Neighbouring cells a parser may set on one line ("デフォルトサイズ伸長可能か?" for two cells). */
const MAX_CELLS_PER_LINE = 3;

/**
 * The cells of the first row of the last table on a page, and runs of up to MAX_CELLS_PER_LINE neighbouring
 * cells joined with or without a space (a parser that cut the row out may set two cells on one line).
 */
function headerCells(page: readonly Element[] | undefined): Set<string> | undefined {
  return firstRowCells(page?.findLast((e) => e.type === 'table'));
}

/** First-row cells by table element: three rules (two in habits.ts and here) ask for each table's. */
const firstRows = new WeakMap<Element, Set<string> | undefined>();

/** The cells of a table's first row, with runs of neighbouring cells joined (see headerCells); read once per table. */
function firstRowCells(table: Element | undefined): Set<string> | undefined {
  if (!table) return undefined;
  if (firstRows.has(table)) return firstRows.get(table);
  const cells = readFirstRowCells(table);
  firstRows.set(table, cells);
  return cells;
}

function readFirstRowCells(table: Element): Set<string> | undefined {
  const first = elementGrid(table).rows[0];
  if (!first) return undefined;
  const cells = first.map(squash).filter((t) => t);
  const out = new Set(cells);
  for (let i = 0; i < cells.length; i++)
    for (let n = 2; n <= MAX_CELLS_PER_LINE && i + n <= cells.length; n++) {
      const run = cells.slice(i, i + n);
      out.add(run.join('')).add(run.join(' '));
    }
  return out;
}

/** The lines opening a page (past `marked` furniture and captions) before a table, when all repeat header cells. */
export function repeatedTableHeads(byPage: Map<number, Element[]>, marked: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  // a table whose header row was cut out on its page has that row still, for the page it runs on to
  const cutOut = new Map<number, Set<string>>();
  for (const [page, els] of [...byPage].sort((a, b) => a[0] - b[0])) {
    const lines: Element[] = [];
    let table: Element | undefined;
    const cells = cutOut.get(page - 1) ?? headerCells(byPage.get(page - 1));
    // no table ends the page before: nothing here can repeat its head (the page's lines are not read)
    if (!cells) continue;
    // a longer line only when it is the whole row (Mistral's header "Cost level\n\nDescription\n\n…")
    const tooLong = (t: string) => t.length > MAX_CELL && !cells.has(t);
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (el.type === 'table') {
        table = el;
        break;
      }
      // A caption the parser typed text ("表 11.2 …") may stand between the cut-out row and the table.
      const caption = el.type === 'table_caption' || parseCaptionLabel(el.text)?.kind === 'table';
      if (marked(el) || caption || isContinuationNote(el.text) || CONTINUED_RE.test(el.text)) continue;
      if (!CELL_TYPES.has(el.type) || tooLong(squash(el.text)) || !squash(el.text)) break;
      lines.push(el);
    }
    if (!table || lines.length === 0) continue;
    if (!lines.every((l) => cells.has(squash(l.text)))) continue;
    found.push(...lines);
    if (els.findLast((e) => e.type === 'table') === table) cutOut.set(page, cells);
  }
  return found;
}

/** Types a parser gives the loose copy of a table's header row on the table's own page (Docling, dots: footers). */
const COPY_TYPES = new Set([...CELL_TYPES, 'footer']);
/** How far above its table (page units) the loose copy of the header row stands. */
const MAX_HEAD_GAP = 0.03;

const isCell = (el: Element, cells: ReadonlySet<string>) =>
  COPY_TYPES.has(el.type) && squash(el.text).length <= MAX_CELL && cells.has(squash(el.text));

/** `el` stands right above `table`, within its width. */
function rightAbove(el: Element, table: Element): boolean {
  const [x1, , x2, y2] = el.bbox!;
  const [tx1, ty1, tx2] = table.bbox!;
  const cx = (x1 + x2) / 2;
  return y2 <= ty1 + 0.005 && ty1 - y2 <= MAX_HEAD_GAP && cx >= tx1 && cx <= tx2;
}

/** The page's first lines (past `marked` ones), while each is a cell of `cells`, without boxes. */
function openingCells(els: readonly Element[], cells: ReadonlySet<string>, marked: (el: Element) => boolean) {
  const out: Element[] = [];
  for (const el of els) {
    if (marked(el)) continue;
    if (el.bbox || !isCell(el, cells)) break;
    out.push(el);
  }
  return out;
}

/**
 * A table's header row the parser kept in the table and also cut out into loose lines on the table's page: two
 * or more lines, each a cell of the table's own first row, standing right above the table by their boxes, or
 * (without boxes) set right after it in reading order or opening its page. A copy of a row the table holds, as a repeated head is.
 */
export function duplicatedTableHeads(byPage: Map<number, Element[]>, marked: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const [, els] of byPage) {
    // the page's boxed short lines by their text, once: a table looks up its own cells (not a page scan per table)
    let byText: Map<string, Element[]> | undefined;
    const firstTable = els.find((e) => e.type === 'table');
    for (let t = 0; t < els.length; t++) {
      const table = els[t];
      const cells = table.type === 'table' ? firstRowCells(table) : undefined;
      if (!cells) continue;
      const lines: Element[] = [];
      if (table.bbox) {
        byText ??= boxedLinesByText(els);
        for (const cell of cells)
          for (const e of byText.get(cell) ?? []) if (!marked(e) && rightAbove(e, table)) lines.push(e);
      } else {
        for (let k = t + 1; k < els.length && !els[k].bbox && isCell(els[k], cells) && !marked(els[k]); k++)
          lines.push(els[k]);
        // …or opening the page, the table its first (the parser set the row at the top of the page).
        if (firstTable === table) lines.push(...openingCells(els, cells, marked));
      }
      if (new Set(lines.map((l) => squash(l.text))).size >= 2) found.push(...lines);
    }
  }
  return found;
}

/**
 * Whether `text` squashed may be a cell (MAX_CELL characters or fewer): false once it holds more printable ASCII
 * characters than that (never blanks, so all stay when squashed), without squashing a page's paragraphs.
 */
function mayBeCell(text: string): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 127 && ++kept > MAX_CELL) return false;
  }
  return true;
}

/** The boxed lines of a page a cut-out header cell may be, by their text (squashed). */
function boxedLinesByText(els: readonly Element[]): Map<string, Element[]> {
  const out = new Map<string, Element[]>();
  for (const e of els) {
    if (!e.bbox || !COPY_TYPES.has(e.type) || !mayBeCell(e.text)) continue;
    const text = squash(e.text);
    if (!text || text.length > MAX_CELL) continue;
    const list = out.get(text);
    if (list) list.push(e);
    else out.set(text, [e]);
  }
  return out;
}

/**
 * Labelled headers and footers that repeat mid-page, or stand in a row with another of the same label on their line
 * (a header row's cells, wherever they stand): the elements whose repetition marks a table's header row rather than the
 * running heads — a chapter's title the parser labelled header, alone mid-page, repeats only the running heads.
 */
export function headerRowCandidates(elements: readonly Element[], middle: (el: Element) => boolean): Element[] {
  // only the labelled elements: a line's count is of its own label (the key holds the type), and the caller
  // (furniture.ts repeatedLabelled) reads headers and footers alone — the body's lines need no key
  const labelled = elements.filter((e) => LABELLED.has(e.type));
  const byLine = new Map<string, number>();
  // each element's line key built once (built three times, the keys were most of this function's time)
  const keys = labelled.map((e) =>
    e.bbox ? `${e.page}|${e.type}|${Math.round(((e.bbox[1] + e.bbox[3]) / 2) * 100)}` : undefined,
  );
  for (const k of keys) if (k !== undefined) byLine.set(k, (byLine.get(k) ?? 0) + 1);
  return labelled.filter((e, i) => middle(e) || (keys[i] !== undefined && (byLine.get(keys[i]) ?? 0) >= 2));
}

/** The labels whose repetition headerRowCandidates weighs. */
const LABELLED = new Set(['header', 'footer']);

/**
 * A blank header (Marker empties the headers it finds) that stands before a table or another blank one: a
 * header cell cut out of the table, not a title whose text the parser dropped.
 */
export function blankCell(el: Element, page: readonly Element[]): boolean {
  const next = page[page.indexOf(el) + 1];
  return !next || next.type === 'table' || (next.type === el.type && !next.text.trim());
}
