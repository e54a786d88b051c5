// Table pieces stacked on one page (src/stages/table-merge/stacked.ts): a recogniser that takes each ruled region of
// one table for a table of its own, as MinerU does on a datasheet's step-charge table (the gold-dev shape: one piece
// per temperature band, the band's label read out as a text line beside its piece, the next band opening with its
// label cell spanning its rows). Two tables a document stacks each have a caption or a head row of their own, or text
// between: those stay apart. Hand-made pages.
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTables } from '../../src/stages/table-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const rows = (names: string[]) => names.map((c, k) => `<tr><td>${c}</td><td>${10 + 20 * k}%</td></tr>`).join('');
const head = '<tr><td>电流，A Current, A</td><td>SOC</td></tr>';
const thHead = '<tr><th>Option</th><th>Default</th></tr>';
const table = (...parts: string[]) => `<table>${parts.join('')}</table>`;

function run(specs: Spec[]) {
  const i = input(makeDoc(specs));
  return mergeTables(i, detectFurniture(i));
}

const intro: Spec = { page: 1, type: 'text', text: '1.3.1 阶梯充电 Step Charge', bbox: [0.1, 0.08, 0.5, 0.1] };
const after: Spec = {
  page: 1,
  type: 'text',
  text: 'Body text after the table, a sentence.',
  bbox: [0.1, 0.93, 0.9, 0.95],
};
const piece = (html: string, bbox: BBox): Spec => ({ page: 1, type: 'table', html, bbox });

describe('table pieces stacked on one page', () => {
  it('joins a piece drawn right under the first, with no head row of its own', () => {
    const groups = run([
      intro,
      piece(table(thHead, rows(['-a', '-b', '-c'])), [0.1, 0.12, 0.9, 0.3]),
      piece(table(rows(['-d', '-e', '-f'])), [0.1, 0.302, 0.9, 0.45]),
      after,
    ]).groups;
    expect(groups).toEqual([[1, 2]]);
  });

  it('joins the datasheet bands: a label read out beside a piece, a piece opening with its label cell', () => {
    const label = '$5 \\ ^ { \\circ } \\mathrm { C } { \\le } \\mathrm { T } { < } 10 \\ ^ { \\circ } \\mathrm { C }$';
    const band = `<tr><td rowspan="5">10 ℃≤T<15 ℃</td><td>电流，A Current, A</td><td>SOC</td></tr>`;
    const groups = run([
      intro,
      piece(table(head, rows(['0.40C', '0.30C', '0.20C'])), [0.337, 0.12, 0.82, 0.3]),
      { page: 1, type: 'text', text: label, bbox: [0.114, 0.51, 0.235, 0.526] },
      piece(table(head, rows(['0.60C', '0.40C', '0.30C'])), [0.339, 0.438, 0.82, 0.6]),
      piece(table(band, rows(['0.90C', '0.70C', '0.60C', '0.55C'])), [0.107, 0.673, 0.91, 0.915]),
      after,
    ]).groups;
    expect(groups).toEqual([[1, 3, 4]]);
  });

  it('passes over the table\'s "Continued on next page" line read between its pieces', () => {
    const groups = run([
      intro,
      piece(table(thHead, rows(['-a', '-b', '-c'])), [0.1, 0.12, 0.9, 0.3]),
      { page: 1, type: 'table_caption', text: 'Continued on next page', bbox: [0.6, 0.452, 0.9, 0.466] },
      piece(table(rows(['-d', '-e', '-f'])), [0.1, 0.3, 0.9, 0.45]),
      after,
    ]).groups;
    expect(groups).toEqual([[1, 3]]);
  });

  it('keeps apart a table stacked under another with a head row of its own', () => {
    const r = run([
      intro,
      piece(table(thHead, rows(['-a', '-b', '-c'])), [0.1, 0.12, 0.9, 0.3]),
      piece(table('<tr><th>Variable</th><th>Meaning</th></tr>', rows(['-d', '-e'])), [0.1, 0.302, 0.9, 0.45]),
      after,
    ]);
    expect(r.groups).toEqual([]);
    expect(r.decisions[0].features?.map((f) => f.id)).toContain('table-merge.stacked-own-header');
  });

  it('keeps apart a lower table with its own caption, or with a caption or text between', () => {
    const a = piece(table(thHead, rows(['-a', '-b', '-c'])), [0.1, 0.12, 0.9, 0.3]);
    const b = piece(table(rows(['-d', '-e', '-f'])), [0.1, 0.33, 0.9, 0.45]);
    const caption: Spec = {
      page: 1,
      type: 'table_caption',
      text: 'Table 2: More options',
      bbox: [0.1, 0.305, 0.9, 0.325],
    };
    const text: Spec = {
      page: 1,
      type: 'text',
      text: 'The next options are for experts.',
      bbox: [0.1, 0.305, 0.9, 0.325],
    };
    const nested: Spec = { ...caption, bbox: [0.1, 0.455, 0.9, 0.47], hints: { nestedIn: '/2' } };
    expect(run([intro, a, caption, b, after]).groups).toEqual([]);
    expect(run([intro, a, text, b, after]).groups).toEqual([]);
    expect(run([intro, a, { ...b, bbox: [0.1, 0.302, 0.9, 0.45] }, nested, after]).groups).toEqual([]);
  });

  it('keeps apart two tables stacked on a page, each captioned below', () => {
    const cap = (n: number, y: number): Spec => ({
      page: 1,
      type: 'table_caption',
      text: `Table ${n}: Options of part ${n}`,
      bbox: [0.1, y, 0.9, y + 0.015],
    });
    const groups = run([
      intro,
      piece(table(rows(['-a', '-b', '-c'])), [0.1, 0.12, 0.9, 0.3]),
      cap(1, 0.302),
      piece(table(rows(['-d', '-e', '-f'])), [0.1, 0.32, 0.9, 0.45]),
      cap(2, 0.452),
      after,
    ]).groups;
    expect(groups).toEqual([]);
  });

  it('keeps apart two tables set a blank apart with no row group to say why', () => {
    const groups = run([
      intro,
      piece(table(rows(['-a', '-b', '-c'])), [0.1, 0.12, 0.9, 0.3]),
      piece(table(rows(['-d', '-e', '-f'])), [0.1, 0.36, 0.9, 0.5]),
      after,
    ]).groups;
    expect(groups).toEqual([]);
  });
});
