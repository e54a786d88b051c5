// A template's chapter ordinal before a section's own number (`ordinal-label`, `demoted-ordinal-label`,
// headings/ordinal-label.ts), on hand-made pages (our own words) modelled on the heading corpora's office reports: a
// report template prints a big ordinal ("02", "第二章") before each top section's number, on its line ("02 6.2. …")
// or on the line above ("第二章" over "4.2. …"). Controls: the weights at 0; a legal text whose labels number every
// heading whatever the number after them says keeps the series reading; a chapter label over a section of its own
// chapter ("Chapter 2" / "2.1 …") stays a chapter.
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The helper reads the settings of the package and writes the files the build needs in their place.';
const box = (y: number, h: number, w = 0.5): BBox => [0.1, y, 0.1 + w, y + h];
const title = (page: number, text: string, y: number, h: number, w?: number): Spec => ({
  page,
  type: 'title',
  text,
  bbox: box(y, h, w),
});
const body = (page: number, y: number): Spec => ({ page, type: 'text', text: BODY, bbox: [0.1, y, 0.9, y + 0.06] });

function run(specs: Spec[], weights: Record<string, number> = {}) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const index = (t: string) => doc.elements.findIndex((e) => e.text === t);
  return { level: (t: string) => r.levels.get(index(t)), demoted: (t: string) => r.demoted.has(index(t)) };
}

/** A report's chapter as a parser without boxes gives it (Unstructured): the top sections opened by an ordinal. */
const plain = (page: number, type: Spec['type'], text: string): Spec => ({ page, type, text, bbox: null });
const report: Spec[] = [
  plain(1, 'title', 'Chapter 6. Options'),
  plain(2, 'title', '6.1. Shortcut options'),
  plain(2, 'text', BODY),
  plain(2, 'title', '6.1.1. Python module'),
  plain(2, 'text', BODY),
  plain(3, 'title', '02 6.2. Snapshot tarball'),
  plain(3, 'text', BODY),
  plain(4, 'title', '03 6.3. Copyright check'),
  plain(4, 'text', BODY),
  plain(5, 'title', '6.4. Package names'),
  plain(5, 'text', BODY),
];

/** A legal text's template: a label before every heading, counting them whatever the number after it says. */
const legal: Spec[] = [
  title(1, 'Chapter 6. Options', 0.1, 0.04),
  title(1, '第一章 6.1. Shortcut options', 0.3, 0.022),
  body(1, 0.34),
  title(1, '第二章 6.1.1. Python module', 0.5, 0.022),
  body(1, 0.54),
  title(2, '第三章 6.2. Snapshot tarball', 0.1, 0.022),
  body(2, 0.14),
];

describe('a label that restates its own section number (ordinal-label)', () => {
  it('places the heading by the section number, as the unlabelled ones are', () => {
    const { level } = run(report);
    expect(level('Chapter 6. Options')).toBe(1);
    expect(
      ['6.1. Shortcut options', '02 6.2. Snapshot tarball', '03 6.3. Copyright check', '6.4. Package names'].map(level),
    ).toEqual([2, 2, 2, 2]);
    expect(level('6.1.1. Python module')).toBe(3);
  });

  it('off, the labelled headings are a series of their own, nested under the open "6.1.1." as a new kind', () => {
    const { level } = run(report, { 'ordinal-label': 0 });
    expect(level('02 6.2. Snapshot tarball')).toBe(4);
  });

  it('keeps the series reading where one label does not restate its number (a legal text)', () => {
    const { level } = run(legal);
    expect(
      ['第一章 6.1. Shortcut options', '第二章 6.1.1. Python module', '第三章 6.2. Snapshot tarball'].map(level),
    ).toEqual([2, 2, 2]);
  });
});

/** The ordinal given on a line of its own over the numbered heading. */
const apart = (label: string, heading: string): Spec[] => [
  title(1, 'Chapter 4. A simple example', 0.1, 0.04),
  title(1, '4.1. Packaging a tarball', 0.3, 0.022),
  body(1, 0.34),
  title(2, label, 0.1, 0.03, 0.12),
  title(2, heading, 0.14, 0.022),
  body(2, 0.18),
  title(2, '4.3. What debmake is', 0.4, 0.022),
  body(2, 0.44),
];

