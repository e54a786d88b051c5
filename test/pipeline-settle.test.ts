// A long document's heap is collected once its tree is assembled and summarized (src/pipeline.ts `finish`): the
// assembly's garbage is gone before document.json writes the tree (session 25: document.json's peak heap 324 → 300
// MB at 10,000 pages). The collection itself is `settleHeap` (test/util/heap.test.ts), recorded here.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { listCorpus } from '../src/eval/corpus.js';

const calls = vi.hoisted(() => [] as Array<{ elements: number; document: unknown }>);
vi.mock('../src/util/heap.js', async (original) => {
  const actual = await original<typeof import('../src/util/heap.js')>();
  return {
    ...actual,
    settleHeap: (elements: number, document?: object) => {
      calls.push({ elements, document });
      actual.settleHeap(elements, document);
    },
  };
});
const { stitchSync } = await import('../src/pipeline.js');

const corpus = fileURLToPath(new URL('../corpus', import.meta.url));

describe('the heap once the tree is built', () => {
  it('is settled for the document after the tree is assembled and summarized, once', () => {
    const [first] = listCorpus(corpus).filter((c) => c.format === 'mineru');
    const result = stitchSync(join(first.input));
    const before = calls.length;
    const tree = result.tree;
    expect(tree.children.length).toBeGreaterThan(0);
    expect(calls.length).toBe(before + 1);
    expect(calls[calls.length - 1]).toEqual({ elements: result.document.elements.length, document: result.document });
    expect(result.tree).toBe(tree);
    expect(calls.length).toBe(before + 1);
  });
});
