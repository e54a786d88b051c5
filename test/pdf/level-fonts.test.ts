// The source PDF's fonts and sizes in ranking heading kinds (headings/levels.ts). Hand-made, after LaTeX papers of
// the corpus's classes built from train-split sources (the Debian Administrator's Handbook) with `--pdf`: revtex,
// acmart and elsarticle set their sections and subsections at the body size, so the PDF's real sizes put every
// heading in one size class — which says nothing of which kind an unnumbered heading is, nor that two kinds in
// different fonts are siblings.
import { describe, expect, it } from 'vitest';
import type { PdfHints } from '../../src/model/element.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const pdf = (fontName: string, fontSize: number): PdfHints => ({
  textLayer: true,
  fontSize,
  lineCount: 1,
  match: 1,
  fontName,
});
type Head = [text: string, font: string, level?: number];

function levels(title: string, heads: Head[], size = 8.97) {
  const specs: Spec[] = [];
  const lineHeight = Math.round((size * 1.2 * 1e5) / 792) / 1e5;
  const body = (page: number) =>
    specs.push({ page, type: 'text', text: 'Body text of the section, long enough to be a paragraph of its own.' });
  specs.push({ page: 1, type: 'title', text: title, hints: { lineCount: 1, lineHeight: 0.02, pdf: pdf('Bold', 12) } });
  body(1);
  heads.forEach(([text, font, level], i) => {
    const page = 1 + Math.floor(i / 3);
    const hints = { lineCount: 1, lineHeight, pdf: pdf(font, size), ...(level ? { level } : {}) };
    specs.push({ page, type: 'title', text, hints });
    body(page);
  });
  const doc = makeDoc(specs);
  const r = headingsOf(doc);
  return doc.elements.filter((e) => e.type === 'title').map((e) => r.levels.get(e.id));
}

describe('kinds at one size, in fonts they never share (revtex: bold subsections, italic subsubsections)', () => {
  const heads = (italic: string): Head[] => [
    ['I. FULLY AUTOMATIC INSTALLER (FAI)', 'LMRoman9-Bold'],
    ['A. Using a Preseed File', 'LMRoman9-Bold'],
    ['B. Creating a Customized Boot Media', 'LMRoman9-Bold'],
    ['1. Booting From the Network', italic],
    ['2. Preparing a Bootable USB Key', italic],
    ['II. SIMPLE-CDD: THE ALL-IN-ONE SOLUTION', 'LMRoman9-Bold'],
    ['A. Creating Profiles', 'LMRoman9-Bold'],
  ];

  it('are not siblings by their size: "1." in italic stands under "B." in bold', () => {
    expect(levels('Automated Installation', heads('LMRoman9-Italic'))).toEqual([1, 2, 3, 3, 4, 4, 2, 3]);
  });

  it('in one font, the ladder I → A → 1 still nests them (roman-letter-number), as without the font names', () => {
    // (Before roman-letter-number the equal size made "1." the sections' siblings, level 2; the gold has them at 4.)
    expect(levels('Automated Installation', heads('LMRoman9-Bold')).slice(4, 6)).toEqual([4, 4]);
  });
});

describe('a size class numbered headings of two kinds share in the PDF', () => {
  // acmart as Mistral OCR writes it: `##` sections, `###` subsections; the \subsection* "Requiring Authentication"
  // is `###` too, and in the PDF it has the font and size of "3 COMMON DIRECTIVES" and "3.1 Restricting Access" alike
  // (one numbered subsection: too few for the case habit, `mixed-below-caps`, to tell).
  const heads: Head[] = [
    ['1 INSTALLING APACHE', 'LMRoman10-Bold', 2],
    ['2 ADDING SUPPORT FOR SSL', 'LMRoman10-Bold', 2],
    ['3 COMMON DIRECTIVES', 'LMRoman10-Bold', 2],
    ['Requiring Authentication', 'LMRoman10-Bold', 3],
    ['3.1 Restricting Access', 'LMRoman10-Bold', 3],
    ['ACKNOWLEDGMENTS', 'LMRoman10-Bold', 2],
  ];

  it('names no kind: the parser level hint of a numbered kind does', () => {
    expect(levels('Web Server (HTTP)', heads, 10.91)).toEqual([1, 2, 2, 2, 3, 3, 2]);
  });
});
