// Token counting for chunk budgets: a real BPE tokenizer (js-tiktoken), cl100k_base by default.
// The rank table (~1 MB) is loaded on first use, synchronously, so importing docstitch stays cheap.
import { createRequire } from 'node:module';
import { Tiktoken, type TiktokenBPE } from 'js-tiktoken/lite';

/** Anything that counts tokens. Pass your own to budget for another model's tokenizer. */
export interface Tokenizer {
  /** A name recorded in the output (`cl100k_base`, `o200k_base`, `my-tokenizer` …). */
  readonly name: string;
  count(text: string): number;
}

export type TiktokenEncoding = 'cl100k_base' | 'o200k_base' | 'p50k_base' | 'r50k_base' | 'gpt2';

const cache = new Map<string, Tokenizer>();

/** A js-tiktoken tokenizer for one of the encodings shipped with js-tiktoken. */
export function tiktokenTokenizer(encoding: TiktokenEncoding = 'cl100k_base'): Tokenizer {
  const cached = cache.get(encoding);
  if (cached) return cached;
  let enc: Tiktoken | undefined;
  const tokenizer: Tokenizer = {
    name: encoding,
    count(text: string): number {
      if (!text) return 0;
      if (!enc) {
        const ranks = createRequire(import.meta.url)(`js-tiktoken/ranks/${encoding}`) as
          | TiktokenBPE
          | { default: TiktokenBPE };
        enc = new Tiktoken('default' in ranks ? ranks.default : ranks);
      }
      return enc.encode(text, 'all').length;
    },
  };
  cache.set(encoding, tokenizer);
  return tokenizer;
}

export function resolveTokenizer(t: Tokenizer | TiktokenEncoding | undefined): Tokenizer {
  if (t === undefined) return tiktokenTokenizer();
  return typeof t === 'string' ? tiktokenTokenizer(t) : t;
}
