import { describe, expect, it } from 'vitest';
import {
  brierScore,
  expectedCalibrationError,
  fitIsotonic,
  fitPlatt,
  logLoss,
  type Observed,
  reliabilityTable,
} from '../../src/fit/calibration.js';
import { CANDIDATES, chooseCalibration, type Observation } from '../../src/fit/select.js';
import { stitchSync } from '../../src/pipeline.js';
import { type CalibrationMap, calibrate, defaultCalibration } from '../../src/weights/calibration.js';

/** n decisions at confidence `raw`, `right` of them right. */
const at = (raw: number, n: number, right: number): Observed[] =>
  Array.from({ length: n }, (_, i) => ({ raw, correct: i < right }));
const logit = (p: number) => Math.log(p / (1 - p));

describe('fitIsotonic', () => {
  it('pools adjacent violators: a higher confidence that is right less often joins the one below', () => {
    // 0.6: 3 of 10 right; 0.7: 8 of 10; 0.9: 6 of 10 → 0.7 and 0.9 violate the order and are pooled (14 of 20)
    const map = fitIsotonic([...at(0.9, 10, 6), ...at(0.6, 10, 3), ...at(0.7, 10, 8)], 0);
    expect(map).toEqual({
      method: 'isotonic',
      points: [
        [0.6, 0.3],
        [0.8, 0.7],
      ],
    });
  });

  it('shrinks small blocks towards the overall share', () => {
    // 2 of 2 right at 0.9 among 20 decisions of which 10 are right: (2 + 2 × 0.5) / (2 + 2) = 0.75
    const map = fitIsotonic([...at(0.6, 18, 8), ...at(0.9, 2, 2)], 2);
    if (map.method !== 'isotonic') throw new Error('isotonic expected');
    expect(map.points[1][1]).toBeCloseTo(0.75, 6);
  });
});

describe('fitPlatt', () => {
  it('passes through two levels exactly (two parameters, two points)', () => {
    // right 1 in 4 at 0.6, 3 in 4 at 0.9: slope = 2 ln 3 / (logit 0.9 − logit 0.6), offset = −ln 3 − slope × logit 0.6
    const map = fitPlatt([...at(0.6, 400, 100), ...at(0.9, 400, 300)]);
    const slope = (2 * Math.log(3)) / (logit(0.9) - logit(0.6));
    if (map.method !== 'platt') throw new Error('platt expected');
    expect(map.slope).toBeCloseTo(slope, 2);
    expect(map.offset).toBeCloseTo(-Math.log(3) - slope * logit(0.6), 2);
    expect(calibrate(map, 0.6)).toBeCloseTo(0.25, 2);
    expect(calibrate(map, 0.9)).toBeCloseTo(0.75, 2);
  });
});

describe('calibrate', () => {
  const iso: CalibrationMap = {
    method: 'isotonic',
    points: [
      [0.6, 0.3],
      [0.8, 0.7],
    ],
  };
  it('interpolates between points and is flat beyond them', () => {
    expect(calibrate(iso, 0.7)).toBeCloseTo(0.5, 9);
    expect(calibrate(iso, 0.5)).toBe(0.3);
    expect(calibrate(iso, 0.99)).toBe(0.7);
    expect(calibrate(undefined, 0.83)).toBe(0.83);
  });
  it('with features: the fitted probability of the side taken; without, the fallback curve', () => {
    const byFeatures: CalibrationMap = {
      method: 'features',
      bias: -1,
      weights: { 'text-merge.hyphen': 3 },
      otherwise: { method: 'platt', slope: 1, offset: 0 },
    };
    const hyphen = [{ id: 'text-merge.hyphen', value: 1 }];
    expect(calibrate(byFeatures, 0.9, true, hyphen)).toBeCloseTo(1 / (1 + Math.exp(-2)), 9);
    expect(calibrate(byFeatures, 0.9, false, hyphen)).toBeCloseTo(1 - 1 / (1 + Math.exp(-2)), 9);
    // a feature id the map does not know adds nothing
    expect(calibrate(byFeatures, 0.9, false, [{ id: 'text-merge.new', value: 1 }])).toBeCloseTo(
      1 - 1 / (1 + Math.exp(1)),
      9,
    );
    expect(calibrate(byFeatures, 0.9, true)).toBeCloseTo(0.9, 9);
  });
  it('takes the curve of the decision’s side', () => {
    const sides: CalibrationMap = {
      method: 'sides',
      accepted: iso,
      rejected: { method: 'platt', slope: 1, offset: 0 },
    };
    expect(calibrate(sides, 0.7, true)).toBeCloseTo(0.5, 9);
    expect(calibrate(sides, 0.7, false)).toBeCloseTo(0.7, 9);
  });
});

