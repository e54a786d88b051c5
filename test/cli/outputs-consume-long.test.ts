// `consume` on a long document (src/cli/outputs.ts `decisionsAhead`, issue #16, session 27): as document.json starts,
// its decisions are written ahead (deflated, `WrittenJson`), every decision list is emptied and the heap collected
// before the tree is built; the tree's dropped list still names each furniture element's rule (pipeline.ts `finish`
// read them first). Every output and the CLI's summary line must stay byte for byte those of a run that keeps
// everything. The committed MinerU content_list fixture (MIT, test/fixtures/PROVENANCE.md) is made "long" by
// mocking the bound (`LONG_DOCUMENT_ELEMENTS`) down to 1; the real collection is not run for it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Emit } from '../../src/cli/output-names.js';

const state = vi.hoisted(() => ({ calls: [] as Array<{ elements: number; document: unknown; decisions: number }> }));
vi.mock('../../src/util/heap.js', async (original) => {
  const actual = await original<typeof import('../../src/util/heap.js')>();
  return {
    ...actual,
    LONG_DOCUMENT_ELEMENTS: 1,
    settleHeap: (elements: number, document?: object) => {
      state.calls.push({ elements, document, decisions: -1 });
    },
  };
});
const { contentText, outputContents, renderOutputs } = await import('../../src/cli/outputs.js');
const { describeResult, stitchToFolder } = await import('../../src/cli/stitch-one.js');
const { stitchSync } = await import('../../src/pipeline.js');

const FIXTURE = 'test/fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json';
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('outputs that consume a long document', () => {
  it('write the decisions ahead and let every list go before the tree, with the same bytes', () => {
    const kept = stitchSync(FIXTURE);
    const emit: Emit[] = ['tree', 'md', 'structure', 'chunks'];
    const expected = renderOutputs(kept, emit, { chunks: { maxTokens: 200 } });
    // the fixture's furniture reaches the dropped list with its rules
    expect(kept.stages.furniture.decisions.length).toBeGreaterThan(0);
    expect(kept.dropped.some((d) => d.ruleId.startsWith('furniture.'))).toBe(true);
    const result = stitchSync(FIXTURE);
    let seen: number | undefined;
    let treeBuiltOver: number[] | undefined;
    const tree = Object.getOwnPropertyDescriptor(result, 'tree');
    Object.defineProperty(result, 'tree', {
      get() {
        treeBuiltOver ??= Object.values(result.stages).map((s) => s.decisions.length);
        return tree?.get?.call(result);
      },
    });
    const beforeRelease = () => {
      seen = result.decisions.length;
    };
    const files: Record<string, string> = {};
    for (const [name, content] of Object.entries(
      outputContents(result, emit, { chunks: { maxTokens: 200 }, consume: { beforeRelease } }),
    ))
      files[name] = contentText(content);
    expect(files).toEqual(expected);
    expect(seen).toBe(kept.decisions.length);
    expect(treeBuiltOver).toEqual([0, 0, 0, 0, 0, 0]);
    expect(result.decisions).toEqual([]);
  });

  it('leave the CLI its summary line and files (writeResult)', () => {
    const kept = stitchSync(FIXTURE);
    const expected = renderOutputs(kept, ['tree', 'md', 'structure']);
    const dir = mkdtempSync(join(tmpdir(), 'docstitch-consume-long-'));
    dirs.push(dir);
    const job = { input: FIXTURE, dir, emit: ['tree', 'md', 'structure'] as Emit[], explain: false, options: {} };
    const report = stitchToFolder(job);
    expect(report).toEqual({ ok: true, ...describeResult(job, kept) });
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
  });
});
