// Stitching in worker threads (piscina): the server's thread stays free to answer (health, busy, errors) while
// documents are stitched, several stitch at once on several cores, and a stitch past its deadline is stopped
// by ending its worker (piscina replaces it), which a stitch in the server's own thread cannot be.

import { Piscina } from 'piscina';
import type { TaskRunner } from './app.js';
import { DEFAULT_WORKERS } from './defaults.js';
import type { StitchTask, TaskOutcome } from './task.js';

export interface WorkerPool {
  run: TaskRunner;
  /** Thread ids of the workers now alive (a worker ended at a deadline is replaced by a new one). */
  threadIds(): number[];
  close(): Promise<void>;
}

export { DEFAULT_WORKERS };

export function workerPool(threads = DEFAULT_WORKERS, onError?: (error: unknown) => void): WorkerPool {
  // Run from the TypeScript sources (tests, `npm run docstitch`), the worker needs tsx's loader too.
  const fromSource = import.meta.url.endsWith('.ts');
  const pool = new Piscina<StitchTask, TaskOutcome>({
    filename: new URL(fromSource ? './worker-from-source.mjs' : './worker.js', import.meta.url).href,
    minThreads: 1,
    maxThreads: threads,
    // Requests wait here only up to --max-inflight; the service refuses beyond that.
    maxQueue: Number.POSITIVE_INFINITY,
  });
  // A worker that fails to start rejects its task (a 500 for that request); without a listener it would end the server.
  pool.on('error', (error: unknown) => onError?.(error));
  return {
    run: (task, signal) => pool.run(task, { signal }),
    threadIds: () => pool.threads.map((t) => t.threadId),
    close: () => pool.close({ force: true }),
  };
}
