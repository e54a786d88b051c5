// `hasFormulaTail` and `beforeFormulaTail` try FORMULA_TAIL at the text's last stop only (src/stages/text-merge/
// patterns.ts): they must answer what the expression answers over the whole text, on hand-made tails (stops of
// each script, blanks, lookahead edges) and on every text of the committed corpora.
import { describe, expect, it } from 'vitest';
import { listCorpus } from '../../src/eval/corpus.js';
import { toDocument } from '../../src/pipeline.js';
import { beforeFormulaTail, FORMULA_TAIL, hasFormulaTail } from '../../src/stages/text-merge/patterns.js';

/** The definition over the whole text. */
function definition(text: string): { has: boolean; before: string } {
  const m = FORMULA_TAIL.exec(text);
  return { has: m !== null, before: m ? text.slice(0, m.index + 1) : text };
}

const same = (text: string) =>
  expect({ has: hasFormulaTail(text), before: beforeFormulaTail(text) }, JSON.stringify(text)).toEqual(
    definition(text),
  );

const TEXTS = [
  'for the appropriate network. f(x) = x + 1',
  'for the network.   f(x) = x + 1',
  'a. b. c = d',
  'First. Then x = 1. Words here = long',
  'end。 y = 2',
  'end！ y ≤ 2',
  'end？ (a)',
  'no stop at all x = 1',
  'stop at the end.',
  'x = 1.',
  '. = ',
  'a sentence! and then a tail that is much longer than twenty-five characters = 1',
  'see e.g. x = 1 (2)',
  '',
  '.',
  'ends. f(x) = word',
];

describe('formula tails', () => {
  it('are found where the expression finds them, on hand-made texts', () => {
    for (const t of TEXTS) same(t);
    expect(hasFormulaTail('for the appropriate network. f(x) = x + 1')).toBe(true);
    expect(beforeFormulaTail('for the appropriate network. f(x) = x + 1')).toBe('for the appropriate network.');
  });

  it('are found where the expression finds them, on every text of the committed corpora', () => {
    let compared = 0;
    let found = 0;
    for (const c of ['corpus', 'corpus-latex', 'corpus-office'].flatMap((d) => listCorpus(d)))
      for (const e of toDocument(c.input, {}).elements) {
        same(e.text);
        compared++;
        if (definition(e.text).has) found++;
      }
    expect(compared).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(0);
  });
});
