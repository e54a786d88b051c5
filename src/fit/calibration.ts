// Are confidences honest? A reliability table (decisions grouped by the confidence they claimed, beside
// the share that the gold confirms) and the expected calibration error: the mean gap between claimed and
// observed, weighted by how many decisions fall in each group (Guo et al. 2017, equal-width bins); and the
// calibration maps (src/weights/calibration.ts) fitted to make them honest: Platt scaling (a logistic
// regression on the log-odds of the claimed confidence) and isotonic regression (pool adjacent violators).
import type { CalibrationMap } from '../weights/calibration.js';
import { fitLogistic } from './logistic.js';

export interface Judged {
  /** The confidence the engine gave the decision it took (0.5–1). */
  confidence: number;
  /** Whether the gold agrees with the decision taken. */
  correct: boolean;
}

export interface ReliabilityRow {
  /** Bin bounds [low, high). The last bin includes 1. */
  low: number;
  high: number;
  count: number;
  /** Mean claimed confidence in the bin. */
  confidence: number;
  /** Share of the bin's decisions that the gold confirms. */
  accuracy: number;
}

/**
 * Equal-width bins over [from, 1]; empty bins are left out. Confidences below `from` (a calibrated decision
 * that is more often wrong than right) fall in bins of the same width below it.
 */
export function reliabilityTable(judged: readonly Judged[], bins = 5, from = 0.5): ReliabilityRow[] {
  const width = (1 - from) / bins;
  const rows: ReliabilityRow[] = [];
  const lowest = Math.min(from, ...judged.map((j) => j.confidence));
  const below = Math.ceil((from - lowest) / width - 1e-9);
  for (let b = -below; b < bins; b++) {
    const low = from + b * width;
    const high = b === bins - 1 ? 1 : low + width;
    const inBin = judged.filter(
      (j) => j.confidence >= low - 1e-12 && (b === bins - 1 ? j.confidence <= 1 : j.confidence < high),
    );
    if (inBin.length === 0) continue;
    const confidence = inBin.reduce((s, j) => s + j.confidence, 0) / inBin.length;
    const accuracy = inBin.filter((j) => j.correct).length / inBin.length;
    rows.push({ low, high, count: inBin.length, confidence, accuracy });
  }
  return rows;
}

/** Expected calibration error over the table's bins: Σ (count / total) × |accuracy − confidence|. */
export function expectedCalibrationError(rows: readonly ReliabilityRow[]): number {
  const total = rows.reduce((s, r) => s + r.count, 0);
  if (total === 0) return 0;
  return rows.reduce((s, r) => s + (r.count / total) * Math.abs(r.accuracy - r.confidence), 0);
}

/**
 * The Brier score: the mean squared gap between the claimed confidence and the outcome (1 right, 0 wrong).
 * Unlike the ECE it cannot be lowered by claiming one average confidence for everything, so maps are
 * reported beside the log loss (a proper scoring rule: calibration and sharpness both count).
 */
export function brierScore(judged: readonly Judged[]): number {
  if (judged.length === 0) return 0;
  return judged.reduce((s, j) => s + (j.confidence - (j.correct ? 1 : 0)) ** 2, 0) / judged.length;
}

/**
 * The log loss (cross-entropy): the mean of −ln(the confidence given to what happened), clipped at 1e-6. A
 * proper scoring rule like the Brier score, but an error claimed at 0.99 costs twice what one at 0.9 does
 * (the Brier score counts them about the same): where errors are rare (one decision in a hundred) the Brier
 * score barely tells a map that flags them from one that claims the same confidence for everything, and the
 * model path (`unsure` mode) needs the first. Maps are chosen by it.
 */
export function logLoss(judged: readonly Judged[]): number {
  if (judged.length === 0) return 0;
  const clip = (p: number) => Math.min(1 - 1e-6, Math.max(1e-6, p));
  return judged.reduce((s, j) => s - Math.log(clip(j.correct ? j.confidence : 1 - j.confidence)), 0) / judged.length;
}

/** A decision's claimed (uncalibrated) confidence and whether it was right, for fitting a map. */
export interface Observed {
  raw: number;
  correct: boolean;
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** Platt scaling: P(right) = σ(slope × logit(raw) + offset), by maximum likelihood (a tiny penalty keeps it finite). */
export function fitPlatt(observed: readonly Observed[]): CalibrationMap {
  const m = fitLogistic(
    observed.map((o) => ({ x: { logit: logit(o.raw) }, y: o.correct ? 1 : 0 })),
    { l2: 1e-3 },
  );
  return { method: 'platt', slope: round(m.weights.logit ?? 0), offset: round(m.bias) };
}

/**
 * Isotonic regression: the non-decreasing step curve closest to the observed rightness (pool adjacent
 * violators over the decisions sorted by raw confidence, equal confidences pooled first), as one point per
 * block (its mean raw confidence, its share right, shrunk towards the stage's overall share by `prior`
 * pseudo-decisions so a block of three does not claim 1.00).
 */
export function fitIsotonic(observed: readonly Observed[], prior = 2): CalibrationMap {
  const overall = observed.filter((o) => o.correct).length / Math.max(1, observed.length);
  const sorted = [...observed].sort((a, b) => a.raw - b.raw);
  const blocks: { sumX: number; right: number; n: number }[] = [];
  for (const o of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.sumX / last.n === o.raw) {
      last.sumX += o.raw;
      last.right += o.correct ? 1 : 0;
      last.n++;
    } else blocks.push({ sumX: o.raw, right: o.correct ? 1 : 0, n: 1 });
    while (blocks.length > 1) {
      const [a, b] = blocks.slice(-2);
      if (a.right / a.n < b.right / b.n) break;
      blocks.splice(-2, 2, { sumX: a.sumX + b.sumX, right: a.right + b.right, n: a.n + b.n });
    }
  }
  const points = blocks.map((b): [number, number] => [
    round(b.sumX / b.n),
    round((b.right + prior * overall) / (b.n + prior)),
  ]);
  // shrinking can undo the order between neighbours of very different sizes: keep the curve non-decreasing
  for (let i = 1; i < points.length; i++) points[i][1] = Math.max(points[i][1], points[i - 1][1]);
  return { method: 'isotonic', points };
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