describe('reliability and scores', () => {
  it('bins confidences below 0.5 too, so a calibrated decision that is mostly wrong is counted', () => {
    const rows = reliabilityTable([
      { confidence: 0.25, correct: false },
      { confidence: 0.95, correct: true },
    ]);
    expect(rows.map((r) => [Number(r.low.toFixed(1)), r.count])).toEqual([
      [0.2, 1],
      [0.9, 1],
    ]);
    expect(expectedCalibrationError(rows)).toBeCloseTo((0.25 + 0.05) / 2, 9);
  });
  it('log loss: mean of −ln(the confidence given to what happened)', () => {
    expect(
      logLoss([
        { confidence: 0.9, correct: true },
        { confidence: 0.6, correct: false },
      ]),
    ).toBeCloseTo(-(Math.log(0.9) + Math.log(0.4)) / 2, 9);
    // a confident error costs far more than a hesitant one
    expect(logLoss([{ confidence: 0.99, correct: false }])).toBeGreaterThan(
      3 * logLoss([{ confidence: 0.6, correct: false }]),
    );
  });
  it('Brier: mean squared gap to the outcome', () => {
    expect(
      brierScore([
        { confidence: 0.9, correct: true },
        { confidence: 0.6, correct: false },
      ]),
    ).toBeCloseTo((0.01 + 0.36) / 2, 9);
  });
});

describe('chooseCalibration', () => {
  const groups = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const obs = (levels: Array<[number, number, number]>): Observation[] =>
    groups.flatMap((group, g) =>
      levels.flatMap(([raw, n, right]) => at(raw, n, right).map((o) => ({ ...o, group, accepted: g % 2 === 0 }))),
    );
  it('keeps confidences that are already honest', () => {
    expect(
      chooseCalibration(
        obs([
          [0.6, 10, 6],
          [0.8, 10, 8],
          [0.95, 20, 19],
        ]),
      ).name,
    ).toBe('none');
  });
  it('maps over-confident ones down', () => {
    const chosen = chooseCalibration(
      obs([
        [0.9, 10, 5],
        [0.99, 10, 7],
      ]),
    );
    expect(chosen.name).not.toBe('none');
    expect(calibrate(chosen.map, 0.9, true)).toBeLessThan(0.7);
  });
});

describe('chooseCalibration where the score does not rank the errors but a feature does', () => {
  // 2,000 decisions over 8 groups, all at raw 0.95, 1 in 100 wrong; a feature `f` fires on one decision in
  // 20 and marks half the errors (1 in 10 of the flagged ones is wrong, 1 in 200 of the others)
  const observations: Observation[] = [];
  for (let i = 0; i < 2000; i++) {
    const flagged = i % 20 === 0;
    const wrong = flagged ? i % 200 === 0 : i % 200 === 7;
    observations.push({
      group: `g${Math.floor(i / 250)}`,
      raw: 0.95,
      accepted: true,
      correct: !wrong,
      x: { f: flagged ? 1 : 0, g: 1 },
    });
  }
  it('takes the feature map: the flagged decisions get the lower, honest confidence', () => {
    const chosen = chooseCalibration(observations);
    expect(chosen.name).toMatch(/^fitted probability/);
    const conf = (f: number) =>
      calibrate(chosen.map, 0.95, true, [
        { id: 'f', value: f },
        { id: 'g', value: 1 },
      ]);
    expect(conf(1)).toBeLessThan(0.95);
    expect(conf(1)).toBeGreaterThan(0.8);
    expect(conf(0)).toBeGreaterThan(0.99);
    // every map of the raw score alone does worse out of fold, by log loss, than the chosen one
    const index = CANDIDATES.findIndex(([name]) => name === chosen.name);
    const scoreOnly = CANDIDATES.flatMap(([name], i) => (name.startsWith('fitted') ? [] : [chosen.scores[i]]));
    expect(scoreOnly).toHaveLength(5);
    for (const s of scoreOnly) expect(s).toBeGreaterThan(chosen.scores[index]);
  });
  it('a features map with a last curve applies the curve to the side taken', () => {
    const map: CalibrationMap = {
      method: 'features',
      bias: 0,
      weights: { f: 2 },
      otherwise: { method: 'platt', slope: 1, offset: 0 },
      after: { method: 'platt', slope: 1, offset: 1 },
    };
    const side = 1 / (1 + Math.exp(-2));
    expect(calibrate(map, 0.5, true, [{ id: 'f', value: 1 }])).toBeCloseTo(1 / (1 + Math.exp(-(logit(side) + 1))), 9);
    expect(calibrate(map, 0.5, false, [{ id: 'f', value: 1 }])).toBeCloseTo(
      1 / (1 + Math.exp(-(logit(1 - side) + 1))),
      9,
    );
  });
});

describe('the engine applies the calibration after the stages', () => {
  const fixture = 'test/fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json';
  it('changes confidences only, each through its stage’s map', () => {
    const raw = stitchSync(fixture, { summaries: false, engine: { calibrate: false } }).decisions;
    const cal = stitchSync(fixture, { summaries: false }).decisions;
    expect(cal.length).toBe(raw.length);
    expect(raw.length).toBeGreaterThan(10);
    cal.forEach((d, i) => {
      const r = raw[i];
      expect([d.ruleId, d.accepted, d.place.refs]).toEqual([r.ruleId, r.accepted, r.place.refs]);
      const want =
        Math.round(calibrate(defaultCalibration[d.stage], r.confidence, r.accepted, r.features) * 1000) / 1000;
      expect(d.confidence).toBe(want);
    });
  });
});
