// A line typed as text that closes its page is no heading by its number: a heading keeps with what follows it
// (src/stages/headings/page-foot.ts, `page-foot-text`). Hand-made after a fresh report (session 21, head7; train
// source) as MinerU's content list gives it: the footnote "1 The Debian BTS has other functional features, …" at the
// foot of a page of "Chapter 1", its mark read as the number "1" that the next section "1.1 Reporting bugs"
// continues, was made a top section under MinerU and Mistral OCR.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const PARA =
  'The Debian project uses a bug tracking system to follow the problems reported by users and developers, ' +
  'each with its number, its state and its history.';
const NOTE = '1 The Debian BTS has other functional features, as well, such as the use of tags';

function specs(noteY: number, after: Spec[]): Spec[] {
  return [
    { page: 1, type: 'title', text: 'The Inner Workings of the Debian Project', bbox: [0.25, 0.39, 0.75, 0.41] },
    { page: 2, type: 'title', text: 'Chapter 1', bbox: [0.2, 0.23, 0.37, 0.26] },
    { page: 2, type: 'title', text: 'The Debian Developers', bbox: [0.2, 0.29, 0.68, 0.32] },
    { page: 2, type: 'text', text: PARA, bbox: [0.2, 0.35, 0.8, 0.6] },
    { page: 2, type: 'text', text: NOTE, bbox: [0.22, noteY, 0.8, noteY + 0.013] },
    ...after,
    { page: 3, type: 'text', text: PARA, bbox: [0.2, 0.1, 0.8, 0.4] },
    { page: 3, type: 'title', text: '1.1 Reporting bugs', bbox: [0.2, 0.44, 0.44, 0.46] },
    { page: 3, type: 'text', text: PARA, bbox: [0.2, 0.48, 0.8, 0.7] },
  ];
}

function levelOf(s: Spec[], weights: Record<string, number> = {}) {
  const r = headingsOf(makeDoc(s), { weights: { headings: weights } });
  return r.levels.get(s.findIndex((x) => x.text === NOTE));
}

describe('a numbered line typed as text at the foot of its page', () => {
  it('is a footnote, not a section the next number continues', () => {
    expect(levelOf(specs(0.845, []))).toBeUndefined();
  });

  it('is promoted with the rule off, and the same line with body text below it on its page is taken', () => {
    expect(levelOf(specs(0.845, []), { 'page-foot-text': 0 })).toBeDefined();
    expect(levelOf(specs(0.62, [{ page: 2, type: 'text', text: PARA, bbox: [0.2, 0.65, 0.8, 0.85] }]))).toBeDefined();
  });
});
