// `docstitch worker`: takes documents off the queue, stitches each and writes its folder atomically: the
// outputs go to a temporary folder under OUT/.docstitch-tmp/ and are renamed to OUT/<key>/, so a reader sees a
// whole result or none, and a retried job (a worker killed mid-job, found stalled) replaces the same folder.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ensureFolder } from '../cli/out-folders.js';
import { renderOutputs } from '../cli/outputs.js';
import { writeOutputs } from '../cli/write.js';
import { DocstitchError, type ErrorKind } from '../model/errors.js';
import type { PipelineResult } from '../pipeline.js';
import { connectRedis, loadBullmq, shownUrl } from './connect.js';
import type { QueueJobData } from './jobs.js';

/** Temporary folders of jobs in progress, inside OUT so the final rename stays on one file system. */
export const TEMP_FOLDER = '.docstitch-tmp';

export interface QueueJobResult {
  key: string;
  dir: string;
  pages: number;
  read: number;
  placed: number;
  dropped: number;
}

/** Failures that a retry cannot fix (the input itself is bad): the job fails at once. */
const PERMANENT: readonly ErrorKind[] = ['json', 'format', 'schema', 'empty', 'tooLarge', 'usage'];

export function isPermanent(error: unknown): boolean {
  return error instanceof DocstitchError && PERMANENT.includes(error.kind);
}

/**
 * Stitch one queued document and put its folder in place. Always through stitch() (the same result as
 * stitchSync for JSON), which also reads a source PDF or a PDF input; the input is opened once (it may be a pipe).
 */
export async function processQueueJob(data: QueueJobData): Promise<QueueJobResult> {
  const { stitch } = await import('../stitch.js');
  const options = { format: data.format, maxBytes: data.maxBytes, engine: data.engine };
  return placeResult(data, await stitch(data.input, { ...options, ...(data.pdf ? { pdf: data.pdf } : {}) }));
}

/** Write a stitched document's outputs to a temporary folder and rename it to OUT/<key>/. */
function placeResult(data: QueueJobData, result: PipelineResult): QueueJobResult {
  const files = renderOutputs(result, data.emit, { chunks: { maxTokens: data.chunkTokens } });
  const dir = join(data.out, data.key);
  const tempRoot = join(data.out, TEMP_FOLDER);
  ensureFolder(tempRoot);
  const unique = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = join(tempRoot, `${data.key}.${unique}`);
  const old = join(tempRoot, `${data.key}.old-${unique}`);
  try {
    writeOutputs(temp, files);
    try {
      renameSync(temp, dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      // an earlier attempt's folder: moved aside, then replaced
      renameSync(dir, old);
      renameSync(temp, dir);
      rmSync(old, { recursive: true, force: true });
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (error instanceof DocstitchError) throw error;
    throw new DocstitchError('io', `cannot write output: ${(error as Error).message}`, { file: dir });
  }
  const a = result.accounting;
  return {
    key: data.key,
    dir,
    pages: result.document.pages.length,
    read: a.read,
    placed: a.placed,
    dropped: a.dropped,
  };
}

export interface WorkerOptions {
  redis: string;
  queue: string;
  exitWhenIdle?: boolean;
  quiet?: boolean;
  /** How long a job's lock lasts without renewal before the job counts as stalled (ms). */
  lockDuration: number;
  /** How often stalled jobs are looked for (ms). */
  stalledInterval: number;
}

/** Run a worker until SIGINT/SIGTERM, or with exitWhenIdle until the queue holds nothing to do. */
export async function runWorker(options: WorkerOptions): Promise<number> {
  const { bullmq, Redis } = await loadBullmq();
  const connection = await connectRedis(options.redis, Redis);
  const log = (line: string) => {
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };
  const worker = new bullmq.Worker<QueueJobData, QueueJobResult>(
    options.queue,
    async (job) => {
      log(`started ${job.data.input}`);
      try {
        return await processQueueJob(job.data);
      } catch (error) {
        const line = error instanceof DocstitchError ? error.toLine() : `docstitch: ${(error as Error).message}`;
        // bad input is not retried; a write or internal failure is, with backoff
        if (isPermanent(error)) throw new bullmq.UnrecoverableError(line);
        throw new Error(line);
      }
    },
    {
      connection,
      autorun: false,
      concurrency: 1,
      lockDuration: options.lockDuration,
      stalledInterval: options.stalledInterval,
      // a job found stalled (its worker died) goes back to the queue this often before it counts as failed
      maxStalledCount: 3,
    },
  );
  worker.on('completed', (job, result) => log(`done ${job.data.input} → ${result.dir}`));
  worker.on('failed', (job, error) => log(`failed ${job?.data.input ?? '?'}: ${error.message}`));
  worker.on('error', (error) => log(`docstitch worker: ${error.message}`));
  const queue = new bullmq.Queue(options.queue, { connection });
  log(`docstitch worker ${hostname()}:${process.pid} on queue ${options.queue} at ${shownUrl(options.redis)}`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await worker.close();
      await queue.close();
      connection.disconnect();
    })();
    return stopping;
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  let idleCheck: NodeJS.Timeout | undefined;
  if (options.exitWhenIdle) {
    // Idle means nothing waiting, delayed (a retry's backoff) or active anywhere: a job active on a worker
    // that died comes back once found stalled, so the live workers wait for it.
    idleCheck = setInterval(
      async () => {
        try {
          const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized');
          if (Object.values(counts).every((n) => n === 0)) void stop();
        } catch {
          // Redis away for a moment: ask again at the next tick
        }
      },
      Math.min(1000, options.stalledInterval),
    );
  }
  await worker.run();
  if (idleCheck) clearInterval(idleCheck);
  await stop();
  return 0;
}
