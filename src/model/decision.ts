// Decisions: every document-level judgement is a Message (src/model/message.ts: rule id, reason, place) with a
// confidence and the evidence it weighed, so users can audit it and the LLM path can target the unsure ones.
import type { Feature } from './evidence.js';
import type { Message, MessagePlace } from './message.js';

export type StageName = 'furniture' | 'text-merge' | 'table-merge' | 'headings' | 'captions' | 'references';

/** How a model took part in a decision (the LLM path, src/llm/): structured, never appended to `reason`. */
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

export interface Decision extends Message {
  /** The elements the decision is about (refs into the input), in reading order. */
  place: MessagePlace & { refs: string[] };
  /** Always `info`: a decision is no problem, only a judgement to audit. */
  severity: 'info';
  stage: StageName;
  /** 0..1: how sure the engine is that this decision is right. */
  confidence: number;
  /** Internal element ids matching `place.refs` (the elements the decision is about, in reading order). */
  ids: number[];
  /** `rules` (deterministic engine), `parser` (taken from the parser's own output), `llm`. */
  by: 'rules' | 'parser' | 'llm';
  /** true when the decision says "yes" (merge, heading, link, furniture); false for a considered and rejected candidate. */
  accepted: boolean;
  /** The evidence the decision weighed, with each feature's contribution to its score (src/model/evidence.ts). */
  features?: Feature[];
  /** Heading decisions: the level given (accepted) or proposed. */
  level?: number;
  /** Set when the LLM path asked a model about this decision. */
  llm?: LlmInvolvement;
}

export function decision(
  stage: StageName,
  rule: string,
  reason: string,
  confidence: number,
  elements: ReadonlyArray<{ id: number; ref: string }>,
  accepted = true,
  by: Decision['by'] = 'rules',
  features?: Feature[],
): Decision {
  const place = { refs: elements.map((e) => e.ref) };
  const rounded = Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000;
  const ids = elements.map((e) => e.id);
  // one literal with every member (features last, as before): a member added afterwards goes to a store of its
  // own, about 40 bytes more for each of the 48,835 decisions of 10,000 pages
  if (!features)
    return { ruleId: rule, reason, place, severity: 'info', stage, confidence: rounded, ids, by, accepted };
  return { ruleId: rule, reason, place, severity: 'info', stage, confidence: rounded, ids, by, accepted, features };
}
