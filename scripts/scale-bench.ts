// Scale measurements (docs/scale.md), wall-clock on this machine, printed as a table:
//   tsx scripts/scale-bench.ts batch [--copies 4] [--rounds 3]   the committed corpus' MinerU content lists ×
//       copies, one `docstitch --batch` with --jobs 1 and with --jobs 2 (alternating, median of the rounds)
//   tsx scripts/scale-bench.ts queue [--docs 1000] [--workers 1,2,4]   that many documents through `docstitch
//       worker` processes on a throwaway redis-server (needs redis-server installed), one run per worker count
// Both run the built CLI (npm run build) so thread and process start-up are what a user pays.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startRedis } from '../test/helpers/redis.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/cli/run.js');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    copies: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    docs: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '1,2,4' },
  },
});

if (!existsSync(cli)) {
  console.error('scale-bench: dist/ is missing, run npm run build first');
  process.exit(2);
}

/** The corpus' MinerU content lists, copied `copies` times into a fresh folder (distinct names). */
function inputs(copies: number, limit = Number.POSITIVE_INFINITY): { dir: string; count: number } {
  const corpus = join(root, 'corpus');
  const sources = readdirSync(corpus)
    .map((name) => join(corpus, name, 'mineru', 'content_list.json'))
    .filter((path) => existsSync(path));
  const dir = mkdtempSync(join(tmpdir(), 'docstitch-scale-'));
  mkdirSync(join(dir, 'in'));
  let count = 0;
  for (let c = 0; c < copies && count < limit; c++) {
    for (const [i, source] of sources.entries()) {
      if (count >= limit) break;
      copyFileSync(source, join(dir, 'in', `c${c}-d${String(i).padStart(3, '0')}.json`));
      count++;
    }
  }
  return { dir, count };
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** CPU seconds of each thread of a process (utime + stime from /proc, Linux), by thread id. */
function threadCpu(pid: number): Map<number, number> {
  const ticks = new Map<number, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    }
  } catch {
    // the process ended between two looks
  }
  return ticks;
}

interface BatchRun {
  wall: number;
  /** CPU seconds of all threads. */
  cpu: number;
  /** CPU seconds of the main thread and of the `jobs` busiest other threads (the stitching threads). */
  main: number;
  workers: number[];
}

/**
 * One batch run, its threads' CPU sampled every 50 ms. On a machine shared with other work the wall time
 * says little (this sandbox gives a process tree a fixed CPU share whatever its thread count), so the run also
 * yields its critical path: the main thread's CPU plus the busiest stitching thread's, the wall time on idle cores.
 */
