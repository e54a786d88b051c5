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
  let countLong: ((text: string) => number) | undefined;
  const tokenizer: Tokenizer = {
    name: encoding,
    count(text: string): number {
      if (!text) return 0;
      if (!enc) {
        const ranks = createRequire(import.meta.url)(`js-tiktoken/ranks/${encoding}`) as
          | TiktokenBPE
          | { default: TiktokenBPE };
        enc = new Tiktoken('default' in ranks ? ranks.default : ranks);
        countLong = linearCounter(enc);
      }
      if (countLong && LONG_RUN.test(text)) return countLong(text);
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

// js-tiktoken merges the byte pairs of one pre-tokenizer piece by rescanning the whole piece after every
// merge: quadratic in the piece's length. A piece is a run of letters, of punctuation or of spaces (plus
// one character), so text with no run of LONG_RUN's length keeps every piece short and goes to js-tiktoken
// as it is. Text with one (a URL, a hash, a line of CJK, a rule of dashes) is counted by the same
// pre-tokenizer, special tokens and rank table, with the same merges chosen from a heap (lowest rank,
// leftmost first): the same count, in O(n log n) (#11: 10,000 letters took 35 s).
const LONG_RUN = /\S{128}|\s{128}/u;

/** Fields of js-tiktoken's Tiktoken that are marked internal; checked at run time before use. */
interface TiktokenInternals {
  rankMap: Map<string, number>;
  patStr: string;
  specialTokens: Record<string, number>;
}

function linearCounter(enc: Tiktoken): ((text: string) => number) | undefined {
  const inner = enc as unknown as Partial<TiktokenInternals>;
  const { rankMap, patStr, specialTokens } = inner;
  if (!(rankMap instanceof Map) || typeof patStr !== 'string' || !specialTokens) return undefined;
  const specials = Object.keys(specialTokens);
  if (specials.length === 0) return undefined;
  const specialRegex = new RegExp(specials.map((s) => s.replace(/[\\^$*+?.()|[\]{}]/g, '\\$&')).join('|'), 'g');
  const utf8 = new TextEncoder();
  return (text) => {
    let count = 0;
    let start = 0;
    for (;;) {
      // Every special token is allowed (as in `encode(text, 'all')`): each counts as one token.
      specialRegex.lastIndex = start;
      const special = specialRegex.exec(text);
      const end = special?.index ?? text.length;
      for (const match of text.substring(start, end).matchAll(new RegExp(patStr, 'ug'))) {
        const piece = utf8.encode(match[0]);
        count += piece.length > 1 && rankMap.has(piece.join(',')) ? 1 : mergedParts(piece, rankMap);
      }
      if (!special) return count;
      count++;
      start = special.index + special[0].length;
    }
  };
}

/**
 * How many tokens byte-pair merging leaves of `piece`: js-tiktoken's merge order (the adjacent pair of
 * lowest rank, leftmost on a tie, until no pair has a rank), with a heap instead of a rescan per merge.
 */
function mergedParts(piece: Uint8Array, ranks: Map<string, number>): number {
  const n = piece.length;
  if (n <= 1) return n;
  // Parts are linked by their first byte's index; a part ends where the next one starts.
  const next = new Int32Array(n);
  const prev = new Int32Array(n);
  const version = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    next[i] = i + 1;
    prev[i] = i - 1;
  }
  const heap = new PairHeap();
  const pairRank = (i: number): number | undefined => {
    const j = next[i];
    if (j >= n) return undefined;
    return ranks.get(piece.subarray(i, next[j]).join(','));
  };
  const offer = (i: number) => {
    const rank = pairRank(i);
    if (rank !== undefined) heap.push(rank, i, version[i]);
  };
  for (let i = 0; i < n - 1; i++) offer(i);
  let parts = n;
  for (;;) {
    const top = heap.pop();
    if (!top) break;
    const [, i, stamp] = top;
    if (stamp !== version[i] || next[i] >= n) continue; // a part that changed since it was offered
    const j = next[i];
    next[i] = next[j];
    if (next[j] < n) prev[next[j]] = i;
    version[i]++;
    version[j]++;
    parts--;
    offer(i);
    if (prev[i] >= 0) {
      version[prev[i]]++;
      offer(prev[i]);
    }
  }
  return parts;
}

/** A binary min-heap of (rank, position, version), ordered by rank, then position. */
class PairHeap {
  private readonly items: Array<[number, number, number]> = [];

  push(rank: number, position: number, stamp: number): void {
    const items = this.items;
    items.push([rank, position, stamp]);
    let k = items.length - 1;
    while (k > 0) {
      const up = (k - 1) >> 1;
      if (!this.less(items[k], items[up])) break;
      [items[k], items[up]] = [items[up], items[k]];
      k = up;
    }
  }

  pop(): [number, number, number] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < items.length && this.less(items[l], items[m])) m = l;
        if (r < items.length && this.less(items[r], items[m])) m = r;
        if (m === k) break;
        [items[k], items[m]] = [items[m], items[k]];
        k = m;
      }
    }
    return top;
  }

  private less(a: [number, number, number], b: [number, number, number]): boolean {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
}
