// The fit toward the hand-set table (src/fit/logistic.ts prior / balance / standardise, src/fit/weights.ts):
// expected values worked by hand from closed forms, not taken from the code.
import { describe, expect, it } from 'vitest';
import { fitLogistic, predict, type Sample } from '../../src/fit/logistic.js';
import {
  chooseSetting,
  crossValidated,
  type Example,
  fitWith,
  losses,
  macroF1,
  SETTINGS,
  yesF1,
} from '../../src/fit/weights.js';

const repeat = <T>(n: number, s: T): T[] => Array.from({ length: n }, () => s);

// With the feature, 30 of 40 are yes; without it, 10 of 40: unpenalised, bias = ln(1/3), w = ln 9.
const samples: Sample[] = [
  ...repeat(30, { x: { a: 1 }, y: 1 as const }),
  ...repeat(10, { x: { a: 1 }, y: 0 as const }),
  ...repeat(10, { x: {}, y: 1 as const }),
  ...repeat(30, { x: {}, y: 0 as const }),
];

describe('fitLogistic toward a prior', () => {
  it('is the maximum-likelihood fit when the penalty is 0, whatever the prior', () => {
    const m = fitLogistic(samples, { l2: 0, prior: { a: -5 }, priorBias: 3 });
    expect(m.weights.a).toBeCloseTo(Math.log(9), 6);
    expect(m.bias).toBeCloseTo(Math.log(1 / 3), 6);
  });

  it('keeps the prior under a very strong penalty, and lies between prior and data under a middling one', () => {
    const strong = fitLogistic(samples, { l2: 1e7, prior: { a: -1 }, priorBias: 0.5 });
    expect(strong.weights.a).toBeCloseTo(-1, 3);
    expect(strong.bias).toBeCloseTo(0.5, 3);
    const middling = fitLogistic(samples, { l2: 10, prior: { a: -1 }, priorBias: Math.log(1 / 3) });
    expect(middling.weights.a).toBeGreaterThan(-1);
    expect(middling.weights.a).toBeLessThan(Math.log(9));
  });

  it('weighs the classes equally when balancing: 30 yes and 10 no with no feature give P(yes) = 0.5, not 0.75', () => {
    const skewed: Sample[] = [...repeat(30, { x: {}, y: 1 as const }), ...repeat(10, { x: {}, y: 0 as const })];
    expect(predict(fitLogistic(skewed, { l2: 0 }), {})).toBeCloseTo(0.75, 6);
    expect(predict(fitLogistic(skewed, { l2: 0, balance: true }), {})).toBeCloseTo(0.5, 6);
  });

  it('penalises a rare feature less when standardising (its variance is below 1), so it moves further from 0', () => {
    // "r" fires on 4 of 80 (variance 0.0475), always with yes
    const rare: Sample[] = [...samples.slice(0, 76), ...repeat(4, { x: { r: 1 }, y: 1 as const })];
    const plain = fitLogistic(rare, { l2: 5 });
    const standardised = fitLogistic(rare, { l2: 5, standardise: true });
    expect(standardised.weights.r).toBeGreaterThan(plain.weights.r);
  });
});

describe('fitting a stage toward its hand-set weights', () => {
  it('counts F1 of the yes answers (worked by hand: tp 2, fp 1, fn 1 → 2/3)', () => {
    const f1 = yesF1([
      { said: true, yes: true },
      { said: true, yes: true },
      { said: true, yes: false },
      { said: false, yes: true },
      { said: false, yes: false },
    ]);
    expect(f1).toBeCloseTo(2 / 3, 12);
  });

  it('keeps the prior weight of a feature the examples never show', () => {
    const examples: Example[] = samples.map((s, i) => ({ group: `g${i % 7}`, x: s.x, yes: s.y === 1, accepted: true }));
    const m = fitWith(examples, { bias: 0, weights: { a: 1, unseen: -2.5 } }, SETTINGS[0]);
    expect(m.weights.unseen).toBe(-2.5);
  });

  it('beats a wrong hand-set table by cross-validation and picks the same setting twice', () => {
    // the hand table says "a" means no; the data says it means yes
    const examples: Example[] = samples.map((s, i) => ({
      group: `g${i % 10}`,
      x: s.x,
      yes: s.y === 1,
      accepted: !('a' in s.x),
    }));
    const prior = { bias: 0.5, weights: { a: -1 } };
    const first = chooseSetting(examples, prior);
    const again = chooseSetting([...examples].reverse(), prior);
    expect(first.hand).toBeLessThan(0.5);
    expect(first.scores[SETTINGS.indexOf(first.setting)]).toBeGreaterThan(first.hand);
    expect(again.setting).toEqual(first.setting);
    expect(macroF1(crossValidated(examples, prior, first.setting))).toBeCloseTo(0.75, 6);
  });
});

describe('judging a fit by family', () => {
  const j = (group: string, said: boolean, yes: boolean) => ({ group, said, yes });
  // family latex/a: hand right twice; fitted misses one yes → F1 2/3 (tp 1, fn 1)
  // family latex/b: hand says yes wrongly once (F1 0: tp 0, fp 1); fitted says no: no yes anywhere, left out
  const hand = [j('latex/a/x', true, true), j('latex/a/y', true, true), j('latex/b/x', true, false)];
  const fitted = [j('latex/a/x', true, true), j('latex/a/y', false, true), j('latex/b/x', false, false)];

  it('averages F1 over families, leaving out a family where nobody says yes', () => {
    expect(macroF1(hand)).toBeCloseTo((1 + 0) / 2, 12);
    expect(macroF1(fitted)).toBeCloseTo(2 / 3, 12);
  });

  it('names the family that loses even when the macro average gains', () => {
    const lost = losses(fitted, hand);
    expect(lost.macro).toBe(false);
    expect(lost.families).toEqual(['latex/a 1.000 → 0.667']);
  });
});
