// Furniture never eats content (issue #15): a labelled header that repeats nothing stays body, and every element
// the parser's label drops says what repeats. Hand-made documents imitating the parser outputs named in each case.
import { describe, expect, it } from 'vitest';
import { labelKey } from '../../src/stages/furniture/openers.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { isContinuationNote } from '../../src/text/caption-label.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

const body = (page: number, y1: number, y2: number): Spec => ({
  page,
  type: 'text',
  text: `Body paragraph on page ${page} that runs long enough to be a paragraph of its own, at ${y1}.`,
  bbox: col(y1, y2),
});

describe('a blank header whose place repeats nowhere (Marker empties the heading it took for a header)', () => {
  // As Marker gives the office legal documents: blank page footers at one place on every page, no running head,
  // and on page 4 the chapter heading opening the page labelled PageHeader and emptied.
  function doc(extraHeaders: boolean) {
    const specs: Spec[] = [];
    for (let p = 1; p <= 5; p++) {
      if (p === 4) specs.push({ page: p, type: 'header', text: '', bbox: [0.095, 0.069, 0.735, 0.095] });
      else if (extraHeaders) specs.push({ page: p, type: 'header', text: '', bbox: [0.095, 0.07, 0.6, 0.094] });
      specs.push(body(p, 0.12, 0.5), body(p, 0.52, 0.88));
      specs.push({ page: p, type: 'footer', text: '', bbox: [0.84, 0.922, 0.857, 0.933] });
    }
    return makeDoc(specs);
  }

  it('keeps it in the body and still drops the blank footers that repeat their place', () => {
    const d = doc(false);
    const { kinds, decisions } = detectFurniture(input(d));
    const blank = d.elements.find((e) => e.type === 'header')!;
    expect(kinds.has(blank.id)).toBe(false);
    const footers = d.elements.filter((e) => e.type === 'footer');
    expect(footers.every((e) => kinds.has(e.id))).toBe(true);
    const footerDecision = decisions.find((x) => x.accepted && x.ids[0] === footers[0].id)!;
    expect(footerDecision.reason).toContain('its place is that of labelled furniture on 5 pages');
  });

  it('drops it when blank headers stand at its place on the other pages (an emptied running head)', () => {
    const d = doc(true);
    const { kinds } = detectFurniture(input(d));
    expect(d.elements.filter((e) => e.type === 'header').every((e) => kinds.has(e.id))).toBe(true);
  });

  it('drops a blank header set sideways in the margin (an arXiv stamp), though its place repeats nowhere', () => {
    const d = doc(false);
    const specs: Spec[] = d.elements.map((e) => ({ page: e.page, type: e.type, text: e.text, bbox: e.bbox }));
    specs.unshift({ page: 1, type: 'header', text: '', bbox: [0.02, 0.25, 0.05, 0.7] });
    const { kinds } = detectFurniture(input(makeDoc(specs)));
    expect(kinds.has(0)).toBe(true);
  });

  it('drops two blank headers on one line before a caption: header cells cut out of a table', () => {
    const specs: Spec[] = [];
    for (let p = 1; p <= 3; p++) {
      specs.push({ page: p, type: 'header', text: '', bbox: [0.139, 0.056, 0.305, 0.068] });
      if (p === 2) {
        specs.push({ page: p, type: 'header', text: '', bbox: [0.518, 0.085, 0.55, 0.099] });
        specs.push({ page: p, type: 'header', text: '', bbox: [0.691, 0.085, 0.724, 0.099] });
        specs.push({ page: p, type: 'table_caption', text: 'Table 2 Questions', bbox: [0.14, 0.089, 0.41, 0.123] });
      }
      specs.push(body(p, 0.13, 0.5), body(p, 0.52, 0.88));
    }
    const d = makeDoc(specs);
    const { kinds } = detectFurniture(input(d));
    expect(d.elements.filter((e) => e.type === 'header').every((e) => kinds.has(e.id))).toBe(true);
  });
});

describe('a section title folded in after the page number (Mistral OCR header field)', () => {
  // As Mistral OCR gives the ltjsarticle document: the running head is the section name and the page number; on
  // page 3, where the section opens, the header field goes on with the section's title.
  function doc(page3: string) {
    const specs: Spec[] = [{ page: 1, type: 'title', text: 'Configuration file reference' }];
    for (let p = 2; p <= 6; p++) {
      specs.push({ page: p, type: 'header', text: p === 3 ? page3 : `1 Available configuration options\n\n${p}` });
      specs.push({ page: p, type: 'text', text: `The options of page ${p} are described here at some length.` });
    }
    return makeDoc(specs);
  }

  it('keeps the header with a line after its number as body, and says why', () => {
    const d = doc('1 Available configuration options\n\n3\n\n1 Available configuration options');
    const { kinds, decisions } = detectFurniture(input(d));
    const folded = d.elements.find((e) => e.page === 3 && e.type === 'header')!;
    expect(kinds.has(folded.id)).toBe(false);
    const rejected = decisions.find((x) => x.ids[0] === folded.id);
    expect(rejected?.accepted ?? false).toBe(false);
    const others = d.elements.filter((e) => e.type === 'header' && e.page !== 3);
    expect(others.every((e) => kinds.has(e.id))).toBe(true);
  });

  it('drops it when it ends with its number like the others', () => {
    const d = doc('1 Available configuration options\n\n3');
    const { kinds } = detectFurniture(input(d));
    expect(d.elements.filter((e) => e.type === 'header').every((e) => kinds.has(e.id))).toBe(true);
  });
});

