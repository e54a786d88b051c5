// The LLM path sits above the pipeline: only the entry points above the pipeline import src/pipeline.ts,
// the pipeline reaches no LLM module, and stitch() (src/stitch.ts) joins the two.
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
    const above = /^(?:cli|serve|queue|retrieval|eval|fit)\/|^(?:index|stitch)\.ts$/;
    const importers = all.filter((f) => graph.get(f)!.includes(PIPELINE)).map(rel);
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((f) => !above.test(f))).toEqual([]);
  });

  const reach = (from: string) => {
    const seen = new Set<string>();
    const stack = [...graph.get(from)!];
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...(graph.get(f) ?? []));
    }
    return seen;
  };

  it('the pipeline reaches no LLM module and nothing it imports leads back to it', () => {
    const seen = reach(PIPELINE);
    expect(seen.has(PIPELINE)).toBe(false);
    expect([...seen].filter((f) => f.startsWith(join(SRC, 'llm')))).toEqual([]);
  });

  it('stitch() reaches both the pipeline and the LLM path, and nothing leads back to it', () => {
    const STITCH = join(SRC, 'stitch.ts');
    const seen = reach(STITCH);
    expect(seen.has(PIPELINE)).toBe(true);
    expect(seen.has(join(SRC, 'llm', 'refine.ts'))).toBe(true);
    expect(seen.has(STITCH)).toBe(false);
  });
});
