// `docstitch queue add | status | clear`: filling the queue and reading where it stands.
import { DocstitchError } from '../model/errors.js';
import { connectRedis, loadBullmq, shownUrl } from './connect.js';
import { jobId, type QueueJobData } from './jobs.js';
import type { QueueJobResult } from './worker.js';

export interface AddOptions {
  redis: string;
  queue: string;
  /** Tries per job, the first included. */
  attempts: number;
  /** First retry delay (ms), doubled at each further retry. */
  backoff: number;
}

export interface AddSummary {
  added: number;
  /** Already in the queue (waiting, running, done or failed) under the same id. */
  present: number;
}

async function openQueue(redis: string, name: string) {
  const { bullmq, Redis } = await loadBullmq();
  const connection = await connectRedis(redis, Redis);
  const queue = new bullmq.Queue<QueueJobData, QueueJobResult>(name, { connection });
  return {
    queue,
    close: async () => {
      await queue.close();
      connection.disconnect();
    },
  };
}

export async function addJobs(jobs: readonly QueueJobData[], options: AddOptions): Promise<AddSummary> {
  const { queue, close } = await openQueue(options.redis, options.queue);
  try {
    let added = 0;
    // a job added under an id that exists is ignored by BullMQ: look first, to say how many were new
    for (let from = 0; from < jobs.length; from += 500) {
      const slice = jobs.slice(from, from + 500);
      const ids = slice.map((data) => jobId(data));
      const existing = await Promise.all(ids.map((id) => queue.getJob(id)));
      const fresh = slice.filter((_, i) => !existing[i]);
      await queue.addBulk(
        fresh.map((data) => ({
          name: data.key,
          data,
          opts: {
            jobId: jobId(data),
            attempts: options.attempts,
            backoff: { type: 'exponential', delay: options.backoff },
            // kept, so that `queue status` can count them and show the failures' errors
            removeOnComplete: false,
            removeOnFail: false,
          },
        })),
      );
      added += fresh.length;
    }
    return { added, present: jobs.length - added };
  } finally {
    await close();
  }
}

export interface QueueStatus {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  done: number;
  failed: number;
  /** Failed jobs (up to 100): input and the one-line error. */
  failures: Array<{ input: string; error: string; attempts: number }>;
}

export async function queueStatus(redis: string, name: string): Promise<QueueStatus> {
  const { queue, close } = await openQueue(redis, name);
  try {
    const c = await queue.getJobCounts('wait', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const failed = await queue.getFailed(0, 99);
    return {
      queue: name,
      waiting: c.wait + c.prioritized,
      active: c.active,
      delayed: c.delayed,
      done: c.completed,
      failed: c.failed,
      failures: failed.map((job) => ({
        input: job.data.input,
        error: job.failedReason,
        attempts: job.attemptsMade,
      })),
    };
  } finally {
    await close();
  }
}

export function formatStatus(status: QueueStatus, redis: string): string {
  let text =
    `queue ${status.queue} at ${shownUrl(redis)}: ${status.waiting} waiting, ${status.active} active, ` +
    `${status.delayed} delayed (retry backoff), ${status.done} done, ${status.failed} failed\n`;
  for (const f of status.failures) text += `  failed after ${f.attempts} tries: ${f.error}\n`;
  if (status.failed > status.failures.length) text += `  … and ${status.failed - status.failures.length} more\n`;
  return text;
}

/** Remove the queue and all its jobs (not the output folders). */
export async function clearQueue(redis: string, name: string, force: boolean): Promise<void> {
  const { queue, close } = await openQueue(redis, name);
  try {
    const active = await queue.getActiveCount();
    if (active > 0 && !force)
      throw new DocstitchError('usage', `${active} jobs are running: stop the workers first, or give --force`);
    await queue.obliterate({ force: true });
  } finally {
    await close();
  }
}
