// A heading typed as text in the PDF font of the outline's headings (session 22, report × PaddleOCR).
import { describe, expect, it } from 'vitest';
import { matchOutline } from '../../src/pdf/outline.js';
import type { PdfData } from '../../src/pdf/read.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const pdf = (outline: PdfData['outline']): PdfData => ({
  path: 'x.pdf',
  pageCount: 4,
  pages: [],
  outline,
  warnings: [],
});
const font = (fontSize: number, bold: boolean, fontName: string) => ({
  pdf: { textLayer: true, fontSize, bold, fontName, lineCount: 1, match: 1 },
});
const CHAPTER = font(24.79, true, 'LMRoman12-Bold');
const BODY = 'After uploading the package, you will receive bug reports; it is an important duty to manage them well.';
// one line of body text under each paragraph: the body line the sizes are measured against (sizes.ts)
const line = (page: number): Spec => ({
  page,
  type: 'text',
  text: `See the manual page of each tool, ${page}.`,
  bbox: [0.21, 0.36, 0.5, 0.373],
  hints: {
    pdf: { textLayer: true, fontSize: 9.96, bold: false, fontName: 'LMRoman10-Regular', lineCount: 1, match: 1 },
  },
});
const body = (page: number): Spec => ({
  page,
  type: 'text',
  text: `${BODY} (page ${page})`,
  bbox: [0.21, 0.31, 0.79, 0.35],
  hints: {
    pdf: { textLayer: true, fontSize: 9.96, bold: false, fontName: 'LMRoman10-Regular', lineCount: 3, match: 1 },
  },
});

describe('a line of text in the font of the outline-listed headings (pdf-outline-font.ts)', () => {
  // report × PaddleOCR (debmake ch07, pdf6's set): the starred chapter "bts" (`\chapter*`, no bookmark) typed as text,
  // set in LMRoman12-Bold 24.79 pt like the bookmarked chapter titles ("dput", also typed as text); gold: a level-2
  // heading like the chapters (TEDS 0.968 with and without --pdf).
  const specs = (btsHints = true): Spec[] => [
    { page: 1, type: 'title', text: 'Guide for Debian Maintainers', hints: font(24.79, true, 'LMRoman12-Bold') },
    body(1),
    line(1),
    { page: 2, type: 'text', text: 'dput', bbox: [0.21, 0.23, 0.29, 0.26], hints: CHAPTER },
    body(2),
    line(2),
    { page: 2, type: 'text', text: 'Options of the upload', hints: font(9.96, true, 'LMRoman10-Bold') },
    body(2),
    line(2),
    { page: 3, type: 'text', text: 'bts', bbox: [0.21, 0.23, 0.27, 0.26], ...(btsHints ? { hints: CHAPTER } : {}) },
    body(3),
    line(3),
    { page: 4, type: 'text', text: 'debc', bbox: [0.21, 0.23, 0.29, 0.26], hints: CHAPTER },
    body(4),
    line(4),
  ];
  const outline = [
    { title: 'dput', level: 1, page: 2, index: 0 },
    { title: 'debc', level: 1, page: 4, index: 1 },
  ];
  const headingTexts = (btsHints: boolean) => {
    const doc = makeDoc(specs(btsHints), 4);
    matchOutline(doc.elements, pdf(outline), []);
    // the outline's texts carry their depth (src/pdf/outline.ts); "bts" has no entry
    expect(doc.elements.map((e) => e.hints?.outlineLevel).filter((l) => l !== undefined)).toEqual([1, 1]);
    const levels = headingsOf(doc).levels;
    return specs().flatMap((s, i) => (levels.has(i) ? [[s.text, levels.get(i)]] : []));
  };
  it('is a heading of that kind; a bold line at the body size stays text', () => {
    expect(headingTexts(true)).toEqual([
      ['Guide for Debian Maintainers', 1],
      ['dput', 2],
      ['bts', 2],
      ['debc', 2],
    ]);
  });
  it('a question the parser labelled a header, kept in the body, is one too (session 26)', () => {
    // report × PaddleOCR (seed 58171): the starred chapter "What is debuild?" opening its page, typed header; its
    // level is the headings stage's (a header's key), here only that it is a heading at all
    const doc = makeDoc(
      specs().map((s) => (s.text === 'bts' ? { ...s, type: 'header', text: 'What is bts?' } : s)),
      4,
    );
    matchOutline(doc.elements, pdf(outline), []);
    const headings = headingsOf(doc).levels;
    expect(doc.elements.filter((e) => headings.has(e.id)).map((e) => e.text)).toContain('What is bts?');
  });
  it('stays text without its PDF font', () => {
    expect(headingTexts(false).map(([t]) => t)).toEqual(['Guide for Debian Maintainers', 'dput', 'debc']);
  });
});
