// A numbered clause promoted or typed a heading among clauses typed as paragraphs (`demoted-clause-item`,
// headings/clause-items.ts), on a hand-made datasheet page (our own words) as MinerU gives the dev sample: clauses
// "4.1.1" … "4.1.4" typed text, each a sentence, then "4.1.5 … as follows:" over a table. Controls: the weight at 0
// keeps it a heading; a heading whose sibling typed text is a short title (a missed heading) stays.
import { describe, expect, it } from 'vitest';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const line = (y: number, text: string, type: Spec['type'] = 'text', h = 0.015): Spec => ({
  page: 1,
  type,
  text,
  bbox: col(y, y + h),
});

function levelsOf(specs: Spec[], weights: Record<string, number> = {}) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  return { level: (t: string) => r.levels.get(at(t)), demoted: (t: string) => r.demoted.has(at(t)) };
}

const LEAD = '4.1.5 The battery system shall monitor the following:';
const sheet: Spec[] = [
  line(0.05, '4 Battery management', 'title', 0.02),
  line(0.1, '4.1 Requirements', 'title', 0.02),
  line(0.15, '4.1.3 The customer shall not change the design of the system without our written consent.'),
  line(0.2, '4.1.4 The customer shall keep the complete monitoring data of the battery for its whole life.'),
  line(0.25, LEAD, 'title', 0.02),
  { page: 1, type: 'table', text: 'Parameter Limit Action', bbox: col(0.3, 0.5) },
  line(0.55, '5 Warranty', 'title', 0.02),
];

describe('a numbered clause among clauses typed as paragraphs', () => {
  it('is no heading', () => {
    const r = levelsOf(sheet);
    expect(r.demoted(LEAD)).toBe(true);
    expect(r.level('4.1 Requirements')).toBe(2);
  });

  it('control: the weight at 0 keeps it a heading', () => {
    expect(levelsOf(sheet, { 'demoted-clause-item': 0 }).level(LEAD)).toBe(3);
  });

  it('control: a sibling typed text that is a short title tells nothing', () => {
    const specs = sheet.map((s) => (s.text?.startsWith('4.1.4') ? { ...s, text: '4.1.4 Monitoring data' } : s));
    expect(levelsOf(specs).demoted(LEAD)).toBe(false);
  });
});
