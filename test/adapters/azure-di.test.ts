// Azure Document Intelligence adapter. handmade-layout-2pages.json is HAND-MADE from the public
// prebuilt-layout v4.0 schema (no real sample was available): a 2-page PDF result in inches (8.5 × 11)
// with a table (caption, footnote, a rowSpan cell; cell paragraphs listed in `elements`), a figure with
// a caption and a text paragraph inside it, every paragraph role, and v4 `sections`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { azureDocumentIntelligence as azure } from '../../src/adapters/azure-di.js';
import type { AdapterInput } from '../../src/io/load.js';
import { loadInput } from '../../src/io/load.js';
import type { ParsedDocument } from '../../src/model/element.js';
import { resolvePointer } from '../../src/model/pointer.js';
import { byRef, expectBox } from '../helpers/adapter.js';

type Obj = Record<string, unknown>;
const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const FIXTURE = 'azure-di/handmade-layout-2pages.json';
const load = () => JSON.parse(readFileSync(fixture(FIXTURE), 'utf8'));
const input = (json: unknown): AdapterInput => ({
  path: 'x.json',
  isFolder: false,
  files: [{ path: 'x.json', name: '', json }],
});
const W = 8.5;
const H = 11;

/** Paragraphs the fixture's table/figure own (cells 6–13, caption 5, footnote 14; figure 20, caption 21). */
const ABSORBED: Record<number, string> = {
  5: '/tables/0/caption',
  6: '/tables/0',
  7: '/tables/0',
  8: '/tables/0',
  9: '/tables/0',
  10: '/tables/0',
  11: '/tables/0',
  12: '/tables/0',
  13: '/tables/0',
  14: '/tables/0/footnotes/0',
  20: '/figures/0',
  21: '/figures/0/caption',
};

const EXPECTED_ORDER = [
  ['/paragraphs/0', 'header'],
  ['/paragraphs/1', 'title'],
  ['/paragraphs/2', 'title'],
  ['/paragraphs/3', 'text'],
  ['/paragraphs/4', 'list_item'],
  ['/tables/0/caption', 'table_caption'],
  ['/tables/0', 'table'],
  ['/tables/0/footnotes/0', 'table_footnote'],
  ['/paragraphs/15', 'page_footnote'],
  ['/paragraphs/16', 'page_number'],
  ['/paragraphs/17', 'page_number'],
  ['/paragraphs/18', 'title'],
  ['/paragraphs/19', 'text'],
  ['/figures/0', 'image'],
  ['/figures/0/caption', 'image_caption'],
  ['/paragraphs/22', 'equation'],
  ['/paragraphs/23', 'footer'],
];

/** Every paragraph/table/figure (and caption/footnote) is an element, dropped, or absorbed — exactly once. */
function expectAccounted(doc: ParsedDocument, result: Obj, prefix: string) {
  const units = [
    ...(result.paragraphs as unknown[]).map((_, i) => `${prefix}/paragraphs/${i}`),
    ...(['tables', 'figures'] as const).flatMap((k) =>
      ((result[k] as Obj[] | undefined) ?? []).flatMap((f, i) => [
        `${prefix}/${k}/${i}`,
        ...(f.caption ? [`${prefix}/${k}/${i}/caption`] : []),
        ...((f.footnotes as unknown[] | undefined) ?? []).map((_, j) => `${prefix}/${k}/${i}/footnotes/${j}`),
      ]),
    ),
  ];
  const absorbed = Object.keys(ABSORBED).map((i) => `${prefix}/paragraphs/${i}`);
  const seen = [...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0]), ...absorbed];
  expect(new Set(seen).size).toBe(seen.length);
  expect([...seen].sort()).toEqual([...units].sort());
  // Absorbed paragraphs are not duplicated: their text lives only in their owner element.
  for (const [i, owner] of Object.entries(ABSORBED)) {
    const text = (result.paragraphs as Obj[])[Number(i)].content as string;
    const holders = doc.elements.filter((e) => e.text.split(/[\t\n]/).includes(text));
    expect(holders.map((e) => e.ref)).toEqual([`${prefix}${owner}`]);
  }
}

function strip(value: unknown, keys: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, keys));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !keys.includes(k))
      .map(([k, v]) => [k, strip(v, keys)]),
  );
}

