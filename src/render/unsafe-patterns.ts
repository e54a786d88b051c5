// Which of mdast-util-to-markdown's unsafe patterns (the escape rules of its serializer, with GFM tables' and
// math's) can apply, found once per list of patterns rather than per text or per line break: the subset whose
// characters a text holds (`unsafeFor`) and whether a bare line end is unsafe where a break stands
// (`lineEndUnsafe`). Each gives what the serializer's own loop over all the patterns would (document.md's
// handlers in markdown.ts; test/render/markdown-text-handler.test.ts compares them with the default handlers).
import type { State } from 'mdast-util-to-markdown';

/**
 * The unsafe patterns that can match in `value`: each matches its `character` itself, so one whose character
 * `value` lacks finds nothing. `safe` escapes the positions the patterns find, whatever the order they are
 * tried in; without the others it runs a few regular expressions per text instead of some sixty. The subsets
 * are made once per set of pattern characters present (`PatternSubsets`), not once per text.
 */
export function unsafeFor(unsafe: State['unsafe'], value: string): State['unsafe'] {
  let subsets = SUBSETS.get(unsafe);
  if (!subsets) {
    subsets = patternSubsets(unsafe);
    SUBSETS.set(unsafe, subsets);
  }
  const { lowBit, highBit, byMask } = subsets;
  if (!lowBit || !highBit) return filterByPresence(unsafe, value);
  // the characters present as two words of bits (the default patterns and GFM tables' and math's: 57 characters)
  let low = 0;
  let high = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) {
      low |= lowBit[code];
      high |= highBit[code];
    }
  }
  let byLow = byMask.get(high);
  if (!byLow) {
    byLow = new Map();
    byMask.set(high, byLow);
  }
  let subset = byLow.get(low);
  if (!subset) {
    subset = filterByPresence(unsafe, value);
    byLow.set(low, subset);
  }
  return subset;
}

/**
 * The patterns' ASCII characters as bits of two words (`lowBit` the first 31 characters, `highBit` the next 31;
 * both undefined past 62) and the subsets made so far, by the bits present (the high word, then the low one).
 */
interface PatternSubsets {
  lowBit?: Int32Array;
  highBit?: Int32Array;
  byMask: Map<number, Map<number, State['unsafe']>>;
}

/** Per list of unsafe patterns (one per `toMarkdown` call). */
const SUBSETS = new WeakMap<State['unsafe'], PatternSubsets>();

/** Bits per word of `PatternSubsets` (a small integer in V8 either way). */
const WORD_BITS = 31;

function patternSubsets(unsafe: State['unsafe']): PatternSubsets {
  const lowBit = new Int32Array(128);
  const highBit = new Int32Array(128);
  const seen = new Uint8Array(128);
  let bits = 0;
  for (const p of unsafe) {
    const code = p.character.charCodeAt(0);
    if (p.character.length !== 1 || code >= 128 || seen[code] !== 0) continue;
    if (bits === 2 * WORD_BITS) return { byMask: new Map() };
    seen[code] = 1;
    if (bits < WORD_BITS) lowBit[code] = 1 << bits;
    else highBit[code] = 1 << (bits - WORD_BITS);
    bits++;
  }
  return { lowBit, highBit, byMask: new Map() };
}

/** The patterns whose character `value` holds (and those of other characters: kept, as they cannot be ruled out). */
function filterByPresence(unsafe: State['unsafe'], value: string): State['unsafe'] {
  const present = new Uint8Array(128);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) present[code] = 1;
  }
  return unsafe.filter((p) => {
    const code = p.character.charCodeAt(0);
    return p.character.length !== 1 || code >= 128 || present[code] === 1;
  });
}

/** The unsafe patterns of a line end with nothing around it, per list of patterns (what `breakHandler` tests). */
const LINE_END_PATTERNS = new WeakMap<State['unsafe'], State['unsafe']>();

/** mdast-util-to-markdown's `patternInScope`: in one of its constructs (if it names any) and in none it excludes. */
function patternInScope(stack: readonly string[], pattern: State['unsafe'][number]): boolean {
  const inScope = (list: string | readonly string[] | null | undefined, none: boolean) => {
    const names = typeof list === 'string' ? [list] : list;
    return !names || names.length === 0 ? none : names.some((name) => stack.includes(name));
  };
  return inScope(pattern.inConstruct, true) && !inScope(pattern.notInConstruct, false);
}

/**
 * Whether a pattern of a bare line end (no `before`, no `after`) is in scope on the state's stack: the test of
 * mdast-util-to-markdown's break handler, over the few such patterns, found once per list, not all ninety.
 */
export function lineEndUnsafe(state: State): boolean {
  let patterns = LINE_END_PATTERNS.get(state.unsafe);
  if (!patterns) {
    patterns = state.unsafe.filter((p) => p.character === '\n' && !p.before && !p.after);
    LINE_END_PATTERNS.set(state.unsafe, patterns);
  }
  for (const pattern of patterns) if (patternInScope(state.stack, pattern)) return true;
  return false;
}
