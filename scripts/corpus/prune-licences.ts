// `npx tsx scripts/corpus/prune-licences.ts [DIR…]` — remove from committed corpus folders (default corpus/,
// corpus-office/, corpus-latex/) every document whose meta.json licence is not permissive (sources.ts
// `isPermissive`: MIT, Apache-2.0, BSD), and bring the folder's manifest.json, SOURCES.md and (Chromium
// corpus) STATS.md in line with what is left, so that the folder reads as if the generator had written only
// the permissive documents (which it now does by default: `committable` in main.ts, `select` in office/main.ts).
// Prints what it removed; `--dry-run` only prints.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocResult } from './main.js';
import { writeDocs } from './report.js';
import { isPermissive, SOURCES } from './sources.js';

interface Meta {
  id: string;
  source: { key: string };
  licence: string;
  language: DocResult['lang'];
  layout?: { columns?: number };
  pages: number;
  elements?: Record<string, number>;
  producer?: string;
}

const argv = process.argv.slice(2);
const dryRun = argv.includes('--dry-run');
const dirs = argv.filter((a) => !a.startsWith('--'));

function prune(dir: string): void {
  const metas: Meta[] = [];
  const removed: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, e.name, 'meta.json');
    if (!e.isDirectory() || !existsSync(file)) continue;
    const m = JSON.parse(readFileSync(file, 'utf8')) as Meta;
    if (isPermissive(m.licence)) metas.push(m);
    else {
      removed.push(`${m.id} (${m.source.key}: ${m.licence})`);
      if (!dryRun) rmSync(path.join(dir, e.name), { recursive: true });
    }
  }
  process.stdout.write(
    `${dir}: ${metas.length + removed.length} documents, ${removed.length} removed, ${metas.length} kept\n`,
  );
  for (const r of removed) process.stdout.write(`  removed ${r}\n`);
  if (dryRun || removed.length === 0) return;
  const kept = new Set(metas.map((m) => m.id));
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    producer?: string;
    seed: number;
    full: boolean;
    renderer: string;
    formats?: string[];
    documents: { id: string }[];
    skipped: string[];
  };
  // a skipped document of a removed source would not have been built either
  const permissiveKeys = Object.values(SOURCES)
    .filter((s) => isPermissive(s.licence))
    .map((s) => s.key);
  const skipped = manifest.skipped.filter((s) =>
    permissiveKeys.some((k) => s.includes(`-${k}-`) || s.startsWith(`${k}-`)),
  );
  if (manifest.producer === undefined && existsSync(path.join(dir, 'STATS.md'))) {
    // the Chromium corpus: manifest, SOURCES.md and STATS.md all come from report.ts
    const results: DocResult[] = metas
      .map((m) => ({
        id: m.id,
        lang: m.language,
        columns: (m.layout?.columns === 2 ? 2 : 1) as 1 | 2,
        pages: m.pages,
        source: m.source.key,
        counts: m.elements ?? {},
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    writeDocs(dir, results, skipped, {
      full: manifest.full,
      seed: manifest.seed,
      chromiumVersion: manifest.renderer,
      ...(manifest.formats ? { formats: manifest.formats } : {}),
    });
    return;
  }
  // another producer: keep its manifest as written, less the removed documents; drop their SOURCES.md rows
  writeFileSync(
    manifestFile,
    `${JSON.stringify({ ...manifest, documents: manifest.documents.filter((d) => kept.has(d.id)), skipped }, null, 2)}\n`,
  );
  const sourcesFile = path.join(dir, 'SOURCES.md');
  if (existsSync(sourcesFile)) {
    const used = new Set(metas.map((m) => m.source.key));
    const lines = readFileSync(sourcesFile, 'utf8')
      .split('\n')
      .filter((l) => {
        const key = /^\| ([a-z0-9]+) \|/.exec(l)?.[1];
        return !key || key === 'key' || used.has(key);
      });
    writeFileSync(sourcesFile, lines.join('\n'));
  }
}

for (const d of dirs.length > 0 ? dirs : ['corpus', 'corpus-office', 'corpus-latex']) prune(d);
