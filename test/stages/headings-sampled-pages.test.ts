// Three leftovers of the real dev set (test-samples/gold-dev, session 25), on hand-made documents of the same shape
// (our own words): a paper's title repeated over its supplement is no heading (`demoted-title-repeat`,
// headings/title-repeat.ts); the supplement's sections numbered from 1 again stand one rank below it
// (`supplement-restart`, headings/supplement-restart.ts); in a document of sampled pages a number whose parents are
// on pages it does not hold ranks among the headings present (`missing-ancestors`, headings/missing-ancestors.ts).
// Controls: each weight at 0 gives the old reading back; a whole document's numbering keeps its depth.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY =
  'We describe the method in enough detail to repeat it, and we report what it gives on the data we could obtain.';

/** A heading the parser typed a title (no boxes, as Docling without provenance), a paragraph under it. */
const section = (page: number, text: string): Spec[] => [
  { page, type: 'title', text },
  { page, type: 'text', text: BODY },
];

function levelsOf(specs: Spec[], weights: Record<string, number> = {}) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  return { level: (t: string) => r.levels.get(at(t)), demoted: (t: string) => r.demoted.has(at(t)) };
}

const TITLE = 'Learning Table Layouts from Scanned Forms';

/** A paper, then its supplement: the title again, "Supplementary Material", sections numbered from 1 again. */
const paper: Spec[] = [
  { page: 1, type: 'title', text: `${TITLE}.` },
  ...section(1, 'Abstract'),
  ...section(1, '1. Introduction'),
  ...section(2, '2. Method'),
  ...section(2, '2.1. Training data'),
  ...section(3, '3. Results'),
  ...section(3, 'References'),
  { page: 4, type: 'title', text: TITLE },
  ...section(4, 'Supplementary Material'),
  ...section(4, '1. More on the data'),
  ...section(4, '1.1. Cleaning'),
  ...section(5, '2. More results'),
];

describe("a paper's supplement", () => {
  it('the title repeated over it is no heading', () => {
    const p = levelsOf(paper);
    expect(p.level(`${TITLE}.`)).toBe(1);
    expect(p.demoted(TITLE)).toBe(true);
    expect(p.level('Supplementary Material')).toBe(2);
  });

  it('its sections numbered from 1 again stand below it', () => {
    const p = levelsOf(paper);
    expect(p.level('1. Introduction')).toBe(2);
    expect(p.level('2.1. Training data')).toBe(3);
    expect(p.level('1. More on the data')).toBe(3);
    expect(p.level('1.1. Cleaning')).toBe(4);
    expect(p.level('2. More results')).toBe(3);
  });

  it('controls: each weight at 0 gives the old reading', () => {
    expect(levelsOf(paper, { 'demoted-title-repeat': 0 }).demoted(TITLE)).toBe(false);
    expect(levelsOf(paper, { 'supplement-restart': 0 }).level('1. More on the data')).toBe(2);
  });

  it('control: numbering that runs on after an unnumbered heading stays at the top', () => {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: TITLE },
      ...section(1, '1. Introduction'),
      ...section(2, '2. Method'),
      ...section(2, 'A note on terms'),
      ...section(3, '3. Results'),
    ];
    expect(levelsOf(specs).level('3. Results')).toBe(2);
  });
});

/** Pages 1–2 and 9–10 of a book: chapter 1 and its sections, then "2.1.6", "2.2" and "3.3" without their parents. */
const sampled: Spec[] = [
  { page: 1, type: 'title', text: 'Access Control in a Database Server' },
  { page: 2, type: 'text', text: 'Chapter 1.' },
  ...section(2, 'Protecting the data'),
  ...section(3, '1.1 Fundamentals'),
  ...section(3, '1.2 The current state'),
  ...section(4, '1.3.1 Existing controls'),
  ...section(9, '2.1.6 The change command'),
  ...section(9, '2.2 Separation of duties'),
  { page: 9, type: 'page_footnote', text: '2 http://example.org/report' },
  ...section(10, '3.3 The group function'),
];

describe('a document of sampled pages', () => {
  it('numbers whose parents are missing rank among the headings present', () => {
    const s = levelsOf(sampled);
    expect(s.level('1.2 The current state')).toBe(3);
    expect(s.level('1.3.1 Existing controls')).toBe(3);
    expect(s.level('2.1.6 The change command')).toBe(2);
    expect(s.level('2.2 Separation of duties')).toBe(2);
    expect(s.level('3.3 The group function')).toBe(2);
  });

  it('control: the weight at 0 gives the old reading', () => {
    const s = levelsOf(sampled, { 'missing-ancestors': 0 });
    expect(s.level('1.3.1 Existing controls')).toBe(4);
    expect(s.level('2.2 Separation of duties')).toBe(3);
  });

  it('control: a parent the parser typed as text still counts', () => {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Access Control in a Database Server' },
      ...section(1, '1 Protecting the data'),
      ...section(1, '1.1 Fundamentals'),
      { page: 2, type: 'text', text: `1.2 The current state ${BODY}` },
      ...section(2, '1.2.1 Existing controls'),
    ];
    expect(levelsOf(specs).level('1.2.1 Existing controls')).toBe(4);
  });

  it('control: a parent number the parser set apart from its words still counts', () => {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Supervision and Monitoring' },
      ...section(1, '1 Prevention'),
      ...section(1, '1.1 Auditing'),
      { page: 2, type: 'text', text: '2', bbox: [0.1, 0.3, 0.13, 0.33] },
      ...section(2, 'Monitoring Activity'),
      ...section(2, '2.1 In Real Time'),
      ...section(3, '2.2 History'),
    ];
    // the parent "2" is there, set apart: the rule moves nothing, its reading is the one without it
    const [on, off] = [levelsOf(specs), levelsOf(specs, { 'missing-ancestors': 0 })];
    expect(on.level('2.1 In Real Time')).toBe(off.level('2.1 In Real Time'));
    expect(on.level('2.2 History')).toBe(off.level('2.2 History'));
  });
});
