// `endsSentence` reads the last characters of a long text first (every expression in it is anchored at the end)
// and falls back to the whole text when a run at the end reaches back past them. This compares it with the
// whole-text definition on every text of the committed corpus and on long texts whose final runs (spaces,
// footnote calls, superscripts, closing quotes) straddle the boundary.
import { describe, expect, it } from 'vitest';
import { listCorpus } from '../../src/eval/corpus.js';
import { toDocument } from '../../src/pipeline.js';
import { endsSentence } from '../../src/text/chars.js';

/** The definition, applied to the whole text. */
function definition(text: string): boolean {
  const t = text
    .trimEnd()
    .replace(/\s*(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/, '')
    .replace(/["'”’」』）)\]】〕》>]+$/, '');
  if (/(?:^|[\s([])(?:i\.e|e\.g|cf|vs|viz|approx|Figs?|Eqs?|Nos?|pp?|Dr|Mr|Mrs|Ms|Prof|St|resp)\.$/.test(t))
    return false;
  return /[.!?。！？…‥।؟:：]$/.test(t);
}

describe('endsSentence on the end of long texts', () => {
  it('agrees with the whole-text definition on runs around the boundary', () => {
    const ends = [
      '.',
      '. [18]',
      '.¹²',
      '.”',
      '."\')',
      ' e.g.',
      ' approx.',
      '?',
      ' word',
      '. ]',
      '.[1234]',
      ':',
      '.)¹',
      '."[2]',
      '।',
      '؟)',
      '…》',
      'x¹',
      '[1]',
      ')',
    ];
    const runs = [' ', '¹', '"', '\u00a0', '.'];
    let compared = 0;
    for (const end of ends) {
      for (const run of runs) {
        for (let n = 0; n < 140; n += 7) {
          for (const body of ['Some prose', 'x', 'see Fig', '']) {
            const text = `${body}${run.repeat(n)}${end}${run === ' ' ? run.repeat(n) : ''}`;
            expect(endsSentence(text), JSON.stringify(text)).toBe(definition(text));
            const long = `${'A long sentence of prose. '.repeat(5)}${text}`;
            expect(endsSentence(long), JSON.stringify(long)).toBe(definition(long));
            compared += 2;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(endsSentence(`${'words '.repeat(30)}end.${' '.repeat(100)}[3]`)).toBe(true);
    expect(endsSentence(`${'words '.repeat(30)}see e.g.${'”'.repeat(70)}`)).toBe(false);
  });

  it('agrees with it on every text of the committed corpus', () => {
    let compared = 0;
    for (const c of listCorpus('corpus').slice(0, 40)) {
      for (const e of toDocument(c.input, {}).elements) {
        expect(endsSentence(e.text), JSON.stringify(e.text.slice(-80))).toBe(definition(e.text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
