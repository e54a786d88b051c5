// The PDF adapter's title page is the first page with text, not page 1: debmake-doc's PDFs open with a blank page,
// then the title page (lines as /usr/share/doc/debmake-doc/debmake-doc.en.pdf gives them, page 2: the title in
// LiberationSerif-Bold 17.22 pt, the author and the date at 11.96 pt centred below). Its author and date are
// bylines, not headings: on the real PDF (outline as the gold) "Osamu Aoki" and "May 9, 2022" were two extra
// level-2 headings in each of the six languages.
import { describe, expect, it } from 'vitest';
import { readPdfDocument } from '../../src/adapters/pdf.js';
import type { PdfData, PdfLine } from '../../src/pdf/read.js';

const W = 595;
const H = 842;

function line(text: string, box: [number, number, number, number], fontSize: number, bold = false): PdfLine {
  return {
    text,
    bbox: box,
    fontSize,
    fontName: bold ? 'LiberationSerif-Bold' : 'LiberationSerif',
    bold,
    italic: false,
    spans: [[box[0], box[2], text]],
  };
}

const prose = (i: number) =>
  line(
    `The latest version of this guide should be available in the debmake-doc package and on the web site ${i}.`,
    [0.143, 0.1 + i * 0.016, 0.905, 0.113 + i * 0.016],
    9.96,
  );

function doc(blankFirst: boolean): PdfData {
  const titlePage = [
    line('Guide for Debian Maintainers', [0.337, 0.385, 0.711, 0.407], 17.22, true),
    line('Osamu Aoki', [0.473, 0.444, 0.575, 0.459], 11.96),
    line('May 9, 2022', [0.473, 0.477, 0.575, 0.492], 11.96),
  ];
  const pages = [
    ...(blankFirst ? [{ page: 1, lines: [] as PdfLine[] }] : []),
    { page: 0, lines: titlePage },
    { page: 0, lines: Array.from({ length: 20 }, (_, i) => prose(i)) },
  ].map((p, i) => ({ ...p, page: i + 1, width: W, height: H, images: [], hasText: p.lines.length > 0 }));
  return { path: 'debmake-doc.en.pdf', pageCount: pages.length, pages, outline: [], warnings: [] };
}

describe('the PDF title page after a blank page', () => {
  for (const blankFirst of [true, false]) {
    it(`keeps the title and reads the author and the date as bylines (blank first page: ${blankFirst})`, () => {
      const els = readPdfDocument(doc(blankFirst), 'debmake-doc.en.pdf').elements;
      const of = (t: string) => els.find((e) => e.text === t);
      expect(of('Guide for Debian Maintainers')?.type).toBe('title');
      expect(of('Osamu Aoki')?.type).toBe('text');
      expect(of('Osamu Aoki')?.sourceType).toBe('pdf-byline');
      expect(of('May 9, 2022')?.sourceType).toBe('pdf-byline');
    });
  }
});
