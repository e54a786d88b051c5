// A row group's label read out of its table (the MinerU datasheet shape in test-samples/gold-dev: the step-charge
// table ends one page, and the next opens with the band "0 ℃≤T<5 ℃" as a text line set left of the band's rows,
// then the rows as a table of their own). The label is a cell of the table, not text between two tables: the pair
// is still a candidate (table-merge/between.ts isRowLabelBeside) and merges on its evidence. Hand-made pages.
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTables } from '../../src/stages/table-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const rows = (currents: string[]) => currents.map((c, k) => `<tr><td>${c}</td><td>${10 + 20 * k}%</td></tr>`).join('');
const head = '<tr><td>电流，A Current, A</td><td>SOC</td></tr>';
const first = `<table>${head}${rows(['0.08C', '0.05C', '0.04C', '0.03C'])}</table>`;
const second = `<table>${head}${rows(['0.40C', '0.30C', '0.20C', '0.15C', '0.10C'])}</table>`;

function run(label: { text: string; bbox: BBox }) {
  const specs: Spec[] = [
    { page: 1, type: 'text', text: '1.3.1 阶梯充电 Step Charge', bbox: [0.1, 0.1, 0.5, 0.12] },
    { page: 1, type: 'table', html: first, bbox: [0.34, 0.15, 0.82, 0.92] },
    { page: 2, type: 'text', ...label },
    { page: 2, type: 'table', html: second, bbox: [0.337, 0.123, 0.82, 0.304] },
    { page: 2, type: 'text', text: 'Body text after the table, a sentence.', bbox: [0.1, 0.35, 0.9, 0.38] },
  ];
  const i = input(makeDoc(specs));
  return mergeTables(i, detectFurniture(i));
}

describe('a row label read out of the table, beside the next fragment', () => {
  it('is passed over: the fragments still merge', () => {
    // MinerU's math markup for "0 ℃≤T<5 ℃": longer than the label it draws, so the box, not the text, says short.
    const text = '$0 \\ ^ { \\circ } \\mathrm { C } { \\le } \\mathrm { T } { < } 5 \\ ^ { \\circ } \\mathrm { C }$';
    expect(run({ text, bbox: [0.119, 0.205, 0.23, 0.222] }).groups).toEqual([[1, 3]]);
  });

  it('a line above the table, not level with its rows, still parts the two tables', () => {
    expect(run({ text: '0 ℃≤T<5 ℃', bbox: [0.119, 0.08, 0.23, 0.1] }).groups).toEqual([]);
  });

  it('a paragraph beside the table (several lines) still parts the two tables', () => {
    const text = 'The cell is charged in steps; each band has its own currents.';
    expect(run({ text, bbox: [0.08, 0.15, 0.3, 0.25] }).groups).toEqual([]);
  });
});
