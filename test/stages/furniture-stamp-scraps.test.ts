// Hand-written first pages imitating Unstructured's hi_res output without coordinates (the dev gold set's LayoutParser
// paper, test-samples/gold-dev/unstructured): the arXiv stamp in the margin read as a run of one-word blocks before
// the title, and the spaced characters of its rest typed Header.
import { describe, expect, it } from 'vitest';
import { stampScraps } from '../../src/stages/furniture/stamp-scraps.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const t = (text: string, type: Spec['type'] = 'text', page = 1): Spec => ({ page, type, text, bbox: null });

const stamp = [
  '1',
  '2021',
  '2',
  '0',
  '2 n u J 1 2 ] V C . s c [ 2 v 8 4 3 5 1 . 3 0 1 2 :',
  'v',
  'arX1V',
  'i',
  'X',
  'r',
  'a',
];
const paper = (scraps: string[]): Spec[] => [
  ...scraps.map((s) => t(s)),
  t('LayoutParser: A Unified Toolkit for Deep Learning Based Document Image Analysis', 'title'),
  t('Zejiang Shen, Ruochen Zhang, Melissa Dell, Benjamin Charles Germain Lee, Jacob Carlson, and Weining Li'),
  t('Abstract. Recent advances in document image analysis have been primarily driven by neural networks.'),
  t('Introduction', 'title'),
  t('Deep Learning based approaches are the state of the art for a wide range of document image analysis tasks.'),
  t('2 Z. Shen et al.', 'title', 2),
  t('layout detection and table detection. A generalized learning-based framework is still missing.', 'text', 2),
];

function furnitureOf(specs: Spec[]) {
  const doc = makeDoc(specs);
  const r = detectFurniture(input(doc));
  return doc.elements.filter((e) => r.kinds.has(e.id)).map((e) => e.text);
}

describe('the arXiv stamp read as scraps (furniture/stamp-scraps.ts)', () => {
  it('takes every scrap of the run before the title, the stamp spelt backwards among them', () => {
    const taken = furnitureOf(paper(stamp));
    for (const s of stamp) expect(taken, s).toContain(s);
    expect(taken).not.toContain('Introduction');
  });

  it('takes nothing without the stamp’s name: a date and a number before a title stay body', () => {
    const doc = makeDoc(paper(['June', '2021', 'v2']));
    expect(stampScraps(new Map([[1, doc.elements.filter((e) => e.page === 1)]]))).toEqual([]);
  });

  it('takes no scrap after the first page’s title', () => {
    const specs = paper([]);
    specs.splice(2, 0, t('arXiv'), t('v'), t('2021'));
    const doc = makeDoc(specs);
    expect(stampScraps(new Map([[1, doc.elements.filter((e) => e.page === 1)]]))).toEqual([]);
  });
});
