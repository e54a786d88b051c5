// A step-charge table cut by the page break into a two-column head and a row group whose label cell spans all
// its rows (the MinerU datasheet shape in test-samples/gold-dev: /30 on one page, /32 on the next, 2 vs 5
// columns): one table. The same pair without the spanning label stays two tables.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { opensWithRowGroup } from '../../src/stages/table-merge/row-group.js';
import { mergeTables } from '../../src/stages/table-merge.js';
import { parseTable } from '../../src/table/html.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const head =
  '<table><tr><td>电芯温度 Cell Temperature</td><td>充电制度 Charge Profile</td></tr>' +
  '<tr><td>&lt; -20℃</td><td>不允许充电 No charging</td></tr></table>';
const bandRows = ['0.08C', '0.05C', '0.04C', '0.03C']
  .map((c, k) => `<td>${c}</td><td>${10 + 20 * k}%</td><td></td>`)
  .map((cells) => `<tr>${cells}</tr>`);
// The band's label spans all five rows; the parser drew an empty spanning column and three value columns.
const band =
  '<table><tr><td rowspan="5">-20℃≤T&lt;-15℃</td><td rowspan="5"></td><td>电流，A Current, A</td><td>SOC</td><td></td></tr>' +
  `${bandRows.join('')}</table>`;
const plain = `<table><tr><td>电流，A Current, A</td><td>SOC</td><td></td><td></td><td></td></tr>${bandRows.join('')}</table>`;

function run(second: string) {
  const specs: Spec[] = [
    { page: 1, type: 'text', text: '1.3.1 阶梯充电 Step Charge', bbox: [0.1, 0.78, 0.5, 0.8] },
    { page: 1, type: 'table', html: head, bbox: [0.1, 0.82, 0.9, 0.95] },
    { page: 2, type: 'table', html: second, bbox: [0.1, 0.07, 0.9, 0.85] },
    { page: 2, type: 'text', text: 'Body text after the table.', bbox: [0.1, 0.87, 0.9, 0.9] },
  ];
  const i = input(makeDoc(specs));
  return mergeTables(i, detectFurniture(i));
}

describe('a row group cut off by the page break (table-merge.row-group-columns)', () => {
  it('tells a fragment that opens with a label cell spanning three or more rows', () => {
    expect(opensWithRowGroup(parseTable(band))).toBe(true);
    expect(opensWithRowGroup(parseTable(plain))).toBe(false);
    expect(opensWithRowGroup(parseTable(head))).toBe(false);
  });

  it('merges the head with the row group on the next page though the column counts differ', () => {
    const r = run(band);
    expect(r.groups).toEqual([[1, 2]]);
    const ids = r.decisions[0].features?.map((f) => f.id);
    expect(ids).toContain('table-merge.row-group-columns');
    expect(ids).not.toContain('table-merge.columns-differ');
  });

  it('keeps two tables apart when the second differs in columns without a spanning label', () => {
    const r = run(plain);
    expect(r.groups).toEqual([]);
    expect(r.decisions[0].features?.map((f) => f.id)).toContain('table-merge.columns-differ');
  });
});
