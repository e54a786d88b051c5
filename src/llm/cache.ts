// On-disk cache of model answers, keyed by the request: a rerun with the same input, model and
// prompts costs no request at all. One JSON file per answer, `DIR/ab/abcdef….json`, written through a
// temporary name so a crash never leaves half a file. Only successful answers are stored.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CachedAnswer {
  content: string;
  finishReason: string | null;
  promptTokens: number;
  completionTokens: number;
}

/** Stable JSON (object keys sorted) so equal requests give equal keys. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function cacheKey(request: unknown): string {
  return createHash('sha256').update(stableJson(request)).digest('hex');
}

export class AnswerCache {
  constructor(readonly dir: string) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): CachedAnswer | undefined {
    try {
      const value = JSON.parse(readFileSync(this.path(key), 'utf8')) as CachedAnswer;
      return typeof value?.content === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, answer: CachedAnswer): void {
    const path = this.path(key);
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(answer)}\n`);
      renameSync(tmp, path);
    } catch {
      // A cache that cannot be written only costs a request next time.
    }
  }
}
