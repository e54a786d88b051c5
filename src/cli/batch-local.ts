// A batch on the calling process itself (`--jobs 1`, or one document): one document after another, the plain
// sequential batch without worker start-up. Synchronous when no job needs the asynchronous path (a PDF).
import { statsRecorder, threadCpuMs } from './batch-stats.js';
import { type DocJob, type DocReport, needsAsync } from './doc-job.js';
import { stitchHere, stitchToFolder } from './stitch-one.js';

/** Stitch every job here, calling `report` once per job in input order; undefined when done synchronously. */
export function runBatchHere(
  all: readonly DocJob[],
  report: (index: number, result: DocReport) => void,
): undefined | Promise<void> {
  const stats = statsRecorder();
  const finish = () => stats?.finish(1, all.length);
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
