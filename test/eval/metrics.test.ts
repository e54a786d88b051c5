import { describe, expect, it } from 'vitest';
import { aggregate, evaluate, headingTeds, headingTree, mergeLinks, prfFromCounts } from '../../src/eval/metrics.js';
import { emptyStructure, type Structure } from '../../src/model/structure.js';
import { show } from './trees.js';

const h = (spec: string): Structure['headings'] =>
  spec
    .split(' ')
    .filter(Boolean)
    .map((item) => {
      const [ref, level] = item.split(':');
      return { ref, level: Number(level) };
    });

const structure = (parts: Partial<Structure>): Structure => ({ ...emptyStructure(), ...parts });

describe('headingTree', () => {
  it('nests each heading under the nearest preceding heading of smaller level, skipped levels included', () => {
    // a:1 b:3 c:2 d:3 e:1 → b (level 3) sits directly under a; c closes b; d under c; e back at the root.
    const t = headingTree(h('a:1 b:3 c:2 d:3 e:1'));
    expect(show(t).replace('\u0000root', 'R')).toBe('{R{a{b}{c{d}}}{e}}');
  });

  it('a heading deeper than every other still hangs from the root when it comes first', () => {
    expect(show(headingTree(h('a:3 b:1'))).replace('\u0000root', 'R')).toBe('{R{a}{b}}');
  });
});

describe('headingTeds', () => {
  it('is 1 for identical lists and for two empty lists', () => {
    expect(headingTeds(h('a:1 b:2'), h('a:1 b:2'))).toEqual({ teds: 1, distance: 0, goldNodes: 2, predNodes: 2 });
    expect(headingTeds([], [])).toEqual({ teds: 1, distance: 0, goldNodes: 0, predNodes: 0 });
  });

  it('is 0 when one side is empty', () => {
    // TED = 3 insertions; max(3, 0) = 3; 1 − 3/3 = 0.
    expect(headingTeds(h('a:1 b:2 c:2'), [])).toEqual({ teds: 0, distance: 3, goldNodes: 3, predNodes: 0 });
  });

  it('one wrong level moves a subtree: gold R(a(b, c)) vs prediction R(a(b(c)))', () => {
    // Delete c under b, insert c under a after b: 2. Not 1: equal sizes and labels. TEDS = 1 − 2/3.
    const s = headingTeds(h('a:1 b:2 c:2'), h('a:1 b:2 c:3'));
    expect(s.distance).toBe(2);
    expect(s.teds).toBeCloseTo(1 / 3, 12);
  });

  it('a consistent shift of all levels costs nothing', () => {
    // Same shape (a over b), only the level numbers differ.
    expect(headingTeds(h('a:1 b:2'), h('a:2 b:3')).teds).toBe(1);
  });

  it('a missing heading: gold R(a(b), c) vs prediction R(a, c)', () => {
    // Delete b: 1. TEDS = 1 − 1/3.
    const s = headingTeds(h('a:1 b:2 c:1'), h('a:1 c:1'));
    expect(s.distance).toBe(1);
    expect(s.teds).toBeCloseTo(2 / 3, 12);
  });

  it('is clamped at 0 when TED exceeds the larger tree', () => {
    // Gold R(a(b)), prediction R(c, d): TED 3 (see ted.test.ts) > max(2, 2), so 1 − 3/2 < 0 → 0.
    expect(headingTeds(h('a:1 b:2'), h('c:1 d:1'))).toEqual({ teds: 0, distance: 3, goldNodes: 2, predNodes: 2 });
  });
});

describe('prfFromCounts', () => {
  it('computes P, R, F1', () => {
    const s = prfFromCounts(2, 2, 1);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(2 / 3, 12);
    expect(s.f1).toBeCloseTo(4 / 7, 12);
    expect(s.support).toBe(3);
    expect(s.predicted).toBe(4);
  });

  it('both empty: 1, 1, 1 with support 0', () => {
    expect(prfFromCounts(0, 0, 0)).toEqual({
      tp: 0,
      fp: 0,
      fn: 0,
      precision: 1,
      recall: 1,
      f1: 1,
      support: 0,
      predicted: 0,
    });
  });

  it('one side empty: 0, 0, 0', () => {
    expect(prfFromCounts(0, 3, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 0, predicted: 3 });
    expect(prfFromCounts(0, 0, 3)).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 3, predicted: 0 });
  });
});

describe('mergeLinks', () => {
  it('turns groups into consecutive unordered links', () => {
    expect([
      ...mergeLinks([
        ['/1', '/2', '/3'],
        ['/9', '/5'],
      ]),
    ]).toEqual([JSON.stringify(['/1', '/2']), JSON.stringify(['/2', '/3']), JSON.stringify(['/5', '/9'])]);
  });
});

