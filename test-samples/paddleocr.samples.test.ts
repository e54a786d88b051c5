// PaddleOCR samples read in place from ../shared/samples/paddleocr (the PP-StructureV3 pages have no
// licence and are never copied into the repository).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../src/adapters/index.js';
import { loadInput } from '../src/io/load.js';
import { checkDocument, expectBox } from '../test/adapters/ocr-test-utils.js';

const dir = new URL('../../shared/samples/paddleocr/', import.meta.url).pathname;
const files = [
  'docling-test-paddleocr-vl-1.6-aistudio-pruned_1page.json',
  'ppstructurev3-vi-epolicy-3p_page0_res.json',
  'ppstructurev3-vi-epolicy-3p_page1_res.json',
  'ppstructurev3-vi-epolicy-3p_page2_res.json',
];
const blockCount = (json: unknown) => (json as { parsing_res_list: unknown[] }).parsing_res_list.length;

describe('paddleocr samples', () => {
  for (const name of files) {
    it(`${name}: detected, every block accounted for, refs resolve, boxes sane`, () => {
      const input = loadInput(join(dir, name));
      const { adapter, document: doc } = readWithAdapter(input);
      expect(adapter.name).toBe('paddleocr');
      expect(doc.elements.length).toBeGreaterThan(5);
      expect(doc.elements.length + doc.dropped.length).toBe(blockCount(input.files[0].json));
      checkDocument(input, doc);
    });
  }

  it('the three PP-StructureV3 pages as a folder: pages 1–3 from page_index, Letter landscape at 144 DPI', () => {
    const folder = mkdtempSync(join(tmpdir(), 'docstitch-ppv3-'));
    for (const name of files.slice(1)) copyFileSync(join(dir, name), join(folder, name));
    const input = loadInput(folder);
    const { adapter, document: doc } = readWithAdapter(input);
    expect(adapter.name).toBe('paddleocr');
    expect(doc.pages.map((p) => [p.page, p.width, p.height])).toEqual([
      [1, 1584, 1224],
      [2, 1584, 1224],
      [3, 1584, 1224],
    ]);
    const total = input.files.reduce((n, f) => n + blockCount(f.json), 0);
    expect(doc.elements.length + doc.dropped.length).toBe(total);
    checkDocument(input, doc);
    // page 0, block 6: table [109, 356, 1230, 475] px on a 1584×1224 page
    const table = doc.elements.find((e) => e.ref === 'ppstructurev3-vi-epolicy-3p_page0_res.json#/parsing_res_list/6');
    expect(table?.type).toBe('table');
    expect(table?.html?.startsWith('<table>')).toBe(true);
    expectBox(table?.bbox ?? null, [109 / 1584, 356 / 1224, 1230 / 1584, 475 / 1224]);
    // page 1, block 5: vision_footnote right under the table of block 4
    const note = doc.elements.find((e) => e.ref === 'ppstructurev3-vi-epolicy-3p_page1_res.json#/parsing_res_list/5');
    expect(note?.type).toBe('table_footnote');
    const types = new Set(doc.elements.map((e) => e.type));
    expect([...types].sort()).toEqual(['footer', 'header', 'table', 'table_footnote', 'text', 'title']);
  });
});