describe('section banners labelled header under the running head (PaddleOCR)', () => {
  // As PaddleOCR gives the office report documents: the running head "Guide for Debian Maintainers" on every
  // page, and on pages 3 and 5 the numbered section title under it, labelled header too.
  it('keeps "03 6.3. debmake -cc" and "06 6.6. debmake -x" as body: Roman-looking words are not page numbers', () => {
    const specs: Spec[] = [];
    for (let p = 1; p <= 6; p++) {
      specs.push({ page: p, type: 'header', text: 'Guide for Debian Maintainers', bbox: [0.116, 0.054, 0.307, 0.066] });
      if (p === 3 || p === 5) {
        const text = p === 3 ? '03 6.3. debmake -cc' : '06 6.6. debmake -x';
        specs.push({ page: p, type: 'header', text, bbox: [0.116, 0.1, 0.36, 0.146] });
      }
      specs.push(body(p, 0.16, 0.5), body(p, 0.52, 0.88));
    }
    const d = makeDoc(specs);
    const { kinds, decisions } = detectFurniture(input(d));
    const banners = d.elements.filter((e) => /debmake/.test(e.text));
    expect(banners.filter((e) => kinds.has(e.id))).toEqual([]);
    const head = d.elements[0];
    expect(kinds.has(head.id)).toBe(true);
    expect(decisions.find((x) => x.accepted && x.ids[0] === head.id)!.reason).toMatch(
      /repeats in the top band on 6 of 6 pages|its text stands in the headers of 6 pages/,
    );
  });

  it('folds digits, and Roman numerals only where a page number stands', () => {
    expect(labelKey('03 6.3. debmake -cc')).not.toBe(labelKey('06 6.6. debmake -x'));
    expect(labelKey('xii Contents')).toBe(labelKey('xiv Contents'));
    expect(labelKey('Chapter 2 Setup 14')).toBe(labelKey('Chapter 2 Setup 15'));
  });
});

describe('float lines at the page top are not running heads', () => {
  it('reads "表 1 – 前ページからの続き" as a continuation note', () => {
    expect(isContinuationNote('表 1 – 前ページからの続き')).toBe(true);
    expect(isContinuationNote('表 1 – 前ページの概要')).toBe(false);
  });

  it('keeps "Algorithm 1 …" beside the page number as body where the running heads stand beside it', () => {
    // As Mistral OCR gives the ctexart handbook document (no boxes): each page opens with its number and the
    // running head; on page 5 a float's caption opens the page after the number.
    const specs: Spec[] = [{ page: 1, type: 'title', text: 'Becoming a package maintainer' }];
    for (let p = 2; p <= 8; p++) {
      specs.push({ page: p, type: 'text', text: String(p) });
      specs.push({ page: p, type: 'text', text: p === 5 ? 'Algorithm 1 本节所述的过程' : `Section ${p} name` });
      specs.push({
        page: p,
        type: 'text',
        text: `The procedure of page ${p} goes on here at some length, a paragraph.`,
      });
      specs.push({ page: p, type: 'text', text: `Another paragraph closes page ${p} at some length, the last one.` });
    }
    const d = makeDoc(specs);
    const { kinds } = detectFurniture(input(d));
    const caption = d.elements.find((e) => e.text.startsWith('Algorithm'))!;
    expect(kinds.has(caption.id)).toBe(false);
    const heads = d.elements.filter((e) => e.text.startsWith('Section'));
    expect(heads.every((e) => kinds.has(e.id))).toBe(true);
  });
});

describe('a chapter title in mixed case among running heads in capitals (Mistral OCR, no boxes)', () => {
  // As Mistral OCR gives the ctexbook handbook document: the chapter's title opens its page in mixed case, the running
  // heads on the pages after repeat it in capitals under the page number.
  function doc(opener: string) {
    const specs: Spec[] = [{ page: 1, type: 'text', text: opener }];
    specs.push({ page: 1, type: 'text', text: 'This reference document defines which software is free enough here.' });
    specs.push({ page: 1, type: 'text', text: '1' });
    for (let p = 2; p <= 5; p++) {
      specs.push({ page: p, type: 'text', text: String(p) });
      specs.push({ page: p, type: 'text', text: '第二章 DEBIAN 自由软件指导方针' });
      specs.push({
        page: p,
        type: 'text',
        text: `The guidelines of page ${p} go on here at some length, a paragraph.`,
      });
    }
    return makeDoc(specs);
  }

  it('keeps the mixed-case title as body and drops the capitals', () => {
    const d = doc('第二章 Debian 自由软件指导方针');
    const { kinds } = detectFurniture(input(d));
    expect(kinds.has(0)).toBe(false);
    const heads = d.elements.filter((e) => e.text === '第二章 DEBIAN 自由软件指导方针');
    expect(heads.every((e) => kinds.has(e.id))).toBe(true);
  });

  it('drops it when it is set in capitals like the others', () => {
    expect(detectFurniture(input(doc('第二章 DEBIAN 自由软件指导方针'))).kinds.has(0)).toBe(true);
  });
});
