// Choosing a stage's calibration map (src/weights/calibration.ts) without looking at the test documents:
// each candidate (none, Platt, isotonic, each of those per side: decisions saying yes apart from those saying
// no, the fitted probability of the side taken from the recorded features, and that probability through a
// Platt curve) is fitted on four fifths of the fitting documents and judged on the fifth left out, five times
// (folds by group of documents, family × source manual, the unit the corpora split by: so each fold is judged
// as the test families are, on kinds of document the fit did not see); the lowest pooled log loss wins (not
// the ECE, which a map claiming one average confidence for everything would game, nor the Brier score, which
// where errors are rare barely tells that map from one that finds them), the simpler candidate on a near tie.
import type { CalibrationCurve, CalibrationMap } from '../weights/calibration.js';
import { calibrate } from '../weights/calibration.js';
import { brierScore, fitIsotonic, fitPlatt, type Judged, logLoss } from './calibration.js';
import { fitLogistic } from './logistic.js';

export interface Observation {
  /** The document's group (src/fit/collect.ts), for the folds. */
  group: string;
  raw: number;
  accepted: boolean;
  correct: boolean;
  /** The features the decision recorded (id → value), when it recorded any. */
  x?: Readonly<Record<string, number>>;
}

type Fitter = (obs: readonly Observation[]) => CalibrationMap | undefined;

const IDENTITY: CalibrationCurve = { method: 'platt', slope: 1, offset: 0 };
const curve = (fitter: typeof fitPlatt, obs: readonly Observation[]): CalibrationCurve =>
  obs.length >= 10 ? (fitter(obs) as CalibrationCurve) : IDENTITY;

/** The candidates, simplest first. */
export const CANDIDATES: ReadonlyArray<readonly [string, Fitter]> = [
  ['none', () => undefined],
  ['platt', (obs) => fitPlatt(obs)],
  ['isotonic', (obs) => fitIsotonic(obs)],
  ['platt by side', (obs) => sides(fitPlatt, obs)],
  ['isotonic by side', (obs) => sides(fitIsotonic, obs)],
  ['fitted probability', (obs) => byFeatures(obs, 1)],
  ['fitted probability, then Platt', (obs) => thenPlatt(byFeatures(obs, 10), obs)],
];

/** A logistic regression of "yes" on the recorded features (penalty `l2`); Platt for the decisions that recorded none. */
function byFeatures(obs: readonly Observation[], l2: number): CalibrationMap & { method: 'features' } {
  const withX = obs.filter((o) => o.x);
  const model = fitLogistic(
    withX.map((o) => ({ x: o.x ?? {}, y: (o.accepted === o.correct ? 1 : 0) as 0 | 1 })),
    { l2 },
  );
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    method: 'features',
    bias: round(model.bias),
    weights: Object.fromEntries(Object.entries(model.weights).map(([id, w]) => [id, round(w)])),
    otherwise: curve(
      fitPlatt,
      obs.filter((o) => !o.x),
    ),
  };
}

/**
 * The regression's probability of the side taken, through a Platt curve fitted on the same decisions: the
 * features rank the decisions (which ones are likely wrong), the curve says how often each rank is right.
 */
function thenPlatt(map: CalibrationMap & { method: 'features' }, obs: readonly Observation[]): CalibrationMap {
  const withX = obs.filter((o) => o.x);
  if (withX.length < 10) return map;
  const side = withX.map((o) => ({ raw: calibrate(map, o.raw, o.accepted, features(o)), correct: o.correct }));
  return { ...map, after: fitPlatt(side) as CalibrationCurve };
}

function sides(fitter: typeof fitPlatt, obs: readonly Observation[]): CalibrationMap {
  return {
    method: 'sides',
    accepted: curve(
      fitter,
      obs.filter((o) => o.accepted),
    ),
    rejected: curve(
      fitter,
      obs.filter((o) => !o.accepted),
    ),
  };
}

/** The fold of a group: a hash of its name, so the folds do not depend on the order of the corpora. */
export function foldOf(group: string, folds: number): number {
  let h = 2166136261;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 16777619) >>> 0;
  return h % folds;
}

/** The observation's features as a decision records them. */
export const features = (o: Observation) =>
  o.x ? Object.entries(o.x).map(([id, value]) => ({ id, value })) : undefined;

/** Out-of-fold judgements of each candidate, in the order of CANDIDATES. */
export function crossValidated(obs: readonly Observation[], folds = 5): Judged[][] {
  return CANDIDATES.map(([, fitter]) => {
    const judged: Judged[] = [];
    for (let f = 0; f < folds; f++) {
      const held = obs.filter((o) => foldOf(o.group, folds) === f);
      if (held.length === 0) continue;
      const map = fitter(obs.filter((o) => foldOf(o.group, folds) !== f));
      for (const o of held)
        judged.push({ confidence: calibrate(map, o.raw, o.accepted, features(o)), correct: o.correct });
    }
    return judged;
  });
}

/**
 * The chosen map (undefined: keep the raw confidences), its name and every candidate's cross-validated log loss
 * (`scores`, what decides) and Brier score. A candidate replaces a simpler one only if its log loss is lower by
 * more than `tie` (relative: 0.01 is one per cent).
 */
export function chooseCalibration(
  obs: readonly Observation[],
  tie = 0.01,
): { map: CalibrationMap | undefined; name: string; scores: number[]; brier: number[] } {
  const judged = crossValidated(obs);
  const scores = judged.map(logLoss);
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i] < scores[best] * (1 - tie)) best = i;
  const [name, fitter] = CANDIDATES[best];
  return { map: fitter(obs), name, scores, brier: judged.map(brierScore) };
}
