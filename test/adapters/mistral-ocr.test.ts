// Mistral OCR adapter. The real responses have no licence, so they are read only in test-samples/; the
// response below is hand-made in their shape (page 0 with OCR-4 `blocks`, page 1 markdown only).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAdapter } from '../../src/adapters/index.js';
import { mistralOcr, splitMarkdown } from '../../src/adapters/mistral-ocr.js';
import { loadInput } from '../../src/io/load.js';
import { checkDocument, expectBox, resolveRef, tempFiles } from './ocr-test-utils.js';

const box = (x1: number, y1: number, x2: number, y2: number) => ({
  top_left_x: x1,
  top_left_y: y1,
  bottom_right_x: x2,
  bottom_right_y: y2,
});
const tableHtml = '<table><tr><th>Rate</th><th>2024</th></tr><tr><td>Prime</td><td>8.5</td></tr></table>';
const markdown1 = [
  '# Notes on the rates',
  'The first paragraph\ncontinues here.',
  '- first point\n- second point',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '![img-1.jpeg](img-1.jpeg)',
  '[tbl-1.html](tbl-1.html)',
  '$$\nx = y + 1\n$$',
  'Last words &amp; more.',
].join('\n\n');
const response = {
  model: 'mistral-ocr-handmade',
  pages: [
    {
      index: 0,
      markdown: '# Title\n\n...',
      dimensions: { dpi: 100, width: 800, height: 1000 },
      header: 'Hand-made release',
      footer: null,
      images: [
        { id: 'img-0.jpeg', ...box(500, 20, 700, 120), image_base64: null },
        { id: 'img-9.jpeg', ...box(100, 900, 200, 980), image_base64: null },
      ],
      tables: [{ id: 'tbl-0.html', content: tableHtml, format: 'html' }],
      blocks: [
        { type: 'header', content: 'Hand-made release', ...box(80, 20, 400, 40) },
        { type: 'title', content: '## **Rates**', ...box(80, 60, 400, 90) },
        { type: 'image', content: '![img-0.jpeg](img-0.jpeg)', image_id: 'img-0.jpeg', ...box(500, 20, 700, 120) },
        { type: 'table', content: '[tbl-0.html](tbl-0.html)', table_id: 'tbl-0.html', ...box(80, 200, 720, 500) },
        { type: 'caption', content: 'Selected rates, in percent.', ...box(80, 510, 720, 530) },
        { type: 'text', content: 'Body **bold** text.', ...box(80, 600, 720, 700) },
        { type: 'footer', content: '3', ...box(390, 960, 410, 980) },
      ],
    },
    {
      index: 1,
      markdown: markdown1,
      dimensions: { dpi: 100, width: 800, height: 1000 },
      header: 'Running head',
      footer: 'Page 2',
      images: [{ id: 'img-1.jpeg', ...box(100, 300, 400, 500), image_base64: null }],
      tables: [{ id: 'tbl-1.html', content: '| k | v |\n|---|---|\n| x | 9 |', format: 'markdown' }],
      blocks: [],
    },
  ],
};

describe('mistral-ocr: splitMarkdown', () => {
  it('splits headings, paragraphs, list items, tables, math and code', () => {
    expect(splitMarkdown(markdown1).map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'list_item',
      'list_item',
      'table',
      'paragraph',
      'paragraph',
      'math',
      'paragraph',
    ]);
    expect(splitMarkdown('```js\na\n\nb\n```\ntext').map((b) => b.kind)).toEqual(['code', 'paragraph']);
  });
});

