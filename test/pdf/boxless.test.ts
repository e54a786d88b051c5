// Two cases from the Office corpus's legal texts (hand-made here in their shape): articles headed "§ 1",
// "§ 2" … in a run of short numbered titles, and a parser output without boxes (Mistral OCR's Markdown).
import { describe, expect, it } from 'vitest';
import type { Element } from '../../src/model/element.js';
import { applyPdfEvidence } from '../../src/pdf/align.js';
import type { PdfData, PdfLine } from '../../src/pdf/read.js';
import { stitchSync } from '../../src/pipeline.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const texts = [
  ['title', 'Costs in the resolver', 20],
  ['title', 'Chapter I Costs and cost components', 16],
  ['title', '§ 1', 13],
  ['text', 'The cost of a solution is a value the resolver uses to order the solutions it finds.', 10],
  ['title', '§ 2', 13],
  ['text', 'Some typical costs are shown in Example 2.1, “Sample resolver costs”.', 10],
  ['text', 'Example 2.1. Sample resolver costs', 10],
  ['title', '§ 3', 13],
  ['text', 'The default cost sorts the solutions by their safety cost, then by their pin priority.', 10],
  ['title', '§ 4', 13],
  ['text', 'Costs are added up over the actions of a solution and compared as a whole.', 10],
] as const;

function legal(outline: boolean) {
  const doc = makeDoc(texts.map(([type, text]) => ({ page: 1, type, text, bbox: null }) as Spec));
  const lines: PdfLine[] = texts.map(([, text, pt], i) => ({
    text,
    bbox: [0.1, 0.05 + i * 0.04, 0.8, 0.05 + i * 0.04 + pt / 792],
    fontSize: pt,
    bold: pt > 10,
    italic: false,
  }));
  const pdf: PdfData = {
    path: 'legal.pdf',
    pageCount: 1,
    pages: [{ page: 1, width: 612, height: 792, lines, images: [], hasText: true }],
    outline: outline
      ? texts
          .map(([, text], i) => ({ text, i }))
          .filter(({ i }) => texts[i][0] === 'title')
          .map(({ text }, index) => ({
            title: text,
            level: text.startsWith('§') ? 3 : text.startsWith('Ch') ? 2 : 1,
            page: 1,
            index,
          }))
      : [],
    warnings: [],
  };
  return { doc, pdf };
}

const el = (els: readonly Element[], text: string) => els.find((e) => e.text === text) as Element;

describe('a parser output without boxes, aligned on text alone', () => {
  it('a line goes to the element it is, not to the one that cites it; a short line to its own text', () => {
    const { doc, pdf } = legal(false);
    const els = applyPdfEvidence(doc, pdf).doc.elements;
    expect(el(els, 'Example 2.1. Sample resolver costs').hints?.pdf?.lineCount).toBe(1);
    expect(el(els, texts[5][1]).hints?.pdf?.lineCount).toBe(1);
    expect(el(els, '§ 1').hints?.pdf).toMatchObject({ lineCount: 1, fontSize: 13, bold: true });
    expect(els.filter((e) => e.hints?.pdf?.lineCount).length).toBe(texts.length);
  });
});

describe('short numbered titles the outline lists', () => {
  const headings = (outline: boolean) => {
    const { doc, pdf } = legal(outline);
    const r = stitchSync(applyPdfEvidence(doc, pdf).doc, { summaries: false });
    return r.structure.headings.map((h) => [r.document.elements.find((e) => e.ref === h.ref)?.text, h.level]);
  };
  const expected = [
    ['Costs in the resolver', 1],
    ['Chapter I Costs and cost components', 2],
    ['§ 1', 3],
    ['§ 2', 3],
    ['§ 3', 3],
    ['§ 4', 3],
  ];
  // The article ladder ("§ n" under "Chapter I") reads them without the outline (they once read as
  // table-of-contents lines there); the outline agrees.
  it('without the outline, the article numbering makes them headings under the chapter', () => {
    expect(headings(false)).toEqual(expected);
  });
  it('with it, they are the headings, at the outline depth', () => {
    expect(headings(true)).toEqual(expected);
  });
});
