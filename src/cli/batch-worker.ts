// A batch worker process (node:child_process fork, src/cli/batch-processes.ts): stitches the documents the main
// process sends it, one at a time in the order they arrive, reading the input and writing the outputs itself;
// back goes only the document's report (a few lines of text) and, when the batch is measured
// (DOCSTITCH_BATCH_STATS, src/cli/batch-stats.ts), the CPU time of its stitching thread and of the whole process.
// v8-budget.js comes first, as in run.ts: the tiering budget must be set before the engine's modules run.
import './v8-budget.js';
import { threadCpuMs } from './batch-stats.js';
import type { DocJob, DocReport } from './doc-job.js';
import { stitchHere } from './stitch-one.js';

export interface WorkerRequest {
  id: number;
  job: DocJob;
  /** Measure CPU time (DOCSTITCH_BATCH_STATS is set). */
  stats: boolean;
}

export interface WorkerReply {
  id: number;
  report: DocReport;
  /** CPU milliseconds of the thread that stitches (the process' main thread). */
  cpuMs?: number;
  /** CPU milliseconds of the whole worker process (V8's compiler and GC threads included). */
  processCpuMs?: number;
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  const report = await stitchHere(request.job);
  if (!request.stats) return { id: request.id, report };
  const usage = process.cpuUsage();
  return {
    id: request.id,
    report,
    cpuMs: threadCpuMs(),
    processCpuMs: Math.round((usage.user + usage.system) / 1000),
  };
}

// One document at a time, in arrival order: the main process counts on it to know which document a worker was
// stitching when it died (the oldest one it has not answered).
if (process.send) {
  let queue = Promise.resolve();
  process.on('message', (request: WorkerRequest) => {
    queue = queue.then(async () => {
      const reply = await handle(request);
      if (process.connected) process.send?.(reply);
    });
  });
  // the main process closes the channel when the batch is done (or dies): nothing is left to do
  process.on('disconnect', () => {
    queue.then(() => process.exit(0));
  });
}
