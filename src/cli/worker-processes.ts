// `docstitch worker --jobs N`: N queue workers on this machine under one command, each its own process (as N
// `docstitch worker` commands would be), so that the command knows how many share the cores and gives them the
// batch's collector flag: with a worker on every core each collects on its own thread (workerGcFlags,
// src/cli/batch.ts), which one `docstitch worker` alone cannot decide, not knowing what else runs beside it.
// The workers are started in their own process group: SIGINT (Ctrl-C) and SIGTERM reach this process alone,
// which passes each on once, so every worker finishes the document it holds before it stops.
import { spawn } from 'node:child_process';
import { EXIT_CODES } from '../model/errors.js';
import { workerGcFlags } from './batch.js';

export interface WorkerProcessFlags {
  queue: string;
  exitWhenIdle?: boolean;
  quiet?: boolean;
  lockDuration: number;
  stalledInterval: number;
}

/** A worker process' command line (after node's flags): the same worker, one job at a time. */
export function workerArgs(script: string, flags: WorkerProcessFlags): string[] {
  return [
    script,
    'worker',
    '--queue',
    flags.queue,
    '--lock-duration',
    String(flags.lockDuration),
    '--stalled-interval',
    String(flags.stalledInterval),
    ...(flags.exitWhenIdle ? ['--exit-when-idle'] : []),
    ...(flags.quiet ? ['-q'] : []),
  ];
}

/**
 * Run `count` worker processes until all have ended; the exit code is the first non-zero one in start order (a
 * worker ended by a signal counts as an internal failure, unless it is the one this command passed on), else 0. The Redis URL goes through the environment,
 * not the command line, where `ps` would show its password.
 */
export async function runWorkerProcesses(count: number, redis: string, flags: WorkerProcessFlags): Promise<number> {
  const execArgv = [...process.execArgv.filter((arg) => !arg.startsWith('--inspect')), ...workerGcFlags(count)];
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, [...execArgv, ...workerArgs(process.argv[1], flags)], {
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, REDIS_URL: redis },
    }),
  );
  const passed = new Set<NodeJS.Signals>();
  const pass = (signal: NodeJS.Signals) => {
    passed.add(signal);
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const onInt = () => pass('SIGINT');
  const onTerm = () => pass('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    const codes = await Promise.all(
      children.map(
        (child) =>
          new Promise<number>((resolve) => {
            child.once('error', () => resolve(EXIT_CODES.internal));
            // a worker that the signal passed on ended before it could catch it (still starting) stopped as asked
            child.once('exit', (code, signal) =>
              resolve(code ?? (signal && passed.has(signal) ? EXIT_CODES.ok : EXIT_CODES.internal)),
            );
          }),
      ),
    );
    return codes.find((code) => code !== 0) ?? EXIT_CODES.ok;
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}
