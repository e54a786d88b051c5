// The queue commands' failures that need no Redis: an unreachable Redis and a missing input are one line,
// exit 3, promptly (the connection is not retried forever), and nothing is queued; and a job with its source PDF,
// run by the job function itself (no Redis needed).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMIT, renderOutputs } from '../../src/cli/outputs.js';
import { EXIT_CODES } from '../../src/model/errors.js';
import { makeJobData, outputKey } from '../../src/queue/jobs.js';
import { processQueueJob } from '../../src/queue/worker.js';
import { stitch } from '../../src/stitch.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const doc = join(root, 'corpus/debmake-zh-ch01/mineru/content_list.json');

/** The CLI from source, asynchronously: a test waiting on it must not hold vitest's event loop. */
function run(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', tsxLoader, join(root, 'src/cli/run.ts'), ...args],
      { timeout: 60_000, env: { ...process.env, REDIS_URL: '' } },
      (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stderr });
      },
    );
  });
}

describe('docstitch queue without a Redis', () => {
  // port 1 on the loopback: nothing listens there, the connection is refused at once
  it('an unreachable Redis: one line naming it, exit 3', async () => {
    for (const args of [
      ['queue', 'status'],
      ['queue', 'add', doc, '--out', '/tmp/unused'],
      ['worker', '--exit-when-idle'],
    ]) {
      const r = await run(...args, '--redis', 'redis://:secret@127.0.0.1:1');
      expect(r.code, args.join(' ')).toBe(EXIT_CODES.io);
      expect(r.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^docstitch: redis:\/\/\*\*\*@127\.0\.0\.1:1: cannot reach Redis/),
      ]);
    }
  });

  it('a missing input: one line, exit 3, before any connection', async () => {
    const r = await run(
      'queue',
      'add',
      doc,
      join(root, 'no-such.json'),
      '--out',
      '/tmp/unused',
      '--redis',
      'redis://127.0.0.1:1',
    );
    expect(r.code).toBe(EXIT_CODES.io);
    expect(r.stderr.trim()).toMatch(/no-such\.json: cannot read input$/);
  });

  it('output keys: sha256 prefix and a path-safe name', async () => {
    const sha = 'ab'.repeat(32);
    expect(outputKey('/x/Report 2024: final.json', sha)).toBe('abababababababab-Report_2024_final');
    expect(outputKey('/x/页面', sha)).toBe('abababababababab-页面');
  });

  it('a missing --pdf-dir: one line, exit 3, before any connection', async () => {
    const r = await run(
      'queue',
      'add',
      doc,
      '--pdf-dir',
      join(root, 'no-such'),
      '--out',
      '/tmp/unused',
      '--redis',
      'redis://127.0.0.1:1',
    );
    expect(r.code).toBe(EXIT_CODES.io);
    expect(r.stderr.trim()).toMatch(/no-such: no such folder \(--pdf-dir\)$/);
  });
});

describe('a queued document with its source PDF (queue add --pdf-dir)', () => {
  it('carries the PDF, whose bytes are part of the key, and writes what a --pdf run writes', {
    timeout: 120_000,
  }, async () => {
    const pdfDir = join(root, 'test/fixtures/pdf');
    const input = join(pdfDir, 'manual_content_list.json');
    const pdf = join(pdfDir, 'manual.pdf');
    const out = mkdtempSync(join(tmpdir(), 'docstitch-queue-pdf-'));
    try {
      const settings = { emit: [...DEFAULT_EMIT] };
      const plain = makeJobData(input, out, settings);
      const job = makeJobData(input, out, { ...settings, pdf });
      expect(job.pdf).toBe(pdf);
      expect(job.key).toMatch(/^[0-9a-f]{16}-manual_content_list$/);
      expect(job.key).not.toBe(plain.key);
      const result = await processQueueJob(job);
      expect(result.dir).toBe(join(out, job.key));
      const written = Object.fromEntries(
        readdirSync(result.dir).map((name) => [name, readFileSync(join(result.dir, name), 'utf8')]),
      );
      expect(written).toEqual(renderOutputs(await stitch(input, { pdf }), DEFAULT_EMIT));
      // not vacuous: without the PDF the outputs differ
      expect(written).not.toEqual(renderOutputs(await stitch(input), DEFAULT_EMIT));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
