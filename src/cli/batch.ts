// A batch over worker threads. piscina rather than bare worker_threads: it keeps a fixed pool, queues the
// documents, hands each result (or failure) back to its own promise and replaces a thread that dies, which by
// hand would be a scheduler of our own. Results are reported in input order, whatever order they finish in.
// The main thread is one of the stitching threads; between its documents it hands out jobs and prints. Each
// thread reads its input and writes its outputs itself, and what comes back is a few lines of text. Documents
// go out largest first (a free thread takes the next), so no large document starts last and keeps one thread
// busy while the others idle.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { listJsonFiles } from '../io/load.js';
import { type StatsRecorder, statsRecorder, threadCpuMs } from './batch-stats.js';
import type { WorkerReply } from './batch-worker.js';
import { type DocJob, type DocReport, needsAsync, stitchHere, stitchToFolder, toDocError } from './stitch-one.js';

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

/** Bytes of an input (a folder: its .json files), to hand out the largest first; 0 when unreadable. */
function inputSize(input: string): number {
  try {
    const stat = statSync(input);
    if (!stat.isDirectory()) return stat.size;
    return listJsonFiles(input).reduce((sum, name) => sum + statSync(join(input, name)).size, 0);
  } catch {
    return 0;
  }
}

/** Job indexes, largest input first; equal sizes keep input order. */
export function largestFirst(all: readonly DocJob[]): number[] {
  const sizes = all.map((job) => inputSize(job.input));
  return all.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}

/**
 * Stitch every job, `jobs` at a time, calling `report` once per job in input order. One thread runs on the
 * main thread itself (no worker start-up), so `--jobs 1` is the plain sequential batch; it returns at once
 * (no promise) when no job needs the asynchronous path.
 */
export function runBatch(
  all: readonly DocJob[],
  jobs: number,
  report: (index: number, result: DocReport) => void,
): undefined | Promise<void> {
  const threads = Math.max(1, Math.min(jobs, all.length));
  const stats = statsRecorder();
  const finish = () => stats?.finish(threads, all.length);
  if (threads > 1) return runPool(all, threads, report, stats).then(finish);
  if (!all.some(needsAsync)) {
    all.forEach((job, i) => {
      const result = stitchToFolder(job);
      stats?.document(0, threadCpuMs());
      report(i, result);
    });
    finish();
    return undefined;
  }
  return (async () => {
    for (const [i, job] of all.entries()) {
      const result = await stitchHere(job);
      stats?.document(0, threadCpuMs());
      report(i, result);
    }
    finish();
  })();
}

/**
 * Documents queued at each worker thread beyond the one it is stitching, so that it has its next document while
 * the main thread, busy stitching one of its own, cannot hand out work.
 */
const QUEUED_PER_THREAD = 4;

/**
 * `threads` stitching threads: the main thread and `threads - 1` workers. The main thread stitches too (rather
 * than only handing out jobs to `threads` workers): every thread is an isolate of its own that compiles the
 * engine and collects its garbage on V8's helper threads, and on two cores a third isolate's helpers cost more
 * than the main thread's hand-out work saves. All take documents from one list, largest first.
 */
async function runPool(
  all: readonly DocJob[],
  threads: number,
  report: (index: number, result: DocReport) => void,
  stats: StatsRecorder | undefined,
): Promise<void> {
  const workers = threads - 1;
  const pool = new Piscina<DocJob, WorkerReply>({
    filename: workerScript(),
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 1 + QUEUED_PER_THREAD,
    maxQueue: all.length,
    workerData: { stats: stats !== undefined },
  });
  // a thread that fails outside a task (cannot start): its tasks reject and are reported below
  pool.on('error', () => {});
  const done = new Map<number, DocReport>();
  let next = 0;
  const settle = (index: number, result: DocReport) => {
    done.set(index, result);
    while (done.has(next)) {
      report(next, done.get(next) as DocReport);
      done.delete(next);
      next++;
    }
  };
  const order = largestFirst(all);
  let cursor = 0;
  let inFlight = 0;
  const running: Promise<void>[] = [];
  // each worker holds its share of what is left at most, so that a short batch is not all queued at the workers
  const limit = () => workers * Math.min(1 + QUEUED_PER_THREAD, Math.ceil((order.length - cursor) / threads));
  const feed = () => {
    while (inFlight < limit() && cursor < order.length) {
      const i = order[cursor++];
      inFlight++;
      const task = pool.run(all[i]).then(
        (reply) => {
          stats?.document(reply.thread, reply.cpuMs);
          settle(i, reply.report);
        },
        // a thread that died (out of memory …): that document failed, the pool goes on with a new thread
        (error: unknown) => settle(i, { ok: false, error: { ...toDocError(error), file: all[i].input } }),
      );
      running.push(
        task.finally(() => {
          inFlight--;
          feed();
        }),
      );
    }
  };
  try {
    // the main thread starts at once on the largest document, while the workers load the engine
    while (cursor < order.length) {
      const i = order[cursor++];
      feed();
      const result = stitchHere(all[i]);
      settle(i, result instanceof Promise ? await result : result);
      stats?.document(0, threadCpuMs());
      // let the workers' replies in, and hand them more
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all(running);
  } finally {
    await pool.destroy();
  }
}
