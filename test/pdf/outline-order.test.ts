// Session 24's fresh bookmarked set (seeds 6173, 2957; LaTeX documents of the Debian manuals, GPL text: only the
// shapes and the measured fonts are copied here, the texts are our own).
import { describe, expect, it } from 'vitest';
import type { Diagnostic, PdfHints } from '../../src/model/element.js';
import { matchOutline } from '../../src/pdf/outline.js';
import type { PdfData } from '../../src/pdf/read.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const pdf = (outline: PdfData['outline'], pageCount = 3): PdfData => ({
  path: 'x.pdf',
  pageCount,
  pages: [],
  outline,
  warnings: [],
});
const BODY = 'Each tool reads the package and prints what it finds, and the maintainer decides what to change next.';
const font = (fontSize: number, bold: boolean): PdfHints => ({
  textLayer: true,
  fontSize,
  bold,
  italic: false,
  fontName: bold ? 'LMRoman10-Bold' : 'LMRoman10-Regular',
  match: 1,
  lineCount: 1,
});
const body = (page: number): Spec => ({
  page,
  type: 'text',
  text: BODY,
  hints: { pdf: { ...font(10, false), lineCount: 4 } },
});
const byText = (specs: Spec[], levels: Map<number, number>) =>
  specs.map((s, i) => [s.text, levels.get(i)]).filter(([, v]) => v !== undefined);

describe('an outline entry written out of order gives no depth (src/pdf/outline.ts, pdf.outline-order)', () => {
  // revtex × every format (seed 6173, dev): revtex writes the abstract's bookmark, at the sections' level, before
  // \maketitle writes the title's a level above, so the outline reads "Abstract" (depth 1, page 2), "Tips" (depth 1,
  // page 1), then the sections at depth 2 under the title. Gold: the title 1, "Abstract" and the sections 2; the
  // outline put the abstract beside the title (0.967 → 0.900 TEDS with --pdf).
  const specs: Spec[] = [
    { page: 1, type: 'title', text: 'Tools of the Trade' },
    { page: 2, type: 'title', text: 'Abstract' },
    body(2),
    { page: 2, type: 'title', text: 'I. INSPECTING' },
    body(2),
    { page: 2, type: 'title', text: 'II. FETCHING' },
    body(2),
    { page: 3, type: 'title', text: 'A. Sources' },
    body(3),
    { page: 3, type: 'title', text: 'III. SIGNING' },
    body(3),
  ];
  const outline = [
    { title: 'Abstract', level: 1, page: 2, index: 0 },
    { title: 'Tools of the Trade', level: 1, page: 1, index: 1 },
    { title: 'Inspecting', level: 2, page: 2, index: 2 },
    { title: 'Fetching', level: 2, page: 2, index: 3 },
    { title: 'Sources', level: 3, page: 3, index: 4 },
    { title: 'Signing', level: 2, page: 3, index: 5 },
  ];
  it('reports the misplaced entry and ranks its heading as without the outline', () => {
    const doc = makeDoc(specs, 3);
    const warnings: Diagnostic[] = [];
    expect(matchOutline(doc.elements, pdf(outline), warnings)).toBe(5);
    expect(doc.elements[1].hints?.outlineLevel).toBeUndefined();
    expect(warnings.map((w) => w.ruleId)).toEqual(['pdf.outline-order']);
    expect(warnings[0].reason).toContain('"Abstract"');
    expect(byText(specs, headingsOf(doc).levels)).toEqual([
      ['Tools of the Trade', 1],
      ['Abstract', 2],
      ['I. INSPECTING', 2],
      ['II. FETCHING', 2],
      ['A. Sources', 3],
      ['III. SIGNING', 2],
    ]);
  });
  it('leaves an outline in the document order alone', () => {
    const doc = makeDoc(specs, 3);
    const warnings: Diagnostic[] = [];
    const ordered = [outline[1], { ...outline[0], level: 2 }, ...outline.slice(2)].map((e, index) => ({ ...e, index }));
    expect(matchOutline(doc.elements, pdf(ordered), warnings)).toBe(6);
    expect(warnings).toEqual([]);
    expect(doc.elements[1].hints?.outlineLevel).toBe(2);
  });
});

describe('inside-numbering yields to the PDF font of the numbered sections (inside-numbering.ts)', () => {
  // elsarticle × every format (seed 6173, train): the unbookmarked bold `\section*` "dput" stands between "4. debsign"
  // and "4.1. Upstream git repository"; elsarticle sets its sections bold and its subsections upright, both at 11.96
  // pt. Gold: the starred sections 2, beside "4."; inside-numbering put them under "4." (0.800 TEDS with and without
  // the PDF), against their font, that of the numbered sections alone.
  // dots.ocr's boxes: every heading one line of one height, the title taller; body text under each
  const head = (page: number, text: string, bold: boolean, y = 0.3): Spec => ({
    page,
    type: 'title',
    text,
    bbox: [0.1, y, 0.1 + text.length * 0.01, y + 0.0164],
    hints: { pdf: font(11.96, bold) },
  });
  const boxed = (page: number, y = 0.35): Spec => ({ ...body(page), bbox: [0.1, y, 0.9, y + 0.06] });
  const specs: Spec[] = [
    {
      page: 1,
      type: 'title',
      text: 'Tools of the Trade',
      bbox: [0.3, 0.1, 0.7, 0.124],
      hints: { pdf: font(17.2, false) },
    },
    boxed(1, 0.15),
    head(1, '1. inspecting', true),
    boxed(1),
    head(1, '2. fetching', true, 0.5),
    boxed(1, 0.55),
    head(2, 'signing', true, 0.1),
    boxed(2, 0.15),
    head(2, '2.1. Upstream sources', false),
    boxed(2),
    head(3, '2.2. Snapshots', false, 0.1),
    boxed(3, 0.15),
    head(3, '3. uploading', true),
    boxed(3),
  ];
  const outline = [
    { title: 'inspecting', level: 1, page: 1, index: 0 },
    { title: 'fetching', level: 1, page: 1, index: 1 },
    { title: 'Upstream sources', level: 2, page: 2, index: 2 },
    { title: 'Snapshots', level: 2, page: 3, index: 3 },
    { title: 'uploading', level: 1, page: 3, index: 4 },
  ];
  it('keeps the bold starred section beside the numbered sections', () => {
    const doc = makeDoc(specs, 3);
    expect(matchOutline(doc.elements, pdf(outline), [])).toBe(5);
    expect(byText(specs, headingsOf(doc).levels)).toEqual([
      ['Tools of the Trade', 1],
      ['1. inspecting', 2],
      ['2. fetching', 2],
      ['signing', 2],
      ['2.1. Upstream sources', 3],
      ['2.2. Snapshots', 3],
      ['3. uploading', 2],
    ]);
  });
});
