// The command line loads the engine only for work done in its own process (src/cli/main.ts, loadHere): a batch's
// dispatcher (`--jobs N`) and the queue, serve and view commands start without it. Checked on the import graph:
// the modules run.ts loads at start (static imports that are not type-only, followed through) reach no stage, no
// pipeline and no adapter, while the batch worker's do (so the walk does see the engine where it is loaded).
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** The src/ files a file loads when it is imported: static imports and re-exports that carry values. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(SRC, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const node of source.statements) {
    let spec: ts.Expression | undefined;
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)
          ? clause.namedBindings.elements.every((e) => e.isTypeOnly)
          : false);
      if (!typeOnly) spec = node.moduleSpecifier;
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly) spec = node.moduleSpecifier;
    if (spec && ts.isStringLiteral(spec) && spec.text.startsWith('.'))
      out.push(relative(SRC, resolve(join(SRC, dirname(file)), spec.text.replace(/\.js$/, '.ts'))));
  }
  return out;
}

/** Every src/ file loaded, through static imports, when `entry` is. */
function loadedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  visit(entry);
  return seen;
}

const isEngine = (file: string) =>
  file.startsWith('stages/') || file === 'pipeline.ts' || file === 'stitch.ts' || file === 'adapters/index.ts';

describe('the command line loads the engine only to work in its own process', () => {
  it('run.ts (the dispatcher, queue, serve and view commands) loads no stage, pipeline or adapter', () => {
    const loaded = loadedFrom('cli/run.ts');
    expect(loaded.has('cli/main.ts')).toBe(true);
    expect([...loaded].filter(isEngine)).toEqual([]);
  });

  it('the batch worker and in-process.ts do load it', () => {
    for (const entry of ['cli/batch-worker.ts', 'cli/in-process.ts']) {
      const loaded = loadedFrom(entry);
      expect(loaded.has('pipeline.ts')).toBe(true);
      expect([...loaded].some((f) => f.startsWith('stages/'))).toBe(true);
    }
  });
});
