// Printing calibration: one line per group (ECE and the reliability table), for `npm run fit` and
// `npm run eval:calibration`.
import { brierScore, expectedCalibrationError, type Judged, reliabilityTable } from './calibration.js';

/** ECE over the usual bins (0.1 wide, from 0.5 up; lower ones only when a confidence falls there). */
export function ece(judged: readonly Judged[]): number {
  return expectedCalibrationError(reliabilityTable(judged));
}

/** `low–high: share right of count` for each non-empty bin. */
export function reliabilityCells(judged: readonly Judged[]): string {
  return reliabilityTable(judged)
    .map((r) => `${r.low.toFixed(1)}–${r.high.toFixed(1)}: ${r.accuracy.toFixed(2)} of ${r.count}`)
    .join('; ');
}

export function calibrationLine(name: string, judged: readonly Judged[], width = 10): string {
  return `  ${name.padEnd(width)} ECE ${ece(judged).toFixed(3)}  Brier ${brierScore(judged).toFixed(3)}  n ${String(judged.length).padStart(5)}  (${reliabilityCells(judged)})`;
}

/** The reliability table as Markdown rows: bin, decisions, mean confidence, share right. */
export function reliabilityMarkdown(judged: readonly Judged[]): string[] {
  return reliabilityTable(judged).map(
    (r) =>
      `| ${r.low.toFixed(1)}–${r.high.toFixed(1)} | ${r.count} | ${r.confidence.toFixed(3)} | ${r.accuracy.toFixed(3)} |`,
  );
}
