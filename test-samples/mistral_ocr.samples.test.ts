// Mistral OCR samples (no licence) read in place from ../shared/samples/mistral_ocr.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../src/adapters/index.js';
import { splitMarkdown } from '../src/adapters/mistral-ocr.js';
import { loadInput } from '../src/io/load.js';
import { checkDocument, expectBox } from '../test/adapters/ocr-test-utils.js';

const dir = new URL('../../shared/samples/mistral_ocr/', import.meta.url).pathname;
type Page = {
  markdown: string;
  header: string | null;
  footer: string | null;
  blocks: unknown[];
  images: unknown[];
  tables: unknown[];
};

describe('mistral-ocr samples', () => {
  for (const name of [
    'fed-h15-3p_mistral-ocr-2512.json',
    'fed-h15-3p_mistral-ocr-latest.json',
    'sec-brk-balance-3p_mistral-ocr-4-0.json',
  ]) {
    it(`${name}: detected, blocks / markdown blocks / header / footer accounted for, boxes sane`, () => {
      const input = loadInput(join(dir, name));
      const { adapter, document: doc } = readWithAdapter(input);
      expect(adapter.name).toBe('mistral-ocr');
      const pages = (input.files[0].json as { pages: Page[] }).pages;
      expect(doc.pages).toHaveLength(pages.length);
      const refs = [...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0])];
      pages.forEach((p, i) => {
        const own = refs.filter((r) => r.startsWith(`/pages/${i}/`));
        const edges = [p.header, p.footer].filter((s) => s?.trim()).length;
        if (p.blocks.length > 0) {
          // every block once, plus header/footer strings, plus images/tables no block names
          expect(own.filter((r) => r.includes('/blocks/'))).toHaveLength(p.blocks.length);
          expect(own.filter((r) => /\/(header|footer)$/.test(r))).toHaveLength(edges);
        } else {
          // every markdown block once: as markdown:N or as the image/table it links to
          const md = own.filter((r) => !/\/(header|footer)$/.test(r));
          expect(md).toHaveLength(splitMarkdown(p.markdown).length);
          expect(own.length - md.length).toBe(edges);
        }
      });
      checkDocument(input, doc);
    });
  }

  it('mistral-ocr-latest page 2, block 6: the table at (62,150)–(704,865) on 791×1023 px', () => {
    const { document: doc } = readWithAdapter(loadInput(join(dir, 'fed-h15-3p_mistral-ocr-latest.json')));
    const table = doc.elements.find((e) => e.ref === '/pages/1/blocks/6');
    expect(table?.type).toBe('table');
    expect(table?.html?.startsWith('<table>')).toBe(true);
    expectBox(table?.bbox ?? null, [62 / 791, 150 / 1023, 704 / 791, 865 / 1023]);
  });

  it('mistral-ocr-4-0: the page header string duplicates the header block and is dropped', () => {
    const { document: doc } = readWithAdapter(loadInput(join(dir, 'sec-brk-balance-3p_mistral-ocr-4-0.json')));
    expect(doc.dropped.map((d) => [d.place.refs[0], d.ruleId])).toEqual([
      ['/pages/0/header', 'mistral.header-in-blocks'],
    ]);
    expect(doc.elements.find((e) => e.ref === '/pages/0/blocks/0')?.type).toBe('header');
  });
});
