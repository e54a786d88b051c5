// Float habits (session 27, `--float-habits`): how real parsers give captions and tables, applied after habits.ts
// (and the table, heading and paragraph habits) to the parser-style writers' view of the pages. The corpora's
// captions were one block each, typed caption and tied, and their tables one element of whole rows: captions and
// table merge scored 1.000 there while the hand-checked report set gives far less. The gold stays the source's
// truth (test-samples/gold/README.md): every caption piece, typed caption or not, is linked to its float (the
// fragment on its page); a table's note is a footnote, linked like a caption; a head row read as a text line is
// plain text, and furniture where it is the repeated head of a fragment that continues its table (session 28); two
// tables side by side are two tables.
//
//   splitCaption    a caption of two lines or more given as two blocks, label line | title line (a layout
//                   model's line grouping), both of the kind and tie the caption had
//   plainCaption    a caption typed as body text and tied to nothing (any length)
//   relabel         the label written as the document's style writes it: "TABLE IV" (IEEE: Roman, capitals) in
//                   Latin scripts, "图1" / "表1" (no space) in CJK ones — the labels a layout model misses most
//   tableNote       a note or source line printed under a table ("Note: …", "Source: …", "注：…"), typed text
//   headRowAsText   a table fragment's head row read as a text line above the body (the table keeps the rest)
//   continuedTitle  "Table 3 (continued)" / "续表 3" printed above a continuation fragment that has no caption on its
//                   page, typed caption (tied) or text
//   sideBySide      a table of four columns or more on one page printed as two tables side by side (its columns
//                   in two halves, each with its part of the head row): two tables, never merged
//   stackedCut      a table fragment drawn as two or three tables stacked on its page, cut at row boundaries, the
//                   head rows with the first piece (a recogniser that takes each ruled region for a table: MinerU on
//                   a datasheet's row groups): one table, its pieces one merge group (session 28; rate drawn after
//                   all the others, applied from a stream of its own, so a build without it keeps every other draw)
//
// Off unless asked, with its own random stream, so the corpora built without it stay byte-identical.
import type { PElem } from './build.js';
import type { VElem, VPage } from './habits.js';
import type { Rng } from './rng.js';

export interface FloatHabits {
  splitCaption: number;
  plainCaption: number;
  relabel: number;
  tableNote: number;
  headRowAsText: number;
  continuedTitle: number;
  sideBySide: number;
  stackedCut: number;
}

export type FloatHabitCounts = Record<keyof FloatHabits, number>;

export const emptyFloatCounts = (): FloatHabitCounts => ({
  splitCaption: 0,
  plainCaption: 0,
  relabel: 0,
  tableNote: 0,
  headRowAsText: 0,
  continuedTitle: 0,
  sideBySide: 0,
  stackedCut: 0,
});

export function chooseFloatHabits(rng: Rng): FloatHabits {
  return {
    splitCaption: rng.pick([0.1, 0.25, 0.5]),
    plainCaption: rng.pick([0.05, 0.15, 0.3]),
    relabel: rng.pick([0, 0.5, 1]),
    tableNote: rng.pick([0.1, 0.25, 0.4]),
    headRowAsText: rng.pick([0, 0.1, 0.25]),
    continuedTitle: rng.pick([0.3, 0.6, 0.9]),
    sideBySide: rng.pick([0, 0.2, 0.4]),
    // drawn last: the rates above are those of a build before this habit
    stackedCut: rng.pick([0.1, 0.2, 0.35]),
  };
}

type Box = PElem['bbox'];
type Rows = NonNullable<PElem['rows']>;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
const LABEL = /^(Table|Figure|Fig\.|TABLE|FIGURE)\s+(\d+)/;
const CJK_LABEL = /^([图表図])\s+([0-9０-９]+)/;

function roman(n: number): string {
  const digits: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of digits)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** The caption's label as the document's style writes it, or undefined when it has none to rewrite. */
function relabelled(text: string): string | undefined {
  const m = LABEL.exec(text);
  if (m && Number(m[2]) <= 39)
    return `${/^t/i.test(m[1]) ? 'TABLE' : 'Fig.'} ${roman(Number(m[2]))}${text.slice(m[0].length)}`;
  const c = CJK_LABEL.exec(text);
  return c ? `${c[1]}${c[2]}${text.slice(c[0].length)}` : undefined;
}

