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

describe('running heads in capitals, a chapter opener in mixed case, a page number glued on', () => {
  function pages(headers: Array<[number, string]>): ReturnType<typeof makeDoc> {
    const specs: Spec[] = [];
    // twenty pages of body text, each its own words (no repetition), the headers where given
    for (let p = 1; p <= 20; p++) {
      for (const [q, text] of headers) if (q === p) specs.push({ page: p, type: 'header', text });
      const word = String.fromCharCode(96 + p).repeat(5);
      specs.push({ page: p, type: 'text', text: `The ${word} paragraph opens this page and goes on at some length.` });
    }
    return makeDoc(specs);
  }

  it('keeps "Bibliography" opening its chapter as body where the running heads say "BIBLIOGRAPHY"', () => {
    // Hand-made, as Unstructured gives the train document book ch02: the chapter title typed Header on the page it
    // opens, the running heads in capitals on the pages after.
    const d = pages([
      [2, 'CHAPTER 1. PEOPLE AROUND DEBIAN'],
      [3, 'CHAPTER 1. PEOPLE AROUND DEBIAN'],
      [5, 'CHAPTER 2. HOW TO CONTRIBUTE'],
      [6, 'CHAPTER 2. HOW TO CONTRIBUTE'],
      [17, 'Bibliography'],
      [18, 'BIBLIOGRAPHY'],
    ]);
    const { kinds } = detectFurniture(input(d));
    const headers = d.elements.filter((e) => e.type === 'header');
    expect(headers.filter((e) => !kinds.has(e.id)).map((e) => e.text)).toEqual(['Bibliography']);
  });

  it('drops a one-page chapter\'s running head with its page number glued on ("10CHAPTER 2. …")', () => {
    // Hand-made, as Mistral OCR gives the dev document book ch05: bare numbers and "number, then the chapter" heads;
    // on a one-page chapter's page the number is glued to the head, no repetition shows it.
    const d = pages([
      [2, '2'],
      [4, '4'],
      [6, '6\n\nCHAPTER 1. PACKAGING WORKFLOW'],
      [7, '7'],
      [8, '8\n\nCHAPTER 1. PACKAGING WORKFLOW'],
      [10, '10CHAPTER 2. HISTORICAL PERSPECTIVE'],
      [12, '12\n\nCHAPTER 3. PACKAGE NAME AND VERSION'],
      [14, '14\n\nCHAPTER 3. PACKAGE NAME AND VERSION'],
    ]);
    const { kinds } = detectFurniture(input(d));
    const headers = d.elements.filter((e) => e.type === 'header');
    expect(headers.filter((e) => !kinds.has(e.id)).map((e) => e.text)).toEqual([]);
  });
});

describe('a line in any words folded into a running head on few pages (Mistral OCR, office datasheets)', () => {
  // Hand-made, as Mistral OCR gives the train datasheets: the running head alone on every page, and on one page
  // (two of six) the unnumbered section title opening the page folded in after it.
  function doc(folded: Record<number, string>, pages = 8) {
    const specs: Spec[] = [];
    for (let p = 1; p <= pages; p++) {
      const rest = folded[p];
      specs.push({ page: p, type: 'header', text: rest ? `Debian 管理员手册\n\n${rest}` : 'Debian 管理员手册' });
      specs.push({ page: p, type: 'text', text: `Body text of page ${p}, long enough to be a paragraph of its own.` });
    }
    return makeDoc(specs);
  }
  const headerIds = (d: ReturnType<typeof makeDoc>) =>
    d.elements.filter((e) => e.type === 'header' && e.text.includes('\n')).map((e) => e.id);

  it('keeps the folded headers in the body and drops the bare running heads', () => {
    const d = doc({ 2: 'Samba 服务器', 5: 'Samba 客户端' });
    const { kinds } = detectFurniture(input(d));
    for (const id of headerIds(d)) expect(kinds.has(id)).toBe(false);
    const bare = d.elements.filter((e) => e.type === 'header' && !e.text.includes('\n'));
    expect(bare.every((e) => kinds.has(e.id))).toBe(true);
  });

  it('drops them where most pages carry a line after the head: a running head naming the current section', () => {
    const d = doc({ 2: 'Samba 服务器', 3: 'Samba 服务器', 4: 'Samba 客户端', 5: 'Samba 客户端', 6: 'NFS', 7: 'NFS' });
    const { kinds } = detectFurniture(input(d));
    expect(headerIds(d).every((id) => kinds.has(id))).toBe(true);
  });
});
