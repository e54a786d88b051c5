// Regression guard: docstitch on the committed evaluation corpus must stay at or above the floors in
// corpus/floors.json, and above the identity baseline on every metric the baseline can score.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCorpus, runCase, summarize } from '../src/eval/corpus.js';
import { type Headline, headline } from '../src/eval/headline.js';

const corpus = fileURLToPath(new URL('../corpus/', import.meta.url));
const floors = JSON.parse(readFileSync(new URL('../corpus/floors.json', import.meta.url), 'utf8')) as {
  docstitch: Headline;
};

describe('evaluation corpus floors', () => {
  const cases = listCorpus(corpus);
  const results = cases.map((c) => runCase(c));
  const scores = summarize(results);
  const docstitch = headline(scores.docstitch);
  const identity = headline(scores.identity);

  it('runs on tens of documents in both formats and three languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.format))).toEqual(new Set(['mineru', 'dots']));
    expect(new Set(cases.map((c) => c.language))).toEqual(new Set(['en', 'zh', 'ja']));
  });

  for (const metric of Object.keys(floors.docstitch) as Array<keyof Headline>) {
    it(`${metric} stays at or above ${floors.docstitch[metric]}`, () => {
      expect(docstitch[metric]).toBeGreaterThanOrEqual(floors.docstitch[metric]);
    });
  }

  it('beats the identity baseline', () => {
    expect(docstitch.teds).toBeGreaterThan(identity.teds + 0.3);
    expect(docstitch.levelAccuracy).toBeGreaterThan(identity.levelAccuracy);
    expect(docstitch.furnitureF1).toBeGreaterThan(identity.furnitureF1);
  });
});