const withText = (e: PElem, text: string, bbox: Box = e.bbox): PElem => ({
  ...e,
  text,
  bbox,
  lines: [{ bbox, text }],
});

/** The caption as label line | title line: its lines cut after the first, each piece of the caption's kind and tie. */
function splitCaption(v: VElem): VElem[] | undefined {
  const lines = v.elem.lines ?? [];
  if (lines.length < 2) return undefined;
  const piece = (ls: typeof lines): VElem => {
    const bbox: Box = [
      Math.min(...ls.map((l) => l.bbox[0])),
      Math.min(...ls.map((l) => l.bbox[1])),
      Math.max(...ls.map((l) => l.bbox[2])),
      Math.max(...ls.map((l) => l.bbox[3])),
    ];
    const text = ls.map((l) => l.text.trim()).join(CJK.test(v.elem.text) ? '' : ' ');
    return { ...v, elem: { ...v.elem, text, bbox, lines: ls } };
  };
  return [piece(lines.slice(0, 1)), piece(lines.slice(1))];
}

/** The captions: relabelled, cut in two, typed as text. */
function captionHabits(p: VPage, h: FloatHabits, rng: Rng, log: FloatHabitCounts): void {
  const out: VElem[] = [];
  for (const v of p.elems) {
    if (v.elem.kind !== 'caption') {
      out.push(v);
      continue;
    }
    let cur: VElem = v;
    const label = relabelled(v.elem.text);
    if (label && rng.chance(h.relabel)) {
      const lines = v.elem.lines?.map((l, i) => (i === 0 ? { ...l, text: relabelled(l.text) ?? l.text } : l));
      cur = { ...v, elem: { ...v.elem, text: label, lines } };
      log.relabel++;
    }
    if (v.as === 'caption' && rng.chance(h.plainCaption)) {
      cur = { ...cur, as: 'text', attach: undefined };
      log.plainCaption++;
    }
    const pieces = rng.chance(h.splitCaption) ? splitCaption(cur) : undefined;
    if (pieces) log.splitCaption++;
    out.push(...(pieces ?? [cur]));
  }
  p.elems = out;
}

const NOTES_EN = [
  'Note: values as shipped in the current stable release.',
  'Source: the project documentation, compiled by the authors.',
  'Notes: options marked with an asterisk are optional; defaults are shown where they exist.',
  '* Not available on every architecture.',
];
const NOTES_CJK = ['注：数值取自当前稳定版本。', '资料来源：项目文档，作者整理。', '注：带星号的选项为可选项。'];

/** The fragments of each table, in reading order, as (page, element) places. */
function tablePlaces(pages: VPage[]): Map<string, { page: number; v: VElem }[]> {
  const out = new Map<string, { page: number; v: VElem }[]>();
  pages.forEach((p, page) => {
    for (const v of p.elems) {
      const id = v.elem.blockId;
      if (v.elem.kind !== 'table' || v.as !== 'table' || !id) continue;
      out.set(id, [...(out.get(id) ?? []), { page, v }]);
    }
  });
  return out;
}

/** Replaces `v` on page `p` by `items` (in reading order). */
function replace(p: VPage, v: VElem, items: VElem[]): void {
  const i = p.elems.indexOf(v);
  if (i >= 0) p.elems.splice(i, 1, ...items);
}

const strip = (b: Box, top: boolean, h: number): [Box, Box] =>
  top
    ? [
        [b[0], b[1], b[2], b[1] + h],
        [b[0], b[1] + h, b[2], b[3]],
      ]
    : [
        [b[0], b[3] - h, b[2], b[3]],
        [b[0], b[1], b[2], b[3] - h],
      ];

/** A note line under the table's last fragment (its box the fragment's bottom strip). */
function tableNote(p: VPage, v: VElem, lang: string, rng: Rng): boolean {
  const e = v.elem;
  if (e.bbox[3] - e.bbox[1] < 60) return false;
  const [noteBox, rest] = strip(e.bbox, false, 11);
  const text = rng.pick(lang === 'zh' || lang === 'ja' ? NOTES_CJK : NOTES_EN);
  const note: PElem = withText(
    {
      kind: 'caption',
      blockId: `${e.blockId}~note`,
      captionOf: e.blockId,
      page: e.page,
      col: e.col,
      bbox: noteBox,
      text,
    },
    text,
  );
  replace(p, v, [
    { ...v, elem: { ...e, bbox: rest } },
    { elem: note, as: 'text' },
  ]);
  return true;
}

