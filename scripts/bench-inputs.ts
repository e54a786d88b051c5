// What `npm run bench:batch` and `npm run bench:queue` share: the documents (the committed corpus/ inputs,
// MinerU content lists and dots.ocr pages, copied round-robin under distinct names), per-process CPU from
// /proc, and a byte-for-byte comparison of output folders.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..');
export const cli = join(root, 'dist/cli/run.js');

/** Stop with a message when the built CLI is missing (the benches time what a user runs). */
export function requireBuild(name: string): void {
  if (!existsSync(cli)) {
    console.error(`${name}: dist/ is missing, run npm run build first`);
    process.exit(2);
  }
}

/** `count` documents in a fresh folder `<tmp>/in`: the corpus' inputs, round-robin, `d0000-<doc>-<format>.json`. */
export function makeInputs(count: number): { dir: string; inputs: string; names: string[] } {
  const corpus = join(root, 'corpus');
  const sources = readdirSync(corpus)
    .sort()
    .flatMap((doc) => [
      { path: join(corpus, doc, 'mineru', 'content_list.json'), name: `${doc}-mineru` },
      { path: join(corpus, doc, 'dots', 'pages.json'), name: `${doc}-dots` },
    ])
    .filter((s) => existsSync(s.path));
  if (sources.length === 0) throw new Error('no corpus/ inputs found');
  const dir = mkdtempSync(join(tmpdir(), 'docstitch-bench-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const name = `d${String(i).padStart(4, '0')}-${source.name}`;
    copyFileSync(source.path, join(inputs, `${name}.json`));
    names.push(name);
  }
  return { dir, inputs, names };
}

export function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** CPU seconds a process has used so far (all its threads, utime + stime from /proc), 0 once it has ended. */
export function processCpu(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Every file below a folder with its bytes, by relative path (folders starting with `.` skipped when asked). */
export function filesUnder(dir: string, skipDotFolders = false): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!(skipDotFolders && e.name.startsWith('.'))) walk(p);
      } else files.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

/** The first difference between two sets of files, or undefined when they are the same bytes. */
export function firstDifference(a: Map<string, Buffer>, b: Map<string, Buffer>): string | undefined {
  for (const [path, bytes] of a) {
    const other = b.get(path);
    if (!other) return `${path} missing`;
    if (!bytes.equals(other)) return `${path} differs`;
  }
  for (const path of b.keys()) if (!a.has(path)) return `${path} extra`;
  return undefined;
}
