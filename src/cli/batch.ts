// A batch over worker processes (src/cli/batch-processes.ts: why processes, not threads). `--jobs 1` stitches
// on the main process itself (batch-local.ts); `--jobs N` forks N workers and the main process only hands out
// documents and prints, without loading the engine (nothing here imports it: about half a CPU-second less
// before the first worker starts). Each worker reads its input and writes its outputs itself, and what comes back is a few lines of text.
// Results are reported in input order, whatever order they finish in. Documents go out largest first (a free
// worker takes the next), so no large document starts last and keeps one worker busy while the others idle.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listJsonFiles } from '../io/load.js';
import { ProcessPool } from './batch-processes.js';
import { type StatsRecorder, statsRecorder } from './batch-stats.js';
import { type DocJob, type DocReport, toDocError } from './doc-job.js';

/** Default of --jobs: one worker per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The worker script next to this module: `batch-worker.js` in dist/; from the TypeScript source, a bootstrap
 * that registers tsx in the process first.
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
 * V8 flags of the worker processes. With a worker on every core, V8's parallel and concurrent collector threads can
 * only run on a core another worker needs: each worker collects on its own thread instead. Measured on 2 cores, 400
 * documents, 3 rounds: --jobs 2 8.27 / 9.78 / 8.51 s against 8.35 / 10.70 / 8.78 s without, outputs identical
 * (docs/scale.md). Not when node was given collector flags of its own, nor with fewer workers than cores.
 */
export function workerGcFlags(workers: number, parentArgv: readonly string[] = process.execArgv): string[] {
  if (workers < availableParallelism()) return [];
  if (parentArgv.some((arg) => /gc|semi-space|old-space/.test(arg))) return [];
  return ['--single-threaded-gc'];
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

/** Worker processes for a batch of `documents` with --jobs `jobs`; 1: the batch runs in this process (batch-local.ts). */
export function batchWorkers(jobs: number, documents: number): number {
  return Math.max(1, Math.min(jobs, documents));
}

/**
 * Stitch every job on `workers` worker processes, calling `report` once per job in input order; the main
 * process only hands out documents and does not load the engine.
 */
export async function runBatchPool(
  all: readonly DocJob[],
  workers: number,
  report: (index: number, result: DocReport) => void,
): Promise<void> {
  const stats = statsRecorder();
  await runPool(all, workers, report, stats);
  stats?.finish(workers, all.length);
}

/**
 * Documents queued at each worker process beyond the one it is stitching, so that it has its next document at
 * hand when it finishes one (the main process is idle, so its hand-out is quick; on a busy machine it may
 * wait for a core). Few, so that the batch's end stays even: the smallest documents go last.
 */
const QUEUED_PER_WORKER = 2;

/**
 * `workers` worker processes stitch; the main process only hands out documents (largest first, a free worker
 * takes the next), collects the reports and prints them in input order. It does not stitch: were it to, its
 * event loop would be busy while the workers wait for their next document and their replies wait for it.
 */
async function runPool(
  all: readonly DocJob[],
  workers: number,
  report: (index: number, result: DocReport) => void,
  stats: StatsRecorder | undefined,
): Promise<void> {
  const pool = new ProcessPool({
    script: workerScript(),
    size: workers,
    extraArgv: workerGcFlags(workers),
    stats: stats !== undefined,
  });
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
  let finished: () => void;
  const allDone = new Promise<void>((resolve) => {
    finished = resolve;
  });
  // each worker holds its share of what is left at most, so that a short batch is not all queued at one worker
  const limit = () => workers * Math.min(1 + QUEUED_PER_WORKER, Math.ceil((order.length - cursor) / workers));
  const feed = () => {
    while (inFlight < Math.max(1, limit()) && cursor < order.length) {
      const i = order[cursor++];
      inFlight++;
      pool
        .run(all[i])
        .then(
          (reply) => {
            stats?.document(reply.worker, reply.cpuMs, reply.processCpuMs);
            settle(i, reply.report);
          },
          // a worker that died (out of memory, killed …): that document failed, a new worker takes the rest
          (error: unknown) => settle(i, { ok: false, error: { ...toDocError(error), file: all[i].input } }),
        )
        .finally(() => {
          inFlight--;
          if (cursor < order.length) feed();
          else if (inFlight === 0) finished();
        });
    }
  };
  try {
    feed();
    await allDone;
  } finally {
    await pool.destroy();
  }
}
