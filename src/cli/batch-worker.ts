// A batch worker thread (piscina): stitches the documents the main thread hands it, one at a time, reading the
// input and writing the outputs itself; back goes only the document's report (a few lines of text), and the
// thread's CPU time when the batch is measured (DOCSTITCH_BATCH_STATS, src/cli/batch-stats.ts).
import { threadId, workerData } from 'node:worker_threads';
import { threadCpuMs } from './batch-stats.js';
import { type DocJob, type DocReport, stitchHere } from './stitch-one.js';

export interface WorkerReply {
  report: DocReport;
  thread: number;
  cpuMs?: number;
}

const measure = (workerData as { stats?: boolean } | undefined)?.stats === true;

export default function stitchInWorker(job: DocJob): WorkerReply | Promise<WorkerReply> {
  const reply = (report: DocReport): WorkerReply => ({
    report,
    thread: threadId,
    ...(measure ? { cpuMs: threadCpuMs() } : {}),
  });
  const report = stitchHere(job);
  return report instanceof Promise ? report.then(reply) : reply(report);
}
