// npm run bench:queue [-- --docs 1000 --workers 1,2,4 --separate]: `docs` documents through 1, 2 and 4 worker
// processes on one machine, on a throwaway loopback redis-server (Debian's redis-server, on a free port, stopped
// at the end). For each worker count: `queue add --batch`, then one `docstitch worker --jobs N --exit-when-idle`
// (N worker processes under one command, with the collector flag when they fill the cores), or with --separate N
// separate `docstitch worker` commands (no flag); prints documents per second (wall clock, from the workers'
// start to the last one's exit) and the workers' CPU. Checks that
// every document has exactly one output folder, byte for byte what a local `docstitch --batch` run writes, that
// no temporary folder is left and that the queue counts every document done; exit 1 when not.
// Uses the built CLI (npm run build): process start-up is what a user pays.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { queueStatus } from '../src/queue/admin.js';
import { TEMP_FOLDER } from '../src/queue/worker.js';
import { startRedis } from '../test/helpers/redis.js';
import { cli, filesUnder, firstDifference, makeInputs, processCpu, requireBuild, seconds } from './bench-inputs.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '1,2,4' },
    // N separate `docstitch worker` commands instead of one `docstitch worker --jobs N`
    separate: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
requireBuild('bench:queue');

/** CPU seconds of a process and every process below it, by pid (sampled: each one's last reading is kept). */
function treeCpu(pid: number, seen: Map<number, number>): void {
  seen.set(pid, Math.max(seen.get(pid) ?? 0, processCpu(pid)));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) treeCpu(Number(entry), seen);
    } catch {
      // ended meanwhile
    }
  }
}

/** Run the CLI; resolves with its exit code and the CPU seconds it and its worker processes used (every 50 ms). */
function run(args: string[]): Promise<{ code: number | null; cpu: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    const seen = new Map<number, number>();
    const timer = setInterval(() => treeCpu(child.pid as number, seen), 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      resolve({ code, cpu: [...seen.values()].reduce((a, b) => a + b, 0) });
    });
  });
}

/** Problems with a queue run's outputs against the local run (empty: every document once, same bytes). */
function check(out: string, local: string, names: string[]): string[] {
  const problems: string[] = [];
  const folders = readdirSync(out).filter((n) => !n.startsWith('.'));
  if (folders.length !== names.length) problems.push(`${folders.length} folders for ${names.length} documents`);
  // OUT/<16 hex>-<name>: one folder per document name, none twice
  const byName = new Map<string, string[]>();
  for (const folder of folders) {
    const name = folder.slice(17);
    byName.set(name, [...(byName.get(name) ?? []), folder]);
  }
  for (const name of names) {
    const found = byName.get(name) ?? [];
    if (found.length !== 1) {
      problems.push(`${name}: ${found.length} output folders`);
      continue;
    }
    const difference = firstDifference(filesUnder(join(local, name)), filesUnder(join(out, found[0])));
    if (difference) problems.push(`${name}: not as the local run (${difference})`);
  }
  const temp = join(out, TEMP_FOLDER);
  const left = readdirSync(temp, { withFileTypes: true }).length;
  if (left) problems.push(`${left} temporary folders left in ${temp}`);
  return problems;
}

const docs = Number(values.docs);
const { dir, inputs, names } = makeInputs(docs);
const redis = await startRedis();
let ok = true;
try {
  console.log(
    `bench:queue: ${docs} documents, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}, redis-server at ${redis.url}, ` +
      (values.separate ? 'N separate `docstitch worker` commands' : 'one `docstitch worker --jobs N`'),
  );
  const local = join(dir, 'local');
  const localRun = await run(['--batch', inputs, '--out', local, '-q']);
  if (localRun.code !== 0) throw new Error(`the local run failed (exit ${localRun.code})`);
  for (const workers of values.workers.split(',').map(Number)) {
    const queue = `bench-${workers}`;
    const out = join(dir, `out-${workers}`);
    const connection = ['--redis', redis.url, '--queue', queue];
    const add = await run(['queue', 'add', '--batch', inputs, '--out', out, ...connection]);
    if (add.code !== 0) throw new Error(`queue add failed (exit ${add.code})`);
    const start = process.hrtime.bigint();
    const ends = values.separate
      ? await Promise.all(
          Array.from({ length: workers }, () => run(['worker', '--exit-when-idle', '-q', ...connection])),
        )
      : [await run(['worker', '--jobs', String(workers), '--exit-when-idle', '-q', ...connection])];
    const wall = seconds(start);
    const status = await queueStatus(redis.url, queue);
    const problems = check(out, local, names);
    if (status.done !== docs || status.failed !== 0)
      problems.push(`queue: ${status.done} done, ${status.failed} failed`);
    const codes = ends.map((e) => e.code);
    if (codes.some((c) => c !== 0)) problems.push(`worker exit codes ${codes.join(',')}`);
    ok &&= problems.length === 0;
    const cpus = ends.map((e) => e.cpu);
    console.log(
      `  ${workers} worker(s): ${(docs / wall).toFixed(1)} documents/s (wall ${wall.toFixed(1)} s, load ${loadavg()[0].toFixed(1)}); worker CPU ${cpus.map((c) => c.toFixed(1)).join(' + ')} s ` +
        `= ${((1000 * cpus.reduce((a, b) => a + b, 0)) / docs).toFixed(1)} ms a document; ` +
        `${problems.length ? `PROBLEMS: ${problems.slice(0, 5).join('; ')}` : `${docs} done, each output once and as the local run`}`,
    );
    rmSync(out, { recursive: true, force: true });
  }
} finally {
  await redis.stop();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`  kept ${dir}`);
}
if (!ok) process.exitCode = 1;
