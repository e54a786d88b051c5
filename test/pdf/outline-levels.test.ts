// Heading levels with the source PDF, in the shapes of real cases:
//  - latex-styles dev, elsarticle × Mistral OCR: Mistral types section "1. Description: the control File" as a list
//    item; the PDF sets it in the bold body-size font of the typed "2. Configuration Scripts", so it is that
//    section's sibling (promote.ts, `promoted-pdf-list-item`); its subsections "1.1.", "1.2." go one deeper;
//  - debmake-doc.en.pdf read alone (DBLaTeX): the outline names a chapter's title ("Basics") that the text-merge
//    stage joins to its label "Chapter 5" (two-line opener), so the group's head takes the entry's depth
//    (candidates.ts); and a numbered list item the PDF adapter reads as a title ("1. set up the build system"),
//    which the outline does not list, is compared with the outline's headings by numbering (walk.ts);
//  - DBLaTeX's running head "2.8. CONTRIBUTION APPROACHES": "C" is no Roman numeral (outline.ts withoutNumbering);
//  - a preface the outline does not list ("Vorwort") holds none of the outline's top entries (walk.ts).
import { describe, expect, it } from 'vitest';
import type { PdfHints } from '../../src/model/element.js';
import { matchOutline, withoutNumbering } from '../../src/pdf/outline.js';
import type { PdfData } from '../../src/pdf/read.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const font = (fontName: string, bold: boolean): PdfHints => ({
  textLayer: true,
  fontName,
  fontSize: 9.96,
  bold,
  lineCount: 1,
  match: 1,
});

function elsevier(listFont: string, besideAnotherItem = false) {
  const specs: Spec[] = [
    {
      page: 1,
      type: 'title',
      text: 'Package Meta-Information',
      hints: { pdf: { ...font('LMRoman12-Regular', false), fontSize: 14.35 } },
    },
    { page: 1, type: 'text', text: 'The Debian package is not only an archive of files intended for installation.' },
    {
      page: 1,
      type: 'list_item',
      text: '1. Description: the control File',
      hints: { pdf: font(listFont, listFont.endsWith('Bold')) },
    },
    ...(besideAnotherItem
      ? [{ page: 1, type: 'list_item' as const, text: '• Binary packages hold the files to install.' }]
      : []),
    {
      page: 1,
      type: 'text',
      text: 'This section describes the control file, which holds the package meta-information.',
    },
    {
      page: 2,
      type: 'title',
      text: '1.1. Dependencies: the Depends Field',
      hints: { pdf: font('LMRoman10-Italic', false) },
    },
    { page: 2, type: 'text', text: 'The dependencies are defined in the Depends field in the package header.' },
    {
      page: 2,
      type: 'title',
      text: '1.2. Conflicts: the Conflicts field',
      hints: { pdf: font('LMRoman10-Italic', false) },
    },
    { page: 2, type: 'text', text: 'The Conflicts field indicates when a package cannot be installed beside another.' },
    { page: 3, type: 'title', text: '2. Configuration Scripts', hints: { pdf: font('LMRoman10-Bold', true) } },
    { page: 3, type: 'text', text: 'In addition to the control file, the control.tar.gz archive holds scripts.' },
    { page: 3, type: 'title', text: '2.1. Installation and Upgrade', hints: { pdf: font('LMRoman10-Italic', false) } },
    { page: 3, type: 'text', text: 'During the installation the scripts are run in this order by dpkg.' },
  ];
  const doc = makeDoc(specs);
  const r = headingsOf(doc);
  const level = (text: string) => r.levels.get(doc.elements.find((e) => e.text === text)?.id ?? -1);
  return { r, level };
}

