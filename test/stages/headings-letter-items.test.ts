// A lettered list entry typed a title (`demoted-letter-item`, headings/letter-items.ts), on a hand-made page of
// insurance rules (our own words) as DeepSeek-OCR gives the dev sample: every heading typed sub_title, the entries
// "a) …", "c) …" typed text and "b) …" between them typed a title. Controls: the weight at 0 keeps it a heading;
// letters that are the document's own headings (every one typed a title) stay.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The company pays the benefit within thirty days of receiving every document the claim requires.';
const heading = (text: string): Spec => ({ page: 1, type: 'title', text, hints: { level: 2 } });
const text = (t: string): Spec => ({ page: 1, type: 'text', text: t });

function levelsOf(specs: Spec[], weights: Record<string, number> = {}) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  return { level: (t: string) => r.levels.get(at(t)), demoted: (t: string) => r.demoted.has(at(t)) };
}

const rules: Spec[] = [
  heading('ARTICLE 17: CLAIMS'),
  heading('17.1. Order of payment'),
  heading('17.1.1. For the maturity benefit:'),
  text('a) The policy owner is a person:'),
  text('- the policy owner;'),
  text('- the heirs of the policy owner.'),
  heading('b) The policy owner is a company:'),
  text('- the policy owner;'),
  text('- the insured person.'),
  heading('17.1.2. For the death benefit:'),
  text(BODY),
];

describe('a lettered entry typed a title among entries typed text', () => {
  it('is no heading', () => {
    const r = levelsOf(rules);
    expect(r.demoted('b) The policy owner is a company:')).toBe(true);
    expect(r.level('17.1.2. For the death benefit:')).toBe(r.level('17.1.1. For the maturity benefit:'));
  });

  it('control: the weight at 0 keeps it a heading', () => {
    expect(levelsOf(rules, { 'demoted-letter-item': 0 }).demoted('b) The policy owner is a company:')).toBe(false);
  });

  it('control: letters that are all headings stay headings', () => {
    const r = levelsOf([
      heading('ARTICLE 4: COVER'),
      heading('a) Death'),
      text(BODY),
      heading('b) Disability'),
      text(BODY),
      heading('c) Illness'),
      text(BODY),
    ]);
    expect(r.demoted('b) Disability')).toBe(false);
    expect(r.level('b) Disability')).toBe(r.level('a) Death'));
  });
});
