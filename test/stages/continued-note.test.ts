// `isContinuedNote` asks a cheap word test before the continuation note's expression (src/stages/text-merge/breaks.ts):
// it must say what the expression says, on notes in each form the expression knows and on texts that are none.
import { describe, expect, it } from 'vitest';
import { listCorpus } from '../../src/eval/corpus.js';
import { toDocument } from '../../src/pipeline.js';
import { CONTINUED_NOTE, isContinuedNote } from '../../src/stages/text-merge/breaks.js';

const NOTES = [
  'Continued on next page',
  'CONTINUED FROM PREVIOUS PAGE',
  '— continued from the previous page)',
  'Table 3 – continued on the following page.',
  '(Continued)',
  'continued',
  '续表',
  '續表',
  '续下页',
  '續上頁',
  '次ページに続く',
  '前ページからの続き',
];
const OTHERS = [
  'The work continued for years.',
  'Continue on next page',
  '续',
  'ページ',
  '',
  'discontinued on next page x',
];

describe('isContinuedNote', () => {
  it('says what CONTINUED_NOTE says, on notes of every form and on other texts', () => {
    for (const t of NOTES) expect(isContinuedNote(t), t).toBe(true);
    for (const t of [...NOTES, ...OTHERS]) expect(isContinuedNote(t), t).toBe(CONTINUED_NOTE.test(t));
  });

  it('says what CONTINUED_NOTE says on every text of the committed corpus', () => {
    let compared = 0;
    for (const c of listCorpus('corpus').slice(0, 40))
      for (const e of toDocument(c.input, {}).elements) {
        const t = e.text.trim();
        expect(isContinuedNote(t), t).toBe(CONTINUED_NOTE.test(t));
        compared++;
      }
    expect(compared).toBeGreaterThan(1000);
  });
});
