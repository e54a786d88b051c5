// The grid of a table (cell texts by row, spans) read once per element, and the tree's table node built from it
// the same as from the HTML.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/adapters/mineru-content-list.js';
import type { Element } from '../../src/model/element.js';
import type { NodeData } from '../../src/model/tree.js';
import { elementGrid, keepGrid, tableGrid, tableTextAndGrid } from '../../src/table/grid.js';
import { tableNode } from '../../src/tree/table.js';

const PLAIN = '<table><tr><td>Name</td><td> Size\n (KB) </td></tr><tr><td>a.txt</td><td>12</td></tr></table>';
const SPANNED = '<table><tr><td colspan="2">Both</td></tr><tr><td>x</td><td>y</td></tr></table>';

const table = (html: string, id = 1): Element =>
  ({ id, ref: `/${id}`, page: 0, type: 'table', bbox: null, text: '', html }) as Element;

const DATA: NodeData = { id: 'n1', refs: [], spans: [] };

describe('tableGrid', () => {
  it('gives each row its cell texts, spaces squashed, and says whether a cell spans', () => {
    expect(tableGrid(PLAIN)).toEqual({
      rows: [
        ['Name', 'Size (KB)'],
        ['a.txt', '12'],
      ],
      spans: false,
    });
    expect(tableGrid(SPANNED)).toEqual({ rows: [['Both'], ['x', 'y']], spans: true });
    expect(tableGrid('<p>no table</p>')).toEqual({ rows: [], spans: false });
  });

  it('reads an element once: the same grid for the same element, a new one for another', () => {
    const a = table(PLAIN);
    expect(elementGrid(a)).toBe(elementGrid(a));
    expect(elementGrid(table(PLAIN, 2))).not.toBe(elementGrid(a));
  });

  it('builds the same table node from the grid as from the HTML', () => {
    for (const html of [PLAIN, SPANNED, '']) {
      const data: NodeData = { id: 'n1', refs: ['/1'], spans: [] };
      expect(tableNode(html, 'fallback', data, elementGrid(table(html)))).toEqual(tableNode(html, 'fallback', data));
    }
    expect(tableNode(PLAIN, '', DATA).type).toBe('table');
    expect(tableNode(SPANNED, '', DATA).type).toBe('html');
  });

  it('gives an adapter the text htmlToText gives and the grid, and keeps the grid only for the element of that HTML', () => {
    for (const html of [PLAIN, SPANNED, '<table><tr><td>a<br>b</td></tr></table>']) {
      const read = tableTextAndGrid(html);
      expect(read.text).toBe(htmlToText(html));
      expect(read.grid).toEqual(tableGrid(html));
    }
    const own = table(PLAIN, 3);
    const grid = tableTextAndGrid(PLAIN).grid;
    keepGrid(own, PLAIN, grid);
    expect(elementGrid(own)).toBe(grid);
    const other = table(SPANNED, 4);
    keepGrid(other, PLAIN, grid);
    expect(elementGrid(other)).toEqual(tableGrid(SPANNED));
  });
});
