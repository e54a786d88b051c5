// rowTextsOnce (src/table/html.ts): a row's cell texts read once and shared (the table-merge tests ask for a table's
// first rows several times a pair of fragments; session 29, speed15). The shared list must be what rowTexts reads, be
// the same list on the next call for the same row, and be read again for another row (of the same HTML parsed anew).
import { describe, expect, it } from 'vitest';
import { parseTable, rowTexts, rowTextsOnce } from '../../src/table/html.js';

const HTML =
  '<table><tr><th>Term</th><th> Description </th></tr><tr><td>apt\n install</td><td>installs</td></tr></table>';

describe('rowTextsOnce', () => {
  it('reads what rowTexts reads, blanks collapsed and trimmed', () => {
    const { rows } = parseTable(HTML);
    expect(rowTextsOnce(rows[0])).toEqual(['Term', 'Description']);
    expect(rowTextsOnce(rows[1])).toEqual(rowTexts(rows[1]));
    expect(rowTextsOnce(rows[1])).toEqual(['apt install', 'installs']);
  });

  it('gives the same list for the same row, and reads a row of another parse anew', () => {
    const { rows } = parseTable(HTML);
    const first = rowTextsOnce(rows[0]);
    expect(rowTextsOnce(rows[0])).toBe(first);
    // rowTexts makes a new list at each call: the memo is what makes the two calls above one
    expect(rowTexts(rows[0])).not.toBe(rowTexts(rows[0]));
    const fresh = parseTable(HTML.replace('Term', 'Name')).rows[0];
    expect(rowTextsOnce(fresh)).toEqual(['Name', 'Description']);
    expect(rowTextsOnce(fresh)).not.toBe(first);
  });
});
