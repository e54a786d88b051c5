// The document's numbering habit `numbered-under-larger` (headings/under-larger.ts, walk.ts): a financial statement's
// numbered notes ("1. Basis of preparation") start right after the larger unnumbered "Notes to the financial
// statements" and are its parts, one rank below it, not top sections that close it. Hand-made after the office-kinds
// statements (session 29, a train source; our own words), with boxes (sizes) and, apart, with Markdown-like level
// hints and no boxes. Controls: the weight at 0 gives the old reading; numbering that runs on across a larger
// unnumbered heading (an unnumbered chapter between "3." and "4.", the LaTeX report's `\chapter*` "EXAMPLES") stays
// the document's top; so do numbers after a lone larger heading ("Executive summary", no larger sibling before it)
// and numbers that start pages after it; an unnumbered heading of the numbered sections' own size holds none of them.
import { describe, expect, it } from 'vitest';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY =
  'The figures are presented in thousands of euros and rounded to the nearest thousand unless stated otherwise here.';

const TITLE = 0.04;
const LARGE = 0.025;
const NOTE = 0.019;
const SUB = 0.016;

/** A heading of the given height (page fraction) over a line of body text, or with a level hint and no box. */
const heading = (page: number, y: number, text: string, height: number, level?: number): Spec[] => [
  {
    page,
    type: 'title',
    text,
    bbox: level === undefined ? col(y, y + height) : null,
    ...(level === undefined ? {} : { hints: { level } }),
  },
  { page, type: 'text', text: BODY, bbox: level === undefined ? col(y + height + 0.015, y + height + 0.03) : null },
];

function levelsOf(specs: Spec[], weights: Record<string, number> = {}) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}

/** A statement: cover title, the balance sheet's heading, then the notes under their larger heading. */
const statement = (hinted = false): Spec[] => {
  const h = (page: number, y: number, text: string, height: number, level: number) =>
    heading(page, y, text, height, hinted ? level : undefined);
  return [
    ...h(1, 0.3, 'Harbour Logistics Group', TITLE, 1),
    ...h(2, 0.1, 'Statement of financial position', LARGE, 2),
    ...h(3, 0.1, 'Notes to the financial statements', LARGE, 2),
    ...h(3, 0.3, '1. Basis of preparation', NOTE, 3),
    ...h(3, 0.6, '2. Revenue', NOTE, 3),
    ...h(4, 0.1, '2.1 Contract revenue', SUB, 4),
    ...h(4, 0.4, '2.2 Rental income', SUB, 4),
    ...h(5, 0.1, '3. Leases', NOTE, 3),
    ...h(5, 0.5, '4. Events after the reporting date', NOTE, 3),
  ];
};