describe('mistral-ocr: response (hand-made)', () => {
  const dir = tempFiles({ 'ocr.json': response });
  const input = loadInput(join(dir, 'ocr.json'));
  const doc = mistralOcr.read(input);
  const p1 = doc.elements.filter((e) => e.page === 1);
  const p2 = doc.elements.filter((e) => e.page === 2);

  it('is detected', () => {
    expect(detectAdapter(input).name).toBe('mistral-ocr');
    expect(doc.pages).toEqual([
      { page: 1, width: 800, height: 1000, unit: 'px' },
      { page: 2, width: 800, height: 1000, unit: 'px' },
    ]);
  });

  it('page with blocks: one element per block, refs resolving to the block, pixel boxes normalized', () => {
    expect(p1.map((e) => e.ref)).toEqual([
      '/pages/0/blocks/0',
      '/pages/0/blocks/1',
      '/pages/0/blocks/2',
      '/pages/0/blocks/3',
      '/pages/0/blocks/4',
      '/pages/0/blocks/5',
      '/pages/0/blocks/6',
      '/pages/0/images/1',
    ]);
    for (const [j, e] of p1.slice(0, 7).entries())
      expect(resolveRef(input, e.ref)).toEqual(response.pages[0].blocks[j]);
    expect(p1.map((e) => e.type)).toEqual([
      'header',
      'title',
      'image',
      'table',
      'table_caption',
      'text',
      'page_number',
      'image',
    ]);
    expectBox(p1[3].bbox, [80 / 800, 200 / 1000, 720 / 800, 500 / 1000]);
    expect(p1[3].html).toBe(tableHtml);
    expect(p1[1]).toMatchObject({ text: 'Rates', hints: { level: 2 } });
    expect(p1[5].text).toBe('Body bold text.');
    expectBox(p1[7].bbox, [100 / 800, 900 / 1000, 200 / 800, 980 / 1000]);
    expect(doc.dropped).toEqual([
      expect.objectContaining({
        ruleId: 'mistral.header-in-blocks',
        place: expect.objectContaining({ refs: ['/pages/0/header'] }),
      }),
    ]);
  });

  it('page without blocks: markdown split with refs markdown:N, images/tables by their own refs, header/footer', () => {
    expect(p2.map((e) => [e.ref, e.type])).toEqual([
      ['/pages/1/header', 'header'],
      ['/pages/1/markdown:0', 'title'],
      ['/pages/1/markdown:1', 'text'],
      ['/pages/1/markdown:2', 'list_item'],
      ['/pages/1/markdown:3', 'list_item'],
      ['/pages/1/markdown:4', 'table'],
      ['/pages/1/images/0', 'image'],
      ['/pages/1/tables/0', 'table'],
      ['/pages/1/markdown:7', 'equation'],
      ['/pages/1/markdown:8', 'text'],
      ['/pages/1/footer', 'page_number'],
    ]);
    expect(resolveRef(input, '/pages/1/markdown:3')).toBe(markdown1);
    expectBox(p2[6].bbox, [100 / 800, 300 / 1000, 400 / 800, 500 / 1000]);
    expect(p2[5].html).toBe('<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>');
    expect(p2[7].html).toBe('<table><tr><th>k</th><th>v</th></tr><tr><td>x</td><td>9</td></tr></table>');
    expect(p2[8].hints?.latex).toBe('x = y + 1');
    expect(p2[9].text).toBe('Last words & more.');
    expect(p2.filter((e) => e.type !== 'image' && !e.ref.includes('/tables/')).every((e) => e.bbox === null)).toBe(
      true,
    );
  });

  it('accounts for blocks, header/footer strings and loose images; refs unique and resolvable', () => {
    // page 0: 7 blocks + header string + 1 unreferenced image; page 1: 9 markdown blocks + header + footer
    expect(doc.elements.length + doc.dropped.length).toBe(7 + 1 + 1 + 9 + 2);
    checkDocument(input, doc);
  });

  it('does not claim a docling document or MinerU middle.json', () => {
    const other = tempFiles({
      'd.json': { schema_name: 'DoclingDocument', pages: { '1': { size: { width: 1, height: 1 } } } },
      'm.json': { pdf_info: [], _backend: 'pipeline' },
    });
    expect(mistralOcr.detect(loadInput(join(other, 'd.json')))).toBe(0);
    expect(mistralOcr.detect(loadInput(join(other, 'm.json')))).toBe(0);
  });
});
