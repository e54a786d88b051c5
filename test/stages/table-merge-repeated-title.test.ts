// A financial statement over two pages: its name and its units over the table on each page ("CONSOLIDATED BALANCE
// SHEETS", "(dollars in millions)"). The furniture stage takes the repeated name for a running head; the units line
// stays in the body between the two fragments. It repeats a line set right before the first fragment: the table's
// title over its continuation, passed over (table-merge/between.ts isRepeatedTitle). Hand-made pages.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTables } from '../../src/stages/table-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const rows = (n: number, from: number) =>
  Array.from({ length: n }, (_, k) => `<tr><td>Item ${k + from}</td><td>${100 + k}</td><td>${90 + k}</td></tr>`).join(
    '',
  );
const head = '<tr><td></td><td>December 31, 2024</td><td>December 31, 2023</td></tr>';

function run(secondPageLine: string) {
  const specs: Spec[] = [
    { page: 1, type: 'title', text: 'CONSOLIDATED BALANCE SHEETS', bbox: [0.3, 0.05, 0.7, 0.07] },
    { page: 1, type: 'text', text: '(dollars in millions)', bbox: [0.4, 0.075, 0.6, 0.09] },
    { page: 1, type: 'table', html: `<table>${head}${rows(20, 0)}</table>`, bbox: [0.1, 0.1, 0.9, 0.9] },
    { page: 2, type: 'title', text: 'CONSOLIDATED BALANCE SHEETS', bbox: [0.3, 0.05, 0.7, 0.07] },
    { page: 2, type: 'text', text: secondPageLine, bbox: [0.4, 0.075, 0.6, 0.09] },
    { page: 2, type: 'table', html: `<table>${head}${rows(15, 20)}</table>`, bbox: [0.1, 0.1, 0.9, 0.7] },
    {
      page: 2,
      type: 'text',
      text: 'See accompanying Notes to the Financial Statements.',
      bbox: [0.1, 0.75, 0.9, 0.77],
    },
  ];
  const i = input(makeDoc(specs));
  return mergeTables(i, detectFurniture(i));
}

describe("a table's title lines repeated over its continuation", () => {
  it('are passed over: the two fragments are one table', () => {
    expect(run('(dollars in millions)').groups).toEqual([[2, 5]]);
    expect(run('(Dollars in millions) (continued)').groups).toEqual([[2, 5]]);
  });

  it('another line there still parts the two tables', () => {
    expect(run('(shares in thousands)').groups).toEqual([]);
  });
});
