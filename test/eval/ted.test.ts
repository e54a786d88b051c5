import { describe, expect, it } from 'vitest';
import { type OrderedTree, treeEditDistance, treeSize } from '../../src/eval/ted.js';
import { bruteDistance, randomTree, rng, show, tree } from './trees.js';

describe('treeEditDistance: hand-computed distances', () => {
  it('classic Zhang–Shasha example is 2', () => {
    // T1 = f(d(a, c(b)), e), T2 = f(c(d(a, b)), e).
    // Upper bound 2: delete c in T1 (b moves up under d: f(d(a, b), e)), then insert c above d.
    // Lower bound 2: same size and same multiset of labels, so no single insert/delete (changes size)
    // or rename (changes the multiset) can do it, and the trees differ.
    expect(treeEditDistance(tree('{f{d{a}{c{b}}}{e}}'), tree('{f{c{d{a}{b}}}{e}}'))).toBe(2);
  });

  it('single nodes: 0 when labels agree, 1 rename otherwise', () => {
    expect(treeEditDistance(tree('{a}'), tree('{a}'))).toBe(0);
    expect(treeEditDistance(tree('{a}'), tree('{b}'))).toBe(1);
  });

  it('deleting leaves and inner nodes', () => {
    // a(b, c) → a: delete b, delete c; at least |T1| − |T2| = 2.
    expect(treeEditDistance(tree('{a{b}{c}}'), tree('{a}'))).toBe(2);
    // a(b(c)) → a(c): delete b (c takes its place); at least 3 − 2 = 1.
    expect(treeEditDistance(tree('{a{b{c}}}'), tree('{a{c}}'))).toBe(1);
  });

  it('sibling order matters', () => {
    // a(b, c) → a(c, b): rename b→c and c→b (2); not 1 since size and label multiset are equal.
    expect(treeEditDistance(tree('{a{b}{c}}'), tree('{a{c}{b}}'))).toBe(2);
    // a(b(x, y)) → a(x, b(y)): delete x under b, insert x before b (2); same argument for ≥ 2.
    expect(treeEditDistance(tree('{a{b{x}{y}}}'), tree('{a{x}{b{y}}}'))).toBe(2);
  });

  it('ancestry must be kept: r(a(b)) → r(c, d) costs 3', () => {
    // Any mapping of both a and b would map a parent–child pair onto two siblings, which is not allowed;
    // so at most one of a, b is renamed (1) and the other deleted (1), plus one insertion (1) = 3.
    expect(treeEditDistance(tree('{r{a{b}}}'), tree('{r{c}{d}}'))).toBe(3);
  });

  it('a deep chain does not overflow the stack', () => {
    const depth = 20_000;
    let chain: OrderedTree = { label: `n${depth - 1}`, children: [] };
    for (let k = depth - 2; k >= 0; k--) chain = { label: `n${k}`, children: [chain] };
    expect(treeSize(chain)).toBe(depth);
    expect(treeEditDistance(chain, tree('{n0}'))).toBe(depth - 1);
  });
});

describe('treeEditDistance: properties on random small trees', () => {
  const random = rng(20240611);
  const alphabet = ['a', 'b', 'c'];
  const sample = (count: number, maxSize: number) =>
    Array.from({ length: count }, () => randomTree(random, 1 + Math.floor(random() * maxSize), alphabet));

  it('agrees with the brute-force recursive definition', () => {
    const trees = sample(120, 7);
    for (let k = 0; k + 1 < trees.length; k += 2) {
      const [a, b] = [trees[k], trees[k + 1]];
      expect(treeEditDistance(a, b), `${show(a)} vs ${show(b)}`).toBe(bruteDistance(a, b));
    }
  });

  it('identity 0, symmetric, bounded by sizes', () => {
    const trees = sample(80, 9);
    for (let k = 0; k + 1 < trees.length; k++) {
      const [a, b] = [trees[k], trees[k + 1]];
      const d = treeEditDistance(a, b);
      expect(treeEditDistance(a, a)).toBe(0);
      expect(treeEditDistance(b, a)).toBe(d);
      expect(d).toBeLessThanOrEqual(treeSize(a) + treeSize(b));
      expect(d).toBeGreaterThanOrEqual(Math.abs(treeSize(a) - treeSize(b)));
    }
  });

  it('satisfies the triangle inequality', () => {
    const trees = sample(90, 8);
    for (let k = 0; k + 2 < trees.length; k += 3) {
      const [a, b, c] = [trees[k], trees[k + 1], trees[k + 2]];
      expect(treeEditDistance(a, c)).toBeLessThanOrEqual(treeEditDistance(a, b) + treeEditDistance(b, c));
    }
  });
});
