// The package as published: runtime dependencies only what runs, optional peers imported lazily,
// export conditions CommonJS can resolve, a LICENSE, a bin that runs the build, and declarations of
// `docstitch/retrieval` that name no optional peer. (The packed tarball itself — install, require(),
// the bin, a TypeScript consumer without peers — is checked by scripts/check-package.sh in .ci/run:
// it needs a build and an install, too slow for this suite.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const OPTIONAL_PEERS = ['openai', '@langchain/core', '@llamaindex/core', 'bullmq', 'ioredis'];

/** Every .ts file under src. */
function sourceFiles(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

interface ImportSite {
  specifier: string;
  /** `import type …` / `export type …` (erased from the JavaScript). */
  typeOnly: boolean;
  /** `import('…')` or `typeof import('…')`. */
  dynamic: boolean;
}

function imports(file: string): ImportSite[] {
  const text = readFileSync(file, 'utf8');
  const out: ImportSite[] = [];
  for (const m of text.matchAll(/^(import|export)(\s+type)?\s[^;]*?\sfrom\s+'([^']+)'/gms))
    out.push({ specifier: m[3], typeOnly: Boolean(m[2]), dynamic: false });
  for (const m of text.matchAll(/^import\s+'([^']+)'/gm))
    out.push({ specifier: m[1], typeOnly: false, dynamic: false });
  for (const m of text.matchAll(/import\(\s*'([^']+)'\s*\)/g))
    out.push({ specifier: m[1], typeOnly: false, dynamic: true });
  return out;
}

/** The bare package name of a specifier ('@scope/name/sub' → '@scope/name'), or undefined for relative/node: ones. */
function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every source file reachable from an entry through relative imports (type imports included). */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const site of imports(file)) {
      if (!site.specifier.startsWith('.')) continue;
      visit(join(dirname(file), site.specifier.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return [...seen];
}

describe('dependencies', () => {
  it('tsx, esbuild and openai are not runtime dependencies; openai is an optional peer kept for tests', () => {
    for (const name of ['tsx', 'esbuild', 'openai', 'typescript', 'vitest'])
      expect(Object.keys(pkg.dependencies), name).not.toContain(name);
    for (const peer of OPTIONAL_PEERS) {
      expect(pkg.peerDependencies[peer], peer).toBeDefined();
      expect(pkg.peerDependenciesMeta[peer], peer).toEqual({ optional: true });
      expect(pkg.devDependencies[peer], peer).toBeDefined();
    }
  });

  it('every package src/ imports at run time is a dependency; optional peers only by import()', () => {
    const builtins = new Set(['vitest']);
    for (const file of sourceFiles()) {
      for (const site of imports(file)) {
        const name = packageName(site.specifier);
        if (!name || site.typeOnly || builtins.has(name)) continue;
        const where = `${relative(root, file)} imports ${site.specifier}`;
        if (OPTIONAL_PEERS.includes(name) || name === 'llamaindex') expect(site.dynamic, where).toBe(true);
        else expect(Object.keys(pkg.dependencies), where).toContain(name);
      }
    }
  });
});

describe('exports and bin', () => {
  it('every export has types first and a default condition (so require() resolves it) onto a built source file', () => {
    const build = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')).compilerOptions;
    expect(Object.keys(pkg.exports)).toEqual(['.', './retrieval', './langchain', './llamaindex']);
    for (const [entry, conditions] of Object.entries<Record<string, string>>(pkg.exports)) {
      expect(Object.keys(conditions)[0], entry).toBe('types');
      expect(conditions.default, entry).toBe(conditions.import);
      const source = conditions.default.replace(`./${build.outDir}/`, `${build.rootDir}/`).replace(/\.js$/, '.ts');
      expect(existsSync(join(root, source)), `${entry} → ${source}`).toBe(true);
      expect(conditions.types, entry).toBe(conditions.default.replace(/\.js$/, '.d.ts'));
    }
  });

  it('the bin runs the built CLI, not the TypeScript source through tsx', () => {
    const bin = readFileSync(join(root, pkg.bin.docstitch), 'utf8');
    expect(bin).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(bin).not.toMatch(/tsx|src\//);
    const target = /import '\.\.\/(dist\/[^']+)'/.exec(bin)?.[1];
    expect(target).toBe('dist/cli/run.js');
    expect(existsSync(join(root, 'src/cli/run.ts'))).toBe(true);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'bin']));
    expect(pkg.scripts.prepare).toBe('npm run build');
  });

  it('no source maps pointing at sources the package does not ship', () => {
    const build = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')).compilerOptions;
    if (!pkg.files.includes('src')) {
      expect(build.sourceMap).toBe(false);
      expect(build.declarationMap).toBe(false);
    }
  });

  it('an MIT LICENSE file matching package.json', () => {
    expect(pkg.license).toBe('MIT');
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 docstitch contributors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe('optional peers stay out of the other entries', () => {
  const peersReached = (entry: string) =>
    moduleGraph(join(root, entry)).flatMap((file) =>
      imports(file)
        .map((site) => packageName(site.specifier))
        .filter((name): name is string => name !== undefined && /^@langchain\/|^@llamaindex\/|^llamaindex$/.test(name))
        .map((name) => `${relative(root, file)}: ${name}`),
    );

  it('docstitch and docstitch/retrieval never import @langchain/core or @llamaindex/core, not even a type', () => {
    expect(peersReached('src/index.ts')).toEqual([]);
    expect(peersReached('src/retrieval/index.ts')).toEqual([]);
  });

  it('docstitch/langchain names only @langchain/core, docstitch/llamaindex only @llamaindex/core', () => {
    expect(new Set(peersReached('src/retrieval/langchain.ts').map((s) => s.split(': ')[1]))).toEqual(
      new Set(['@langchain/core']),
    );
    expect(new Set(peersReached('src/retrieval/llamaindex.ts').map((s) => s.split(': ')[1]))).toEqual(
      new Set(['@llamaindex/core']),
    );
  });
});
