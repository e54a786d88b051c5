// The corpus's table habits (scripts/corpus/table-habits.ts, `--table-habits`): a table cut over two pages read
// as recognisers read it — a column merged or split on the continuation, the row at the break cut in two — in
// every parser-style format, with the gold unchanged and the built pages untouched.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Built, PElem } from '../scripts/corpus/build.js';
import { makeRng } from '../scripts/corpus/rng.js';
import { applyTableHabits, emptyTableCounts } from '../scripts/corpus/table-habits.js';
import { emitParser, PARSER_FILES, PARSER_FORMATS, type ParserDoc } from '../scripts/corpus/writers/index.js';
import { stitchSync } from '../src/pipeline.js';

const box = (y: number): [number, number, number, number] => [72, y, 520, y + 14];
const head = { cells: ['Option', 'Meaning', 'Default'], tags: ['th', 'th', 'th'] };
const row = (i: number) => ({
  cells: [`--opt-${i}`, `sets the value number ${i} of the run for every package built`, `${i}`],
  tags: ['td', 'td', 'td'],
});

function cutTable(): Built {
  const table = (page: number, rows: PElem['rows']): PElem => ({
    kind: 'table',
    blockId: 't1',
    page,
    col: 0,
    bbox: [72, page === 0 ? 400 : 80, 520, 760],
    text: '',
    rows,
  });
  const p1: PElem[] = [
    { kind: 'heading', blockId: 'h1', level: 1, isTitle: true, page: 0, col: 0, bbox: box(80), text: 'Build options' },
    { kind: 'text', blockId: 'p0', page: 0, col: 0, bbox: box(120), text: 'The options of the build are these.' },
    { kind: 'caption', blockId: 'c1', captionOf: 't1', page: 0, col: 0, bbox: box(380), text: 'Table 1. Options' },
    table(0, [head, row(1), row(2), row(3)]),
  ];
  const p2: PElem[] = [table(1, [head, row(4), row(5), row(6)])];
  return { pages: [p1, p2].map((elems) => ({ width: 595, height: 842, elems })), warnings: [] };
}

const rowsOf = (b: Built, page: number) => b.pages[page].elems.find((e) => e.kind === 'table')?.rows ?? [];
const view = (b: Built) => b.pages.map((p) => ({ ...p, elems: p.elems.map((elem) => ({ elem, as: elem.kind })) }));
const always = { mergeColumns: 1, splitColumn: 0, cutRow: 1 };

describe('table habits', () => {
  it('merges two columns of the continuation and cuts the row at the break, on copies', () => {
    const built = cutTable();
    const pages = view(built);
    const log = emptyTableCounts();
    applyTableHabits(pages, always, makeRng(7), log);
    expect(log).toEqual({ mergeColumns: 1, splitColumn: 0, cutRow: 1 });
    const first = pages[0].elems.find((v) => v.elem.kind === 'table')?.elem.rows ?? [];
    const next = pages[1].elems.find((v) => v.elem.kind === 'table')?.elem.rows ?? [];
    expect(Math.max(...first.map((r) => r.cells.length))).toBe(3);
    expect(Math.max(...next.map((r) => r.cells.length))).toBe(2);
    // the cut row's first half ends page 1; its rest opens page 2 under the repeated header
    expect(first[3].cells[1]).toBe('sets the value number 3 of');
    expect(next[0].tags.every((t) => t === 'th')).toBe(true);
    expect(next[1].cells.join(' ').trim()).toBe('the run for every package built');
    // the built pages (shared by every format) are untouched
    expect(rowsOf(built, 0)[3].cells[1]).toBe(row(3).cells[1]);
    expect(rowsOf(built, 1)).toHaveLength(4);
  });

  it('splits a column of words in two', () => {
    const pages = view(cutTable());
    const log = emptyTableCounts();
    applyTableHabits(pages, { mergeColumns: 0, splitColumn: 1, cutRow: 0 }, makeRng(3), log);
    expect(log.splitColumn).toBe(1);
    const next = pages[1].elems.find((v) => v.elem.kind === 'table')?.elem.rows ?? [];
    expect(Math.max(...next.map((r) => r.cells.length))).toBe(4);
  });

  it('leaves a table on one page alone', () => {
    const built = cutTable();
    built.pages[1].elems = [];
    const pages = view(built);
    const log = emptyTableCounts();
    applyTableHabits(pages, always, makeRng(7), log);
    expect(log).toEqual(emptyTableCounts());
  });

  it.each(PARSER_FORMATS)('%s: the gold keeps the one table, and the adapter reads every ref', (f) => {
    const doc: ParserDoc = { id: 'hand', lang: 'en', built: cutTable(), seed: 11, tableHabits: true };
    const out = emitParser(f, doc);
    expect(out.tables).toBeDefined();
    expect(out.gold.tableMerges).toHaveLength(1);
    expect(out.gold.tableMerges[0]).toHaveLength(2);
    const tmp = mkdtempSync(path.join(tmpdir(), 'table-habits-'));
    try {
      const file = path.join(tmp, PARSER_FILES[f]);
      writeFileSync(file, JSON.stringify(out.input));
      const refs = new Set(stitchSync(file).document.elements.map((e) => e.ref));
      expect(out.gold.tableMerges[0].filter((r) => !refs.has(r))).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    // without the flag the output is what it always was
    const plain = emitParser(f, { ...doc, tableHabits: false });
    expect(plain.tables).toBeUndefined();
  });
});
