// A keyword that holds no sections is not nested under an unnumbered heading by first appearance alone
// (headings/walk.ts, `keyword-beside-plain`). Hand-made after a fresh elsarticle paper as Mistral OCR gives it
// (session 23, head9's set; train source aptitude "credits"): no size, no numbering; the credits' terms
// ("Programming") typed as headings `#`, then "# Acknowledgments" and "# References". First appearance put the
// keywords under "Programming", a level below the sections they close.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function paper(): Spec[] {
  const specs: Spec[] = [];
  const add = (page: number, type: Spec['type'], text: string) => specs.push({ page, type, text, bbox: null });
  add(1, 'title', 'Credits');
  add(1, 'text', 'This section commemorates some of the people who have contributed to aptitude over its lifetime.');
  add(1, 'title', 'French translation');
  add(1, 'text', 'Martin Quinson, Jean-Luc Coulon');
  add(2, 'title', 'Programming');
  add(2, 'text', 'Program design and implementation by Daniel Burrows, with help from many contributors.');
  add(2, 'title', 'Acknowledgments');
  add(2, 'text', 'The authors thank the maintainers of the Debian documentation whose text is reused here.');
  add(2, 'title', 'References');
  add(2, 'list_item', '[1] Hana Novak and Ada Marsh, “Notes,” Lecture Notes in Computer Science, vol. 22, 2014.');
  return specs;
}

function levels(weights: Record<string, number> = {}) {
  const specs = paper();
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const level = (t: string) => r.levels.get(specs.findIndex((s) => s.text === t));
  return { level };
}

describe('end matter keywords after an unnumbered heading', () => {
  it('are its siblings, not its children', () => {
    const { level } = levels();
    expect(level('Credits')).toBe(1);
    expect(level('Programming')).toBe(2);
    expect(level('Acknowledgments')).toBe(2);
    expect(level('References')).toBe(2);
  });

  it('off (weight 0), first appearance nests the first under it', () => {
    const { level } = levels({ 'keyword-beside-plain': 0 });
    expect(level('Acknowledgments')).toBe(3);
  });
});
