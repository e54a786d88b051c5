// npm run bench:batch [-- --docs 1000 --jobs 1,2,4 --rounds 3]: one `docstitch --batch` of `docs` documents
// per --jobs value (rounds alternate between the values; the wall time is the median), with the built CLI, so
// process start-up and module loading are what a user pays. The last line is the verdict: the speed-up of
// --jobs 2 over --jobs 1 on one core (and over --jobs 1 on every core), with the load average before and after. Prints the wall-clock speed-up over --jobs 1 and,
// from DOCSTITCH_BATCH_STATS (src/cli/batch-stats.ts), where the CPU went: the main thread, the stitching
// threads and the rest (V8's compiler and garbage-collector threads). Checks that every run wrote the same
// bytes as --jobs 1; exit 1 when not. The wall clock means something only on an otherwise idle machine.
// --jobs 1 is also run pinned to the first core (taskset -c 0; --no-one-core to skip), where V8's compiler and
// GC threads share the one core too: the batch on one core, against which issue #16 sets ×1.7 for 2 cores.
// BENCH_NODE_FLAGS="--single-threaded-gc …" runs the CLI under extra node/V8 flags (docs/scale.md).
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BatchStats } from '../src/cli/batch-stats.js';
import { cli, filesUnder, firstDifference, makeInputs, median, requireBuild, seconds } from './bench-inputs.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    jobs: { type: 'string', default: availableParallelism() > 2 ? `1,2,${availableParallelism()}` : '1,2' },
    rounds: { type: 'string', default: '3' },
    // also run --jobs 1 pinned to one core (taskset -c 0): V8's helper threads then share that core too
    'one-core': { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
requireBuild('bench:batch');

interface Run {
  wall: number;
  stats: BatchStats;
}

/** A configuration: --jobs N, on every core or pinned to the first. */
interface Config {
  jobs: number;
  pinned: boolean;
}
const label = (c: Config) => `--jobs ${c.jobs}${c.pinned ? ' on one core' : ''}`;

async function batchRun(inputs: string, out: string, config: Config, statsFile: string): Promise<Run> {
  const { jobs } = config;
  rmSync(out, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const child = spawn(
    config.pinned ? 'taskset' : process.execPath,
    [
      ...(config.pinned ? ['-c', '0', process.execPath] : []),
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
  if (code !== 0) throw new Error(`${label(config)} failed (exit ${code})`);
  return { wall, stats: JSON.parse(readFileSync(statsFile, 'utf8')) as BatchStats };
}

const s = (ms: number | undefined) => (ms === undefined ? '?' : (ms / 1000).toFixed(2));

/** CPU of each stitching thread; the main thread (thread 0) stitches too, its CPU is the main thread's whole. */
function stitchingCpu(stats: BatchStats): number[] {
  return stats.threads.map((t) => (t.thread === 0 ? (stats.main.cpuMs ?? t.cpuMs ?? 0) : (t.cpuMs ?? 0)));
}

const docs = Number(values.docs);
const jobList: Config[] = [
  ...(values['one-core'] ? [{ jobs: 1, pinned: true }] : []),
  ...values.jobs.split(',').map((j) => ({ jobs: Number(j), pinned: false })),
];
const rounds = Number(values.rounds);
const cores = availableParallelism();
const loadBefore = loadavg()[0];
const { dir, inputs } = makeInputs(docs);
const runs = new Map<Config, Run[]>(jobList.map((c) => [c, []]));
let identical = true;
try {
  console.log(
    `bench:batch: ${docs} documents (corpus/ inputs repeated), ${cores} cores, ${rounds} rounds, load ${loadavg()[0].toFixed(1)}`,
  );
  let reference: Map<string, Buffer> | undefined;
  for (let round = 0; round < rounds; round++) {
    for (const config of jobList) {
      const name = `${config.jobs}${config.pinned ? '-pinned' : ''}`;
      const out = join(dir, `out-${name}`);
      const run = await batchRun(inputs, out, config, join(dir, `stats-${name}.json`));
      runs.get(config)?.push(run);
      const written = filesUnder(out);
      reference ??= written;
      const difference = firstDifference(reference, written);
      if (difference) {
        identical = false;
        console.log(`  ${label(config)}, round ${round + 1}: outputs NOT identical to the first run (${difference})`);
      }
    }
  }
  const base = runs.get(jobList.find((c) => !c.pinned) ?? jobList[0]) as Run[];
  const wall1 = median(base.map((r) => r.wall));
  const pinned = jobList.find((c) => c.pinned);
  const wallPinned = pinned ? median((runs.get(pinned) as Run[]).map((r) => r.wall)) : undefined;
  // --jobs 1 stitches on the main thread: its CPU is the one-thread cost of the documents
  const oneThread = median(base.map((r) => r.stats.main.cpuMs ?? r.stats.processCpuMs));
  const idleWall = (r: Run) => {
    const longest = Math.max(...stitchingCpu(r.stats));
    return Math.max(longest, r.stats.processCpuMs / cores);
  };
  const idle1 = median(base.map(idleWall));
  for (const config of jobList) {
    const rs = runs.get(config) as Run[];
    const last = rs[rs.length - 1].stats;
    const wall = median(rs.map((r) => r.wall));
    const stitching = stitchingCpu(last);
    const sum = stitching.reduce((a, b) => a + b, 0);
    const mainStitches = last.threads.some((t) => t.thread === 0);
    const mainShare = `${((100 * (last.main.cpuMs ?? 0)) / last.processCpuMs).toFixed(1)} %${mainStitches ? ' (it stitches too)' : ''}`;
    console.log(
      `  ${label(config)}: wall ${rs.map((r) => r.wall.toFixed(1)).join(' ')} s (median ${wall.toFixed(1)}), speed-up ×${(wall1 / wall).toFixed(2)}` +
        (wallPinned ? ` (×${(wallPinned / wall).toFixed(2)} over --jobs 1 on one core)` : ''),
    );
    console.log(
      `      CPU (last round): process ${s(last.processCpuMs)} s; main thread ${s(last.main.cpuMs)} s = ${mainShare} of it, event loop busy ${(100 * last.main.eventLoopUtilization).toFixed(1)} %; ` +
        `stitching threads ${stitching.map((c) => s(c)).join(' + ')} = ${s(sum)} s (×${(sum / oneThread).toFixed(2)} the one-thread CPU); ` +
        `other threads (V8 compiler, GC) ${s(last.processCpuMs - sum - (mainStitches ? 0 : (last.main.cpuMs ?? 0)))} s; ` +
        `documents per thread ${last.threads.map((t) => t.documents).join('/')}`,
    );
    console.log(
      `      CPU estimate of the speed-up on ${cores} idle cores ×${(idle1 / median(rs.map(idleWall))).toFixed(2)} (wall ≈ the busiest stitching thread's CPU, or all threads' CPU over the cores if more)`,
    );
  }
  console.log(`  outputs identical across runs: ${identical ? 'yes' : 'NO'}`);
  const two = jobList.find((c) => c.jobs === 2 && !c.pinned);
  if (two) {
    const wall2 = median((runs.get(two) as Run[]).map((r) => r.wall));
    const load = `${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`;
    console.log(
      `bench:batch: --jobs 2 ${wallPinned ? `×${(wallPinned / wall2).toFixed(2)} over --jobs 1 on one core, ` : ''}×${(wall1 / wall2).toFixed(2)} over --jobs 1 (${docs} documents, median of ${rounds}, ${cores} cores, load average ${load}, outputs ${identical ? 'identical' : 'NOT identical'})`,
    );
  }
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`  kept ${dir}`);
}
if (!identical) process.exitCode = 1;
