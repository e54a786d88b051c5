import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

describe('a section title folded into a header of bare page numbers (Mistral OCR)', () => {
  // Hand-made, as Mistral OCR gives the dev document revtex ch07: the running heads are page numbers alone, and on
  // page 2 the section title opening the page is folded into the header after the number.
  function doc(page2Header: string, extraTitle?: string) {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'VII. CDBS' },
      { page: 1, type: 'text', text: 'The CDBS is based on the Makefile inclusion mechanism.' },
      { page: 2, type: 'header', text: page2Header },
      { page: 2, type: 'text', text: 'The git-buildpackage package offers many commands.' },
    ];
    if (extraTitle) specs.push({ page: 2, type: 'title', text: extraTitle });
    for (let p = 3; p <= 6; p++) {
      specs.push({ page: p, type: 'header', text: String(p) });
      specs.push({ page: p, type: 'text', text: `Body text of page ${p}, long enough to be a paragraph of its own.` });
    }
    return makeDoc(specs);
  }

  it('keeps the page number with the title folded in as body, drops the bare numbers', () => {
    const d = doc('2\n\nVIII. GIT-BUILDPACKAGE');
    const { kinds } = detectFurniture(input(d));
    expect(kinds.has(2)).toBe(false);
    const numbers = d.elements.filter((e) => e.type === 'header' && e.page > 2);
    expect(numbers.filter((e) => !kinds.has(e.id))).toEqual([]);
  });

  it('drops it when a title carries the folded words: a running head naming the current section', () => {
    const d = doc('2\n\nVIII. GIT-BUILDPACKAGE', 'VIII. GIT-BUILDPACKAGE');
    expect(detectFurniture(input(d)).kinds.has(2)).toBe(true);
  });
});
