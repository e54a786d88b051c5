// A line typed as text that ends inside a word is not promoted, whatever its number says (src/stages/headings/
// promote.ts, WORD_CUT). Hand-made after a fresh revtex paper (aip/jap, two columns; session 21, head7; train/dev
// sources only) as MinerU's content list gives it: the paragraph under "I. RAID AND LVM" opens "Chapter 4,
// Installation presented these technologies from the point of view of the in-", its first lines cut off at the
// column's foot; "Chapter 4" reads as a chapter by its word, and the line was made a top section in eight formats.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const PARA =
  'This chapter revisits some aspects we already described, with a different perspective: instead of installing ' +
  'one single computer, we will study mass-deployment systems.';

function specs(cut: string): Spec[] {
  return [
    { page: 1, type: 'title', text: 'Advanced Administration', bbox: [0.12, 0.09, 0.63, 0.12] },
    { page: 1, type: 'text', text: PARA, bbox: [0.12, 0.45, 0.49, 0.78] },
    { page: 1, type: 'title', text: 'I. RAID AND LVM', bbox: [0.12, 0.83, 0.33, 0.846] },
    { page: 1, type: 'text', text: cut, bbox: [0.12, 0.876, 0.49, 0.919] },
    { page: 1, type: 'title', text: 'A. Software RAID', bbox: [0.51, 0.1, 0.7, 0.117] },
    { page: 1, type: 'text', text: PARA, bbox: [0.51, 0.13, 0.88, 0.3] },
    { page: 1, type: 'title', text: '1. Different RAID Levels', bbox: [0.51, 0.32, 0.7, 0.337] },
    { page: 1, type: 'text', text: PARA, bbox: [0.51, 0.35, 0.88, 0.5] },
    { page: 2, type: 'title', text: 'II. VIRTUALIZATION', bbox: [0.12, 0.1, 0.33, 0.116] },
    { page: 2, type: 'text', text: PARA, bbox: [0.12, 0.13, 0.49, 0.3] },
  ];
}

function levelOf(cut: string) {
  const s = specs(cut);
  const r = headingsOf(makeDoc(s));
  return r.levels.get(s.findIndex((x) => x.text === cut));
}

describe('a line typed as text that ends inside a word', () => {
  it('is running text, not a chapter its word names', () => {
    expect(levelOf('Chapter 4, Installation presented these technologies from the point of view of the in-')).toBe(
      undefined,
    );
  });

  it('the same words ending on a whole word are still taken (the word says "chapter")', () => {
    expect(levelOf('Chapter 4, Installation presented these technologies')).toBeDefined();
  });
});
