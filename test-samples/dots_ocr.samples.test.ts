// dots.ocr samples read in place from ../shared/samples/dots_ocr (both cut off: closing "]" missing).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../src/adapters/index.js';
import { loadInput } from '../src/io/load.js';
import { checkDocument } from '../test/adapters/ocr-test-utils.js';

const dir = new URL('../../shared/samples/dots_ocr/', import.meta.url).pathname;

describe('dots.ocr samples', () => {
  for (const name of ['docling-test-dots_simple.unterminated.json', 'docling-test-dots_list.unterminated.json']) {
    it(`${name}: detected, truncation warned, every cell accounted for, boxes sane`, () => {
      const input = loadInput(join(dir, name));
      const { adapter, document: doc } = readWithAdapter(input);
      expect(adapter.name).toBe('dots-ocr');
      expect(doc.warnings.map((w) => w.ruleId)).toEqual(['dots.truncated-json', 'dots.page-size-assumed']);
      expect(doc.elements.length + doc.dropped.length).toBe((input.files[0].json as unknown[]).length);
      expect(doc.elements.every((e) => e.bbox !== null)).toBe(true);
      checkDocument(input, doc);
    });
  }
});
