// The pipeline calls the LLM path, never the reverse: only the entry points above the pipeline import
// src/pipeline.ts, and nothing the pipeline imports (src/llm included) leads back to it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The src files a file imports (static, dynamic and type-only imports alike). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

const all = files(SRC);
const graph = new Map(all.map((f) => [f, importsOf(f)]));
const PIPELINE = join(SRC, 'pipeline.ts');
const rel = (f: string) => relative(SRC, f);

describe('imports of src/pipeline.ts', () => {
  it('come only from the layers above it', () => {
    // cli, serve, queue and the package index run the pipeline; retrieval (loaders, chunks of a
    // result) and eval (the corpus runner) are built on its result.
    const above = /^(?:cli|serve|queue|retrieval|eval)\/|^index\.ts$/;
    const importers = all.filter((f) => graph.get(f)!.includes(PIPELINE)).map(rel);
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((f) => !above.test(f))).toEqual([]);
  });

  it('nothing the pipeline imports leads back to it (no cycle through the LLM path)', () => {
    const seen = new Set<string>();
    const stack = [...graph.get(PIPELINE)!];
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...(graph.get(f) ?? []));
    }
    expect(seen.has(join(SRC, 'llm', 'refine.ts'))).toBe(true);
    expect(seen.has(PIPELINE)).toBe(false);
    expect([...seen].filter((f) => f.startsWith(join(SRC, 'llm')) && graph.get(f)!.includes(PIPELINE))).toEqual([]);
  });
});
