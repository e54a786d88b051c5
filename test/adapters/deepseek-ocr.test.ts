// DeepSeek-OCR adapter. The real samples (an app's per-page list) have no licence, so they are read only in
// test-samples/; everything here is hand-made in their shape: `[{page, result: {implementation,
// ocr_text, raw_output}}]`, raw_output holding `<|ref|>label<|/ref|><|det|>[[x1,y1,x2,y2]]<|/det|>` blocks.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepseekOcr } from '../../src/adapters/deepseek-ocr.js';
import { detectAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import { checkDocument, expectBox, resolveRef, tempFiles } from './ocr-test-utils.js';

const tag = (label: string, boxes: string) => `<|ref|>${label}<|/ref|><|det|>${boxes}<|/det|>`;
const page1 = [
  `${tag('title', '[[100, 50, 899, 90]]')}\n# Hand-Made Policy \n\n`,
  `${tag('sub_title', '[[100, 110, 500, 130]]')}\n## Article 1 \n\n`,
  `${tag('text', '[[100, 140, 899, 200]]')}\nFirst paragraph of the article. \n\n`,
  `${tag('table', '[[100, 220, 899, 400]]')}\n<table><tr><td>Year</td><td>Rate</td></tr><tr><td>1</td><td>4%</td></tr></table>\n\n`,
  `${tag('image', '[[300, 420, 700, 600]]')}\n\n`,
  `${tag('image_caption', '[[300, 610, 700, 630]]')}\nLogo of the insurer. \n\n`,
  `${tag('text', '[[100, 700, 480, 800], [520, 700, 899, 760]]')}\nA block in two boxes.<｜end▁of▁sentence｜>`,
].join('');
const page2 = [
  'Some words before any tag.\n\n',
  `${tag('text', '[[100, 100, 899, 140]]')}\n\n`,
  `${tag('weird_label', '[[100, 150, 899, 190]]')}\nStrange block.\n\n`,
  `${tag('equation', '[[200, 200, 800, 260]]')}\n\\[ a^2 + b^2 = c^2 \\]\n\n`,
  `${tag('text', '[[oops]]')}\nBox unreadable.`,
].join('');
const appList = [
  { page: 1, result: { implementation: 'app', ocr_text: '(tags removed)', raw_output: page1 } },
  { page: 2, result: { implementation: 'app', ocr_text: '(tags removed)', raw_output: page2 } },
];

describe('deepseek-ocr: app per-page list (hand-made)', () => {
  const dir = tempFiles({ 'pages.json': appList });
  const input = loadInput(join(dir, 'pages.json'));
  const doc = deepseekOcr.read(input);

  it('is detected', () => {
    expect(detectAdapter(input).name).toBe('deepseek-ocr');
  });

  it('refs: the raw_output pointer, a colon and the tag index; the pointer part resolves to the string', () => {
    expect(doc.elements.slice(0, 3).map((e) => e.ref)).toEqual([
      '/0/result/raw_output:0',
      '/0/result/raw_output:1',
      '/0/result/raw_output:2',
    ]);
    expect(resolveRef(input, '/0/result/raw_output:4')).toBe(page1);
    // the 4th tag of page 1's string is the table
    const fourth = [...page1.matchAll(/<\|ref\|>(.*?)<\|\/ref\|>/g)][3][1];
    expect(fourth).toBe('table');
    expect(doc.elements.find((e) => e.ref === '/0/result/raw_output:3')?.type).toBe('table');
    checkDocument(input, doc);
  });

  it('normalizes 0–999 coordinates by 999 and unions multi-box tags', () => {
    expectBox(doc.elements[0].bbox, [100 / 999, 50 / 999, 899 / 999, 90 / 999]);
    expectBox(doc.elements[6].bbox, [100 / 999, 700 / 999, 899 / 999, 800 / 999]);
    expect(doc.elements[6].text).toBe('A block in two boxes.');
  });

  it('maps labels', () => {
    const p1 = doc.elements.filter((e) => e.page === 1);
    expect(p1.map((e) => e.type)).toEqual(['title', 'title', 'text', 'table', 'image', 'image_caption', 'text']);
    expect(p1[0]).toMatchObject({ text: 'Hand-Made Policy', hints: { level: 1 } });
    expect(p1[1]).toMatchObject({ text: 'Article 1', sourceType: 'sub_title', hints: { level: 2 } });
    expect(p1[3].html).toBe('<table><tr><td>Year</td><td>Rate</td></tr><tr><td>1</td><td>4%</td></tr></table>');
    expect(p1[3].text).toBe('Year\tRate\n1\t4%');
  });

  it('keeps untagged text (ref = bare pointer, no box), warns on unknown labels and bad boxes, drops empty blocks', () => {
    const p2 = doc.elements.filter((e) => e.page === 2);
    expect(p2.map((e) => [e.ref, e.type, e.bbox === null])).toEqual([
      ['/1/result/raw_output', 'text', true],
      ['/1/result/raw_output:1', 'text', false],
      ['/1/result/raw_output:2', 'equation', false],
      ['/1/result/raw_output:3', 'text', true],
    ]);
    expect(p2[2].hints?.latex).toBe('a^2 + b^2 = c^2');
    expect(doc.dropped.map((d) => [d.place.refs[0], d.ruleId])).toEqual([
      ['/1/result/raw_output:0', 'deepseek.empty-block'],
    ]);
    expect(doc.warnings.map((w) => w.ruleId).sort()).toEqual(['deepseek.bad-box', 'deepseek.unknown-label']);
  });

  it('accounts for every tag plus the untagged lead', () => {
    const tags = appList.reduce((n, p) => n + [...p.result.raw_output.matchAll(/<\|ref\|>/g)].length, 0);
    expect(doc.elements.length + doc.dropped.length).toBe(tags + 1);
  });
});

describe('deepseek-ocr: bare string and {raw_output} files (hand-made)', () => {
  it('reads a JSON string file and a folder of {raw_output} pages', () => {
    const dir = tempFiles({ 'p1.json': JSON.stringify(page1), 'p2.json': { raw_output: page1 } });
    const single = loadInput(join(dir, 'p1.json'));
    expect(deepseekOcr.detect(single)).toBeGreaterThan(0.5);
    expect(deepseekOcr.read(single).elements[0].ref).toBe(':0');
    const folder = loadInput(dir);
    const doc = deepseekOcr.read(folder);
    expect(doc.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(doc.elements.at(-1)?.ref).toBe('p2.json#/raw_output:6');
    checkDocument(folder, doc);
  });

  it('does not claim plain strings or other formats', () => {
    const dir = tempFiles({ 's.json': JSON.stringify('just text'), 'l.json': [{ type: 'text', text: 'x' }] });
    expect(deepseekOcr.detect(loadInput(join(dir, 's.json')))).toBe(0);
    expect(deepseekOcr.detect(loadInput(join(dir, 'l.json')))).toBe(0);
  });
});
