// Batches and output folders: equal base names, reused --out folders, bad --out, and worker threads giving
// the same bytes as one thread. Inputs: the committed corpus/ (MinerU content lists) and hand-made files.
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { largestFirst } from '../../src/cli/batch.js';
import { pdfCandidates } from '../../src/cli/batch-pdf.js';
import type { BatchStats } from '../../src/cli/batch-stats.js';
import { batchFolderNames, MANIFEST } from '../../src/cli/out-folders.js';
import { EXIT_CODES } from '../../src/model/errors.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const corpusDoc = (name: string) => join(root, 'corpus', name, 'mineru', 'content_list.json');
let work: string;

/** The CLI from source, asynchronously: a test waiting on it must not hold vitest's event loop. */
function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runNode(['--import', tsxLoader, join(root, 'src/cli/run.ts'), ...args]);
}

function runNode(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const options = { cwd: work, timeout: 120_000, env: { ...process.env, ...env } };
    execFile(process.execPath, args, options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every file below a folder with its bytes, by relative path. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** A single run's files without its output manifest (a batch keeps one manifest at the top). */
function omitManifest(files: Record<string, string>): Record<string, string> {
  const { [MANIFEST]: _, ...rest } = files;
  return rest;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'docstitch-batch-'));
});

describe('batch output folders', () => {
  it('inputs with equal base names go to distinct folders named by their shortest distinguishing path', async () => {
    for (const [dir, doc] of [
      ['a', 'debmake-zh-ch01'],
      ['b', 'debmake-ja-ch01'],
    ]) {
      mkdirSync(join(work, 'same', dir), { recursive: true });
      copyFileSync(corpusDoc(doc), join(work, 'same', dir, 'x.json'));
    }
    const out = join(work, 'out-same');
    const r = await run(join(work, 'same/a/x.json'), join(work, 'same/b/x.json'), '--out', out, '-q');
    expect(r.code).toBe(0);
    const a = readFileSync(join(out, 'a/x/document.md'), 'utf8');
    const b = readFileSync(join(out, 'b/x/document.md'), 'utf8');
    expect(a).not.toBe(b);
    expect(JSON.parse(readFileSync(join(out, 'a/x/document.json'), 'utf8')).source).toMatch(/same\/a\/x\.json$/);
  });

  it('names: unique names stay short, a parent/child clash and a repeated path are told apart', async () => {
    expect(batchFolderNames(['/d/p/x.json', '/d/q/y.json'])).toEqual(['x', 'y']);
    expect(batchFolderNames(['/d/a/x.json', '/d/b/x.json', '/d/b/z'])).toEqual(['a/x', 'b/x', 'z']);
    // `x` would be the parent folder of `x/y`: both grow until neither holds the other
    expect(batchFolderNames(['/r/d/x.json', '/r/x/y.json', '/e/y.json'])).toEqual(['d/x', 'r/x/y', 'e/y']);
    // when the paths themselves nest, the folders do too (nothing is ever cleared recursively)
    expect(batchFolderNames(['/x.json', '/x/y.json', '/z/y.json'])).toEqual(['x', 'x/y', 'z/y']);
    expect(batchFolderNames(['/d/x.json', '/d/x.json'])).toEqual(['d/x', 'd/x~2']);
  });

  it("a reused --out loses the earlier run's own files (chunks.jsonl, batch folders), never anything else", {
    timeout: 300_000,
  }, async () => {
    const out = join(work, 'out-reuse');
    const first = await run(
      corpusDoc('debmake-zh-ch01'),
      corpusDoc('debmake-ja-ch01'),
      '--out',
      out,
      '--emit',
      'md,chunks',
      '-q',
    );
    expect(first.code).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeFileSync(join(out, 'debmake-zh-ch01/mineru/content_list/notes.txt'), 'mine too');
    const second = await run(corpusDoc('debmake-zh-ch01'), '--out', out, '-q');
    expect(second.code).toBe(0);
    expect(Object.keys(tree(out)).sort()).toEqual([
      MANIFEST,
      'debmake-zh-ch01/mineru/content_list/notes.txt',
      'document.json',
      'document.md',
      'notes.txt',
      'structure.json',
    ]);
  });

  it('--out naming an existing file: one line, exit 3', async () => {
    const target = join(work, 'a-file');
    writeFileSync(target, 'x');
    const r = await run(corpusDoc('debmake-zh-ch01'), '--out', target);
    expect(r.code).toBe(EXIT_CODES.io);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/a-file is a file, not a folder/)]);
    expect(readFileSync(target, 'utf8')).toBe('x');
  });

  it('--out under /proc: one line, exit 3 (no endless mkdir)', async () => {
    const r = await run(corpusDoc('debmake-zh-ch01'), '--out', '/proc/docstitch-test/x');
    expect(r.code).toBe(EXIT_CODES.io);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/\/proc\/docstitch-test\/x: cannot create/)]);
  });
});

const parentOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);