describe('a numbered list item set in the font of the typed headings of its rank', () => {
  it('is a heading, the sibling of those headings, over its subsections', () => {
    const { level, r } = elsevier('LMRoman10-Bold');
    expect(level('1. Description: the control File')).toBe(level('2. Configuration Scripts'));
    expect(level('1.1. Dependencies: the Depends Field')).toBe((level('2. Configuration Scripts') ?? 0) + 1);
    expect(JSON.stringify(r.decisions)).toContain('headings.promoted-pdf-list-item');
  });

  it('stays a list item in another font when it stands in a list', () => {
    const { level } = elsevier('LMRoman10-Regular', true);
    expect(level('1. Description: the control File')).toBeUndefined();
    // The same item in the headings' font is taken even in a list: the font is the evidence.
    expect(elsevier('LMRoman10-Bold', true).level('1. Description: the control File')).toBe(
      elsevier('LMRoman10-Bold', true).level('2. Configuration Scripts'),
    );
  });

  it('in another font, standing alone, is taken by the next heading continuing it (no PDF evidence)', () => {
    const { level, r } = elsevier('LMRoman10-Regular');
    expect(level('1. Description: the control File')).toBe(level('2. Configuration Scripts'));
    expect(JSON.stringify(r.decisions)).not.toContain('headings.promoted-pdf-list-item');
  });
});

describe('the outline over a chapter label joined to its title, and a title it does not list', () => {
  const outlined = (level: number): Spec['hints'] => ({ outlineLevel: level });
  function chapter(withOutline: boolean) {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Guide for Debian Maintainers', bbox: [0.1, 0.05, 0.9, 0.09] },
      { page: 2, type: 'title', text: 'Chapter 5', bbox: [0.1, 0.1, 0.4, 0.13] },
      {
        page: 2,
        type: 'title',
        text: 'Basics',
        bbox: [0.1, 0.15, 0.4, 0.18],
        hints: withOutline ? outlined(1) : undefined,
      },
      {
        page: 2,
        type: 'text',
        text: 'This chapter outlines the basics of Debian packaging in some depth.',
        bbox: [0.1, 0.2, 0.9, 0.24],
      },
      {
        page: 2,
        type: 'title',
        text: '5.18 Upstream build systems',
        bbox: [0.1, 0.26, 0.6, 0.28],
        hints: withOutline ? outlined(2) : undefined,
      },
      {
        page: 2,
        type: 'text',
        text: 'Upstream build systems are designed to go through several steps.',
        bbox: [0.1, 0.3, 0.9, 0.34],
      },
      {
        page: 2,
        type: 'title',
        text: '5.18.1 Autotools',
        bbox: [0.1, 0.36, 0.6, 0.38],
        hints: withOutline ? outlined(3) : undefined,
      },
      {
        page: 2,
        type: 'title',
        text: '1. set up the build system (vim configure.ac Makefile.am)',
        bbox: [0.1, 0.4, 0.9, 0.42],
      },
      {
        page: 2,
        type: 'text',
        text: 'Autotools is the tool chain most upstream projects of this kind use.',
        bbox: [0.1, 0.44, 0.9, 0.48],
      },
      {
        page: 2,
        type: 'title',
        text: '5.18.2 CMake',
        bbox: [0.1, 0.5, 0.6, 0.52],
        hints: withOutline ? outlined(3) : undefined,
      },
      {
        page: 2,
        type: 'text',
        text: 'CMake is an alternative build system that some projects have adopted.',
        bbox: [0.1, 0.54, 0.9, 0.58],
      },
      {
        page: 2,
        type: 'title',
        text: '5.19 Debugging information',
        bbox: [0.1, 0.6, 0.6, 0.62],
        hints: withOutline ? outlined(2) : undefined,
      },
      {
        page: 2,
        type: 'text',
        text: 'The Debian package is built with the debugging information stripped.',
        bbox: [0.1, 0.64, 0.9, 0.68],
      },
    ];
    const doc = makeDoc(specs);
    const r = headingsOf(doc);
    const level = (text: string) => r.levels.get(doc.elements.find((e) => e.text === text)?.id ?? -1);
    return Object.assign(level, { decisions: r.decisions });
  }

  it('gives the outline depth to the group head and ranks the unlisted title by numbering, as without the outline', () => {
    const without = chapter(false);
    const withOutline = chapter(true);
    for (const text of ['Chapter 5', '5.18 Upstream build systems', '5.18.2 CMake', '5.19 Debugging information'])
      expect([text, withOutline(text)]).toEqual([text, without(text)]);
    expect(withOutline('5.18 Upstream build systems')).toBe((withOutline('Chapter 5') ?? 0) + 1);
    expect(withOutline('5.19 Debugging information')).toBe(withOutline('5.18 Upstream build systems'));
    // the chapter's level names the outline's entry for its title
    const head = withOutline.decisions.find((d) => d.place.refs?.[0] === '/1');
    expect(head?.reason).toBe("level 2: depth 1 in the PDF's outline (bookmarks)");
  });
});

