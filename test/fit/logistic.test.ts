import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, reliabilityTable } from '../../src/fit/calibration.js';
import { fitLogistic, predict, type Sample, solve } from '../../src/fit/logistic.js';

const repeat = (n: number, s: Sample): Sample[] => Array.from({ length: n }, () => s);

describe('fitLogistic', () => {
  // One yes/no feature: with it, 30 of 40 are yes; without it, 10 of 40. The maximum-likelihood answer is
  // known in closed form: bias = ln(10/30), bias + w = ln(30/10).
  const samples = [
    ...repeat(30, { x: { a: 1 }, y: 1 }),
    ...repeat(10, { x: { a: 1 }, y: 0 }),
    ...repeat(10, { x: {}, y: 1 }),
    ...repeat(30, { x: {}, y: 0 }),
  ];

  it('finds the closed-form maximum-likelihood weights when unpenalised', () => {
    const m = fitLogistic(samples, { l2: 0 });
    expect(m.converged).toBe(true);
    expect(m.bias).toBeCloseTo(Math.log(10 / 30), 6);
    expect(m.weights.a).toBeCloseTo(Math.log(3) - Math.log(1 / 3), 6);
    expect(predict(m, { a: 1 })).toBeCloseTo(0.75, 6);
    expect(predict(m, {})).toBeCloseTo(0.25, 6);
  });

  it('shrinks weights under a penalty and does not depend on sample order', () => {
    const free = fitLogistic(samples, { l2: 0 });
    const penalised = fitLogistic(samples, { l2: 10 });
    expect(Math.abs(penalised.weights.a)).toBeLessThan(Math.abs(free.weights.a));
    const reversed = fitLogistic([...samples].reverse(), { l2: 10 });
    expect(reversed.weights.a).toBeCloseTo(penalised.weights.a, 12);
    expect(reversed.bias).toBeCloseTo(penalised.bias, 12);
  });

  it('stays finite on separable data thanks to the penalty, surer as the penalty shrinks', () => {
    const data = [...repeat(5, { x: { a: 1 }, y: 1 as const }), ...repeat(5, { x: {}, y: 0 as const })];
    const strong = fitLogistic(data, { l2: 1 });
    const weak = fitLogistic(data, { l2: 0.01 });
    for (const m of [strong, weak]) {
      expect(m.converged).toBe(true);
      expect(Number.isFinite(m.weights.a)).toBe(true);
      expect(predict(m, { a: 1 })).toBeGreaterThan(0.5);
      expect(predict(m, {})).toBeLessThan(0.5);
    }
    expect(predict(weak, { a: 1 })).toBeGreaterThan(predict(strong, { a: 1 }));
    expect(predict(weak, { a: 1 })).toBeGreaterThan(0.95);
  });
});

describe('solve', () => {
  it('solves a small system (worked by hand: x = 1, y = 2, z = 3)', () => {
    const x = solve(
      [
        [2, 1, 0],
        [1, 3, 1],
        [0, 1, 4],
      ],
      [4, 10, 14],
    );
    expect(x[0]).toBeCloseTo(1, 10);
    expect(x[1]).toBeCloseTo(2, 10);
    expect(x[2]).toBeCloseTo(3, 10);
  });
});

describe('reliability and ECE', () => {
  it('bins decisions by confidence and weighs the gaps by count', () => {
    // Bin [0.5, 0.75): 2 decisions at 0.6, one right (accuracy 0.5, gap 0.1);
    // bin [0.75, 1]: 2 decisions at 0.9, both right (gap 0.1). ECE = 0.1.
    const rows = reliabilityTable(
      [
        { confidence: 0.6, correct: true },
        { confidence: 0.6, correct: false },
        { confidence: 0.9, correct: true },
        { confidence: 0.9, correct: true },
      ],
      2,
    );
    expect(rows.map((r) => [r.count, r.accuracy])).toEqual([
      [2, 0.5],
      [2, 1],
    ]);
    expect(expectedCalibrationError(rows)).toBeCloseTo(0.1, 10);
  });

  it('puts a confidence of exactly 1 in the last bin', () => {
    const rows = reliabilityTable([{ confidence: 1, correct: true }], 5);
    expect(rows).toHaveLength(1);
    expect(rows[0].low).toBeCloseTo(0.9, 10);
    expect(expectedCalibrationError(rows)).toBe(0);
  });
});
