// The top keywords set at body size count toward the habit of body-size headings (src/stages/headings/candidates.ts
// bodySizeHabit, `body-size-keywords`). Hand-made after a fresh elsarticle paper (session 22, head8; train source
// "the foundation documents") as MinerU's content list gives it: one numbered section ("1. The Commitment towards
// Users"), a `\section*` ("The Debian Free Software Guidelines"), "Acknowledgments" and "References", all at the
// body size under a larger title; with one numbered heading there was no habit, and the `\section*` was dropped as
// body text in seven formats.
import { describe, expect, it } from 'vitest';
import { columnPage } from '../helpers/column-page.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function paper(keywords: boolean): Spec[] {
  const { specs, add, body } = columnPage();
  add('title', 'The Foundation Documents', 0.019, 0.021);
  add(
    'text',
    'The Debian project commits itself to its users and to free software, in writing. '.repeat(4),
    0.07,
    0.02,
  );
  for (const t of ['1. The Commitment towards Users', 'The Debian Free Software Guidelines']) {
    add('title', t, 0.013, 0.012);
    body();
  }
  if (keywords)
    for (const t of ['Acknowledgments', 'References']) {
      add('title', t, 0.013, 0.012);
      body();
    }
  return specs;
}

function levels(keywords: boolean, weights: Record<string, number> = {}) {
  const specs = paper(keywords);
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  return (t: string) => r.levels.get(specs.findIndex((s) => s.text === t));
}

describe('top keywords at body size beside one numbered section', () => {
  it('show the body-size habit: the starred section is a top section', () => {
    const level = levels(true);
    expect(level('1. The Commitment towards Users')).toBe(2);
    expect(level('The Debian Free Software Guidelines')).toBe(2);
    expect(level('Acknowledgments')).toBe(2);
  });

  it('without them (or with the rule off) one numbered section is no habit: the starred one is body text', () => {
    expect(levels(false)('The Debian Free Software Guidelines')).toBeUndefined();
    expect(levels(true, { 'body-size-keywords': 0 })('The Debian Free Software Guidelines')).toBeUndefined();
  });
});
