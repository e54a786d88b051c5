// A numbered clause ending in a colon after a sibling the document keeps as a heading stays a heading, though the
// sibling after it is a paragraph (`clause-after-heading`, headings/clause-items.ts). Hand-made (our own words) after
// the dev insurance rules as DeepSeek-OCR gives them (session 28, head14): "6.1. …:" and "6.2. …:" typed titles, then
// "6.3. …:" typed a title over its list, then "6.4. When …" a whole sentence typed text; `demoted-clause-item` had
// dropped 6.3 for its sentence sibling. Controls: the rule off drops it again; a first clause ("10.1. …:" over a
// sentence "10.2. …", no heading before it) is still a clause.
import { describe, expect, it } from 'vitest';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const line = (y: number, text: string, type: Spec['type'] = 'text', h = 0.015): Spec => ({
  page: 1,
  type,
  text,
  bbox: col(y, y + h),
});

const THIRD = '6.3. Exclusions of the terminal illness benefit:';
const FIRST = '10.1. The contract lapses when all of the following conditions hold:';
const rules: Spec[] = [
  line(0.0, 'Rules of the Savings Insurance Product', 'title', 0.025),
  line(0.03, 'ARTICLE 6: EXCLUSIONS', 'title'),
  line(0.06, '6.1. Exclusions of the death benefit:', 'title'),
  line(0.09, '- Suicide within two years of the issue date of the contract.'),
  line(0.12, '6.2. Exclusions of the disability benefit:', 'title'),
  line(0.15, '- Injuries caused by taking part in dangerous sports or races.'),
  line(0.18, THIRD, 'title'),
  line(0.21, '- Illness that existed before the issue date of the contract.'),
  line(0.24, '6.4. When the insured person dies in these cases, the company pays the account value to the owner.'),
  line(0.3, 'ARTICLE 10: LAPSE OF THE CONTRACT', 'title'),
  line(0.33, FIRST, 'title'),
  line(0.36, '- The premium was not paid within the grace period of sixty days.'),
  line(0.39, '10.2. The company informs the owner in writing of the lapse of the contract within five days.'),
];

function levelsOf(weights: Record<string, number> = {}) {
  const doc = makeDoc(rules);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  return { level: (t: string) => r.levels.get(at(t)), demoted: (t: string) => r.demoted.has(at(t)) };
}

describe('a numbered clause after a sibling kept as a heading', () => {
  it('stays a heading beside its headings; a first clause over a sentence sibling is still a clause', () => {
    const r = levelsOf();
    expect(r.level(THIRD)).toBeDefined();
    expect(r.level(THIRD)).toBe(r.level('6.2. Exclusions of the disability benefit:'));
    expect(r.demoted(FIRST)).toBe(true);
  });

  it('control: with the rule off it is dropped for its sentence sibling', () => {
    expect(levelsOf({ 'clause-after-heading': 0 }).demoted(THIRD)).toBe(true);
  });
});
