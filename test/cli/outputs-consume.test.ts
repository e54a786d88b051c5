// `consume` (src/cli/outputs.ts, the CLI's writeResult): once document.json is written, the decisions and (unless
// chunks.jsonl is still to come) the elements are emptied in place and the heap collected, so document.md is not
// rendered over them (issue #16, session 26). The outputs and the summary line must stay byte for byte those of a
// run that keeps everything; nothing is released without document.json. On the committed MinerU content_list
// fixture (MIT, test/fixtures/PROVENANCE.md).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Emit } from '../../src/cli/output-names.js';

const calls = vi.hoisted(() => [] as Array<{ elements: number; document: unknown }>);
vi.mock('../../src/util/heap.js', async (original) => {
  const actual = await original<typeof import('../../src/util/heap.js')>();
  return {
    ...actual,
    settleHeap: (elements: number, document?: object) => {
      calls.push({ elements, document });
      actual.settleHeap(elements, document);
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

/** Every output written with `consume`, and what `beforeRelease` saw of the lists. */
function consumed(emit: Emit[]) {
  const result = stitchSync(FIXTURE);
  let seen: { decisions: number; elements: number } | undefined;
  const beforeRelease = () => {
    seen = { decisions: result.decisions.length, elements: result.document.elements.length };
  };
  const files: Record<string, string> = {};
  for (const [name, content] of Object.entries(
    outputContents(result, emit, { chunks: { maxTokens: 200 }, consume: { beforeRelease } }),
  ))
    files[name] = contentText(content);
  return { result, files, seen };
}

describe('outputs that consume the result', () => {
  it('empty the decisions and elements after document.json, with the same bytes', () => {
    const kept = stitchSync(FIXTURE);
    const expected = renderOutputs(kept, ['tree', 'md', 'structure']);
    const before = calls.length;
    const { result, files, seen } = consumed(['tree', 'md', 'structure']);
    expect(files).toEqual(expected);
    expect(kept.decisions.length).toBeGreaterThan(0);
    expect(seen).toEqual({ decisions: kept.decisions.length, elements: kept.document.elements.length });
    expect(result.decisions).toEqual([]);
    for (const stage of Object.values(result.stages)) expect(stage.decisions).toEqual([]);
    expect(result.document.elements).toEqual([]);
    // the collection after the release asks for no growth test (no document given)
    expect(calls.slice(before)).toContainEqual({ elements: kept.document.elements.length, document: undefined });
  });

  it('keep the elements when chunks.jsonl is still to be written', () => {
    const kept = stitchSync(FIXTURE);
    const expected = renderOutputs(kept, ['tree', 'md', 'chunks'], { chunks: { maxTokens: 200 } });
    const { result, files } = consumed(['tree', 'md', 'chunks']);
    expect(files).toEqual(expected);
    expect(result.decisions).toEqual([]);
    expect(result.document.elements.length).toBe(kept.document.elements.length);
  });

  it('release nothing without document.json', () => {
    const kept = stitchSync(FIXTURE);
    const { result, files, seen } = consumed(['md', 'structure']);
    expect(files).toEqual(renderOutputs(kept, ['md', 'structure']));
    expect(seen).toBeUndefined();
    expect(result.decisions.length).toBe(kept.decisions.length);
    expect(result.document.elements.length).toBe(kept.document.elements.length);
  });

  it('leave the CLI its summary line and files (writeResult), with and without --explain', () => {
    const kept = stitchSync(FIXTURE);
    const expected = renderOutputs(kept, ['tree', 'md', 'structure']);
    for (const explain of [false, true]) {
      const dir = mkdtempSync(join(tmpdir(), 'docstitch-consume-'));
      dirs.push(dir);
      const job = { input: FIXTURE, dir, emit: ['tree', 'md', 'structure'] as Emit[], explain, options: {} };
      const report = stitchToFolder(job);
      expect(report).toEqual({ ok: true, ...describeResult(job, kept) });
      for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
    }
  });
});
