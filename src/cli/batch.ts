// A batch over worker threads. piscina rather than bare worker_threads: it keeps a fixed pool, queues the
// documents, hands each result (or failure) back to its own promise and replaces a thread that dies, which by
// hand would be a scheduler of our own. Results are reported in input order, whatever order they finish in.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { type DocJob, type DocReport, stitchToFolder, toDocError } from './stitch-one.js';

/** Default of --jobs: one thread per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The worker script next to this module: `batch-worker.js` in dist/; from the TypeScript source, a bootstrap
 * that registers tsx in the thread first.
 */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.ts')
    ? here.replace(/batch\.ts$/, 'batch-worker-tsx.mjs')
    : here.replace(/batch\.js$/, 'batch-worker.js');
  if (!existsSync(script)) throw new Error(`batch worker script missing: ${script}`);
  return script;
}

/**
 * Stitch every job, `jobs` at a time, calling `report` once per job in input order. One thread runs on the
 * main thread itself (no worker start-up), so `--jobs 1` is the plain sequential batch.
 */
export async function runBatch(
  all: readonly DocJob[],
  jobs: number,
  report: (index: number, result: DocReport) => void,
): Promise<void> {
  const threads = Math.max(1, Math.min(jobs, all.length));
  if (threads === 1) {
    all.forEach((job, i) => {
      report(i, stitchToFolder(job));
    });
    return;
  }
  const pool = new Piscina<DocJob, DocReport>({
    filename: workerScript(),
    minThreads: threads,
    maxThreads: threads,
    // Every document is queued at once: the pool's queue is the batch.
    maxQueue: all.length,
  });
  // a thread that fails outside a task (cannot start): its tasks reject and are reported below
  pool.on('error', () => {});
  const done = new Map<number, DocReport>();
  let next = 0;
  const flush = () => {
    while (done.has(next)) {
      report(next, done.get(next) as DocReport);
      done.delete(next);
      next++;
    }
  };
  try {
    await Promise.all(
      all.map((job, i) =>
        pool.run(job).then(
          (result) => {
            done.set(i, result);
            flush();
          },
          // a thread that died (out of memory …): that document failed, the pool goes on with a new thread
          (error: unknown) => {
            done.set(i, { ok: false, error: { ...toDocError(error), file: job.input } });
            flush();
          },
        ),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
