// Are confidences honest? A reliability table (decisions grouped by the confidence they claimed, beside
// the share that the gold confirms) and the expected calibration error: the mean gap between claimed and
// observed, weighted by how many decisions fall in each group (Guo et al. 2017, equal-width bins).

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

/** Equal-width bins over [from, 1]; empty bins are left out. */
export function reliabilityTable(judged: readonly Judged[], bins = 5, from = 0.5): ReliabilityRow[] {
  const width = (1 - from) / bins;
  const rows: ReliabilityRow[] = [];
  for (let b = 0; b < bins; b++) {
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
