// Test helpers (hand-written, no external data): bracket-notation trees, a seeded random generator,
// random ordered trees, and a brute-force tree edit distance used as an oracle.
import type { OrderedTree } from '../../src/eval/ted.js';

/** Parse APTED-style bracket notation: `{f{d{a}{c{b}}}{e}}`. Labels are single tokens without braces. */
export function tree(text: string): OrderedTree {
  let pos = 0;
  const parse = (): OrderedTree => {
    if (text[pos] !== '{') throw new Error(`expected { at ${pos} in ${text}`);
    pos += 1;
    let label = '';
    while (text[pos] !== '{' && text[pos] !== '}') label += text[pos++];
    const children: OrderedTree[] = [];
    while (text[pos] === '{') children.push(parse());
    if (text[pos] !== '}') throw new Error(`expected } at ${pos} in ${text}`);
    pos += 1;
    return { label, children };
  };
  const t = parse();
  if (pos !== text.length) throw new Error(`trailing text in ${text}`);
  return t;
}

export function show(t: OrderedTree): string {
  return `{${t.label}${t.children.map(show).join('')}}`;
}

export { rng } from '../helpers/rng.js';

/** A random ordered tree of `size` nodes: each new node becomes the last child of a random earlier node. */
export function randomTree(random: () => number, size: number, alphabet: readonly string[]): OrderedTree {
  const pick = () => alphabet[Math.floor(random() * alphabet.length)];
  const nodes: OrderedTree[] = [{ label: pick(), children: [] }];
  for (let k = 1; k < size; k++) {
    const node: OrderedTree = { label: pick(), children: [] };
    nodes[Math.floor(random() * nodes.length)].children.push(node);
    nodes.push(node);
  }
  return nodes[0];
}

function forestSize(forest: readonly OrderedTree[]): number {
  return forest.reduce((s, t) => s + 1 + forestSize(t.children), 0);
}

/**
 * Brute-force forest edit distance, straight from the recursive definition (Zhang & Shasha 1989, §2):
 * with v, w the rightmost roots of F, G,
 *   d(F, G) = min( d(F − v, G) + 1, d(F, G − w) + 1, d(F − T(v), G − T(w)) + d(kids(v), kids(w)) + [v ≠ w] ).
 * Exponential without the memo; fine for trees of a handful of nodes.
 */
export function bruteDistance(a: OrderedTree, b: OrderedTree): number {
  const memo = new Map<string, number>();
  const key = (f: readonly OrderedTree[]) => f.map(show).join('');
  const d = (f: readonly OrderedTree[], g: readonly OrderedTree[]): number => {
    if (f.length === 0) return forestSize(g);
    if (g.length === 0) return forestSize(f);
    const k = `${key(f)}|${key(g)}`;
    const known = memo.get(k);
    if (known !== undefined) return known;
    const v = f[f.length - 1];
    const w = g[g.length - 1];
    const fRest = f.slice(0, -1);
    const gRest = g.slice(0, -1);
    const result = Math.min(
      d([...fRest, ...v.children], g) + 1,
      d(f, [...gRest, ...w.children]) + 1,
      d(fRest, gRest) + d(v.children, w.children) + (v.label === w.label ? 0 : 1),
    );
    memo.set(k, result);
    return result;
  };
  return d([a], [b]);
}
