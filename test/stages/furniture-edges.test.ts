// Running heads beside the page number without coordinates, on pages where only the pictures carry boxes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import { toDocument } from '../../src/pipeline.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

describe('section-name running heads on a page with a boxed picture (Mistral OCR, issue #15)', () => {
  it('drops "5 DPUT" and "A DGIT" beside the page number, as on the pages without pictures', () => {
    const dir = fileURLToPath(new URL('../corpus-train/latex-ctexart-debmake-zh-ch07/mistral/', import.meta.url));
    const doc = toDocument(loadInput(`${dir}ocr_response.json`), {});
    const { kinds } = detectFurniture(input(doc));
    const gold = new Set(JSON.parse(readFileSync(`${dir}gold.structure.json`, 'utf8')).furniture as string[]);
    const byRef = (ref: string) => doc.elements.find((e) => e.ref === ref)!;
    for (const ref of ['/pages/1/markdown:0', '/pages/4/markdown:0']) {
      const head = byRef(ref);
      expect(doc.elements.some((e) => e.page === head.page && e.bbox !== null)).toBe(true);
      expect([gold.has(ref), kinds.has(head.id)]).toEqual([true, true]);
    }
    const dropped = doc.elements.filter((e) => kinds.has(e.id)).map((e) => e.ref);
    expect(dropped.filter((ref) => !gold.has(ref))).toEqual([]);
    expect([...gold].filter((ref) => !dropped.includes(ref))).toEqual([]);
  });
});

describe("a journal's submission notice at the foot of the first page (elsarticle, issue #15)", () => {
  it('drops "Preprint submitted to Elsevier" and its date, one place in from the edge (Mistral, no boxes)', () => {
    const dir = fileURLToPath(new URL('../corpus-train/latex-elsarticle-debmake-en-ch03/mistral/', import.meta.url));
    const doc = toDocument(loadInput(`${dir}ocr_response.json`), {});
    const { kinds } = detectFurniture(input(doc));
    const gold = new Set(JSON.parse(readFileSync(`${dir}gold.structure.json`, 'utf8')).furniture as string[]);
    const foot = doc.elements.filter((e) => e.page === 1).slice(-2);
    expect(foot.map((e) => e.text)).toEqual(['Preprint submitted to Elsevier', 'December 2, 2026']);
    for (const e of foot) expect([gold.has(e.ref), kinds.has(e.id)]).toEqual([true, true]);
  });

  it('keeps a sentence about a submission and a date in mid-page (no boxes)', () => {
    const doc = makeDoc([
      { page: 1, type: 'title', text: 'Tool Setups' },
      { page: 1, type: 'text', text: 'Preprint submitted to Elsevier' },
      { page: 1, type: 'text', text: 'December 2, 2026' },
      { page: 1, type: 'text', text: 'Body paragraph with enough words to be body text, and more of them.' },
      { page: 1, type: 'text', text: 'Another body paragraph closes the page.' },
    ]);
    const { kinds } = detectFurniture(input(doc));
    expect(kinds.size).toBe(0);
  });
});

describe('a word of roman digits at the top of a page is no page number (issue #15)', () => {
  it('keeps the section "mc" that opens a page, drops a lone "iv" there (no boxes)', () => {
    const body = 'Body paragraph with enough words to be body text, and more of them.';
    const doc = makeDoc([
      { page: 1, type: 'text', text: body },
      { page: 2, type: 'title', text: 'mc' },
      { page: 2, type: 'text', text: body },
      { page: 3, type: 'text', text: 'iv' },
      { page: 3, type: 'text', text: body },
    ]);
    const { kinds } = detectFurniture(input(doc));
    expect(kinds.has(doc.elements[1].id)).toBe(false);
    expect(kinds.get(doc.elements[3].id)).toBe('page_number');
  });
});

