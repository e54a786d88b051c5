// An outline of one top-level entry on the first page names the document (src/pdf/outline.ts, `pdf.outline-single`):
// llncs under hyperref bookmarks only its \title ("Web Server (HTTP)", the fresh bookmarked LaTeX set of session 20,
// docs/pdf.md). Taken as a heading's depth, it promoted the title typed as text to a level-1 heading and pushed
// every section one level down (heading TEDS 1.000 → 0.900, level accuracy 1 → 0, in all four parser formats).
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/element.js';
import { matchOutline } from '../../src/pdf/outline.js';
import type { PdfData } from '../../src/pdf/read.js';
import { makeDoc } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const specs = [
  {
    page: 1,
    type: 'text' as const,
    text: 'Web Server (HTTP)',
    bbox: [0.3, 0.1, 0.7, 0.13] as [number, number, number, number],
  },
  { page: 1, type: 'text' as const, text: 'The Apache HTTP server is the most used web server in the world.' },
  { page: 1, type: 'title' as const, text: '1 Installing Apache' },
  { page: 1, type: 'text' as const, text: 'Installing the apache2 package is all that is needed.' },
  { page: 2, type: 'title' as const, text: '2 Adding support for SSL' },
  { page: 2, type: 'text' as const, text: 'Apache 2.4 includes the SSL module required for secure HTTP.' },
];
const pdf = (outline: PdfData['outline']): PdfData => ({
  path: 'llncs.pdf',
  pageCount: 2,
  pages: [],
  outline,
  warnings: [],
});

describe('an outline of one entry on the first page', () => {
  it('gives no element a depth, and says so', () => {
    const doc = makeDoc(specs, 2);
    const warnings: Diagnostic[] = [];
    expect(
      matchOutline(doc.elements, pdf([{ title: 'Web Server (HTTP)', level: 1, page: 1, index: 0 }]), warnings),
    ).toBe(0);
    expect(doc.elements.some((e) => e.hints?.outlineLevel !== undefined)).toBe(false);
    expect(warnings.map((w) => w.ruleId)).toEqual(['pdf.outline-single']);
    // the sections keep the levels they have without the PDF: the title stays text
    const levels = headingsOf(doc).levels;
    expect([...levels].map(([id, level]) => [doc.elements[id].text, level])).toEqual([
      ['1 Installing Apache', 1],
      ['2 Adding support for SSL', 1],
    ]);
  });

  it('two entries do rank: the title entry is matched as before', () => {
    const doc = makeDoc(specs, 2);
    const outline = [
      { title: 'Web Server (HTTP)', level: 1, page: 1, index: 0 },
      { title: 'Installing Apache', level: 2, page: 1, index: 1 },
    ];
    expect(matchOutline(doc.elements, pdf(outline), [])).toBe(1);
    expect(doc.elements.find((e) => e.text === '1 Installing Apache')?.hints?.outlineLevel).toBe(2);
  });
});
