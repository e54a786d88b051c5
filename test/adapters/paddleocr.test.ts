// PaddleOCR adapter. Real input: the MIT/Apache AI Studio PaddleOCR-VL page copied from docling's tests.
// Hand-made input (the PP-StructureV3 samples have no licence, so they are only read in test-samples/):
// test/fixtures/paddleocr/ppstructurev3-handmade/ imitates two `save_to_json` pages, and the PaddleOCR-VL /
// AI Studio wrappers below are written inline.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAdapter, readWithAdapter } from '../../src/adapters/index.js';
import { paddleOcr } from '../../src/adapters/paddleocr.js';
import { loadInput } from '../../src/io/load.js';
import { DocstitchError } from '../../src/model/errors.js';
import { checkDocument, expectBox, resolveRef, tempFiles } from './ocr-test-utils.js';

const fixtures = new URL('../fixtures/paddleocr/', import.meta.url).pathname;
const vlFile = join(fixtures, 'docling-test-paddleocr-vl-1.6-aistudio-pruned_1page.json');

describe('paddleocr: PaddleOCR-VL AI Studio prunedResult (real, docling test page)', () => {
  const input = loadInput(vlFile);
  const { adapter, document: doc } = readWithAdapter(input);

  it('is detected and takes the page size from width/height (960×1280 px)', () => {
    expect(adapter.name).toBe('paddleocr');
    expect(doc.pages).toEqual([{ page: 1, width: 960, height: 1280, unit: 'px' }]);
    expect(doc.warnings).toEqual([]);
  });

  it('turns every parsing_res_list entry into an element, refs resolving to it', () => {
    const list = (input.files[0].json as { parsing_res_list: unknown[] }).parsing_res_list;
    expect(doc.elements.length + doc.dropped.length).toBe(list.length);
    expect(doc.elements.map((e) => e.ref)).toEqual(list.map((_, i) => `/parsing_res_list/${i}`));
    for (const [i, e] of doc.elements.entries()) expect(resolveRef(input, e.ref)).toBe(list[i]);
    checkDocument(input, doc);
  });

  it('maps labels and normalizes pixel boxes', () => {
    const [header, title, , , table, caption, notes] = doc.elements;
    expect(header.type).toBe('header');
    expectBox(header.bbox, [68 / 960, 76 / 1280, 651 / 960, 119 / 1280]);
    expect(title).toMatchObject({ type: 'title', sourceType: 'paragraph_title', text: 'Quarterly Metrics' });
    expect(title.hints?.level).toBe(2);
    expect(notes.hints?.level).toBe(3);
    expect(table.type).toBe('table');
    expectBox(table.bbox, [68 / 960, 517 / 1280, 881 / 960, 708 / 1280]);
    expect(table.html).toMatch(/^<table[^>]*>.*<\/table>$/s);
    expect(table.text).toContain('North\t120\t80\t40');
    // figure_title saying "Table 1." is a table caption.
    expect(caption).toMatchObject({ type: 'table_caption', sourceType: 'figure_title' });
    expect(caption.text).toBe('Table 1. Synthetic values for adapter testing.');
  });
});

describe('paddleocr: PP-StructureV3 folder of pages (hand-made)', () => {
  const folder = join(fixtures, 'ppstructurev3-handmade');
  const input = loadInput(folder);
  const { adapter, document: doc } = readWithAdapter(input);

  it('orders pages by page_index, not by file name', () => {
    expect(adapter.name).toBe('paddleocr');
    expect(doc.elements[0].ref).toBe('b_res.json#/parsing_res_list/0');
    expect(doc.elements.filter((e) => e.page === 2).every((e) => e.ref.startsWith('a_res.json#'))).toBe(true);
  });

  it('infers A4 portrait at 144 DPI (1191×1684 px) when no image size is given, and says so', () => {
    expect(doc.pages.map((p) => [p.width, p.height])).toEqual([
      [1191, 1684],
      [1191, 1684],
    ]);
    expect(doc.warnings.find((w) => w.ruleId === 'paddle.page-size-assumed')?.reason).toContain(
      'A4 portrait at 144 DPI',
    );
    const image = doc.elements.find((e) => e.ref === 'b_res.json#/parsing_res_list/3');
    expectBox(image?.bbox ?? null, [300 / 1191, 420 / 1684, 900 / 1191, 800 / 1684]);
  });

  it('maps labels, resolves captions/footnotes by neighbourhood and drops what is no block', () => {
    const byRef = new Map(doc.elements.map((e) => [e.ref.split('#')[1] + (e.page === 2 ? '@2' : ''), e]));
    const t = (p: string) => byRef.get(p)?.type;
    expect(t('/parsing_res_list/0')).toBe('title');
    expect(byRef.get('/parsing_res_list/0')?.hints?.level).toBe(1);
    expect(t('/parsing_res_list/4')).toBe('image_caption');
    expect(t('/parsing_res_list/5')).toBe('table');
    expect(byRef.get('/parsing_res_list/5')?.html).toBe(
      '<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>',
    );
    expect(t('/parsing_res_list/6')).toBe('table_footnote');
    expect(t('/parsing_res_list/7')).toBe('equation');
    expect(byRef.get('/parsing_res_list/7')?.hints?.latex).toBe('E=mc^2');
    expect(t('/parsing_res_list/10')).toBe('page_number');
    expect(t('/parsing_res_list/2@2')).toBe('code');
    expect(t('/parsing_res_list/3@2')).toBe('text');
    expect(t('/parsing_res_list/4@2')).toBe('footer');
    expect(doc.warnings.some((w) => w.ruleId === 'paddle.unknown-label')).toBe(true);
    expect(doc.dropped.map((d) => [d.place.refs[0], d.ruleId])).toEqual([
      ['b_res.json#/parsing_res_list/8', 'paddle.formula-number'],
      ['b_res.json#/parsing_res_list/9', 'paddle.empty-block'],
    ]);
  });

  it('accounts for every block of every page', () => {
    const total = input.files.reduce(
      (n, f) => n + (f.json as { parsing_res_list: unknown[] }).parsing_res_list.length,
      0,
    );
    expect(doc.elements.length + doc.dropped.length).toBe(total);
    checkDocument(input, doc);
  });
});

