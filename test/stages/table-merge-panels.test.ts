// Two tables as an office page sets them, modelled on the float-habits corpora (office report, form and legal pages
// read by Docling, DeepSeek-OCR and Unstructured): two panels of one table side by side down to the page's foot on a
// page that has no columns, and a caption cut in two pieces above each of two tables on facing pages.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTables } from '../../src/stages/table-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const header = '<tr><th>Question</th><th>Answer</th></tr>';
const rows = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `<tr><td>Setting ${from + i}</td><td>value ${from + i}</td></tr>`,
  ).join('');
const table = (from: number, to: number) => `<table>${header}${rows(from, to)}</table>`;
const run = (specs: Spec[]) => {
  const i = input(makeDoc(specs));
  return mergeTables(i, detectFurniture(i));
};

describe('two panels side by side down to the foot of a page without columns (table-merge.side-by-side)', () => {
  const left: Spec = { page: 2, type: 'table', html: table(1, 6), bbox: [0.09, 0.36, 0.49, 0.845] };
  const right: Spec = { page: 2, type: 'table', html: table(7, 12), bbox: [0.51, 0.36, 0.91, 0.845] };
  const paragraph = (y: number): Spec => ({
    page: 2,
    type: 'text',
    text: 'Each basic component is either a counter or a level, and the resolver weighs them as the table lists.',
    bbox: [0.09, y, 0.88, y + 0.05],
  });

  it('keeps them apart where a paragraph over them or a block under them runs across the gap', () => {
    for (const specs of [
      [paragraph(0.27), left, right],
      [left, right, paragraph(0.86)],
    ]) {
      const r = run(specs);
      expect(r.groups).toEqual([]);
      expect(r.decisions[0]?.features?.map((f) => f.id)).toContain('table-merge.side-by-side');
    }
  });

  it('joins a table that fills its column and goes on in the next, on a page set in columns', () => {
    const column = (x: number, y: number): Spec => ({
      page: 2,
      type: 'text',
      text: 'A paragraph of the column, set in its width as a two-column paper sets its body text.',
      bbox: [x, y, x + 0.4, y + 0.05],
    });
    const r = run([column(0.09, 0.27), column(0.51, 0.27), left, right]);
    expect(r.groups).toEqual([[2, 3]]);
  });
});

describe('a caption cut in pieces above its table (table-merge captions)', () => {
  it('reads the label from the first piece: two tables of their own numbers on facing pages are two tables', () => {
    const r = run([
      { page: 5, type: 'table_caption', text: 'Table 11.1 Answers to the questions asked by the' },
      { page: 5, type: 'table_caption', text: 'migration script' },
      { page: 5, type: 'table', html: table(1, 6) },
      { page: 6, type: 'table_caption', text: 'Table 11.2 Configuring the libnss-ldap' },
      { page: 6, type: 'table_caption', text: 'package' },
      { page: 6, type: 'table', html: table(1, 4) },
    ]);
    expect(r.groups).toEqual([]);
    expect(r.decisions[0]?.features?.map((f) => f.id)).toContain('table-merge.new-caption-number');
  });
});
