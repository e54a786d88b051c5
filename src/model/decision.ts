import type { Feature } from './evidence.js';
// Decisions: every document-level judgement carries a rule id, a sentence, a confidence and the
// refs it points at (like vfile-message), so users can audit it and the LLM path can target the unsure ones.

export type StageName = 'furniture' | 'text-merge' | 'table-merge' | 'headings' | 'captions' | 'references';

/** How a model took part in a decision (the LLM path, src/llm/): structured, never appended to `message`. */
export interface LlmInvolvement {
  /** The model's name and the protocol it was asked in. */
  model: string;
  protocol: string;
  /** The model's answer in a few words ("joined", "level 2", "not a heading"); absent when it gave none. */
  answer?: string;
  /** The answer changed the rules' decision (false: it confirmed it). */
  changed?: boolean;
  /** Why the rules' decision stands although the question was sent (no answer, an unusable one). */
  fallback?: string;
  /** Overlapping chunks answered differently; the more central answer was taken. */
  conflict?: boolean;
}

export interface Decision {
  stage: StageName;
  /** Machine-readable rule id, e.g. `furniture.repeated-text`. */
  rule: string;
  /** One human sentence. */
  message: string;
  /** 0..1: how sure the engine is that this decision is right. */
  confidence: number;
  /** The elements the decision is about (refs into the input), in reading order. */
  refs: string[];
  /** Internal element ids matching `refs`. */
  ids: number[];
  /** `rules` (deterministic engine), `parser` (taken from the parser's own output), `llm`. */
  by: 'rules' | 'parser' | 'llm';
  /** true when the decision says "yes" (merge, heading, link, furniture); false for a considered and rejected candidate. */
  accepted: boolean;
  /** The evidence the decision weighed, with each feature's contribution to its score (src/model/evidence.ts). */
  features?: Feature[];
  /** Set when the LLM path asked a model about this decision. */
  llm?: LlmInvolvement;
}

export function decision(
  stage: StageName,
  rule: string,
  message: string,
  confidence: number,
  elements: ReadonlyArray<{ id: number; ref: string }>,
  accepted = true,
  by: Decision['by'] = 'rules',
  features?: Feature[],
): Decision {
  const made: Decision = {
    stage,
    rule,
    message,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000,
    refs: elements.map((e) => e.ref),
    ids: elements.map((e) => e.id),
    by,
    accepted,
  };
  if (features) made.features = features;
  return made;
}
