// A caption of a table drawn as pieces stacked on its page (src/stages/captions/table-pieces.ts): the note under the
// lowest piece, and the "Continued on next page" line there, are the table's and link to its first piece on the page,
// as the corpora's gold and the hand-checked sets link a caption to the fragment on its page. Hand-made pages.
import { describe, expect, it } from 'vitest';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTables } from '../../src/stages/table-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const rows = (names: string[]) => names.map((c) => `<tr><td>${c}</td><td>what ${c} means</td></tr>`).join('');
const head = '<tr><th>Term</th><th>Description</th></tr>';

function run(specs: Spec[], pages?: number) {
  const i = input(makeDoc(specs, pages));
  const furniture = detectFurniture(i);
  const tables = mergeTables(i, furniture);
  return { tables, captions: linkCaptions(i, furniture, new Set(), tables.groups) };
}

const caption: Spec = { page: 1, type: 'table_caption', text: 'Table 2: Glossary', bbox: [0.1, 0.1, 0.9, 0.115] };
const top: Spec = {
  page: 1,
  type: 'table',
  html: `<table>${head}${rows(['a', 'b', 'c'])}</table>`,
  bbox: [0.1, 0.12, 0.9, 0.3],
};
const lower: Spec = {
  page: 1,
  type: 'table',
  html: `<table>${rows(['d', 'e', 'f'])}</table>`,
  bbox: [0.1, 0.3, 0.9, 0.45],
};
const note: Spec = { page: 1, type: 'text', text: 'Source: the project documentation.', bbox: [0.1, 0.455, 0.9, 0.47] };
const body: Spec = {
  page: 1,
  type: 'text',
  text: 'Body text after the table, a sentence.',
  bbox: [0.1, 0.5, 0.9, 0.53],
};

describe('captions of a table drawn in pieces on its page', () => {
  it('link the note under the lowest piece to the first piece', () => {
    const { tables, captions } = run([caption, top, lower, note, body]);
    expect(tables.groups).toEqual([[1, 2]]);
    expect(captions.links.map((l) => [l.caption, l.target])).toEqual([
      [0, 1],
      [3, 1],
    ]);
    expect(captions.decisions.some((d) => d.ruleId === 'captions.table-first-piece')).toBe(true);
  });

  it('leave a note under the second of two separate tables with that table', () => {
    const own = { ...lower, html: `<table><tr><th>Name</th><th>Value</th></tr>${rows(['d', 'e'])}</table>` };
    const { tables, captions } = run([caption, top, own, note, body]);
    expect(tables.groups).toEqual([]);
    expect(captions.links.find((l) => l.caption === 3)?.target).toBe(2);
  });
});