describe('paddleocr: other wrappers (hand-made)', () => {
  const block = (label: string, content: string, bbox?: number[]) => ({
    block_label: label,
    block_content: content,
    ...(bbox ? { block_bbox: bbox } : {}),
  });

  it('reads the full AI Studio response with dataInfo page sizes', () => {
    const dir = tempFiles({
      'resp.json': {
        logId: 'x',
        errorCode: 0,
        result: {
          dataInfo: {
            type: 'pdf',
            numPages: 2,
            pages: [
              { width: 1000, height: 2000 },
              { width: 2000, height: 1000 },
            ],
          },
          layoutParsingResults: [
            { prunedResult: { parsing_res_list: [block('text', 'one', [100, 200, 500, 400])] }, markdown: {} },
            { prunedResult: { parsing_res_list: [block('chart', '', [100, 200, 500, 400])] }, markdown: {} },
          ],
        },
      },
    });
    const input = loadInput(join(dir, 'resp.json'));
    expect(detectAdapter(input).name).toBe('paddleocr');
    const doc = paddleOcr.read(input);
    expect(doc.elements.map((e) => e.ref)).toEqual([
      '/result/layoutParsingResults/0/prunedResult/parsing_res_list/0',
      '/result/layoutParsingResults/1/prunedResult/parsing_res_list/0',
    ]);
    expectBox(doc.elements[0].bbox, [0.1, 0.1, 0.5, 0.2]);
    expectBox(doc.elements[1].bbox, [0.05, 0.2, 0.25, 0.4]);
    expect(doc.elements[1].type).toBe('image');
    checkDocument(input, doc);
  });

  it('uses block_polygon_points when block_bbox is missing (PaddleOCR-VL with width/height)', () => {
    const dir = tempFiles({
      'vl.json': {
        page_index: null,
        width: 800,
        height: 1000,
        parsing_res_list: [
          {
            ...block('display_formula', '$$a+b$$'),
            block_polygon_points: [
              [80, 100],
              [400, 90],
              [400, 200],
              [80, 200],
            ],
          },
        ],
      },
    });
    const doc = paddleOcr.read(loadInput(join(dir, 'vl.json')));
    expect(doc.elements[0].type).toBe('equation');
    expectBox(doc.elements[0].bbox, [0.1, 0.09, 0.5, 0.2]);
  });

  it("measures how far a text block's last line reaches from the OCR lines inside it (PP-StructureV3)", () => {
    const dir = tempFiles({
      'p.json': {
        width: 1000,
        height: 1000,
        parsing_res_list: [block('text', 'A paragraph over two lines', [100, 100, 900, 160])],
        overall_ocr_res: {
          // line 1 spans 100–900; line 2 is read as two segments, 100–400 and 420–600: one line ending at 600
          rec_boxes: [
            [100, 100, 900, 125],
            [100, 135, 400, 160],
            [420, 136, 600, 159],
            [100, 500, 900, 520],
          ],
        },
      },
    });
    const doc = paddleOcr.read(loadInput(join(dir, 'p.json')));
    expect(doc.elements[0].hints?.lastLineFill).toBeCloseTo((600 - 100) / (900 - 100), 9);
  });

  it('gives a schema error with the pointer for a malformed block', () => {
    const dir = tempFiles({ 'bad.json': { width: 10, height: 10, parsing_res_list: [block('text', 'x', [1, 2])] } });
    try {
      paddleOcr.read(loadInput(join(dir, 'bad.json')));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DocstitchError);
      expect((e as DocstitchError).kind).toBe('schema');
      expect((e as DocstitchError).pointer).toBe('/parsing_res_list/0/block_bbox');
    }
  });

  it('does not claim other formats', () => {
    const dir = tempFiles({
      'mineru.json': [{ type: 'text', text: 'x', bbox: [1, 2, 3, 4], page_idx: 0 }],
      'docling.json': { schema_name: 'DoclingDocument', texts: [], pages: {} },
    });
    expect(paddleOcr.detect(loadInput(join(dir, 'mineru.json')))).toBe(0);
    expect(paddleOcr.detect(loadInput(join(dir, 'docling.json')))).toBe(0);
  });
});
