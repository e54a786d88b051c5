// Calibration: per stage, the map from the confidence the stage's rules give a decision (the shared logistic
// curve of its score, or a hand-set number) to the probability that the decision is right, fitted on the
// training documents of the corpora by `npm run fit` (src/fit/calibration.ts) and written to ./fitted.ts.
// The engine applies it to every decision of the stage after the stages ran (engine option `calibrate`), so
// a confidence of 0.8 means right 8 times in 10 even where the features are hand-set. Two forms: Platt
// (a line on the log-odds: p = σ(slope × logit(raw) + offset)) and isotonic (a non-decreasing curve through
// points, linear between them, flat beyond the ends); either one curve for the stage, or one for the decisions
// that say yes (merge, heading, link, furniture) and one for those that say no (`sides`); or, where the
// features say more than the score does, a logistic regression on the decision's recorded features, whose
// probability of the side taken is the confidence (`features`: confidence = the fitted probability while the
// decision stays the rules'; a feature id it does not know adds nothing), optionally through a last curve
// (`after`) fitted on that probability: the regression ranks the decisions, the curve makes the ranks honest.
import { fittedCalibration } from './fitted.js';

export type CalibrationCurve =
  | { method: 'platt'; slope: number; offset: number }
  | { method: 'isotonic'; points: ReadonlyArray<readonly [number, number]> };

export type CalibrationMap =
  | CalibrationCurve
  | { method: 'sides'; accepted: CalibrationCurve; rejected: CalibrationCurve }
  | {
      /** P(yes) = σ(bias + Σ weight × value) over the features the decision recorded; the decisions without any use `otherwise`. */
      method: 'features';
      bias: number;
      weights: Readonly<Record<string, number>>;
      otherwise: CalibrationCurve;
      /** A curve the probability of the side taken goes through last (the regression ranks, the curve calibrates). */
      after?: CalibrationCurve;
    };

/** The stages' maps (stage name as in decisions: `text-merge`); a stage without one keeps its confidences. */
export const defaultCalibration: Readonly<Record<string, CalibrationMap>> = fittedCalibration;

const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/**
 * The calibrated probability that a decision with confidence `raw` (saying yes when `accepted`, with the
 * recorded `features`) is right.
 */
export function calibrate(
  map: CalibrationMap | undefined,
  raw: number,
  accepted = true,
  features?: ReadonlyArray<{ id: string; value: number }>,
): number {
  if (!map) return raw;
  if (map.method === 'sides') return calibrate(accepted ? map.accepted : map.rejected, raw);
  if (map.method === 'features') {
    if (!features) return calibrate(map.otherwise, raw);
    const z = features.reduce((sum, f) => sum + (map.weights[f.id] ?? 0) * f.value, map.bias);
    const yes = 1 / (1 + Math.exp(-z));
    const side = accepted ? yes : 1 - yes;
    return map.after ? calibrate(map.after, side) : side;
  }
  if (map.method === 'platt') return 1 / (1 + Math.exp(-(map.slope * logit(raw) + map.offset)));
  const pts = map.points;
  if (pts.length === 0) return raw;
  if (raw <= pts[0][0]) return pts[0][1];
  for (let i = 1; i < pts.length; i++) {
    const [x1, y1] = pts[i];
    if (raw <= x1) {
      const [x0, y0] = pts[i - 1];
      return x1 === x0 ? y1 : y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
    }
  }
  return pts[pts.length - 1][1];
}