describe("a preface the outline does not list, before the outline's first chapter", () => {
  // debmake-doc.de.pdf: "Vorwort" (no keyword, unnumbered) stood open when "Chapter 1" (its title "Überblick" at the
  // outline's depth 1) came, and took it and every section under it one level down (no sizes known here, as in
  // Markdown: the order of first appearance nested it).
  function book(withOutline: boolean) {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Leitfaden für Debian-Betreuer' },
      { page: 2, type: 'title', text: 'Vorwort' },
      {
        page: 2,
        type: 'text',
        text: 'Dieser Leitfaden richtet sich an alle, die Debian-Pakete bauen wollen.',
      },
      { page: 3, type: 'title', text: 'Chapter 1' },
      {
        page: 3,
        type: 'title',
        text: 'Überblick',
        hints: withOutline ? { outlineLevel: 1 } : undefined,
      },
      {
        page: 3,
        type: 'text',
        text: 'Dieses Kapitel gibt einen Überblick über die Paketierung für Debian.',
      },
      {
        page: 3,
        type: 'title',
        text: '1.1 Leute bei Debian',
        hints: withOutline ? { outlineLevel: 2 } : undefined,
      },
      {
        page: 3,
        type: 'text',
        text: 'Debian wird von Freiwilligen in aller Welt gemacht und gepflegt.',
      },
    ];
    const doc = makeDoc(specs);
    const r = headingsOf(doc);
    return (text: string) => r.levels.get(doc.elements.find((e) => e.text === text)?.id ?? -1);
  }

  it('holds none of its chapters: they stand level with it, as without the outline', () => {
    const [without, withOutline] = [book(false), book(true)];
    for (const text of ['Vorwort', 'Chapter 1', '1.1 Leute bei Debian'])
      expect([text, withOutline(text)]).toEqual([text, without(text)]);
    expect(withOutline('Chapter 1')).toBe(withOutline('Vorwort'));
  });
});

describe('a heading without its numbering', () => {
  it('keeps a first letter that Roman numerals use', () => {
    expect(withoutNumbering('2.8 Contribution approaches')).toBe('Contribution approaches');
    expect(withoutNumbering('5.20. LIBRARY PACKAGE')).toBe('LIBRARY PACKAGE');
    expect(withoutNumbering('IV. Results')).toBe('Results');
    expect(withoutNumbering('Chapter 1')).toBe('Chapter 1');
  });

  it('names the heading in its own case over the running head in capitals, first on the page', () => {
    const doc = makeDoc(
      ['2.8. CONTRIBUTION APPROACHES', '2.8 Contribution approaches'].map((text, i) => ({
        page: 16,
        type: 'title',
        text,
        bbox: [0.1, 0.05 + i * 0.1, 0.9, 0.07 + i * 0.1],
      })),
      16,
    );
    const pdf: PdfData = {
      path: 'dblatex.pdf',
      pageCount: 16,
      pages: [],
      outline: [{ title: 'Contribution approaches', level: 2, page: 16, index: 0 }],
      warnings: [],
    };
    expect(matchOutline(doc.elements, pdf, [])).toBe(1);
    expect(doc.elements.filter((e) => e.hints?.outlineLevel !== undefined).map((e) => e.text)).toEqual([
      '2.8 Contribution approaches',
    ]);
  });
});