describe('a chapter label alone over a heading numbered in another scheme (demoted-ordinal-label)', () => {
  it('is no heading; the numbered heading is, a sibling of the others', () => {
    const { level, demoted } = run(apart('第二章', '4.2. The overall flow'));
    expect(demoted('第二章')).toBe(true);
    expect(['4.1. Packaging a tarball', '4.2. The overall flow', '4.3. What debmake is'].map(level)).toEqual([2, 2, 2]);
  });

  it('is no heading over an appendix section either, nor where it restates the last part ("第二章" over "4.2.")', () => {
    const { demoted } = run(apart('第二章', 'B.1.2. Showing files'));
    expect(demoted('第二章')).toBe(true);
  });

  it('off, the label stays a heading', () => {
    const { demoted, level } = run(apart('第二章', '4.2. The overall flow'), { 'demoted-ordinal-label': 0 });
    expect(demoted('第二章')).toBe(false);
    expect(level('第二章')).toBeDefined();
  });

  it('leaves a chapter label over a section of its own chapter a chapter ("Chapter 2" / "2.1 …")', () => {
    const { demoted } = run(apart('Chapter 2', '2.1. Background'));
    expect(demoted('Chapter 2')).toBe(false);
  });
});

/** A legal text's template given line by line: a label over every heading, counting them whatever their depth. */
const legalApart: Spec[] = [
  title(1, 'Chapter 3. Migration', 0.1, 0.04),
  title(1, '第一章', 0.3, 0.03, 0.12),
  title(1, '3.2.1. Survey of the services', 0.34, 0.022),
  body(1, 0.38),
  title(1, '第二章', 0.5, 0.03, 0.12),
  title(1, '3.2.1.1. Network and programs', 0.54, 0.022),
  body(1, 0.58),
  title(2, '第三章', 0.1, 0.03, 0.12),
  title(2, '3.2.2. Backing up the configuration', 0.14, 0.022),
  body(2, 0.18),
];

describe('labels over every heading of a legal text, given line by line', () => {
  it('are ordinals even over a section of their own chapter ("第三章" over "3.2.2."), and the headings stay siblings', () => {
    const { level, demoted } = run(legalApart);
    expect(['第一章', '第二章', '第三章'].map(demoted)).toEqual([true, true, true]);
    const heads = [
      '3.2.1. Survey of the services',
      '3.2.1.1. Network and programs',
      '3.2.2. Backing up the configuration',
    ];
    expect(heads.map(level)).toEqual([2, 2, 2]);
  });
});

describe('the numbered line under a chapter label (text-merge/openers.ts)', () => {
  const joined = (specs: Spec[]) => {
    const i = input(makeDoc(specs));
    return mergeTextFragments(i, detectFurniture(i)).groups.some((g) => g.includes(3) && g.includes(4));
  };

  it("is not taken for the label's name: a heading of its own", () => {
    expect(joined(apart('第二章', '4.2. The overall flow'))).toBe(false);
    // the label's name, unnumbered, is still one heading with it
    expect(joined(apart('第二章', 'The overall flow'))).toBe(true);
  });
});

/** The same report as a parser that typed two of its labelled sections as text (Textract, Azure DI, DeepSeek-OCR). */
const typedAsText: Spec[] = [
  plain(1, 'title', 'Chapter 6. Options'),
  plain(2, 'text', '01 6.1. Shortcut options'),
  plain(2, 'text', BODY),
  plain(2, 'title', '6.1.1. Python module'),
  plain(2, 'text', BODY),
  plain(3, 'text', '第二章6.2. Snapshot tarball'),
  plain(3, 'text', BODY),
  plain(3, 'title', '6.2.1. Snapshot options'),
  plain(3, 'text', BODY),
  plain(4, 'title', '6.3. Copyright check'),
  plain(4, 'text', BODY),
];

describe('a labelled section typed as text (promoted by its own number, ordinal-label)', () => {
  it('takes "01 6.1. …" and "第二章6.2. …" as the sections their numbers continue', () => {
    const { level } = run(typedAsText);
    expect(['01 6.1. Shortcut options', '第二章6.2. Snapshot tarball', '6.3. Copyright check'].map(level)).toEqual([
      2, 2, 2,
    ]);
    expect(level('6.1.1. Python module')).toBe(3);
  });

  it('off, they stay text: the label reads as a series no typed heading numbers in', () => {
    const { level } = run(typedAsText, { 'ordinal-label': 0 });
    expect(level('01 6.1. Shortcut options')).toBeUndefined();
    expect(level('第二章6.2. Snapshot tarball')).toBeUndefined();
  });

  it('a label that does not restate the number ("03 6.2. …") is no ordinal: the text stays text', () => {
    const specs = typedAsText.map((s) =>
      s.text === '第二章6.2. Snapshot tarball' ? { ...s, text: '03 6.2. Snapshot tarball' } : s,
    );
    expect(run(specs).level('03 6.2. Snapshot tarball')).toBeUndefined();
  });
});
