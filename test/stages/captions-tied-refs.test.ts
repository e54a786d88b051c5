// The parser's caption ties resolved by ref (src/stages/captions/parser-links.ts `tiedByRef`): a Map of only the
// refs the body's captions name must answer every one of them as a Map of every element's ref does, on the committed
// fixtures whose parsers nest captions (MinerU content_list) or link them (Docling `captions`, Marker groups).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import { CAPTION_TYPES } from '../../src/model/block-kinds.js';
import type { Element } from '../../src/model/element.js';
import { toDocument } from '../../src/pipeline.js';
import { tiedByRef } from '../../src/stages/captions/parser-links.js';
import { makeDoc } from '../helpers/doc.js';

const FIXTURES = [
  'docling/2305.03393v1.json',
  'docling/handmade-floats.json',
  'marker/handmade-two-pages.json',
  'mineru/api-pipeline3-naacl2024-long116_content_list.json',
  'mineru/vlm-content-list.handwritten.json',
];

/** Every ref a caption element names, with what a Map of all elements by ref gives for it. */
function expected(elements: readonly Element[]): Array<[string, Element | undefined]> {
  const all = new Map(elements.map((e) => [e.ref, e]));
  const named = elements
    .filter((e) => CAPTION_TYPES.has(e.type))
    .flatMap((e) => [e.hints?.nestedIn, e.hints?.captionOf])
    .filter((r): r is string => r !== undefined && r !== '');
  return named.map((r) => [r, all.get(r)]);
}

describe('tiedByRef', () => {
  for (const name of FIXTURES) {
    it(`answers every caption tie of ${name} as a Map of every element does`, () => {
      const path = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
      const doc = toDocument(loadInput(path), {});
      const want = expected(doc.elements);
      expect(want.filter(([, el]) => el !== undefined).length).toBeGreaterThan(0);
      const got = tiedByRef(doc.elements, doc.elements);
      for (const [ref, el] of want) expect(got.get(ref)).toBe(el);
    });
  }

  it('keeps the last element of a ref written twice, and nothing no caption names', () => {
    const doc = makeDoc([
      { page: 1, type: 'table', text: 'first' },
      { page: 1, type: 'table', text: 'second' },
      { page: 1, type: 'text', text: 'body' },
      { page: 1, type: 'table_caption', text: 'Table 1', hints: { nestedIn: '/dup' } },
      { page: 1, type: 'text', text: 'not a caption', hints: { nestedIn: '/2' } },
    ]);
    const elements = doc.elements.map((e, i) => (i < 2 ? { ...e, ref: '/dup' } : e));
    const got = tiedByRef(elements, elements);
    expect(got.get('/dup')?.text).toBe('second');
    expect([...got.keys()]).toEqual(['/dup']);
  });
});