describe('evaluate', () => {
  it('scores every field by hand', () => {
    const gold = structure({
      headings: h('/1:1 /2:2 /3:2'),
      paragraphMerges: [['/10', '/11', '/12']],
      tableMerges: [['/20', '/21']],
      captions: [
        { caption: '/30', target: '/31' },
        { caption: '/32', target: '/33' },
      ],
      furniture: ['/0', '/99'],
    });
    const pred = structure({
      // /3 missed, /4 extra; /2 at the wrong level.
      headings: h('/1:1 /2:3 /4:2'),
      // {10,11} found, {11,12} missed, {12,13} extra.
      paragraphMerges: [
        ['/10', '/11'],
        ['/12', '/13'],
      ],
      tableMerges: [],
      // The second link is reversed: a different pair.
      captions: [
        { caption: '/30', target: '/31' },
        { caption: '/33', target: '/32' },
      ],
      // Repeats count once.
      furniture: ['/0', '/0', '/99'],
    });
    const s = evaluate(gold, pred);
    expect(s.headings).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.headings.f1).toBeCloseTo(2 / 3, 12);
    // Headings in both: /1 (level 1 = 1) and /2 (2 ≠ 3).
    expect(s.levels).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    // Gold R(/1(/2, /3)) vs prediction R(/1(/2, /4)) — /2 is level 3 but its nearest smaller is /1, and
    // /4 (level 2) is a sibling of /2: only /3 → /4 is renamed. TED 1, TEDS 1 − 1/3.
    expect(s.teds.distance).toBe(1);
    expect(s.teds.teds).toBeCloseTo(2 / 3, 12);
    expect(s.paragraphMerges).toMatchObject({ tp: 1, fp: 1, fn: 1, f1: 0.5 });
    expect(s.tableMerges).toMatchObject({ tp: 0, fp: 0, fn: 1, f1: 0, support: 1 });
    expect(s.captions).toMatchObject({ tp: 1, fp: 1, fn: 1, f1: 0.5 });
    expect(s.furniture).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1, predicted: 2 });
  });

  it('a structure against itself scores 1 everywhere', () => {
    const gold = structure({
      headings: h('/1:1 /2:2'),
      paragraphMerges: [['/3', '/4']],
      captions: [{ caption: '/5', target: '/6' }],
      furniture: ['/0'],
    });
    const s = evaluate(gold, gold);
    expect(s.teds.teds).toBe(1);
    for (const m of [s.headings, s.paragraphMerges, s.tableMerges, s.captions, s.furniture]) expect(m.f1).toBe(1);
    expect(s.levels.accuracy).toBe(1);
    expect(s.tableMerges.support).toBe(0);
  });

  it('no common heading: level accuracy 1 over 0 headings', () => {
    expect(evaluate(structure({ headings: h('/1:1') }), structure({ headings: h('/2:1') })).levels).toEqual({
      correct: 0,
      total: 0,
      accuracy: 1,
    });
  });
});

describe('aggregate', () => {
  const docA = evaluate(
    structure({ headings: h('/1:1 /2:2'), furniture: ['/0'] }),
    structure({ headings: h('/1:1 /2:1'), furniture: ['/0', '/5'] }),
  );
  // Nothing to score in document B except an empty-vs-empty everything.
  const docB = evaluate(emptyStructure(), emptyStructure());
  const docC = evaluate(structure({ furniture: ['/7', '/8', '/9'] }), structure({ furniture: ['/7'] }));
  const corpus = aggregate([
    { id: 'a', scores: docA },
    { id: 'b', scores: docB },
    { id: 'c', scores: docC },
  ]);

  it('micro sums counts over documents', () => {
    // Furniture: A tp 1 fp 1; C tp 1 fn 2 → tp 2, fp 1, fn 2: P 2/3, R 1/2, F1 4/7.
    expect(corpus.furniture.micro).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(corpus.furniture.micro.f1).toBeCloseTo(4 / 7, 12);
    expect(corpus.levels.micro).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
  });

  it('macro averages only documents with something to score', () => {
    // Furniture F1: A 2/3, C 1/2; B is skipped → (2/3 + 1/2) / 2.
    expect(corpus.furniture.macro.documents).toBe(2);
    expect(corpus.furniture.macro.f1).toBeCloseTo((2 / 3 + 1 / 2) / 2, 12);
    // Headings only in A.
    expect(corpus.headings.macro).toMatchObject({ documents: 1, f1: 1 });
    // Levels only in A; table merges nowhere → 1 over 0 documents.
    expect(corpus.levels.macro).toEqual({ accuracy: 0.5, documents: 1 });
    expect(corpus.tableMerges.macro).toEqual({ precision: 1, recall: 1, f1: 1, documents: 0 });
    expect(corpus.documents).toBe(3);
  });

  it('TEDS: macro over documents with headings, micro pools distances', () => {
    // A: gold R(/1(/2)) vs prediction R(/1, /2): move /2 = 2 operations; TEDS 1 − 2/2 = 0.
    expect(docA.teds).toMatchObject({ distance: 2, teds: 0 });
    expect(corpus.teds.macro).toEqual({ teds: 0, documents: 1 });
    expect(corpus.teds.micro).toMatchObject({ teds: 0, distance: 2, goldNodes: 2, predNodes: 2 });
  });

  it('an empty corpus scores 1 over 0 documents', () => {
    const none = aggregate([]);
    expect(none.documents).toBe(0);
    expect(none.teds.macro).toEqual({ teds: 1, documents: 0 });
    expect(none.headings.micro.f1).toBe(1);
  });
});