describe('numbered notes under a larger unnumbered heading', () => {
  it('stand one rank below it, their subsections below them', () => {
    const { level, features } = levelsOf(statement());
    expect(level('Harbour Logistics Group')).toBe(1);
    expect(level('Statement of financial position')).toBe(2);
    expect(level('Notes to the financial statements')).toBe(2);
    expect(level('1. Basis of preparation')).toBe(3);
    expect(level('2. Revenue')).toBe(3);
    expect(level('2.1 Contract revenue')).toBe(4);
    expect(level('3. Leases')).toBe(3);
    expect(level('4. Events after the reporting date')).toBe(3);
    expect(features('3. Leases')).toContain('headings.numbered-under-larger');
  });

  it('with no sizes, the parser’s levels tell the larger heading', () => {
    const { level } = levelsOf(statement(true));
    expect(level('Notes to the financial statements')).toBe(2);
    expect(level('1. Basis of preparation')).toBe(3);
    expect(level('2.1 Contract revenue')).toBe(4);
    expect(level('4. Events after the reporting date')).toBe(3);
  });

  it('a larger heading the parser gives the notes’ level is still larger by its own size', () => {
    // DeepSeek-OCR's Markdown: every heading under the title at "##", so the level keys "Notes to …" with the notes.
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Harbour Logistics Group', bbox: col(0.3, 0.339), hints: { level: 1 } },
      ...[
        [2, 0.1, 'Statement of financial position', 0.022],
        [3, 0.1, 'Notes to the financial statements', 0.022],
        [3, 0.3, '1. Basis of preparation', 0.018],
        [3, 0.6, '2. Revenue', 0.018],
        [4, 0.1, '3. Leases', 0.018],
      ].flatMap(
        ([page, y, text, height]) =>
          [
            {
              page,
              type: 'title',
              text,
              bbox: col(y as number, (y as number) + (height as number)),
              hints: { level: 2 },
            },
            { page, type: 'text', text: BODY, bbox: col((y as number) + 0.04, (y as number) + 0.055) },
          ] as Spec[],
      ),
    ];
    const { level } = levelsOf(specs);
    expect(level('Statement of financial position')).toBe(2);
    expect(level('Notes to the financial statements')).toBe(2);
    expect(level('1. Basis of preparation')).toBe(3);
    expect(level('3. Leases')).toBe(3);
  });

  it('numbering that starts again under a second larger heading nests there too', () => {
    const specs = [
      ...statement(),
      ...heading(6, 0.1, 'Supplementary schedules', LARGE),
      ...heading(6, 0.4, '1. Segment information', NOTE),
      ...heading(7, 0.1, '2. Related parties', NOTE),
    ];
    const { level } = levelsOf(specs);
    expect(level('Supplementary schedules')).toBe(2);
    expect(level('1. Segment information')).toBe(3);
    expect(level('2. Related parties')).toBe(3);
    expect(level('3. Leases')).toBe(3);
  });

  it('off (weight 0): the notes are top sections that close the larger heading', () => {
    const { level } = levelsOf(statement(), { 'numbered-under-larger': 0 });
    expect(level('1. Basis of preparation')).toBe(2);
    expect(level('3. Leases')).toBe(2);
  });

  it('control: numbers that run on across a larger unnumbered heading are the document’s top', () => {
    const specs: Spec[] = [
      ...heading(1, 0.3, 'Harbour Logistics Group', TITLE),
      ...heading(1, 0.6, 'Company profile', LARGE),
      ...heading(2, 0.1, 'Overview', LARGE),
      ...heading(2, 0.4, '1. Scope', NOTE),
      ...heading(3, 0.1, '2. Terms', NOTE),
      ...heading(4, 0.1, 'Worked examples', LARGE),
      ...heading(5, 0.1, '3. Tools', NOTE),
      ...heading(5, 0.4, '4. Support', NOTE),
    ];
    const { level } = levelsOf(specs);
    expect(level('1. Scope')).toBe(2);
    expect(level('3. Tools')).toBe(2);
    expect(level('Worked examples')).toBe(2);
  });

  it('control: a lone larger heading before the numbers is their sibling', () => {
    const specs: Spec[] = [
      ...heading(1, 0.3, 'Harbour Logistics Group', TITLE),
      ...heading(2, 0.1, 'Executive summary', LARGE),
      ...heading(2, 0.4, '1. Introduction', NOTE),
      ...heading(3, 0.1, '2. Market review', NOTE),
    ];
    const { level } = levelsOf(specs);
    expect(level('Executive summary')).toBe(2);
    expect(level('1. Introduction')).toBe(2);
    expect(level('2. Market review')).toBe(2);
  });

  it('control: numbers that start pages after the larger heading are not its parts', () => {
    const specs: Spec[] = [
      ...heading(1, 0.3, 'Harbour Logistics Group', TITLE),
      ...heading(2, 0.1, 'Statement of financial position', LARGE),
      ...heading(3, 0.1, 'Statement of cash flows', LARGE),
      { page: 4, type: 'text', text: BODY, bbox: col(0.1, 0.12) },
      ...heading(5, 0.1, '1. Basis of preparation', NOTE),
      ...heading(5, 0.4, '2. Revenue', NOTE),
    ];
    const { level } = levelsOf(specs);
    expect(level('1. Basis of preparation')).toBe(2);
  });

  it('control: an unnumbered heading of the notes’ own size holds none of them', () => {
    const specs: Spec[] = [
      ...heading(1, 0.3, 'Harbour Logistics Group', TITLE),
      ...heading(2, 0.1, 'Notes to the financial statements', NOTE),
      ...heading(2, 0.4, '1. Basis of preparation', NOTE),
      ...heading(3, 0.1, '2. Revenue', NOTE),
    ];
    const { level } = levelsOf(specs);
    expect(level('1. Basis of preparation')).toBe(2);
    expect(level('2. Revenue')).toBe(2);
  });
});
