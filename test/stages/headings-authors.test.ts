// Authors' names a parser typed as headings (headings/authors.ts, `demoted-author`). Hand-made, after a JMLR paper
// as Marker gives it: the title, each author's name typed SectionHeader with the e-mail address on the next line.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function run(weights: Record<string, number> = {}, email = 'liamfedus@google.com') {
  const specs: Spec[] = [
    {
      page: 1,
      type: 'title',
      text: 'Switch Transformers: Scaling to Trillion Parameter Models',
      bbox: [0.15, 0.12, 0.85, 0.17],
    },
    { page: 1, type: 'title', text: 'William Fedus∗', bbox: [0.15, 0.19, 0.29, 0.207] },
    { page: 1, type: 'text', text: email, bbox: [0.15, 0.207, 0.34, 0.222] },
    { page: 1, type: 'title', text: 'Abstract', bbox: [0.46, 0.39, 0.54, 0.407] },
    {
      page: 1,
      type: 'text',
      text: 'In deep learning, models typically reuse the same parameters for all inputs.',
      bbox: [0.18, 0.41, 0.82, 0.64],
    },
    { page: 2, type: 'title', text: '1. Introduction', bbox: [0.15, 0.12, 0.3, 0.137] },
    {
      page: 2,
      type: 'text',
      text: 'Large scale training has been an effective path towards flexible language models.',
      bbox: [0.15, 0.15, 0.85, 0.3],
    },
    { page: 2, type: 'title', text: '2. Switch Transformer', bbox: [0.15, 0.4, 0.37, 0.417] },
    {
      page: 2,
      type: 'text',
      text: 'The guiding design principle for Switch Transformers is to maximize the parameters.',
      bbox: [0.15, 0.43, 0.85, 0.6],
    },
  ];
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  return { level: (t: string) => r.levels.get(at(t)), decisions: r.decisions };
}

describe("an author's name over the author's e-mail address", () => {
  it('is not a heading', () => {
    const { level, decisions } = run();
    expect(level('William Fedus∗')).toBeUndefined();
    expect(decisions.some((d) => d.ruleId === 'headings.author')).toBe(true);
    expect(level('1. Introduction')).toBe(2);
  });

  it('is left to the other rules when no address follows', () => {
    const { decisions } = run({}, 'Google, Mountain View, CA 94043, USA');
    expect(decisions.some((d) => d.ruleId === 'headings.author')).toBe(false);
  });

  it('off (weight 0), it is not demoted as an author', () => {
    const { decisions } = run({ 'demoted-author': 0 });
    expect(decisions.some((d) => d.ruleId === 'headings.author')).toBe(false);
  });
});