/**
 * The fragment's head row as a text line above it; the fragment that is left, or undefined when it has none. On a
 * fragment that continues its table the row is the repeated head (a longtable's \endhead, an office table's
 * repeated header rows): its line is furniture in the gold, as the office corpora's printed repeats are, and as a
 * repeated header row inside a fragment is dropped when the table is joined.
 */
function headRowAsText(p: VPage, v: VElem, repeated: boolean): VElem | undefined {
  const rows = v.elem.rows ?? [];
  if (rows.length < 3 || !rows[0].tags.every((t) => t === 'th')) return undefined;
  const text = rows[0].cells.filter((c) => c.trim()).join(' ');
  if (!text) return undefined;
  // a head row is a line or two high (the table's height over its rows overstates it when body cells wrap)
  const [lineBox, rest] = strip(v.elem.bbox, true, Math.min(24, (v.elem.bbox[3] - v.elem.bbox[1]) / rows.length));
  const kind = repeated ? 'header' : 'text';
  const line: PElem = withText({ kind, page: v.elem.page, col: v.elem.col, bbox: lineBox, text }, text);
  const body: VElem = { ...v, elem: { ...v.elem, bbox: rest, rows: rows.slice(1) } };
  replace(p, v, [{ elem: line, as: 'text' }, body]);
  return body;
}

/** The label number of the table's caption ("Table 3: …" → "3"), if it has one. */
function labelOf(pages: VPage[], id: string): string | undefined {
  for (const p of pages)
    for (const v of p.elems)
      if (v.elem.kind === 'caption' && v.elem.captionOf === id) {
        const m = /^(?:Table|TABLE)\s+([0-9IVX]+(?:\.[0-9]+)*)|^表\s*([0-9]+(?:\.[0-9]+)*)/.exec(v.elem.text);
        if (m) return m[1] ?? `表 ${m[2]}`;
      }
  return undefined;
}

/** "Table 3 (continued)" above a continuation fragment with no caption of its table on its page; the fragment left. */
function continuedTitle(p: VPage, v: VElem, label: string, rng: Rng): VElem | undefined {
  const id = v.elem.blockId;
  if (p.elems.some((x) => x.elem.kind === 'caption' && x.elem.captionOf === id)) return undefined;
  const text = label.startsWith('表') ? `续${label}` : `Table ${label} (continued)`;
  const [box, rest] = strip(v.elem.bbox, true, 11);
  const title: PElem = withText(
    { kind: 'caption', blockId: `${id}~cont`, captionOf: id, page: v.elem.page, col: v.elem.col, bbox: box, text },
    text,
  );
  const tied = rng.chance(0.5);
  const body: VElem = { ...v, elem: { ...v.elem, bbox: rest } };
  replace(p, v, [{ elem: title, as: tied ? 'caption' : 'text', attach: tied ? id : undefined }, body]);
  return body;
}

/**
 * A one-page table as two tables side by side: its columns in two halves (four columns or more), else its body rows
 * in two panels, each under the head row (six rows or more).
 */
function sideBySide(p: VPage, v: VElem): boolean {
  const rows = v.elem.rows ?? [];
  const n = Math.max(0, ...rows.map((r) => r.cells.length));
  const head = rows.filter((r) => r.tags.every((t) => t === 'th'));
  const body = rows.slice(head.length);
  let parts: [Rows, Rows];
  let cut = 0.5;
  if (n >= 4 && rows.every((r) => r.cells.length === n)) {
    const m = Math.ceil(n / 2);
    const cols = (a: number, b: number) => rows.map((r) => ({ cells: r.cells.slice(a, b), tags: r.tags.slice(a, b) }));
    parts = [cols(0, m), cols(m, n)];
    cut = m / n;
  } else if (body.length >= 5) {
    const m = Math.ceil(body.length / 2);
    parts = [
      [...head, ...body.slice(0, m)],
      [...head, ...body.slice(m)],
    ];
  } else return false;
  const [x0, y0, x1, y1] = v.elem.bbox;
  const xm = x0 + (x1 - x0) * cut;
  const text = (rs: Rows) => rs.map((r) => r.cells.join(' ')).join(' ');
  const left: PElem = { ...v.elem, bbox: [x0, y0, xm - 4, y1], rows: parts[0], text: text(parts[0]) };
  const right: PElem = {
    ...v.elem,
    blockId: `${v.elem.blockId}~right`,
    bbox: [xm + 4, y0, x1, y1],
    rows: parts[1],
    text: text(parts[1]),
  };
  replace(p, v, [
    { ...v, elem: left },
    { ...v, elem: right },
  ]);
  return true;
}

