// A bare table (rows and cells only) read without the HTML parser must give the text and grid that parse5, hast and
// hast-util-to-text give (the definition: toText of the parse, trimmed, and `tableGrid`), on every table of the
// committed content lists and fixtures and on random tables; anything else must be left to the parser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { tableGrid, tableTextAndGrid } from '../../src/table/grid.js';
import { parseTable } from '../../src/table/html.js';
import { bareTableCells } from '../../src/table/simple.js';

const definition = (html: string) => ({ text: toText(parseTable(html).root).trim(), grid: tableGrid(html) });

function contentLists(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) contentLists(path, out);
    else if (name.includes('content_list') && name.endsWith('.json')) out.push(path);
  }
  return out;
}

function tableBodies(path: string): string[] {
  const bodies: string[] = [];
  JSON.stringify(JSON.parse(readFileSync(path, 'utf8')), (key, value) => {
    if (key === 'table_body' && typeof value === 'string') bodies.push(value);
    return value;
  });
  return bodies;
}

/** A small seeded generator (mulberry32): the same random tables on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// spaces and other white space, a tag's characters, entities, CJK, a surrogate pair and lone halves, marks
const PIECES = [
  'a',
  'Bc',
  '12',
  ' ',
  '  ',
  '\u00a0',
  '\u3000',
  '\u000b',
  '\t',
  '\n',
  '\r',
  '\f',
  '>',
  '<',
  '&',
  '&amp;',
  '"',
  "'",
  '表',
  '😀',
  '\ud800',
  '\udc00',
  '\u200b',
  '\u200e',
  '\u061c',
  '\u2066',
  '\u00ad',
  '\0',
  '/',
  '=',
];

function randomTable(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const rows: string[] = [];
  const rowCount = 1 + Math.floor(next() * 4);
  for (let r = 0; r < rowCount; r++) {
    let row = '';
    const cellCount = Math.floor(next() * 4) + (next() < 0.95 ? 1 : 0);
    for (let c = 0; c < cellCount; c++) {
      let text = '';
      const length = Math.floor(next() * 5);
      for (let k = 0; k < length; k++) text += next() < 0.7 ? pick(PIECES.slice(0, 7)) : pick(PIECES);
      const tag = next() < 0.85 ? 'td' : 'th';
      const open = next() < 0.95 ? `<${tag}>` : pick([`<${tag} colspan="2">`, `<${tag.toUpperCase()}>`, '<td >']);
      row += `${open}${text}</${tag}>`;
    }
    rows.push(next() < 0.97 ? `<tr>${row}</tr>` : pick([`<tbody><tr>${row}</tr></tbody>`, ` <tr>${row}</tr>`]));
  }
  const html = `<table>${rows.join('')}</table>`;
  return next() < 0.97 ? html : pick([`${html} `, `${html}x`, html.replace('</table>', ''), `<p>${html}</p>`]);
}

describe('bare tables', () => {
  it('reads every committed content list table as the HTML parser does', () => {
    const bodies = ['corpus', 'corpus-latex', 'corpus-office', 'test/fixtures'].flatMap((dir) =>
      contentLists(dir).flatMap(tableBodies),
    );
    let bare = 0;
    for (const html of bodies) {
      if (bareTableCells(html)) bare++;
      expect(tableTextAndGrid(html)).toEqual(definition(html));
    }
    // most of them take the shortcut, and some do not (attributes, entities)
    expect(bodies.length).toBeGreaterThan(200);
    expect(bare).toBeGreaterThan(bodies.length / 2);
    expect(bare).toBeLessThan(bodies.length);
  });

  it('reads random tables as the HTML parser does, and leaves it what is not bare', () => {
    const next = random(20261205);
    let bare = 0;
    for (let i = 0; i < 4000; i++) {
      const html = randomTable(next);
      if (bareTableCells(html)) bare++;
      expect(tableTextAndGrid(html), JSON.stringify(html)).toEqual(definition(html));
    }
    expect(bare).toBeGreaterThan(800);
    expect(bare).toBeLessThan(3200);
  });

  it('leaves attributes, entities, other tags and text between tags to the parser', () => {
    const cells = [['a', ' b  c ', '']];
    expect(bareTableCells('<table><tr><td>a</td><td> b  c </td><th></th></tr></table>')).toEqual(cells);
    for (const html of [
      '<table><tr><td colspan="2">a</td></tr></table>',
      '<table><tr><td>a &amp; b</td></tr></table>',
      '<table><tbody><tr><td>a</td></tr></tbody></table>',
      '<table><tr><td>a<br>b</td></tr></table>',
      '<table><tr> <td>a</td></tr></table>',
      '<table><tr></tr></table>',
      '<table><tr><td>a</th></tr></table>',
      '<table><tr><td>a\nb</td></tr></table>',
      '<table><tr><td>a</td></tr></table> ',
    ])
      expect(bareTableCells(html), html).toBeUndefined();
  });
});
