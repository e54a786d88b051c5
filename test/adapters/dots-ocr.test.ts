// dots.ocr adapter. Real input: the two MIT-licensed cut-off outputs copied from docling's tests
// (test/fixtures/dots_ocr/). Multi-page and wrapper inputs below are hand-made imitations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dotsOcr } from '../../src/adapters/dots-ocr.js';
import { detectAdapter, readWithAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import { checkDocument, expectBox, resolveRef, tempFiles } from './ocr-test-utils.js';

const fixtures = new URL('../fixtures/dots_ocr/', import.meta.url).pathname;
const simple = join(fixtures, 'docling-test-dots_simple.unterminated.json');
const list = join(fixtures, 'docling-test-dots_list.unterminated.json');

describe('dots-ocr: DocLayNet paper page 1 (real, cut off)', () => {
  const input = loadInput(simple);
  const { adapter, document: doc } = readWithAdapter(input);
  const cells = input.files[0].json as unknown[];

  it('accepts the truncated file and warns', () => {
    expect(input.files[0].recoveredFromTruncation).toBeDefined();
    expect(adapter.name).toBe('dots-ocr');
    expect(doc.warnings.map((w) => w.ruleId)).toContain('dots.truncated-json');
  });

  it('assumes Letter portrait at 144 DPI (the paper is Letter; docling rendered it at scale 2)', () => {
    expect(doc.pages).toEqual([{ page: 1, width: 1224, height: 1584, unit: 'px' }]);
    expect(doc.warnings.find((w) => w.ruleId === 'dots.page-size-assumed')?.reason).toContain(
      'Letter portrait at 144 DPI',
    );
  });

  it('makes one element per cell with refs /N resolving to the cell', () => {
    expect(doc.elements.length + doc.dropped.length).toBe(cells.length);
    doc.elements.forEach((e, i) => {
      expect(e.ref).toBe(`/${i}`);
      expect(resolveRef(input, e.ref)).toBe(cells[i]);
    });
    checkDocument(input, doc);
  });

  it('maps categories and boxes', () => {
    const e = doc.elements;
    expect(e[1]).toMatchObject({ type: 'title', sourceType: 'Title' });
    expect(e[1].hints?.level).toBe(1);
    expect(e[6]).toMatchObject({ type: 'title', sourceType: 'Section-header', text: 'ABSTRACT' });
    expect(e[6].hints?.level).toBe(2);
    expect(e[10]).toMatchObject({ type: 'image', sourceType: 'Picture', text: '' });
    expectBox(e[10].bbox, [636 / 1224, 495 / 1584, 1127 / 1224, 1065 / 1584]);
    // "**Figure 1:** …" under the picture
    expect(e[11].type).toBe('image_caption');
    expect(e[11].text.startsWith('Figure 1: Four examples')).toBe(true);
    expectBox(e[11].bbox, [635 / 1224, 1083 / 1584, 1130 / 1224, 1131 / 1584]);
    expect(e[16]).toMatchObject({ type: 'page_footnote', sourceType: 'Footnote' });
  });
});

describe('dots-ocr: word-processor page (real, cut off, A4 source)', () => {
  const input = loadInput(list);
  const { document: doc } = readWithAdapter(input);

  it('assumes A4 portrait at 144 DPI from the even margins', () => {
    expect(doc.pages[0]).toMatchObject({ width: 1191, height: 1684 });
  });

  it('reads list items', () => {
    const item = doc.elements[7];
    expect(item).toMatchObject({ ref: '/7', type: 'list_item', sourceType: 'List-item' });
    expectBox(item.bbox, [176 / 1191, 840 / 1684, 1045 / 1191, 1038 / 1684]);
    checkDocument(input, doc);
  });
});

describe('dots-ocr: other shapes (hand-made)', () => {
  const cell = (category: string, bbox: number[], text?: string) => ({ bbox, category, ...(text ? { text } : {}) });
  // Letter at 200 DPI is 1700 × 2200 px: margins of 150 px on both sides.
  const page1 = [
    cell('Page-header', [150, 60, 1550, 100], 'Hand-made header'),
    cell('Table', [150, 300, 1550, 900], '<table><tr><td>x</td></tr></table>'),
    cell('Caption', [150, 920, 1550, 980], 'Results of the run.'),
    cell('Formula', [400, 1000, 1300, 1100], '$$x^2$$'),
    cell('Page-footer', [800, 2100, 900, 2140], '12'),
  ];
  const page2 = [
    cell('Caption', [150, 200, 1550, 260], 'Figure 3: above its picture'),
    cell('Picture', [150, 280, 1550, 900]),
  ];

  it('reads a list of pages with refs /page/cell and one inferred page size', () => {
    const dir = tempFiles({ 'doc.json': [page1, [], page2] });
    const input = loadInput(join(dir, 'doc.json'));
    expect(detectAdapter(input).name).toBe('dots-ocr');
    const doc = dotsOcr.read(input);
    expect(doc.pages.map((p) => [p.page, p.width, p.height])).toEqual([
      [1, 1700, 2200],
      [2, 1700, 2200],
      [3, 1700, 2200],
    ]);
    expect(doc.elements.map((e) => [e.ref, e.page, e.type])).toEqual([
      ['/0/0', 1, 'header'],
      ['/0/1', 1, 'table'],
      ['/0/2', 1, 'table_caption'],
      ['/0/3', 1, 'equation'],
      ['/0/4', 1, 'page_number'],
      ['/2/0', 3, 'image_caption'],
      ['/2/1', 3, 'image'],
    ]);
    expect(doc.elements[1].html).toBe('<table><tr><td>x</td></tr></table>');
    expect(doc.elements[3].hints?.latex).toBe('x^2');
    expectBox(doc.elements[1].bbox, [150 / 1700, 300 / 2200, 1550 / 1700, 900 / 2200]);
    checkDocument(input, doc);
  });

  it('reads a folder of per-page files and a {cells, width, height} wrapper', () => {
    const dir = tempFiles({ 'page_2.json': { width: 2000, height: 1000, cells: page2 }, 'page_1.json': page1 });
    const input = loadInput(dir);
    const doc = dotsOcr.read(input);
    expect(doc.elements[0].ref).toBe('page_1.json#/0');
    expect(doc.elements.at(-1)?.ref).toBe('page_2.json#/cells/1');
    expect(doc.pages[1]).toMatchObject({ width: 2000, height: 1000 });
    expectBox(doc.elements.at(-1)?.bbox ?? null, [150 / 2000, 280 / 1000, 1550 / 2000, 900 / 1000]);
    checkDocument(input, doc);
  });

  it('drops a last cell cut in the middle', () => {
    const text = readFileSync(list, 'utf8');
    const cut = text.slice(0, text.lastIndexOf('"text"')); // cut inside the last cell, after its bbox/category
    const dir = tempFiles({ 'cut.json': `${cut.replace(/,\s*$/, '')}` });
    const input = loadInput(join(dir, 'cut.json'));
    const { document: doc } = readWithAdapter(input);
    expect(doc.elements).toHaveLength(12);
    const lastCut = loadInput(join(dir, 'cut.json')).files[0].json as Array<Record<string, unknown>>;
    expect(lastCut.at(-1)?.text).toBeUndefined();

    const broken = tempFiles({ 'cut2.json': text.slice(0, text.lastIndexOf('"category"')).replace(/,\s*$/, '') });
    const doc2 = readWithAdapter(loadInput(join(broken, 'cut2.json'))).document;
    expect(doc2.elements).toHaveLength(11);
    expect(doc2.dropped.map((d) => d.ruleId)).toEqual(['dots.truncated-cell']);
  });

  it('does not claim MinerU VLM model.json (type/content, 0–1 boxes) or a content list', () => {
    const dir = tempFiles({
      'model.json': [[{ type: 'text', bbox: [0.1, 0.1, 0.5, 0.2], angle: 0, content: 'x' }]],
      'content_list.json': [{ type: 'text', text: 'x', bbox: [1, 2, 3, 4], page_idx: 0 }],
    });
    expect(dotsOcr.detect(loadInput(join(dir, 'model.json')))).toBe(0);
    expect(dotsOcr.detect(loadInput(join(dir, 'content_list.json')))).toBe(0);
  });
});
