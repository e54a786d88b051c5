// npm run bench:batch [-- --docs 1000 --jobs 1,2,4 --rounds 3]: one `docstitch --batch` of `docs` documents
// per --jobs value (rounds alternate between the values; the wall time is the median), with the built CLI, so
// thread start-up and module loading are what a user pays. Prints the wall-clock speed-up over --jobs 1 and,
// from DOCSTITCH_BATCH_STATS (src/cli/batch-stats.ts), where the CPU went: the main thread, the stitching
// threads and the rest (V8's compiler and garbage-collector threads). Checks that every run wrote the same
// bytes as --jobs 1; exit 1 when not. The wall clock means something only on an otherwise idle machine.
// BENCH_NODE_FLAGS="--single-threaded-gc …" runs the CLI under extra node/V8 flags (docs/scale.md).
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BatchStats } from '../src/cli/batch-stats.js';
import { cli, filesUnder, firstDifference, makeInputs, median, requireBuild, seconds } from './bench-inputs.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    jobs: { type: 'string', default: availableParallelism() > 2 ? `1,2,${availableParallelism()}` : '1,2' },
    rounds: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
requireBuild('bench:batch');

interface Run {
  wall: number;
  stats: BatchStats;
}

async function batchRun(inputs: string, out: string, jobs: number, statsFile: string): Promise<Run> {
  rmSync(out, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
      cli,
      '--batch',
      inputs,
      '--out',
      out,
      '--jobs',
      String(jobs),
      '-q',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DOCSTITCH_BATCH_STATS: statsFile },
    },
  );
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const wall = seconds(start);
  if (code !== 0) throw new Error(`--jobs ${jobs} failed (exit ${code})`);
  return { wall, stats: JSON.parse(readFileSync(statsFile, 'utf8')) as BatchStats };
}

const s = (ms: number | undefined) => (ms === undefined ? '?' : (ms / 1000).toFixed(2));

const docs = Number(values.docs);
const jobList = values.jobs.split(',').map(Number);
const rounds = Number(values.rounds);
const cores = availableParallelism();
const { dir, inputs } = makeInputs(docs);
const runs = new Map<number, Run[]>(jobList.map((j) => [j, []]));
let identical = true;
try {
  console.log(`bench:batch: ${docs} documents (corpus/ inputs repeated), ${cores} cores, ${rounds} rounds`);
  let reference: Map<string, Buffer> | undefined;
  for (let round = 0; round < rounds; round++) {
    for (const jobs of jobList) {
      const out = join(dir, `out-${jobs}`);
      const run = await batchRun(inputs, out, jobs, join(dir, `stats-${jobs}.json`));
      runs.get(jobs)?.push(run);
      const written = filesUnder(out);
      reference ??= written;
      const difference = firstDifference(reference, written);
      if (difference) {
        identical = false;
        console.log(`  --jobs ${jobs}, round ${round + 1}: outputs NOT identical to the first run (${difference})`);
      }
    }
  }
  const base = runs.get(jobList[0]) as Run[];
  const wall1 = median(base.map((r) => r.wall));
  // --jobs 1 stitches on the main thread: its CPU is the one-thread cost of the documents
  const oneThread = median(base.map((r) => r.stats.main.cpuMs ?? r.stats.processCpuMs));
  const idleWall = (r: Run) => {
    const threads = r.stats.threads.map((t) => t.cpuMs ?? 0);
    const longest = r.stats.jobs === 1 ? (r.stats.main.cpuMs ?? 0) : Math.max(...threads);
    return Math.max(longest, r.stats.processCpuMs / cores);
  };
  const idle1 = median(base.map(idleWall));
  for (const jobs of jobList) {
    const rs = runs.get(jobs) as Run[];
    const last = rs[rs.length - 1].stats;
    const wall = median(rs.map((r) => r.wall));
    const stitching = last.jobs === 1 ? [last.main.cpuMs ?? 0] : last.threads.map((t) => t.cpuMs ?? 0);
    const sum = stitching.reduce((a, b) => a + b, 0);
    const mainShare =
      last.jobs === 1 ? '(stitches)' : `${((100 * (last.main.cpuMs ?? 0)) / last.processCpuMs).toFixed(1)} %`;
    console.log(
      `  --jobs ${jobs}: wall ${rs.map((r) => r.wall.toFixed(1)).join(' ')} s (median ${wall.toFixed(1)}), speed-up ×${(wall1 / wall).toFixed(2)}`,
    );
    console.log(
      `      CPU (last round): process ${s(last.processCpuMs)} s; main thread ${s(last.main.cpuMs)} s = ${mainShare} of it, event loop busy ${(100 * last.main.eventLoopUtilization).toFixed(1)} %; ` +
        `stitching threads ${stitching.map((c) => s(c)).join(' + ')} = ${s(sum)} s (×${(sum / oneThread).toFixed(2)} the one-thread CPU); ` +
        `other threads (V8 compiler, GC) ${s(last.processCpuMs - sum - (last.jobs === 1 ? 0 : (last.main.cpuMs ?? 0)))} s; ` +
        `documents per thread ${last.threads.map((t) => t.documents).join('/')}`,
    );
    console.log(
      `      CPU estimate of the speed-up on ${cores} idle cores ×${(idle1 / median(rs.map(idleWall))).toFixed(2)} (wall ≈ the busiest stitching thread's CPU, or all threads' CPU over the cores if more)`,
    );
  }
  console.log(`  outputs identical across runs: ${identical ? 'yes' : 'NO'}`);
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`  kept ${dir}`);
}
if (!identical) process.exitCode = 1;