/** A child process of `parent` that has `path` open, or undefined (Linux /proc). */
function childHolding(parent: number, path: string): number | undefined {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (parentOf(Number(pid)) !== parent) continue;
      if (readdirSync(`/proc/${pid}/fd`).some((fd) => readlinkSync(`/proc/${pid}/fd/${fd}`) === path))
        return Number(pid);
    } catch {
      // a process that ended meanwhile, or not ours to read
    }
  }
  return undefined;
}

describe('batch on worker processes', () => {
  const docs = ['debmake-zh-ch01', 'debmake-en-ch06', 'debmake-en-ch02', 'debmake-en-ch03'];

  it('--jobs 2 writes the same bytes as --jobs 1, reports a bad document in input order and goes on', {
    timeout: 300_000,
  }, async () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '{"hello": "world"}');
    const inputs = [corpusDoc(docs[0]), corpusDoc(docs[1]), bad, corpusDoc(docs[2]), corpusDoc(docs[3])];
    const one = await run(...inputs, '--out', join(work, 'jobs1'), '--jobs', '1', '--emit', 'tree,md,structure,chunks');
    const two = await run(...inputs, '--out', join(work, 'jobs2'), '--jobs', '2', '--emit', 'tree,md,structure,chunks');
    expect(one.code).toBe(EXIT_CODES.format);
    expect(two.code).toBe(EXIT_CODES.format);
    const a = tree(join(work, 'jobs1'));
    expect(Object.keys(a).filter((p) => p.endsWith('chunks.jsonl'))).toHaveLength(4);
    expect(tree(join(work, 'jobs2'))).toEqual(a);
    expect(two.stderr.replaceAll('jobs2', 'jobs1')).toBe(one.stderr);
    expect(two.stderr).toMatch(/bad\.json: not the output of any parser[\s\S]*batch: 4 of 5 documents stitched/);
  });

  it('a worker process killed mid-document: that document fails with one line, the others are stitched', {
    timeout: 300_000,
  }, async () => {
    // the input is a named pipe: the worker that reads it waits for a writer, and is killed while it waits
    const stuck = join(work, 'stuck.json');
    execFileSync('mkfifo', [stuck]);
    const good = [corpusDoc(docs[0]), corpusDoc(docs[1]), corpusDoc(docs[2])];
    const out = join(work, 'killed');
    const cli = spawn(
      process.execPath,
      [
        '--import',
        tsxLoader,
        join(root, 'src/cli/run.ts'),
        good[0],
        stuck,
        good[1],
        good[2],
        '--out',
        out,
        '--jobs',
        '2',
      ],
      { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    cli.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve));
    // opening the pipe's write end without blocking succeeds once a reader has it open
    let writer: number | undefined;
    while (writer === undefined) {
      try {
        writer = openSync(stuck, constants.O_WRONLY | constants.O_NONBLOCK);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    // the reader is a worker process of the batch (the main process only hands out documents)
    let reader = childHolding(cli.pid as number, stuck);
    while (reader === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      reader = childHolding(cli.pid as number, stuck);
    }
    process.kill(reader, 'SIGKILL');
    const code = await exited;
    closeSync(writer);
    expect(code).toBe(EXIT_CODES.internal);
    expect(stderr.split('\n').filter((line) => line.includes('stuck.json'))).toEqual([
      `docstitch: ${stuck}: internal error: the worker process stitching it ended (killed by SIGKILL) (please report this)`,
    ]);
    expect(stderr).toMatch(/batch: 3 of 4 documents stitched.*; 1 failed\n$/);
    const alone = await run(...good, '--out', join(work, 'killed-reference'), '--jobs', '1', '-q');
    expect(alone.code).toBe(0);
    expect(omitManifest(tree(out))).toEqual(omitManifest(tree(join(work, 'killed-reference'))));
  });

  it('--jobs rejects a non-number', async () => {
    expect((await run(corpusDoc(docs[0]), '--out', join(work, 'j0'), '--jobs', '0')).code).toBe(EXIT_CODES.usage);
  });

  it('the built CLI (dist/) runs its worker processes too', async () => {
    const bin = join(root, 'dist/cli/run.js');
    if (!existsSync(bin)) {
      // dist/ is built by `npm install` (prepare); a fresh checkout without it cannot run this case
      expect.fail('dist/ is missing: run npm run build');
    }
    const r = await runNode([
      bin,
      corpusDoc(docs[0]),
      corpusDoc(docs[1]),
      '--out',
      join(work, 'dist-jobs'),
      '--jobs',
      '2',
      '-q',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Object.keys(tree(join(work, 'dist-jobs'))).filter((p) => p.endsWith('document.json'))).toHaveLength(2);
  });
});

describe('batch with source PDFs (--pdf-dir)', () => {
  const pdfDir = join(root, 'test/fixtures/pdf');
  const manual = join(pdfDir, 'manual_content_list.json');

  it('pairs by base name without a parser suffix; folder inputs by their name', () => {
    expect(pdfCandidates('/x/paper.json')).toEqual(['paper']);
    expect(pdfCandidates('/x/paper_content_list.json')).toEqual(['paper_content_list', 'paper']);
    expect(pdfCandidates('/x/paper_middle.json')).toEqual(['paper_middle', 'paper']);
    expect(pdfCandidates('/x/paper/')).toEqual(['paper']);
    expect(pdfCandidates('/x/_middle.json')).toEqual(['_middle']);
  });

  it('each input gets its own PDF, the same bytes as a single --pdf run; no match: a warning, stitched without', {
    timeout: 300_000,
  }, async () => {
    const other = corpusDoc('debmake-zh-ch01');
    const batch = (jobs: string) =>
      run(manual, other, '--pdf-dir', pdfDir, '--out', join(work, `pdf-batch-${jobs}`), '--jobs', jobs);
    const [single, plain, alone, ...batches] = await Promise.all([
      run(manual, '--pdf', join(pdfDir, 'manual.pdf'), '--out', join(work, 'pdf-single'), '-q'),
      run(manual, '--out', join(work, 'pdf-none'), '-q'),
      run(other, '--out', join(work, 'pdf-other'), '-q'),
      batch('1'),
      batch('2'),
    ]);
    expect([single.code, plain.code, alone.code]).toEqual([0, 0, 0]);
    // the PDF changes the result (its outline sets the heading levels), so the comparison below is not vacuous
    expect(tree(join(work, 'pdf-single'))).not.toEqual(tree(join(work, 'pdf-none')));
    for (const [i, r] of batches.entries()) {
      const out = join(work, `pdf-batch-${i + 1}`);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(
        `${other}: warning: no PDF for it in ${pdfDir} (looked for content_list.pdf); stitched without one`,
      );
      expect(tree(join(out, 'manual_content_list'))).toEqual(omitManifest(tree(join(work, 'pdf-single'))));
      expect(tree(join(out, 'content_list'))).toEqual(omitManifest(tree(join(work, 'pdf-other'))));
    }
  });

  it('--pdf with a batch, --pdf with --pdf-dir, a missing --pdf-dir: one line each', { timeout: 300_000 }, async () => {
    const other = corpusDoc('debmake-zh-ch01');
    const pdf = join(pdfDir, 'manual.pdf');
    const [batchPdf, both, missing] = await Promise.all([
      run(manual, other, '--pdf', pdf, '--out', join(work, 'pdf-x')),
      run(manual, '--pdf', pdf, '--pdf-dir', pdfDir, '--out', join(work, 'pdf-y')),
      run(manual, other, '--pdf-dir', join(work, 'no-such'), '--out', join(work, 'pdf-z')),
    ]);
    expect(batchPdf.code).toBe(EXIT_CODES.usage);
    expect(batchPdf.stderr).toBe('docstitch: --pdf is for a single input, not a batch\n');
    expect(both.code).toBe(EXIT_CODES.usage);
    expect(missing.code).toBe(EXIT_CODES.io);
    expect(missing.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/no-such: no such folder \(--pdf-dir\)$/),
    ]);
  });
});