describe('azure-di adapter', () => {
  it('reads the hand-made 2-page layout response', () => {
    const json = load();
    const inp = loadInput(fixture(FIXTURE));
    expect(azure.detect(inp)).toBeGreaterThanOrEqual(0.9);
    const doc = azure.read(inp);
    expect(doc.format).toBe('azure-di');
    expect(doc.warnings).toEqual([]);
    expect(doc.dropped).toEqual([]);
    expect(doc.pages).toEqual([
      { page: 1, width: 8.5, height: 11, unit: 'inch' },
      { page: 2, width: 8.5, height: 11, unit: 'inch' },
    ]);
    expect(doc.elements.map((e) => [e.ref, e.type])).toEqual(
      EXPECTED_ORDER.map(([ref, type]) => [`/analyzeResult${ref}`, type]),
    );
    expectAccounted(doc, json.analyzeResult, '/analyzeResult');

    // Refs resolve to the object read; paragraphs and captions carry their text as `content`.
    for (const el of doc.elements) {
      const target = resolvePointer(json, el.ref) as Obj;
      expect(target, el.ref).toBeTypeOf('object');
      if (el.type !== 'table' && el.type !== 'image') expect(target.content).toBe(el.text);
    }

    // Boxes: polygon bounding box in inches ÷ 8.5 × 11.
    const title = byRef(doc, '/analyzeResult/paragraphs/1');
    expect(title).toMatchObject({ page: 1, text: 'Annual Report 2024', hints: { documentTitle: true } });
    expectBox(title.bbox, [1 / W, 1 / H, 7.5 / W, 1.6 / H]);
    expect(byRef(doc, '/analyzeResult/paragraphs/2').hints?.documentTitle).toBeUndefined();
    expectBox(byRef(doc, '/analyzeResult/paragraphs/16').bbox, [4.1 / W, 10.5 / H, 4.4 / W, 10.7 / H]);
    expectBox(byRef(doc, '/analyzeResult/paragraphs/22').bbox, [3 / W, 8 / H, 5.5 / W, 8.5 / H]);
    expect(byRef(doc, '/analyzeResult/paragraphs/17')).toMatchObject({ page: 2, text: 'Page 2', type: 'page_number' });

    // The table: region (1, 4)–(7.5, 6), header row as <th>, "North" spans two rows.
    const table = byRef(doc, '/analyzeResult/tables/0');
    expect(table.page).toBe(1);
    expectBox(table.bbox, [1 / W, 4 / H, 7.5 / W, 6 / H]);
    expect(table.html).toBe(
      '<table><tr><th>Region</th><th>2023</th><th>2024</th></tr>' +
        '<tr><td rowspan="2">North</td><td>10</td><td>12</td></tr><tr><td>15</td><td>18</td></tr></table>',
    );
    expect(table.text).toBe('Region\t2023\t2024\nNorth\t10\t12\n15\t18');
    const caption = byRef(doc, '/analyzeResult/tables/0/caption');
    expect(caption).toMatchObject({
      text: 'Table 1: Revenue by region',
      hints: { captionOf: '/analyzeResult/tables/0' },
    });
    expectBox(caption.bbox, [1 / W, 3.6 / H, 5 / W, 3.9 / H]);
    expect(resolvePointer(json, caption.hints?.captionOf ?? '')).toBe(json.analyzeResult.tables[0]);
    expect(byRef(doc, '/analyzeResult/tables/0/footnotes/0').hints?.captionOf).toBe('/analyzeResult/tables/0');

    // The figure takes the paragraph inside it as its text; its caption follows it (lower on the page).
    const figure = byRef(doc, '/analyzeResult/figures/0');
    expect(figure).toMatchObject({ page: 2, text: 'Q1 Q2 Q3' });
    expectBox(figure.bbox, [1 / W, 3 / H, 7.5 / W, 7 / H]);
    expect(byRef(doc, '/analyzeResult/figures/0/caption').hints?.captionOf).toBe('/analyzeResult/figures/0');
  });

  it('finds cell paragraphs by spans (v3.1, no `elements`) and by regions (no spans either)', () => {
    const full = load();
    for (const keys of [['elements'], ['elements', 'spans']]) {
      const json = strip(full, keys) as Obj;
      const doc = azure.read(input(json));
      expect(
        doc.elements.map((e) => [e.ref, e.type]),
        keys.join('+'),
      ).toEqual(EXPECTED_ORDER.map(([ref, type]) => [`/analyzeResult${ref}`, type]));
      expectAccounted(doc, json.analyzeResult as Obj, '/analyzeResult');
    }
  });

  it('reads a bare analyzeResult: refs without the /analyzeResult prefix', () => {
    const result = load().analyzeResult;
    const inp = input(result);
    expect(azure.detect(inp)).toBeGreaterThanOrEqual(0.9);
    const doc = azure.read(inp);
    expect(doc.elements.map((e) => [e.ref, e.type])).toEqual(EXPECTED_ORDER);
    expectAccounted(doc, result, '');
    expect(byRef(doc, '/tables/0/caption').hints?.captionOf).toBe('/tables/0');
  });

  it('reads pixel pages, drops empty paragraphs, places a table that owns no paragraph by position', () => {
    const poly = (x1: number, y1: number, x2: number, y2: number) => [x1, y1, x2, y1, x2, y2, x1, y2];
    const result = {
      modelId: 'prebuilt-layout',
      pages: [{ pageNumber: 1, width: 1000, height: 2000, unit: 'pixel' }],
      paragraphs: [
        { content: 'Intro', boundingRegions: [{ pageNumber: 1, polygon: poly(100, 100, 900, 200) }] },
        { content: '  ', boundingRegions: [{ pageNumber: 1, polygon: poly(100, 300, 900, 350) }] },
        { content: '2) second point', boundingRegions: [{ pageNumber: 1, polygon: poly(100, 1500, 900, 1600) }] },
      ],
      tables: [
        {
          rowCount: 1,
          columnCount: 2,
          cells: [
            { rowIndex: 0, columnIndex: 0, content: 'a' },
            { rowIndex: 0, columnIndex: 1, content: 'b' },
          ],
          boundingRegions: [{ pageNumber: 1, polygon: poly(100, 400, 900, 1000) }],
        },
      ],
    };
    const doc = azure.read(input(result));
    expect(doc.pages).toEqual([{ page: 1, width: 1000, height: 2000, unit: 'px' }]);
    expect(doc.elements.map((e) => [e.ref, e.type])).toEqual([
      ['/paragraphs/0', 'text'],
      ['/tables/0', 'table'],
      ['/paragraphs/2', 'list_item'],
    ]);
    expectBox(byRef(doc, '/tables/0').bbox, [0.1, 0.2, 0.9, 0.5]);
    expect(doc.dropped).toEqual([
      {
        ruleId: 'azure-di.empty',
        reason: 'paragraph with no text',
        place: { refs: ['/paragraphs/1'], page: 1 },
        severity: 'info',
      },
    ]);
  });

  it("measures how far a paragraph's last line reaches from the page lines its spans hold", () => {
    const poly = (x1: number, y1: number, x2: number, y2: number) => [x1, y1, x2, y1, x2, y2, x1, y2];
    const content = 'A paragraph that goes on over two lines and ends short.';
    const result = {
      modelId: 'prebuilt-layout',
      content,
      pages: [
        {
          pageNumber: 1,
          width: 8.5,
          height: 11,
          unit: 'inch',
          lines: [
            { content: content.slice(0, 40), polygon: poly(1, 1, 7.5, 1.2), spans: [{ offset: 0, length: 40 }] },
            { content: content.slice(40), polygon: poly(1, 1.25, 3.6, 1.45), spans: [{ offset: 40, length: 15 }] },
          ],
        },
      ],
      paragraphs: [
        {
          content,
          spans: [{ offset: 0, length: content.length }],
          boundingRegions: [{ pageNumber: 1, polygon: poly(1, 1, 7.5, 1.45) }],
        },
      ],
    };
    const doc = azure.read(input(result));
    // the last line ends at 3.6 in, the widest at 7.5, both from the left edge at 1 in
    expect(byRef(doc, '/paragraphs/0').hints?.lastLineFill).toBeCloseTo((3.6 - 1) / (7.5 - 1), 9);
  });

  it('reports an unfinished operation as a schema error', () => {
    expect(() => azure.read(input({ status: 'running', createdDateTime: '2025-01-15T10:00:00Z' }))).toThrowError(
      /no analyzeResult \(status "running"\)/,
    );
  });

  it('does not claim other formats', () => {
    for (const other of ['textract/textractor-singlepage-doc-layout.json', 'docling/multi_page.json']) {
      expect(azure.detect(loadInput(fixture(other))), other).toBe(0);
    }
    expect(azure.detect(input({ pages: [{ index: 0, markdown: '' }], model: 'mistral-ocr' }))).toBe(0);
    expect(azure.detect(input([{ type: 'Title', element_id: 'a', text: '', metadata: {} }]))).toBe(0);
    expect(azure.detect(input({ pages: { '1': [] } }))).toBe(0);
  });
});
