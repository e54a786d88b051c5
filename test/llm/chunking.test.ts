// Chunk planning and the reconciliation of overlapping chunk answers.
import { describe, expect, it } from 'vitest';
import { assignUnits, planChunks } from '../../src/llm/chunking.js';
import { fitLevelMapping, reconcileLevels, reconcileLinks } from '../../src/llm/reconcile.js';

describe('planChunks', () => {
  it('keeps one chunk when everything fits', () => {
    expect(
      planChunks(
        [
          { page: 1, cost: 10 },
          { page: 9, cost: 10 },
        ],
        { maxPages: 50, maxChars: 100, overlap: 2 },
      ),
    ).toEqual([{ start: 1, end: 9 }]);
  });
  it('splits within the budget and puts the shared pages where most candidates are', () => {
    // 20 pages, 10 characters each; page 7 holds 5 candidates.
    const units = Array.from({ length: 20 }, (_, i) => ({ page: i + 1, cost: 10 }));
    for (let k = 0; k < 4; k++) units.push({ page: 7, cost: 1 });
    const ranges = planChunks(units, { maxPages: 8, maxChars: 1000, overlap: 1 });
    expect(ranges[0]).toEqual({ start: 1, end: 7 });
    for (const r of ranges) expect(r.end - r.start + 1).toBeLessThanOrEqual(8);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].start).toBe(ranges[i - 1].end);
    expect(ranges[ranges.length - 1].end).toBe(20);
    const chunks = assignUnits(units, ranges);
    expect(chunks[0].filter((u) => u.page === 7)).toHaveLength(5);
    expect(chunks[1].filter((u) => u.page === 7)).toHaveLength(5);
  });
  it('respects the character budget and still advances past an oversized page', () => {
    const units = [
      { page: 1, cost: 50 },
      { page: 2, cost: 500 },
      { page: 3, cost: 50 },
      { page: 4, cost: 50 },
    ];
    const ranges = planChunks(units, { maxPages: 50, maxChars: 120, overlap: 1 });
    expect(ranges[ranges.length - 1].end).toBe(4);
    expect(ranges.length).toBeGreaterThan(1);
  });
});

describe('reconcileLinks', () => {
  it('takes the union, one target per source, conflicts to the more central chunk', () => {
    const a = {
      chunk: 0,
      answers: new Map<number, number | null>([
        [1, 2],
        [5, 6],
        [7, null],
      ]),
      weight: (id: number) => (id >= 5 ? 0 : 9),
    };
    const b = {
      chunk: 1,
      answers: new Map<number, number | null>([
        [5, 8],
        [7, 9],
        [10, 11],
      ]),
      weight: (id: number) => (id >= 5 ? 2 : 0),
    };
    const r = reconcileLinks([a, b], () => null, { oneSourcePerTarget: true });
    expect(r.get(1)).toEqual({ value: 2, chunk: 0, conflict: false });
    expect(r.get(5)).toEqual({ value: 8, chunk: 1, conflict: true });
    expect(r.get(7)).toEqual({ value: 9, chunk: 1, conflict: true });
    expect(r.get(10)?.value).toBe(11);
  });
  it('breaks a tie by agreement with the rules, and gives a target one source', () => {
    const a = { chunk: 0, answers: new Map<number, number | null>([[5, 6]]), weight: () => 1 };
    const b = {
      chunk: 1,
      answers: new Map<number, number | null>([
        [5, null],
        [4, 6],
      ]),
      weight: () => 1,
    };
    const r = reconcileLinks([a, b], (src) => (src === 5 ? null : null), { oneSourcePerTarget: true });
    expect(r.get(5)?.value).toBeNull();
    expect(r.get(4)?.value).toBe(6);
  });
});

describe('heading levels across chunks', () => {
  it('fits per-level offsets rather than one average', () => {
    // Model level 2 ↔ document 2, model 4 ↔ document 3 (the model skipped a level).
    const map = fitLevelMapping(
      [
        [2, 2],
        [4, 3],
        [4, 3],
      ],
      [1, 2, 4, 5],
    );
    expect([1, 2, 4, 5, -1].map(map)).toEqual([1, 2, 3, 4, -1]);
  });
  it('aligns a shifted chunk on the overlap titles and the numbering', () => {
    // Chunk 0 (pages 1–5): 10 "1 Intro" L1, 11 "1.1" L2, 12 "2 Method" L1 (page 5, shared).
    // Chunk 1 (pages 5–9) numbers everything one deeper: 12 → 2, 13 "2.1" → 3, 14 "3" → 2, 15 "3.1.1" → 4.
    const keys = new Map([
      [10, 'decimal:1'],
      [11, 'decimal:2'],
      [12, 'decimal:1'],
      [13, 'decimal:2'],
      [14, 'decimal:1'],
      [15, 'decimal:3'],
    ]);
    const r = reconcileLevels(
      [
        {
          chunk: 0,
          range: { start: 1, end: 5 },
          levels: new Map([
            [10, 1],
            [11, 2],
            [12, 1],
          ]),
          weight: () => 1,
        },
        {
          chunk: 1,
          range: { start: 5, end: 9 },
          levels: new Map([
            [12, 2],
            [13, 3],
            [14, 2],
            [15, 4],
          ]),
          weight: () => 1,
        },
      ],
      { numberingKey: keys },
    );
    expect([10, 11, 12, 13, 14, 15].map((id) => r.get(id)?.value)).toEqual([1, 2, 1, 2, 1, 3]);
    expect(r.get(12)?.conflict).toBe(false);
  });
  it('settles a level conflict in the overlap by context, and keeps −1 answers', () => {
    const r = reconcileLevels(
      [
        {
          chunk: 0,
          range: { start: 1, end: 4 },
          levels: new Map([
            [1, 1],
            [2, 2],
            [3, -1],
          ]),
          weight: (id) => (id === 3 ? 0 : 5),
        },
        {
          chunk: 1,
          range: { start: 4, end: 8 },
          levels: new Map([
            [2, 2],
            [3, 2],
            [4, 1],
          ]),
          weight: (id) => (id === 3 ? 3 : 0),
        },
      ],
      {},
    );
    expect(r.get(3)).toEqual({ value: 2, chunk: 1, conflict: true });
    expect(r.get(4)?.value).toBe(1);
  });
});
