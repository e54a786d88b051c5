// The batch's worker-process pool (src/cli/batch-processes.ts) with stand-in workers (test/fixtures/batch/):
// a worker that dies fails only the document it was stitching, the documents queued behind it go to a new
// process, a worker that cannot start fails one document per attempt (no restart loop), and destroy() leaves no
// process behind.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProcessPool } from '../../src/cli/batch-processes.js';
import type { DocJob } from '../../src/cli/doc-job.js';

const fixtures = fileURLToPath(new URL('../fixtures/batch/', import.meta.url));
const job = (input: string): DocJob => ({ input, dir: '', emit: [], options: {} });
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Each job's outcome: the text and process id it came back with, or the error's message. */
async function outcomes(pool: ProcessPool, inputs: string[]) {
  return Promise.all(
    inputs.map((input) =>
      pool.run(job(input)).then(
        (reply) =>
          reply.report.ok
            ? { text: reply.report.stderr, pid: reply.report.totals.read, worker: reply.worker }
            : { error: 'not ok' },
        (error: Error) => ({ error: error.message }),
      ),
    ),
  );
}

describe('batch worker processes', () => {
  it('a worker killed mid-document fails that document alone; those queued behind it go to a new process', async () => {
    const pool = new ProcessPool({ script: join(fixtures, 'worker.mjs'), size: 1, execArgv: [] });
    try {
      const [a, die, b, exit, c] = await outcomes(pool, ['a', 'die', 'b', 'exit', 'c']);
      expect(die).toEqual({ error: 'the worker process stitching it ended (killed by SIGKILL)' });
      expect(exit).toEqual({ error: 'the worker process stitching it ended (exit code 3)' });
      expect([a, b, c].map((r) => 'text' in r && r.text)).toEqual(['a', 'b', 'c']);
      // three processes in turn: the first up to its death, the second up to its exit, then a third
      const pids = [a, b, c].map((r) => ('pid' in r ? r.pid : 0));
      expect(new Set(pids).size).toBe(3);
      expect([a, b, c].map((r) => ('worker' in r ? r.worker : 0))).toEqual([1, 2, 3]);
      expect(alive(pids[0])).toBe(false);
      expect(alive(pids[2])).toBe(true);
      await pool.destroy();
      expect(alive(pids[2])).toBe(false);
    } finally {
      await pool.destroy();
    }
  });

  it('documents spread over the workers, each answered by the process it went to', async () => {
    const pool = new ProcessPool({ script: join(fixtures, 'worker.mjs'), size: 2, execArgv: [] });
    try {
      const results = await outcomes(pool, ['a', 'b', 'c', 'd']);
      expect(results.map((r) => 'text' in r && r.text)).toEqual(['a', 'b', 'c', 'd']);
      expect(new Set(results.map((r) => ('worker' in r ? r.worker : 0)))).toEqual(new Set([1, 2]));
    } finally {
      await pool.destroy();
    }
  });

  it('a worker that cannot start fails one document per attempt, with its error', async () => {
    const pool = new ProcessPool({ script: join(fixtures, 'broken-worker.mjs'), size: 1, execArgv: [] });
    try {
      const results = await outcomes(pool, ['x', 'y', 'z']);
      for (const r of results)
        expect(r).toEqual({
          error: expect.stringMatching(
            /^the worker process stitching it ended \(exit code 1\): Error: this worker cannot start$/,
          ),
        });
    } finally {
      await pool.destroy();
    }
  });
});
