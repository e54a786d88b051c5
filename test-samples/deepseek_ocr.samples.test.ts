// DeepSeek-OCR samples (an app's per-page list; no licence) read in place from ../shared/samples/deepseek_ocr.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../src/adapters/index.js';
import { loadInput } from '../src/io/load.js';
import { checkDocument, expectBox } from '../test/adapters/ocr-test-utils.js';

const dir = new URL('../../shared/samples/deepseek_ocr/', import.meta.url).pathname;
type AppPage = { page: number; result: { raw_output: string } };

describe('deepseek-ocr samples', () => {
  for (const name of ['smartins-epolicy_18_20.json', 'smartins-epolicy_Extracted_26.json']) {
    it(`${name}: detected, every grounded block accounted for, boxes sane`, () => {
      const input = loadInput(join(dir, name));
      const { adapter, document: doc } = readWithAdapter(input);
      expect(adapter.name).toBe('deepseek-ocr');
      const pages = input.files[0].json as AppPage[];
      expect(doc.pages.map((p) => p.page)).toEqual(pages.map((p) => p.page));
      const tags = pages.reduce((n, p) => n + [...p.result.raw_output.matchAll(/<\|ref\|>/g)].length, 0);
      const leads = pages.filter((p) => p.result.raw_output.split('<|ref|>')[0].trim() !== '').length;
      expect(doc.elements.length + doc.dropped.length).toBe(tags + leads);
      expect(doc.elements.every((e) => e.bbox !== null)).toBe(true);
      checkDocument(input, doc);
    });
  }

  it('smartins-epolicy_18_20.json: page 1 block 4 is the table at [[70, 285, 787, 384]] (0–999)', () => {
    const { document: doc } = readWithAdapter(loadInput(join(dir, 'smartins-epolicy_18_20.json')));
    const table = doc.elements.find((e) => e.ref === '/0/result/raw_output:4');
    expect(table?.type).toBe('table');
    expect(table?.html?.startsWith('<table><tr><td>Ngày kỷ niệm hợp đồng</td>')).toBe(true);
    expectBox(table?.bbox ?? null, [70 / 999, 285 / 999, 787 / 999, 384 / 999]);
  });
});
