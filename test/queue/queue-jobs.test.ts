// `docstitch worker --jobs N` on a real redis-server: one command starts N worker processes (with the batch's
// collector flag when they fill the cores, src/cli/worker-processes.ts). 24 documents through `--jobs 2`: both
// processes take documents, every document ends with one output folder as a local run writes it, the command
// exits 0 once the queue is empty. And SIGTERM to the command stops every worker it started.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EMIT, renderOutputs } from '../../src/cli/outputs.js';
import { workerArgs } from '../../src/cli/worker-processes.js';
import { stitchSync } from '../../src/pipeline.js';
import { addJobs, queueStatus } from '../../src/queue/admin.js';
import { makeJobData } from '../../src/queue/jobs.js';
import { type RedisServer, redisServerInstalled, startRedis } from '../helpers/redis.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const SOURCES = ['debmake-en-ch06', 'debmake-zh-ch01', 'debmake-ja-ch01'].map((name) =>
  join(root, 'corpus', name, 'mineru', 'content_list.json'),
);
const DOCUMENTS = 24;

/** The CLI from source; resolves with its exit code and stderr (the workers' lines too: they share it). */
function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/run.ts'), ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (data: Buffer) => {
      stderr += data.toString();
    });
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('workerArgs', () => {
  it('passes the worker settings on, not --jobs and not the Redis URL (which goes by the environment)', () => {
    const args = workerArgs('run.js', { queue: 'q', lockDuration: 5000, stalledInterval: 1000, exitWhenIdle: true });
    expect(args).toEqual([
      'run.js',
      'worker',
      '--queue',
      'q',
      '--lock-duration',
      '5000',
      '--stalled-interval',
      '1000',
      '--exit-when-idle',
    ]);
  });
});

const installed = redisServerInstalled();
// Skipped only on a developer's machine without redis-server; under CI its absence is a failure.
const skip = !installed && !process.env.CI;

describe.skipIf(skip)('docstitch worker --jobs 2 on redis-server', () => {
  let redis: RedisServer | undefined;
  let work: string;

  beforeAll(async () => {
    if (!installed)
      throw new Error('redis-server is not installed, and CI is set: install it (apt-get install redis-server)');
    redis = await startRedis();
    work = mkdtempSync(join(tmpdir(), 'docstitch-queue-jobs-'));
  });

  afterAll(async () => {
    await redis?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('two worker processes under one command share the documents; each output once, as a local run', {
    timeout: 300_000,
  }, async () => {
    const url = (redis as RedisServer).url;
    const out = join(work, 'out');
    mkdirSync(join(work, 'in'));
    const inputs = Array.from({ length: DOCUMENTS }, (_, i) => {
      const path = join(work, 'in', `doc-${String(i).padStart(2, '0')}.json`);
      copyFileSync(SOURCES[i % SOURCES.length], path);
      return path;
    });
    const jobs = inputs.map((input) => makeJobData(input, out, { emit: [...DEFAULT_EMIT] }));
    await addJobs(jobs, { redis: url, queue: 'jobs2', attempts: 2, backoff: 200 });

    const r = await cli(['worker', '--jobs', '2', '--exit-when-idle', '--redis', url, '--queue', 'jobs2']);
    expect(r.code, r.stderr).toBe(0);
    // each worker process announces itself (host:pid) and logs the documents it finished
    const pids = new Set([...r.stderr.matchAll(/^docstitch worker \S+:(\d+) on queue jobs2/gm)].map((m) => m[1]));
    expect(pids.size).toBe(2);
    const done = [...r.stderr.matchAll(/^done (\S+) → /gm)].map((m) => m[1]);
    expect(done.sort()).toEqual([...inputs].sort());
    expect(await queueStatus(url, 'jobs2')).toMatchObject({ waiting: 0, active: 0, done: DOCUMENTS, failed: 0 });
    expect(readdirSync(out).filter((n) => !n.startsWith('.'))).toHaveLength(DOCUMENTS);
    for (const job of jobs.slice(0, SOURCES.length)) {
      const written = Object.fromEntries(
        readdirSync(join(out, job.key)).map((name) => [name, readFileSync(join(out, job.key, name), 'utf8')]),
      );
      expect(written, job.input).toEqual(renderOutputs(stitchSync(job.input), DEFAULT_EMIT));
    }
  });

  it('SIGTERM to the command stops both workers once they run; it exits 0', { timeout: 120_000 }, async () => {
    const url = (redis as RedisServer).url;
    let stderr = '';
    const child = spawn(
      process.execPath,
      ['--import', tsxLoader, join(root, 'src/cli/run.ts'), 'worker', '--jobs', '2', '--redis', url, '--queue', 'idle'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const ended = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // both workers up (each prints its line, after which it stops on SIGTERM once its document is done)
    await new Promise<void>((resolve) => {
      child.stderr?.on('data', (data: Buffer) => {
        stderr += data.toString();
        if ((stderr.match(/^docstitch worker /gm) ?? []).length === 2) resolve();
      });
    });
    child.kill('SIGTERM');
    expect(await ended, stderr).toBe(0);
  });
});
