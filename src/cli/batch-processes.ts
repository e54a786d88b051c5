// A fixed pool of worker processes (node:child_process fork) for a batch, rather than worker threads. Not for
// speed: on the idle 2-core machine the two ran alike (400 documents, --jobs 2: threads ×1.45, processes ×1.49 over
// one core; docs/scale.md). A process dies alone: out of memory, or killed, it takes only the document it was
// stitching with it, where a thread's fatal error ends the whole batch. piscina, used before, has no process runner.
// Each process takes its documents in order and answers them in order, so the one it was stitching when it died
// is the oldest unanswered one: that document fails, the ones queued behind it go to a fresh process.
import { type ChildProcess, fork } from 'node:child_process';
import type { WorkerReply, WorkerRequest } from './batch-worker.js';
import type { DocJob } from './doc-job.js';

interface Task {
  request: WorkerRequest;
  resolve: (reply: PoolReply) => void;
  reject: (error: Error) => void;
}

interface Worker {
  /** A number per process started (1, 2, …; a replacement gets a new one), for the batch's statistics. */
  number: number;
  child: ChildProcess;
  /** Sent and not yet answered, oldest (the one being stitched) first. */
  pending: Task[];
  /** The tail of the process' stderr: a fatal error's line (out of memory) for the document's error. */
  stderr: string;
  ended: boolean;
}

export type PoolReply = WorkerReply & { worker: number };

export interface ProcessPoolOptions {
  /** The worker script (batch-worker.js, or its tsx bootstrap) */
  script: string;
  size: number;
  /** Node arguments of the workers (default: the parent's, so flags given to node reach them). */
  execArgv?: string[];
  /** Node arguments added after those (e.g. V8 flags for the workers only). */
  extraArgv?: string[];
  /** Ask the workers for their CPU times. */
  stats?: boolean;
}

/** The line of a dead worker's stderr that says why, if any (V8's "FATAL ERROR: … heap out of memory"). */
function fatalLine(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /^FATAL ERROR:|^Error:/.test(line));
}

export class ProcessPool {
  private readonly workers: Worker[] = [];
  private started = 0;
  private nextId = 0;
  private closing = false;

  constructor(private readonly options: ProcessPoolOptions) {
    for (let slot = 0; slot < options.size; slot++) this.workers.push(this.start());
  }

  private start(): Worker {
    const child = fork(this.options.script, [], {
      // the parent's node flags, but not its debugger: a second process cannot listen on the same port
      execArgv: [
        ...(this.options.execArgv ?? process.execArgv.filter((arg) => !arg.startsWith('--inspect'))),
        ...(this.options.extraArgv ?? []),
      ],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const worker: Worker = { number: ++this.started, child, pending: [], stderr: '', ended: false };
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      worker.stderr = (worker.stderr + text).slice(-4096);
    });
    child.on('message', (reply: WorkerReply) => {
      const at = worker.pending.findIndex((task) => task.request.id === reply.id);
      if (at < 0) return;
      const [task] = worker.pending.splice(at, 1);
      task.resolve({ ...reply, worker: worker.number });
    });
    // 'exit' follows 'error' when a process could not start; either way once
    const end = (code: number | null, signal: NodeJS.Signals | null) => {
      if (worker.ended) return;
      worker.ended = true;
      this.died(worker, code, signal);
    };
    child.on('exit', end);
    child.on('error', () => end(null, null));
    return worker;
  }

  /** A worker ended: the document it was stitching fails; the rest of its queue goes to a fresh process. */
  private died(worker: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    const slot = this.workers.indexOf(worker);
    const [current, ...queued] = worker.pending;
    worker.pending = [];
    if (current) {
      const how = signal ? `killed by ${signal}` : code === null ? 'could not start' : `exit code ${code}`;
      const why = fatalLine(worker.stderr);
      current.reject(new Error(`the worker process stitching it ended (${how})${why ? `: ${why}` : ''}`));
    }
    if (this.closing || slot < 0) {
      for (const task of queued) task.reject(new Error('the batch was stopped'));
      return;
    }
    // replaced now only when documents wait for it, else at the next run(): a script that cannot start is not
    // restarted in a loop, it fails one document per attempt
    if (queued.length === 0) return;
    this.workers[slot] = this.start();
    for (const task of queued) this.send(this.workers[slot], task);
  }

  private send(worker: Worker, task: Task): void {
    worker.pending.push(task);
    // a failed send means the process is ending: its 'exit' settles the task
    worker.child.send(task.request, (error) => {
      if (error) worker.child.kill();
    });
  }

  /** Stitch one document on the worker with the fewest documents waiting. */
  run(job: DocJob): Promise<PoolReply> {
    return new Promise((resolve, reject) => {
      const request: WorkerRequest = { id: this.nextId++, job, stats: this.options.stats === true };
      let slot = 0;
      this.workers.forEach((w, i) => {
        if (w.ended || w.pending.length < this.workers[slot].pending.length) slot = i;
      });
      if (this.workers[slot].ended) this.workers[slot] = this.start();
      this.send(this.workers[slot], { request, resolve, reject });
    });
  }

  /** Close every worker's channel (each ends once its queue is done) and wait for them to exit. */
  async destroy(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.ended || worker.child.exitCode !== null || worker.child.signalCode !== null) return resolve();
            worker.child.once('exit', () => resolve());
            if (worker.child.connected) worker.child.disconnect();
            else worker.child.kill();
          }),
      ),
    );
  }
}
