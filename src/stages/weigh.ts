// How a stage weighs its evidence: its row of the weights table (src/weights/<stage>.ts, keys without the
// stage prefix) applied to its observations (ids `<stage>.<feature>`) by combine(), and the score turned
// into a confidence by the one shared curve (src/model/evidence.ts). A table's `bias` starts every score;
// its `scale`, when it has one, is the score that makes the engine e times surer (default 1: logits).
import { combine, confidenceFromScore, type Feature, type Observation } from '../model/evidence.js';

export interface Weighed {
  score: number;
  features: Feature[];
  /** How sure the engine is of the side of `threshold` the score lies on. */
  confidence: number;
}

export type Weigh = (observations: readonly Observation[], threshold?: number) => Weighed;

export function weigher(stage: string, table: Readonly<Record<string, number>>): Weigh {
  const weights: Record<string, number> = {};
  for (const [key, value] of Object.entries(table)) {
    if (key !== 'bias' && key !== 'scale') weights[`${stage}.${key}`] = value;
  }
  const bias = table.bias ?? 0;
  const scale = table.scale ?? 1;
  return (observations, threshold = 0) => {
    const { score, features } = combine(observations, weights, bias);
    return { score, features, confidence: confidenceFromScore(score, threshold, scale) };
  };
}

/** One yes/no observation. */
export function seen(id: string, value = 1): Observation {
  return { id, value };
}
