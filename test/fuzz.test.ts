// Property-based fuzzing of every adapter (test/helpers/fuzz.ts): mutated fixtures never crash
// (exit 70) or leave the documented exit codes, the accounting adds up, the outputs validate against
// their schemas, and the same input gives the same output. Small here (a dozen cases per seed, fixed
// fast-check seed so a failure reproduces); `npm run fuzz -- --runs 100000` runs the long version.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapters } from '../src/adapters/index.js';
import { caseArbitrary, loadSeeds, runCase, runCaseTwice } from './helpers/fuzz.js';

const seeds = loadSeeds(80_000);

describe('fuzzing the input side', () => {
  it('has a seed for every adapter', () => {
    const covered = new Set(seeds.map((s) => s.format));
    // The PDF adapter reads bytes through pdfjs (asynchronous): its bad inputs (not a PDF, encrypted, cut off,
    // no text layer, too many pages) are tested in test/pdf/bad.test.ts, not by this JSON/markup mutator.
    expect(adapters.map((a) => a.name).filter((name) => !covered.has(name) && name !== 'pdf')).toEqual([]);
  });

  it('every seed, unmutated, stitches (exit 0), so mutations start from valid input', () => {
    for (const [i, seed] of seeds.entries()) {
      const outcome = runCase(seed, { seed: i, forceFormat: false, mutations: [], text: { kind: 'none' } });
      expect({ seed: seed.name, code: outcome.code, violation: outcome.violation }).toEqual({
        seed: seed.name,
        code: 0,
        violation: undefined,
      });
    }
  });

  for (const [index, seed] of seeds.entries()) {
    it(`${seed.format}: ${seed.name} — mutated inputs keep the invariants`, () => {
      const arbitrary = caseArbitrary(seeds.length).map((c) => ({ ...c, seed: index }));
      fc.assert(
        fc.property(arbitrary, (c) => {
          const outcome = runCaseTwice(seed, c);
          if (outcome.violation) throw new Error(`${outcome.violation}: ${outcome.message ?? ''}`);
        }),
        { numRuns: 12, seed: 20261202 + index },
      );
    });
  }
});
