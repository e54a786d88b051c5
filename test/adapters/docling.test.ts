// Docling adapter. multi_page.json and normal_4pages.json are byte copies of docling's MIT-licensed
// ground truth (see test/fixtures/PROVENANCE.md); handmade-floats.json is hand-written to imitate the format.
// Expected boxes are written as the arithmetic on the numbers in the files (points, bottom-left origin).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import { DocstitchError } from '../../src/model/errors.js';
import { resolvePointer } from '../../src/model/pointer.js';
import { byRef, expectBox, fixtureReader } from '../helpers/adapter.js';
import { doclingUnits, expectUnits } from './layout-accounting.js';

const { fixture, read } = fixtureReader('docling');

describe('docling adapter', () => {
  it('detects and reads normal_4pages.json with table, caption, footnotes and furniture', () => {
    const { adapter, doc, json } = read('normal_4pages.json');
    expect(adapter.name).toBe('docling');
    expect(doc.pages).toHaveLength(4);
    expect(doc.pages[0]).toEqual({ page: 1, width: 612, height: 859, unit: 'pt' });
    expectUnits(doc, doclingUnits(json));
    for (const el of doc.elements)
      expect(`#${el.ref}`).toBe((resolvePointer(json, el.ref) as { self_ref: string }).self_ref);

    // tables/0: page 2, l 64.58 t 516.46 r 295.71 b 342.55 BOTTOMLEFT on a 612 × 859 page.
    const table = byRef(doc, '/tables/0');
    expect(table.page).toBe(2);
    expect(table.type).toBe('table');
    expectBox(table.bbox, [64.58 / 612, (859 - 516.46) / 859, 295.71 / 612, (859 - 342.55) / 859]);
    expect(table.html).toMatch(/^<table><tr><th>구분<\/th><th>개정전<\/th><th>개정후<\/th><\/tr><tr><td>분류<\/td>/);
    expect(table.text.split('\n')[0]).toBe('구분\t개정전\t개정후');

    // The table lists texts/24 as caption (above it) and texts/25, texts/26 as footnotes (below it).
    const ids = ['/texts/24', '/tables/0', '/texts/25', '/texts/26'].map((r) => byRef(doc, r).id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids[1] - ids[0]).toBe(1);
    expect(byRef(doc, '/texts/24').type).toBe('table_caption');
    expect(byRef(doc, '/texts/25').type).toBe('table_footnote');
    expectBox(byRef(doc, '/texts/24').bbox, [65.22 / 612, (859 - 529.83) / 859, 268.9 / 612, (859 - 517.75) / 859]);

    expect(byRef(doc, '/texts/19')).toMatchObject({ type: 'header', sourceType: 'page_header', text: '이슈와 논점' });
    expect(byRef(doc, '/texts/82')).toMatchObject({ type: 'footer', sourceType: 'page_footer' });
    expect(byRef(doc, '/pictures/0')).toMatchObject({ type: 'image', page: 1 });
    expectBox(byRef(doc, '/pictures/0').bbox, [40.96 / 612, (859 - 858.76) / 859, 135.79 / 612, (859 - 768.84) / 859]);
    // Reading order starts like body.children: pictures/0, texts/0, texts/1 …
    expect(doc.elements.slice(0, 3).map((e) => e.ref)).toEqual(['/pictures/0', '/texts/0', '/texts/1']);
  });

  it('reads multi_page.json: section_header level, list items in groups', () => {
    const { doc, json } = read('multi_page.json');
    expectUnits(doc, doclingUnits(json));
    expect(doc.dropped).toEqual([]);
    const first = doc.elements[0];
    expect(first).toMatchObject({ ref: '/texts/0', type: 'title', sourceType: 'section_header', page: 1 });
    expect(first.hints?.level).toBe(1);
    // texts/0: l 72 t 766.58 r 262.99 b 756.71 on a 595.2 × 841.92 page.
    expectBox(first.bbox, [72 / 595.2, (841.92 - 766.58) / 841.92, 262.99 / 595.2, (841.92 - 756.71) / 841.92]);
    expect(doc.elements.filter((e) => e.type === 'list_item')).toHaveLength(26);
  });

  it('hand-made floats: caption placement, picture text, multi-prov, furniture, unreachable items', () => {
    const { doc, json } = read('handmade-floats.json');
    expectUnits(doc, doclingUnits(json));
    expect(doc.elements.map((e) => e.ref)).toEqual([
      '/texts/0',
      '/texts/1',
      '/texts/2',
      '/pictures/0',
      '/texts/3',
      '/texts/6',
      '/texts/5',
      '/tables/0',
      '/texts/7',
    ]);
    expectBox(byRef(doc, '/texts/0').bbox, [100 / 600, 50 / 800, 500 / 600, 80 / 800]); // TOPLEFT: no flip
    expect(byRef(doc, '/texts/2')).toMatchObject({ page: 1, hints: { parserMergedWith: ['/texts/2/prov/1'] } });
    expectBox(byRef(doc, '/texts/2').bbox, [60 / 600, (800 - 60) / 800, 540 / 600, (800 - 40) / 800]);
    expect(byRef(doc, '/pictures/0').text).toBe('axis label');
    expect(byRef(doc, '/texts/3').type).toBe('image_caption');
    expect(byRef(doc, '/texts/5').type).toBe('table_caption');
    expect(byRef(doc, '/texts/6').type).toBe('page_number');
    expect(byRef(doc, '/texts/7').type).toBe('table_caption'); // orphan caption: nearest float is the table
    expect(byRef(doc, '/tables/0').html).toBe(
      '<table><tr><th colspan="2">Results</th></tr><tr><td>a&lt;b</td><td>c</td></tr></table>',
    );
    expect(Object.fromEntries(doc.dropped.map((d) => [d.place.refs[0], d.ruleId]))).toEqual({
      '/texts/4': 'docling.picture-text',
      '/texts/8': 'docling.unreachable',
      '/texts/9': 'docling.no-prov',
    });
  });

  it('reports a malformed box as a schema error with file and pointer', () => {
    const json = JSON.parse(readFileSync(fixture('handmade-floats.json'), 'utf8'));
    json.texts[1].prov[0].bbox.l = 'sixty';
    const path = join(mkdtempSync(join(tmpdir(), 'docstitch-docling-')), 'bad.json');
    writeFileSync(path, JSON.stringify(json));
    try {
      readWithAdapter(loadInput(path));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DocstitchError);
      expect(e).toMatchObject({ kind: 'schema', file: path, pointer: '/texts/1/prov/0/bbox/l' });
    }
  });
});
