// The source PDF's font names against a false series of the document title (headings/title.ts). Hand-made, after an
// amsart paper of the LaTeX corpus as Unstructured gives it with `--pdf` (train split, built from the Debian
// Administrator's Handbook): amsart sets the title in bold capitals and its sections in small capitals, both at the
// body size, so the PDF's sizes put the title in the sections' size class. Two unnumbered sections
// (`\section*`, in the small capitals of the numbered ones) then read as a series the title opens, and the title as
// one of the sections: every heading at level 1. Their font is not the title's.
import { describe, expect, it } from 'vitest';
import type { PdfHints } from '../../src/model/element.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const pdf = (fontName: string): PdfHints => ({ textLayer: true, fontSize: 11.96, lineCount: 1, match: 1, fontName });
const heading = (text: string, page: number, fontName: string): Spec => ({
  page,
  type: 'title',
  text,
  hints: { lineCount: 1, lineHeight: 0.01812, pdf: pdf(fontName) },
});
const body = (page: number): Spec => ({
  page,
  type: 'text',
  text: 'Body text of the section, long enough to be a paragraph of its own in the column.',
});
const CAPS = 'LMRomanCaps10-Regular';

function run(titleFont: string) {
  const specs: Spec[] = [
    heading('LIFECYCLE OF A RELEASE', 1, titleFont),
    body(1),
    heading('The Experimental Status', 1, CAPS),
    body(1),
    heading('1. The Unstable Status', 2, CAPS),
    body(2),
    heading('Migration to Testing', 2, CAPS),
    body(2),
    heading('2. The Promotion from Testing to Stable', 3, CAPS),
    body(3),
    heading('Appendix A. The Oldstable and Oldoldstable Status', 3, CAPS),
    body(3),
    heading('Acknowledgments', 4, CAPS),
    body(4),
    heading('References', 4, CAPS),
    body(4),
  ];
  const doc = makeDoc(specs);
  const r = headingsOf(doc);
  return doc.elements.filter((e) => e.type === 'title').map((e) => r.levels.get(e.id));
}

describe('a first heading at the size of the sections, in another PDF font', () => {
  it('is the document title: unnumbered sections in the numbered ones font continue no series of it', () => {
    expect(run('LMRoman12-Bold')).toEqual([1, 2, 2, 2, 2, 2, 2, 2]);
  });

  it("in the sections' own font it is the first of their series, as without the font names", () => {
    expect(run(CAPS)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });
});
