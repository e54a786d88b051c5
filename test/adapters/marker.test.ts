// Marker adapter. Marker's own outputs are GPL-3.0 and never copied here: handmade-two-pages.json is a
// HAND-MADE imitation of the marker 1.x JSON shape. The real samples are read in test-samples/marker.samples.test.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { marker } from '../../src/adapters/marker.js';
import { loadInput } from '../../src/io/load.js';
import { resolvePointer } from '../../src/model/pointer.js';
import { byRef, expectBox } from '../helpers/adapter.js';
import { expectUnits, markerUnits } from './layout-accounting.js';

const path = fileURLToPath(new URL('../fixtures/marker/handmade-two-pages.json', import.meta.url));
const json = JSON.parse(readFileSync(path, 'utf8'));

describe('marker adapter', () => {
  const { adapter, document: doc } = readWithAdapter(loadInput(path));

  it('is detected and accounts for every block', () => {
    expect(adapter.name).toBe('marker');
    expectUnits(doc, markerUnits(json));
    for (const el of doc.elements) {
      const block = resolvePointer(json, el.ref) as { block_type: string };
      expect(block.block_type).toBe(el.sourceType);
    }
    expect(doc.pages).toEqual([
      { page: 1, width: 600, height: 800, unit: 'pt' },
      { page: 2, width: 600, height: 800, unit: 'pt' },
    ]);
  });

  it('maps types, heading levels, html and text', () => {
    const h = byRef(doc, '/children/0/children/1');
    expect(h).toMatchObject({ type: 'title', text: '2. Method', hints: { level: 2 } });
    expectBox(h.bbox, [60 / 600, 60 / 800, 300 / 600, 80 / 800]);
    expect(byRef(doc, '/children/0/children/2').text).toBe('We propose a method & more.');
    expect(byRef(doc, '/children/0/children/3/children/1')).toMatchObject({ type: 'list_item', text: 'Second point.' });
    expect(byRef(doc, '/children/0/children/4/children/0').type).toBe('table_caption');
    const table = byRef(doc, '/children/0/children/4/children/1');
    expect(table.type).toBe('table');
    expect(table.html).toBe(json.children[0].children[4].children[1].html);
    expect(table.text).toBe('Model\tScore\nA\t0.9');
    expect(byRef(doc, '/children/0/children/5')).toMatchObject({ type: 'equation', hints: { latex: 'E = mc^{2}' } });
    expect(byRef(doc, '/children/0/children/0')).toMatchObject({ type: 'header', text: '' });
    expect(byRef(doc, '/children/0/children/7').type).toBe('page_footnote');
    expect(byRef(doc, '/children/0/children/8').type).toBe('page_number');
    // A figure with only a polygon: 60,60 → 540,300.
    const fig = byRef(doc, '/children/1/children/0/children/0');
    expect(fig.type).toBe('image');
    expectBox(fig.bbox, [60 / 600, 60 / 800, 540 / 600, 300 / 800]);
    expect(byRef(doc, '/children/1/children/0/children/1').type).toBe('image_caption');
    // A caption outside a group: no "Table"/"Figure" word, the nearest float is the figure group above it.
    expect(byRef(doc, '/children/1/children/1').type).toBe('image_caption');
    expect(byRef(doc, '/children/1/children/2')).toMatchObject({ type: 'code', text: 'x = 1\ny = 2' });
    expect(Object.fromEntries(doc.dropped.map((d) => [d.place.refs[0], d.ruleId]))).toEqual({
      '/children/0/children/6': 'marker.empty',
      '/children/1/children/3': 'marker.empty-group',
    });
  });

  it('does not claim other shapes', () => {
    const input = (value: unknown) => ({
      path: 'x.json',
      isFolder: false,
      files: [{ path: 'x.json', name: '', json: value }],
    });
    expect(marker.detect(input([{ type: 'text', bbox: [0, 0, 1, 1], page_idx: 0 }]))).toBe(0);
    expect(marker.detect(input({ schema_name: 'DoclingDocument', body: {}, texts: [] }))).toBe(0);
    expect(marker.detect(input({ Blocks: [] }))).toBe(0);
  });
});