/** The tables: side by side, head rows as text, continued titles, notes. */
function tableHabits(pages: VPage[], h: FloatHabits, lang: string, rng: Rng, log: FloatHabitCounts): void {
  for (const [id, places] of tablePlaces(pages)) {
    if (places.length === 1 && rng.chance(h.sideBySide) && sideBySide(pages[places[0].page], places[0].v)) {
      log.sideBySide++;
      continue;
    }
    const label = places.length > 1 ? labelOf(pages, id) : undefined;
    places.forEach(({ page, v }, k) => {
      const p = pages[page];
      let cur = v;
      const headless = rng.chance(h.headRowAsText) ? headRowAsText(p, cur, k > 0) : undefined;
      if (headless) log.headRowAsText++;
      cur = headless ?? cur;
      const titled = k > 0 && label && rng.chance(h.continuedTitle) ? continuedTitle(p, cur, label, rng) : undefined;
      if (titled) log.continuedTitle++;
      cur = titled ?? cur;
      if (k === places.length - 1 && rng.chance(h.tableNote) && tableNote(p, cur, lang, rng)) log.tableNote++;
    });
  }
}

/** Applies the float habits to the pages (the views' elements are copied, never the built pages). */
export function applyFloatHabits(pages: VPage[], h: FloatHabits, lang: string, rng: Rng, log: FloatHabitCounts): void {
  for (const p of pages) captionHabits(p, h, rng, log);
  tableHabits(pages, h, lang, rng, log);
}

/** Leading head rows (every cell `<th>`). */
const headRows = (rows: Rows) => {
  let k = 0;
  while (k < rows.length && rows[k].tags.length > 0 && rows[k].tags.every((t) => t === 'th')) k++;
  return k;
};

/**
 * The fragment as two (or, with nine body rows or more, sometimes three) tables stacked on its page: its rows cut at
 * body-row boundaries (two body rows at least in each piece), the head rows with the first piece, the box cut by
 * rows with a hairline gap. Every piece keeps the block's id: one table.
 */
function stackedCut(p: VPage, v: VElem, rng: Rng): boolean {
  const rows = v.elem.rows ?? [];
  const head = headRows(rows);
  const body = rows.length - head;
  if (body < 4) return false;
  const n = body >= 9 && rng.chance(0.3) ? 3 : 2;
  const cuts: number[] = [];
  let from = head;
  for (let k = 1; k < n; k++) {
    const last = rows.length - 2 * (n - k);
    const at = rng.int(from + 2, last);
    cuts.push(at);
    from = at;
  }
  const [x0, y0, x1, y1] = v.elem.bbox;
  const h = (y1 - y0) / rows.length;
  const bounds = [0, ...cuts, rows.length];
  const pieces: VElem[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const part = rows.slice(bounds[k], bounds[k + 1]);
    const gap = k > 0 ? rng.int(0, 3) : 0;
    const bbox: Box = [x0, y0 + bounds[k] * h + gap, x1, y0 + bounds[k + 1] * h];
    const text = part.map((r) => r.cells.join(' ')).join(' ');
    pieces.push({ ...v, elem: { ...v.elem, bbox, rows: part, text } });
  }
  replace(p, v, pieces);
  return true;
}

/**
 * The stacked cut (`stackedCut`), after every other float habit, from a stream of its own: each table fragment (not
 * one half of two tables side by side) with the document's rate.
 */
export function applyStackedCut(pages: VPage[], rate: number, rng: Rng, log: FloatHabitCounts): void {
  for (const [id, places] of tablePlaces(pages)) {
    if (id.endsWith('~right')) continue;
    for (const { page, v } of places) {
      const p = pages[page];
      const beside = p.elems.some((x) => x.elem.blockId === `${id}~right`);
      if (!beside && rng.chance(rate) && stackedCut(p, v, rng)) log.stackedCut++;
    }
  }
}
