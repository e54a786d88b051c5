// The model client: any OpenAI-compatible chat-completions endpoint (vLLM, a hosted API …) through
// the official `openai` SDK, with
//  - a concurrency limit (a semaphore over in-flight requests),
//  - a timeout per request (a timed-out request is not retried: it is a fault, the rules decide),
//  - retries with exponential backoff on 429, 5xx and connection errors, honouring `Retry-After`
//    (seconds or an HTTP date) and `retry-after-ms`, capped at `maxRetryWaitMs`,
//  - an on-disk cache keyed by the request (base URL, model, messages, parameters),
//  - an account of requests, cache hits, retries, failures, tokens and time.
// The SDK's own retries are switched off so that every wait is ours and counted.
// `openai` is an optional peer dependency: imported on first use (openai-sdk.ts), so the deterministic
// engine and the CLI without --llm run without it.
import type OpenAI from 'openai';
import { AnswerCache, type CachedAnswer, cacheKey } from './cache.js';
import { loadOpenAI } from './openai-sdk.js';

type OpenAIModule = typeof import('openai');

export type ChatContent =
  | string
  | Array<{ type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } }>;

export interface ChatRequest {
  messages: Array<{ role: 'system' | 'user'; content: ChatContent }>;
  /** OpenAI `response_format` (a JSON schema for the `json` protocol). */
  responseFormat?: Record<string, unknown>;
  maxTokens?: number;
}

export interface ChatAnswer extends CachedAnswer {
  fromCache: boolean;
}

export interface ClientOptions {
  /** OpenAI-compatible base URL, e.g. http://localhost:8000/v1. */
  baseURL: string;
  model: string;
  /** The key itself. */
  apiKey?: string;
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  cacheDir?: string;
  temperature?: number;
  maxTokens?: number;
  /** Longest wait between retries (a larger Retry-After is cut to this). */
  maxRetryWaitMs?: number;
  /** First backoff step; doubles on each retry. */
  backoffMs?: number;
  /** Injected for tests: records waits instead of sleeping through them. */
  sleep?: (ms: number) => Promise<void>;
}

export interface ClientAccount {
  /** HTTP requests made (retries included). */
  requests: number;
  cacheHits: number;
  retries: number;
  /** Calls that ended without an answer (after retries). */
  failures: number;
  promptTokens: number;
  completionTokens: number;
  /** Wall-clock time spent with at least one call open, in ms. */
  ms: number;
}

export class LlmFault extends Error {
  constructor(
    readonly kind: 'timeout' | 'status' | 'connection' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wait asked for by a response, in ms, or undefined. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** An account with nothing counted yet. */
export function emptyAccount(): ClientAccount {
  return { requests: 0, cacheHits: 0, retries: 0, failures: 0, promptTokens: 0, completionTokens: 0, ms: 0 };
}

export class LlmClient {
  readonly account: ClientAccount = emptyAccount();
  /** Every wait between retries, in ms (for the account and tests). */
  readonly waits: number[] = [];
  private sdk?: { client: OpenAI; module: OpenAIModule };
  private readonly cache?: AnswerCache;
  private active = 0;
  private readonly queue: Array<() => void> = [];
  private openCalls = 0;
  private openSince = 0;

  constructor(readonly options: ClientOptions) {
    if (options.cacheDir) this.cache = new AnswerCache(options.cacheDir);
  }

  private async connect(): Promise<{ client: OpenAI; module: OpenAIModule }> {
    if (this.sdk) return this.sdk;
    const module = await loadOpenAI();
    const client = new module.OpenAI({
      baseURL: this.options.baseURL,
      apiKey: this.options.apiKey || 'none',
      timeout: this.options.timeoutMs ?? 120_000,
      maxRetries: 0,
    });
    this.sdk = { client, module };
    return this.sdk;
  }

  private async acquire(): Promise<void> {
    const limit = Math.max(1, this.options.concurrency ?? 4);
    if (this.active < limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.active--;
  }

  private body(request: ChatRequest) {
    return {
      model: this.options.model,
      messages: request.messages,
      temperature: this.options.temperature ?? 0,
      max_tokens: request.maxTokens ?? this.options.maxTokens ?? 4096,
      ...(request.responseFormat ? { response_format: request.responseFormat } : {}),
    };
  }

  /** One chat completion: from the cache, or from the server with retries. Throws LlmFault. */
  async complete(request: ChatRequest): Promise<ChatAnswer> {
    const body = this.body(request);
    const key = cacheKey({ baseURL: this.options.baseURL, ...body });
    const cached = this.cache?.get(key);
    if (cached) {
      this.account.cacheHits++;
      return { ...cached, fromCache: true };
    }
    const sdk = await this.connect();
    await this.acquire();
    if (this.openCalls++ === 0) this.openSince = Date.now();
    try {
      const answer = await this.withRetries(body, sdk);
      this.cache?.set(key, answer);
      return { ...answer, fromCache: false };
    } finally {
      if (--this.openCalls === 0) this.account.ms += Date.now() - this.openSince;
      this.release();
    }
  }

  private async withRetries(
    body: ReturnType<LlmClient['body']>,
    sdk: { client: OpenAI; module: OpenAIModule },
  ): Promise<CachedAnswer> {
    const { APIError } = sdk.module;
    const retries = this.options.retries ?? 3;
    const sleep = this.options.sleep ?? defaultSleep;
    for (let attempt = 0; ; attempt++) {
      this.account.requests++;
      try {
        // The SDK's types want its own message union; ours is a subset of it.
        const response = await sdk.client.chat.completions.create(
          body as unknown as OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming,
        );
        const choice = response.choices?.[0];
        this.account.promptTokens += response.usage?.prompt_tokens ?? 0;
        this.account.completionTokens += response.usage?.completion_tokens ?? 0;
        const content = choice?.message?.content;
        if (typeof content !== 'string') {
          this.account.failures++;
          throw new LlmFault('empty', 'the server answered without a message');
        }
        return {
          content,
          finishReason: choice.finish_reason ?? null,
          promptTokens: response.usage?.prompt_tokens ?? 0,
          completionTokens: response.usage?.completion_tokens ?? 0,
        };
      } catch (error) {
        if (error instanceof LlmFault) throw error;
        const fault = classify(error, sdk.module);
        const retryable =
          fault.kind === 'connection' ||
          (fault.kind === 'status' && (fault.status === 429 || (fault.status ?? 0) >= 500));
        if (!retryable || attempt >= retries) {
          this.account.failures++;
          throw new LlmFault(fault.kind, fault.message);
        }
        const backoff = (this.options.backoffMs ?? 500) * 2 ** attempt;
        const asked = error instanceof APIError ? retryAfterMs(error.headers as Headers | undefined) : undefined;
        const wait = Math.min(this.options.maxRetryWaitMs ?? 60_000, asked ?? backoff);
        this.account.retries++;
        this.waits.push(wait);
        await sleep(wait);
      }
    }
  }
}

function classify(
  error: unknown,
  { APIConnectionTimeoutError, APIError }: OpenAIModule,
): { kind: LlmFault['kind']; status?: number; message: string } {
  if (error instanceof APIConnectionTimeoutError) return { kind: 'timeout', message: 'the request timed out' };
  if (error instanceof APIError && typeof error.status === 'number')
    return { kind: 'status', status: error.status, message: `the server answered HTTP ${error.status}` };
  if (error instanceof APIError) return { kind: 'connection', message: `connection failed (${error.message})` };
  return { kind: 'connection', message: `request failed (${(error as Error)?.message ?? String(error)})` };
}
