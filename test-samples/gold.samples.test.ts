// The hand-checked REPORT set (test-samples/gold/, see its README.md): every gold structure.json names only
// elements the adapter reads from its sample, has consecutive heading levels, and docstitch's decisions on
// the sample are scored against it beside the identity baseline, per format and overall. The overall
// docstitch scores must stay at or above the floors (guards against regression, set a little under the
// measured values). Never tune on this set: the dev set is test-samples/gold-dev/. Samples are read in place
// from ../shared/samples; the loading and scoring are shared with the dev set (gold-set.ts).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  expectFloors,
  type Floors,
  goldCases,
  report,
  type ScoredCase,
  samplesAvailable,
  scoreCase,
} from './gold-set.js';

const GOLD = fileURLToPath(new URL('./gold/', import.meta.url));
const cases = goldCases(GOLD);

/** Overall macro floors for docstitch (see README.md in test-samples/gold for the measured table). */
const FLOORS: Floors = {
  teds: 0.7,
  headingF1: 0.85,
  levelAccuracy: 0.7,
  paragraphMergeF1: 0.65,
  tableMergeF1: 0.35,
  captionF1: 0.4,
  furnitureF1: 0.82,
};

describe.skipIf(!samplesAvailable(cases))('hand-checked gold set', () => {
  const scored: ScoredCase[] = [];

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    scored.push(scoreCase(c));
  });

  it('prints the table and holds the floors', () => {
    expect(scored.length).toBe(cases.length);
    expectFloors(report('Gold set', scored), FLOORS);
  });
});
