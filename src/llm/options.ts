// What the LLM path takes (endpoint, model, mode, protocol …) and what it reports back.
import type { ChunkPlanOptions } from './chunking.js';
import { type ClientAccount, type ClientOptions, emptyAccount, LlmClient } from './client.js';

export type LlmMode = 'unsure' | 'all' | 'off';
export type LlmProtocol = 'popo' | 'json';

/** The client's options (endpoint, model, key, concurrency, retries, cache …) and what the path adds. */
export interface LlmOptions extends ClientOptions {
  /** Also have the model write each section's summary (extractive ones stay where a call fails). */
  summaries?: boolean;
  /** Environment variable holding the key when `apiKey` is not given (default OPENAI_API_KEY). */
  apiKeyEnv?: string;
  mode?: LlmMode;
  protocol?: LlmProtocol;
  /** Source PDF: its pages are rendered and sent with each popo chunk. */
  pdf?: string;
  chunking?: Partial<ChunkPlanOptions>;
  /** Overrides the engine's `unsureBelow`. */
  unsureBelow?: number;
}

export interface LlmReport extends ClientAccount {
  mode: LlmMode;
  protocol: LlmProtocol;
  model: string;
  /** All decisions of the run. */
  decisions: number;
  /** Decisions the model could be asked about. */
  candidates: number;
  /** Decisions sent to the model. */
  sent: number;
  /** Sent and answered. */
  answered: number;
  /** Answered differently from the rules. */
  changed: number;
  /** Decisions the model added (links no stage considered; `all` mode). */
  added: number;
  /** Sent but not answered: the rules' decision stands. */
  fallbacks: number;
  /** Refs of the decisions sent (`stage:ref ref`). */
  sentKeys: string[];
  notes: string[];
}

/** A client for the path's options, the key read from the environment when not given. */
export function llmClient(llm: LlmOptions, overrides: Partial<ClientOptions> = {}): LlmClient {
  return new LlmClient({ ...llm, apiKey: llm.apiKey ?? process.env[llm.apiKeyEnv ?? 'OPENAI_API_KEY'], ...overrides });
}

export function emptyReport(options: LlmOptions, decisions = 0): LlmReport {
  return {
    mode: options.mode ?? 'unsure',
    protocol: options.protocol ?? 'popo',
    model: options.model,
    decisions,
    candidates: 0,
    sent: 0,
    answered: 0,
    changed: 0,
    added: 0,
    fallbacks: 0,
    ...emptyAccount(),
    sentKeys: [],
    notes: [],
  };
}

/** One line for stderr: requests, cache hits, tokens, time, and what the model decided. */
export function formatLlmReport(r: LlmReport): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return (
    `llm (${r.protocol}, ${r.mode}, ${r.model}): ${n(r.requests)} request${r.requests === 1 ? '' : 's'}` +
    ` (${n(r.cacheHits)} from cache, ${n(r.retries)} retried, ${n(r.failures)} failed),` +
    ` ${n(r.promptTokens)} prompt + ${n(r.completionTokens)} completion tokens, ${(r.ms / 1000).toFixed(1)} s;` +
    ` ${r.sent} of ${r.decisions} decisions sent, ${r.changed} changed, ${r.added} added, ${r.fallbacks} fell back to the rules` +
    r.notes.map((note) => `\n  note: ${note}`).join('')
  );
}
