// Where a batch's CPU goes, for `npm run bench:batch` and anyone tuning --jobs: the main process' own CPU time
// and event-loop use, and for each worker process the CPU time of its stitching thread and of the whole process.
// Written as JSON to the file named by the environment variable DOCSTITCH_BATCH_STATS (nothing is measured or
// written without it). Per-thread CPU is read from /proc/thread-self/stat (Linux); elsewhere the thread figures
// are absent and only the process totals are given.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export const STATS_VARIABLE = 'DOCSTITCH_BATCH_STATS';

/** CPU milliseconds (user + system) of the calling thread, or undefined where /proc/thread-self is missing. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks (USER_HZ, 100 a second on Linux)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

export interface ThreadStats {
  /** The worker process' number (1, 2, …; a replacement for one that died gets a new one); 0: the main thread. */
  thread: number;
  documents: number;
  /** CPU time of the stitching thread from its start to its last document (module load included). */
  cpuMs?: number;
  /** A worker process' CPU time, every thread (V8's compiler and GC), to its last document. */
  processCpuMs?: number;
}

export interface BatchStats {
  jobs: number;
  documents: number;
  wallMs: number;
  /** The main process and the worker processes, every thread (V8's compiler and GC threads included). */
  processCpuMs: number;
  /** The main process' main thread. */
  main: { cpuMs?: number; eventLoopUtilization: number };
  /** The stitching threads (with --jobs 1, the main thread itself; else one per worker process). */
  threads: ThreadStats[];
}

export interface StatsRecorder {
  /** A document done on a thread whose CPU time, after it, was cpuMs (and its worker process' processCpuMs). */
  document(thread: number, cpuMs: number | undefined, processCpuMs?: number): void;
  finish(jobs: number, documents: number): void;
}

/** A recorder that writes to $DOCSTITCH_BATCH_STATS at finish, or undefined when the variable is not set. */
export function statsRecorder(): StatsRecorder | undefined {
  const file = process.env[STATS_VARIABLE];
  if (!file) return undefined;
  // from the process start: the main thread's module load is part of what a batch costs
  const wallStart = performance.timeOrigin;
  const elu = performance.eventLoopUtilization();
  const threads = new Map<number, ThreadStats>();
  return {
    document(thread, cpuMs, processCpuMs) {
      const t = threads.get(thread) ?? { thread, documents: 0 };
      t.documents++;
      if (cpuMs !== undefined) t.cpuMs = Math.max(t.cpuMs ?? 0, cpuMs);
      if (processCpuMs !== undefined) t.processCpuMs = Math.max(t.processCpuMs ?? 0, processCpuMs);
      threads.set(thread, t);
    },
    finish(jobs, documents) {
      const usage = process.cpuUsage();
      const workers = [...threads.values()].reduce((sum, t) => sum + (t.processCpuMs ?? 0), 0);
      const stats: BatchStats = {
        jobs,
        documents,
        wallMs: Math.round(Date.now() - wallStart),
        processCpuMs: Math.round((usage.user + usage.system) / 1000) + workers,
        main: {
          cpuMs: threadCpuMs(),
          eventLoopUtilization: Number(performance.eventLoopUtilization(elu).utilization.toFixed(3)),
        },
        threads: [...threads.values()].sort((a, b) => a.thread - b.thread),
      };
      writeFileSync(file, `${JSON.stringify(stats, null, 2)}\n`);
    },
  };
}