describe('batch scheduling and measurement', () => {
  it('hands out the largest input first, equal sizes in input order', () => {
    const job = (input: string) => ({ input, dir: '', emit: [], options: {} });
    const small = corpusDoc('debmake-zh-ch01');
    const large = corpusDoc('debmake-en-ch05');
    expect(largestFirst([job(small), job(large), job(small), job(join(work, 'missing.json'))])).toEqual([1, 0, 2, 3]);
  });

  it('DOCSTITCH_BATCH_STATS: every document counted on the worker that stitched it, worker CPU measured', async () => {
    const statsFile = join(work, 'stats.json');
    const inputs = ['debmake-zh-ch01', 'debmake-en-ch06', 'debmake-en-ch02'].map(corpusDoc);
    const r = await runNode(
      [
        '--import',
        tsxLoader,
        join(root, 'src/cli/run.ts'),
        ...inputs,
        '--out',
        join(work, 'stats'),
        '--jobs',
        '2',
        '-q',
      ],
      { DOCSTITCH_BATCH_STATS: statsFile },
    );
    expect(r.code).toBe(0);
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as BatchStats;
    expect(stats).toMatchObject({ jobs: 2, documents: 3 });
    expect(stats.threads.reduce((sum, t) => sum + t.documents, 0)).toBe(3);
    // two worker processes (numbered from 1) stitch, the main process (0) only hands out documents
    expect(stats.threads.map((t) => t.thread).every((n) => n === 1 || n === 2)).toBe(true);
    // /proc/thread-self on Linux: each stitching thread used CPU, each worker process at least as much as its
    // stitching thread, and the batch at least as much as the main thread and the workers together
    for (const t of stats.threads) {
      expect(t.cpuMs).toBeGreaterThan(0);
      expect(t.processCpuMs).toBeGreaterThanOrEqual(t.cpuMs ?? 0);
    }
    const workerCpu = stats.threads.map((t) => t.processCpuMs ?? 0);
    expect(stats.processCpuMs).toBeGreaterThanOrEqual(workerCpu.reduce((a, b) => a + b, 0) + (stats.main.cpuMs ?? 0));
  });
});
