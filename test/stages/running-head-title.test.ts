// Hand-written documents imitating Unstructured's element JSON without coordinates (a paper whose even pages'
// running head "N Z. Shen et al." the parser typed Title once, and whose first page opens with the arXiv margin
// stamp read letter by letter): from the dev gold set's layout-parser paper (test-samples/gold-dev).
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const para = (page: number, n = 1): Spec => ({
  page,
  type: 'text',
  text: `Paragraph ${n} of page ${page}, a sentence long enough to be body text and nothing else at all.`,
});

/** Pages 2–8: the even pages open with "<page> Z. Shen et al.", the odd ones with the short title. */
function paper(firstHeadType: Spec['type']): Spec[] {
  const specs: Spec[] = [
    { page: 1, type: 'title', text: 'LayoutParser: A Unified Toolkit for Deep Learning Based Document Image Analysis' },
    para(1),
    { page: 1, type: 'title', text: '1 Introduction' },
    para(1, 2),
  ];
  for (let p = 2; p <= 8; p++) {
    const even = p % 2 === 0;
    const type: Spec['type'] = p === 2 ? firstHeadType : even ? 'list_item' : 'text';
    specs.push({
      page: p,
      type,
      text: even ? `${p} Z. Shen et al.` : 'LayoutParser: A Unified Toolkit for DL-Based DIA',
    });
    specs.push(para(p));
    if (p === 4) specs.push({ page: p, type: 'title', text: '2 Related Work' });
    if (p === 6) specs.push({ page: p, type: 'title', text: '3 The Core Library' });
    specs.push(para(p, 2));
  }
  return specs;
}

describe('a running head the parser typed as a title', () => {
  it('is furniture when it carries the page number the other heads of its group carry', () => {
    const doc = makeDoc(paper('title'));
    const { kinds } = detectFurniture(input(doc));
    const heads = doc.elements.filter((e) => e.text.endsWith('Z. Shen et al.'));
    expect(heads.map((e) => e.page)).toEqual([2, 4, 6, 8]);
    expect(heads.map((e) => kinds.has(e.id))).toEqual([true, true, true, true]);
    // …so it heads no section: the title stays alone at level 1 over the numbered sections.
    const r = headingsOf(doc);
    const level = (text: string) => r.levels.get(doc.elements.find((e) => e.text === text)!.id);
    expect(r.levels.has(heads[0].id)).toBe(false);
    expect(level('1 Introduction')).toBe(2);
    expect(level('2 Related Work')).toBe(2);
  });

  it("still sets apart a title whose number is not its page's (the document's title among its running heads)", () => {
    const specs = paper('list_item');
    // Page 2's head typed Title with another number than the page's: not one of the running heads.
    specs[4] = { page: 2, type: 'title', text: '7 Z. Shen et al.' };
    const doc = makeDoc(specs);
    const { kinds } = detectFurniture(input(doc));
    expect(kinds.has(doc.elements[4].id)).toBe(false);
  });
});

describe('the title after a margin stamp read letter by letter', () => {
  it('is the title above the sections: scraps of one word before it are not body', () => {
    const stamp = ['1', '2021', '2', '0', 'v', 'arX1V', 'i', 'X', 'r', 'a'];
    const specs: Spec[] = [
      ...stamp.map((text): Spec => ({ page: 1, type: 'text', text })),
      { page: 1, type: 'title', text: 'LayoutParser: A Unified Toolkit' },
      para(1),
      { page: 1, type: 'title', text: 'Introduction' },
      para(1, 2),
      { page: 2, type: 'title', text: '2 Related Work' },
      para(2),
      { page: 3, type: 'title', text: '3 The Core Library' },
      para(3),
    ];
    const doc = makeDoc(specs);
    const r = headingsOf(doc);
    const level = (text: string) => r.levels.get(doc.elements.find((e) => e.text === text)!.id);
    expect(level('LayoutParser: A Unified Toolkit')).toBe(1);
    expect([level('Introduction'), level('2 Related Work'), level('3 The Core Library')]).toEqual([2, 2, 2]);
  });

  it('is not the title when a real paragraph or more precede it on its page', () => {
    const specs: Spec[] = [
      para(1),
      para(1, 2),
      para(1, 3),
      para(1, 4),
      { page: 1, type: 'title', text: 'Some Heading' },
      para(1, 5),
      { page: 2, type: 'title', text: 'Introduction' },
      para(2),
      { page: 3, type: 'title', text: '2 Related Work' },
      para(3),
    ];
    const doc = makeDoc(specs);
    const r = headingsOf(doc);
    expect(r.levels.get(doc.elements[4].id)).toBe(r.levels.get(doc.elements[6].id));
  });
});