async function batchRun(input: string, out: string, jobs: number): Promise<BatchRun> {
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [cli, '--batch', input, '--out', out, '--jobs', String(jobs), '-q'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // a thread's last reading stays once it has ended (the stitching threads end before the process does)
  const last = new Map<number, number>();
  const timer = setInterval(() => {
    for (const [tid, cpu] of threadCpu(child.pid as number)) last.set(tid, cpu);
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`batch --jobs ${jobs} failed (exit ${code})`);
  const wall = seconds(start);
  const main = last.get(child.pid as number) ?? 0;
  const others = [...last].filter(([tid]) => tid !== child.pid).map(([, cpu]) => cpu);
  const workers = jobs > 1 ? others.sort((a, b) => b - a).slice(0, jobs) : [];
  return { wall, cpu: [...last.values()].reduce((a, b) => a + b, 0), main, workers };
}

async function batch(): Promise<void> {
  const { dir, count } = inputs(Number(values.copies));
  const runs: Record<string, BatchRun[]> = { 1: [], 2: [] };
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const jobs of [1, 2]) runs[jobs].push(await batchRun(join(dir, 'in'), join(dir, `out${jobs}`), jobs));
  }
  const path = (r: BatchRun) => r.main + Math.max(0, ...r.workers);
  console.log(`batch: ${count} documents, ${availableParallelism()} cores, rounds ${values.rounds}`);
  for (const jobs of ['1', '2']) {
    const rs = runs[jobs];
    console.log(
      `  --jobs ${jobs}: wall ${rs.map((r) => r.wall.toFixed(1)).join(' ')} s; CPU all threads ${rs.map((r) => r.cpu.toFixed(1)).join(' ')} s; ` +
        `critical path ${rs.map((r) => path(r).toFixed(1)).join(' ')} s` +
        (jobs === '2'
          ? ` (main ${rs.map((r) => r.main.toFixed(1)).join(' ')}, stitching threads ${rs.map((r) => r.workers.map((w) => w.toFixed(1)).join('+')).join(' ')})`
          : ''),
    );
  }
  const wall1 = median(runs[1].map((r) => r.wall));
  const wall2 = median(runs[2].map((r) => r.wall));
  const path1 = median(runs[1].map(path));
  const path2 = median(runs[2].map(path));
  console.log(
    `  wall-clock speed-up ×${(wall1 / wall2).toFixed(2)} (medians ${wall1.toFixed(1)} / ${wall2.toFixed(1)} s)`,
  );
  console.log(
    `  critical-path speed-up ×${(path1 / path2).toFixed(2)} (medians ${path1.toFixed(1)} / ${path2.toFixed(1)} CPU s)`,
  );
  const same = spawnSync('diff', ['-r', join(dir, 'out1'), join(dir, 'out2')]).status === 0;
  console.log(`  outputs identical: ${same}`);
  rmSync(dir, { recursive: true, force: true });
}

/** CPU seconds a process has used so far (all its threads), 0 once it has ended. */
function processCpu(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Run the CLI; resolves with its exit code and the CPU seconds it used (sampled every 50 ms). */
function run(args: string[]): Promise<{ code: number | null; cpu: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    let cpu = 0;
    const timer = setInterval(() => {
      cpu = Math.max(cpu, processCpu(child.pid as number));
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      resolve({ code, cpu });
    });
  });
}

async function queue(): Promise<void> {
  const docs = Number(values.docs);
  const { dir, count } = inputs(Math.ceil(docs / 50) + 1, docs);
  const redis = await startRedis();
  try {
    console.log(`queue: ${count} documents, ${availableParallelism()} cores, ${redis.url}`);
    for (const workers of values.workers.split(',').map(Number)) {
      const name = `bench-${workers}`;
      const out = join(dir, `out-${workers}`);
      const add = await run([
        'queue',
        'add',
        '--batch',
        join(dir, 'in'),
        '--out',
        out,
        '--redis',
        redis.url,
        '--queue',
        name,
      ]);
      if (add.code !== 0) throw new Error('queue add failed');
      const start = process.hrtime.bigint();
      const ends = await Promise.all(
        Array.from({ length: workers }, () =>
          run(['worker', '--exit-when-idle', '-q', '--redis', redis.url, '--queue', name]),
        ),
      );
      const wall = seconds(start);
      const written = readdirSync(out).filter((n) => !n.startsWith('.')).length;
      // on idle cores (workers <= cores) the run lasts as long as the busiest worker's CPU time
      const cpus = ends.map((e) => e.cpu);
      const critical = Math.max(...cpus, cpus.reduce((a, b) => a + b, 0) / availableParallelism());
      console.log(
        `  ${workers} worker(s): wall ${wall.toFixed(1)} s = ${(count / wall).toFixed(1)} documents/s; worker CPU ${cpus.map((c) => c.toFixed(1)).join('+')} s, ` +
          `critical path ${critical.toFixed(1)} s = ${(count / critical).toFixed(1)} documents/s; ${written} folders written, exit ${ends.map((e) => e.code).join(',')}`,
      );
    }
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (positionals[0] === 'batch') await batch();
else if (positionals[0] === 'queue') await queue();
else {
  console.error('usage: tsx scripts/scale-bench.ts batch|queue [options]');
  process.exit(2);
}
