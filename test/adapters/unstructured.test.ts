// Unstructured adapter. Both fixtures are byte copies of Apache-2.0 files from Unstructured-IO/unstructured
// (see test/fixtures/PROVENANCE.md). Expected boxes are the arithmetic on the points in the files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { unstructured } from '../../src/adapters/unstructured.js';
import { loadInput } from '../../src/io/load.js';
import { resolvePointer } from '../../src/model/pointer.js';
import { byRef, expectBox } from '../helpers/adapter.js';
import { expectSaneBoxes, expectUnits, unstructuredUnits } from './layout-accounting.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/unstructured/${name}`, import.meta.url));
const read = (name: string) => {
  const { adapter, document } = readWithAdapter(loadInput(fixture(name)));
  return { adapter, doc: document, json: JSON.parse(readFileSync(fixture(name), 'utf8')) as unknown[] };
};

describe('unstructured adapter', () => {
  it('reads performance-audit-discussion-coords.json (PixelSpace 612 × 792)', () => {
    const { adapter, doc, json } = read('performance-audit-discussion-coords.json');
    expect(adapter.name).toBe('unstructured');
    expectUnits(doc, unstructuredUnits(json));
    expectSaneBoxes(doc);
    for (const el of doc.elements) {
      expect((resolvePointer(json, el.ref) as { type: string }).type).toBe(el.sourceType);
    }
    expect(doc.pages).toHaveLength(6);
    expect(doc.pages[0]).toEqual({ page: 1, width: 612, height: 792, unit: 'px' });
    // /0: points (35.6,48.4) (35.6,137.4) (565.2,137.4) (565.2,48.4), y down.
    const first = byRef(doc, '/0');
    expect(first).toMatchObject({ type: 'text', sourceType: 'UncategorizedText', page: 1 });
    expectBox(first.bbox, [35.6 / 612, 48.4 / 792, 565.2 / 612, 137.4 / 792]);
    // /3 "GAGAS Paragraphs": (36.7,411.7) → (194.5,428.6).
    const title = byRef(doc, '/3');
    expect(title).toMatchObject({ type: 'title', text: 'GAGAS Paragraphs' });
    expectBox(title.bbox, [36.7 / 612, 411.7 / 792, 194.5 / 612, 428.6 / 792]);
    expect(byRef(doc, '/39').type).toBe('list_item');
    expect(doc.elements.map((e) => e.ref)).toEqual(json.map((_, i) => `/${i}`));
  });

  it('reads layout-parser-paper-hires-tables.json: no coordinates, tables with html, captions', () => {
    const { doc, json } = read('layout-parser-paper-hires-tables.json');
    expectUnits(doc, unstructuredUnits(json));
    expect(doc.elements.every((e) => e.bbox === null)).toBe(true);
    const table = byRef(doc, '/52');
    expect(table.type).toBe('table');
    expect(table.page).toBe(5);
    expect(table.html).toMatch(/^<table><thead><tr><th>Dataset<\/th>/);
    expect(byRef(doc, '/66')).toMatchObject({ type: 'image_caption', sourceType: 'FigureCaption' });
    // "1 For each dataset…" right after the table on page 5: no keyword, nearest float in the list is the table.
    expect(byRef(doc, '/53').type).toBe('table_caption');
    expect(byRef(doc, '/44')).toMatchObject({ type: 'image', page: 4 });
    expect(byRef(doc, '/4').type).toBe('header');
  });

  it('handles PointSpace (y up), category_depth, PageBreak and empty text (hand-made input)', () => {
    const coords = (points: number[][]) => ({ points, system: 'PointSpace', layout_width: 600, layout_height: 800 });
    const json = [
      {
        type: 'Title',
        element_id: 'a',
        text: 'Intro',
        metadata: {
          page_number: 1,
          category_depth: 0,
          coordinates: coords([
            [60, 760],
            [60, 740],
            [300, 740],
            [300, 760],
          ]),
        },
      },
      { type: 'Title', element_id: 'b', text: 'Sub', metadata: { page_number: 1, category_depth: 1 } },
      { type: 'PageBreak', element_id: 'c', text: '', metadata: { page_number: 1 } },
      { type: 'NarrativeText', element_id: 'd', text: '  ', metadata: { page_number: 2 } },
      { type: 'Footer', element_id: 'e', text: '2', metadata: { page_number: 2 } },
    ];
    const input = { path: 'x.json', isFolder: false, files: [{ path: 'x.json', name: '', json }] };
    expect(unstructured.detect(input)).toBeGreaterThan(0.5);
    const doc = unstructured.read(input);
    expectUnits(doc, unstructuredUnits(json));
    expectBox(doc.elements[0].bbox, [60 / 600, (800 - 760) / 800, 300 / 600, (800 - 740) / 800]);
    expect(doc.elements[0].hints?.level).toBe(1);
    expect(doc.elements[1].hints?.level).toBe(2);
    expect(doc.elements[2]).toMatchObject({ ref: '/4', type: 'page_number' });
    expect(doc.dropped.map((d) => d.ruleId)).toEqual(['unstructured.page-break', 'unstructured.empty']);
  });

  it('does not claim MinerU content lists or page lists', () => {
    const input = (json: unknown) => ({ path: 'x.json', isFolder: false, files: [{ path: 'x.json', name: '', json }] });
    expect(unstructured.detect(input([{ type: 'text', text: 'a', bbox: [0, 0, 1, 1], page_idx: 0 }]))).toBe(0);
    expect(unstructured.detect(input([[{ category: 'Text', bbox: [0, 0, 1, 1] }]]))).toBe(0);
    expect(unstructured.detect(input([{ page: 1, result: { ocr_text: '' } }]))).toBe(0);
  });
});
