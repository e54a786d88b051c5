// Text with a long run (≥ 128 characters without a space, or of spaces) is counted by docstitch's own merge
// loop over js-tiktoken's rank table (linear in the run, #11); its counts must be js-tiktoken's own, which
// is still fast enough to ask on runs of a few hundred characters.
import { createRequire } from 'node:module';
import { Tiktoken, type TiktokenBPE } from 'js-tiktoken/lite';
import { describe, expect, it } from 'vitest';
import { type TiktokenEncoding, tiktokenTokenizer } from '../../src/retrieval/tokenizer.js';

function reference(encoding: TiktokenEncoding): Tiktoken {
  const ranks = createRequire(import.meta.url)(`js-tiktoken/ranks/${encoding}`) as
    | TiktokenBPE
    | { default: TiktokenBPE };
  return new Tiktoken('default' in ranks ? ranks.default : ranks);
}

/** A deterministic pseudo-random string of `length` characters drawn from `alphabet`. */
function draw(alphabet: string, length: number, seed: number): string {
  const chars = [...alphabet];
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += chars[x % chars.length];
  }
  return out;
}

const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz',
  'aaaab',
  '的一是不了人我在有他这为之大来以个中上们',
  '-=_.',
  ' \n\t',
  'abc123 -_.,;<|>',
  'éüßøÅ日本語한국어abc',
  'ab<|endoftext|>cd ',
  'ab1 ',
];

describe('token counts of text with long runs', () => {
  for (const encoding of ['cl100k_base', 'o200k_base'] as const) {
    it(`are js-tiktoken's own (${encoding})`, () => {
      const enc = reference(encoding);
      const tok = tiktokenTokenizer(encoding);
      let longRuns = 0;
      for (let k = 0; k < 120; k++) {
        const alphabet = ALPHABETS[k % ALPHABETS.length];
        const text = `Some words first. ${draw(alphabet, 128 + ((k * 37) % 400), k + 1)} and after ${draw(ALPHABETS[(k + 3) % ALPHABETS.length], 30, k)}`;
        if (/\S{128}|\s{128}/u.test(text)) longRuns++;
        expect(tok.count(text), JSON.stringify(text.slice(0, 60))).toBe(enc.encode(text, 'all').length);
      }
      expect(longRuns).toBeGreaterThan(80); // most cases take the new path
    });
  }
});
