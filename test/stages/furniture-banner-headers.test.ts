// Furniture never eats content (issue #15): in a document that sets no running head, a section banner the layout
// model labelled header (PaddleOCR, Textract, MinerU-v2 on office statements and datasheets) stays body; a word of
// Roman digits labelled a page number ("mc", a command name Docling and Azure DI took for a page header) too.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

const body = (page: number, y1: number, y2: number): Spec => ({
  page,
  type: 'text',
  text: `Body paragraph on page ${page} that runs long enough to be a paragraph of its own, at ${y1}.`,
  bbox: col(y1, y2),
});

/** Nine pages with a footer and a page number on each; headers as given ({page: text}). */
function doc(headers: Record<number, string>, pages = 9): ReturnType<typeof makeDoc> {
  const specs: Spec[] = [];
  for (let p = 1; p <= pages; p++) {
    if (headers[p]) specs.push({ page: p, type: 'header', text: headers[p], bbox: [0.139, 0.071, 0.627, 0.093] });
    specs.push(body(p, 0.12, 0.5), body(p, 0.52, 0.88));
    specs.push({ page: p, type: 'footer', text: "The Administrator's Handbook", bbox: [0.139, 0.935, 0.388, 0.946] });
    specs.push({ page: p, type: 'page_number', text: String(p), bbox: [0.853, 0.935, 0.861, 0.946] });
  }
  return makeDoc(specs);
}

const headerIds = (d: ReturnType<typeof makeDoc>) => d.elements.filter((e) => e.type === 'header').map((e) => e.id);

describe('section banners labelled header in a document without running heads', () => {
  it('keeps two banners on two of nine pages in the body', () => {
    const d = doc({ 2: 'Statement of financial position', 4: 'Notes to the financial statements' });
    const { kinds } = detectFurniture(input(d));
    for (const id of headerIds(d)) expect(kinds.has(id)).toBe(false);
    // the footers and page numbers still go
    expect(d.elements.filter((e) => e.type === 'footer').every((e) => kinds.has(e.id))).toBe(true);
  });

  it('drops headers that stand on most pages though none repeats (a running head naming each section)', () => {
    const heads: Record<number, string> = {};
    for (let p = 2; p <= 9; p++) heads[p] = `Section ${'ABCDEFGHI'[p - 1]} name`;
    const d = doc(heads);
    const { kinds } = detectFurniture(input(d));
    expect(headerIds(d).every((id) => kinds.has(id))).toBe(true);
  });

  it("drops a header on the first page only (a journal's masthead)", () => {
    const d = doc({ 1: 'Journal of Examples, Vol. 3' });
    const { kinds } = detectFurniture(input(d));
    expect(kinds.has(headerIds(d)[0])).toBe(true);
  });

  it('drops a lone header whose words stand in the body too (a running head the parser labelled once)', () => {
    const d = doc({ 5: "The Administrator's Handbook" });
    const { kinds } = detectFurniture(input(d));
    expect(kinds.has(headerIds(d)[0])).toBe(true);
  });
});

describe('a word of Roman digits labelled a page number', () => {
  it('keeps "mc" under the top band in the body, and still drops "xii" there', () => {
    const specs: Spec[] = [];
    for (let p = 1; p <= 4; p++) {
      if (p === 3) specs.push({ page: p, type: 'page_number', text: 'mc', bbox: [0.139, 0.126, 0.17, 0.144] });
      if (p === 4) specs.push({ page: p, type: 'page_number', text: 'xii', bbox: [0.139, 0.126, 0.17, 0.144] });
      specs.push(body(p, 0.15, 0.5), body(p, 0.52, 0.88));
    }
    const d = makeDoc(specs);
    const { kinds } = detectFurniture(input(d));
    const [mc, xii] = d.elements.filter((e) => e.type === 'page_number');
    expect(kinds.has(mc.id)).toBe(false);
    expect(kinds.has(xii.id)).toBe(true);
  });
});

describe('a table head row cut out as two headers on one page', () => {
  it('drops both cells: a row of cells is no banner', () => {
    const specs: Spec[] = [];
    for (let p = 1; p <= 4; p++) {
      if (p === 4) {
        specs.push({ page: p, type: 'header', text: '操作系统', bbox: [0.143, 0.079, 0.215, 0.094] });
        specs.push({ page: p, type: 'header', text: '架构', bbox: [0.504, 0.079, 0.54, 0.094] });
        specs.push({ page: p, type: 'table', text: 'Windows NT\ti386, alpha', bbox: [0.136, 0.115, 0.721, 0.203] });
      }
      specs.push(body(p, 0.25, 0.5), body(p, 0.52, 0.88));
      specs.push({ page: p, type: 'page_number', text: `Page ${p} of 4`, bbox: [0.794, 0.935, 0.861, 0.946] });
    }
    const d = makeDoc(specs);
    const { kinds } = detectFurniture(input(d));
    expect(headerIds(d).every((id) => kinds.has(id))).toBe(true);
  });
});
