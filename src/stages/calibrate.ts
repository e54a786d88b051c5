// After the stages: every decision's confidence through its stage's calibration map (src/weights/calibration.ts),
// so it is the probability, measured on the training documents, that a decision like it is right. The
// decisions themselves do not change; only how sure the engine says it is. Decisions a model took part in are
// left alone (the LLM path sets their confidence).
import type { Decision } from '../model/decision.js';
import { type CalibrationMap, calibrate } from '../weights/calibration.js';

export function calibrateDecisions(
  decisions: readonly Decision[],
  maps: Readonly<Record<string, CalibrationMap>>,
): void {
  for (const d of decisions) {
    if (d.by === 'llm') continue;
    const map = maps[d.stage];
    if (map) d.confidence = Math.round(calibrate(map, d.confidence, d.accepted, d.features) * 1000) / 1000;
  }
}