describe('a second running line on the versos of a short paper (issue #15)', () => {
  it('drops the author line under the running head of pages 2 and 4 of five (Unstructured acmart, no boxes)', () => {
    const dir = fileURLToPath(new URL('../corpus-train/latex-acmart-debmake-en-ch02/unstructured/', import.meta.url));
    const doc = toDocument(loadInput(`${dir}elements.json`), {});
    const { kinds } = detectFurniture(input(doc));
    const gold = new Set(JSON.parse(readFileSync(`${dir}gold.structure.json`, 'utf8')).furniture as string[]);
    const authors = doc.elements.filter((e) => e.text === 'Tomas Reyes and Jonas Weber');
    expect(authors.map((e) => e.page)).toEqual([2, 4]);
    for (const e of authors) expect([gold.has(e.ref), kinds.has(e.id)]).toEqual([true, true]);
    const dropped = doc.elements.filter((e) => kinds.has(e.id)).map((e) => e.ref);
    expect(dropped.filter((ref) => !gold.has(ref))).toEqual([]);
  });
});

describe('a running foot over the page number in a two-page document (issue #15)', () => {
  it('drops the manual’s name over "- 1 -" and "- 2 -", kept apart from the same name at the top (no boxes)', () => {
    const words = ['first', 'second', 'third', 'fourth'];
    const specs: Spec[] = [];
    for (const p of [1, 2]) {
      specs.push({ page: p, type: 'text', text: "The Debian Administrator's Handbook" });
      for (const w of words.slice(2 * p - 2, 2 * p))
        specs.push({ page: p, type: 'text', text: `The ${w} body paragraph, with enough words to be body text.` });
      specs.push({ page: p, type: 'text', text: "The Debian Administrator's Handbook" });
      specs.push({ page: p, type: 'text', text: `- ${p} -` });
    }
    const doc = makeDoc(specs);
    const { kinds } = detectFurniture(input(doc));
    expect([3, 8].map((i) => kinds.get(doc.elements[i].id))).toEqual(['footer', 'footer']);
    expect([1, 2, 6, 7].some((i) => kinds.has(doc.elements[i].id))).toBe(false);
  });
});

describe('a running head with its page number in the line itself (no boxes)', () => {
  // Hand-made, as Unstructured and Mistral OCR give the train document report ch05: the running head and the page
  // number are two lines at the top of most pages; on two pages the number is glued to the head ("…PRACTICES8").
  function doc(): Spec[] {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Guide for Debian Maintainers' },
      { page: 1, type: 'text', text: 'The opening page introduces the guide and its scope at length.' },
    ];
    const head = (p: number) =>
      p < 6 ? 'CHAPTER 1. PACKAGING WORKFLOW' : 'CHAPTER 2. HISTORICAL PERSPECTIVE OF DEBIAN PACKAGING PRACTICES';
    for (let p = 2; p <= 9; p++) {
      if (p === 6 || p === 7) specs.push({ page: p, type: 'text', text: `${head(p)}${p - 2}` });
      else specs.push({ page: p, type: 'text', text: head(p) }, { page: p, type: 'text', text: String(p - 2) });
      const word = String.fromCharCode(96 + p).repeat(5);
      specs.push({
        page: p,
        type: 'text',
        text: `The ${word} paragraph goes on with the body of this page at length.`,
      });
    }
    // page 10 opens with a chapter's title whose number is the page's: no running head
    specs.push({ page: 10, type: 'title', text: 'Chapter 8' }, { page: 10, type: 'text', text: 'A body line.' });
    return specs;
  }

  it("drops the heads that carry the page number, keeps a chapter title whose number is the page's", () => {
    const d = makeDoc(doc());
    const { kinds } = detectFurniture(input(d));
    const glued = d.elements.filter((e) => /PRACTICES\d$/.test(e.text));
    expect(glued).toHaveLength(2);
    expect(glued.filter((e) => !kinds.has(e.id))).toEqual([]);
    expect(kinds.has(d.elements.find((e) => e.text === 'Chapter 8')!.id)).toBe(false);
  });
});
