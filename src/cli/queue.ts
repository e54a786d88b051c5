// The queue commands (several machines, one Redis): `docstitch queue add | status | clear` and `docstitch worker`.
// The work is in src/queue/; this file only reads the command line.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { ADAPTER_NAMES } from '../adapters/names.js';
import { DocstitchError, EXIT_CODES } from '../model/errors.js';
import { addJobs, clearQueue, formatStatus, queueStatus } from '../queue/admin.js';
import { redisUrl } from '../queue/connect.js';
import { DEFAULT_QUEUE, makeJobData, readManifestInputs } from '../queue/jobs.js';
import { batchInputs, parseEmit, parseSize, parseTokens } from './args.js';
import { pairPdfs } from './batch-pdf.js';
import { DEFAULT_EMIT, EMITTABLE, type Emit } from './output-names.js';
import { runWorkerProcesses } from './worker-processes.js';

interface Connection {
  redis?: string;
  queue: string;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number, at least 1');
  return n;
}

function withConnection(command: Command): Command {
  return command
    .option('--redis <url>', 'Redis to use (default: $REDIS_URL, else redis://127.0.0.1:6379)')
    .option('--queue <name>', 'queue name', DEFAULT_QUEUE);
}

export function registerQueue(
  program: Command,
  exit: (code: number) => void,
  defer?: (pending: Promise<number>) => void,
): void {
  const later = (work: () => Promise<number>) => {
    if (!defer) throw new DocstitchError('usage', 'this command needs an asynchronous caller');
    defer(
      work().then((code) => {
        exit(code);
        return code;
      }),
    );
  };
  const queue = program.command('queue').description('a queue of documents in Redis, for workers on many machines');

  withConnection(
    queue
      .command('add')
      .description('queue documents (one job each) for `docstitch worker`; inputs are read by path by the workers')
      .argument('[inputs...]', 'parser outputs: JSON files or folders, at paths every worker can read')
      .option('--manifest <file>', 'also queue the paths listed in this file, one a line')
      .option('--batch', 'treat each file and sub-folder of a folder given as one input')
      .requiredOption('-o, --out <dir>', 'output root: each document goes to OUT/<sha256-prefix>-<name>/')
      .addOption(new Option('-f, --format <name>', 'input format (detected when absent)').choices(ADAPTER_NAMES))
      .option('-e, --emit <list>', `outputs to write, from ${EMITTABLE.join(',')}`, parseEmit, [...DEFAULT_EMIT])
      .option('--chunk-tokens <n>', 'token budget of a chunk for --emit chunks', parseTokens)
      .option('--max-size <mb>', 'largest input accepted, in MB', parseSize)
      .option('--options <file>', 'JSON file overriding engine thresholds')
      .option('--pdf-dir <dir>', "each input's source PDF in this folder by base name (docs/scale.md)")
      .option('--attempts <n>', 'tries per document before it counts as failed', parseCount, 3)
      .option('--backoff <ms>', 'delay before the first retry, doubled at each next one', parseCount, 1000),
  ).action(
    (
      inputs: string[],
      flags: Connection & {
        manifest?: string;
        batch?: boolean;
        out: string;
        format?: string;
        emit: Emit[];
        chunkTokens?: number;
        maxSize?: number;
        options?: string;
        pdfDir?: string;
        attempts: number;
        backoff: number;
      },
    ) => {
      const all = [...batchInputs(inputs, flags.batch), ...(flags.manifest ? readManifestInputs(flags.manifest) : [])];
      if (all.length === 0) throw new DocstitchError('usage', 'give inputs or --manifest FILE');
      const redis = redisUrl(flags.redis);
      later(async () => {
        // the options' schemas are loaded only when a file is given
        const engine = flags.options ? (await import('./engine-args.js')).readEngineOptions(flags.options) : undefined;
        const paired = flags.pdfDir ? pairPdfs(all, flags.pdfDir) : undefined;
        for (const line of paired?.warnings ?? []) process.stderr.write(`${line}\n`);
        // every input is read (hashed) before anything is queued: a missing file queues nothing
        const jobs = all.map((input, i) =>
          makeJobData(input, flags.out, {
            emit: flags.emit,
            chunkTokens: flags.chunkTokens,
            format: flags.format,
            maxBytes: flags.maxSize,
            engine,
            ...(paired?.pdfs[i] ? { pdf: paired.pdfs[i] } : {}),
          }),
        );
        const summary = await addJobs(jobs, {
          redis,
          queue: flags.queue,
          attempts: flags.attempts,
          backoff: flags.backoff,
        });
        process.stderr.write(
          `queued ${summary.added} documents on ${flags.queue}` +
            `${summary.present ? ` (${summary.present} already queued or done: not added again)` : ''}\n`,
        );
        return EXIT_CODES.ok;
      });
    },
  );

  withConnection(
    queue
      .command('status')
      .description('waiting, active, done and failed counts, and the failed documents with their errors')
      .option('--json', 'print the status as JSON'),
  ).action((flags: Connection & { json?: boolean }) => {
    const redis = redisUrl(flags.redis);
    later(async () => {
      const status = await queueStatus(redis, flags.queue);
      process.stdout.write(flags.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status, redis));
      return EXIT_CODES.ok;
    });
  });

  withConnection(
    queue
      .command('clear')
      .description('remove the queue and all its jobs (output folders stay)')
      .option('--force', 'even while jobs are running'),
  ).action((flags: Connection & { force?: boolean }) => {
    later(async () => {
      await clearQueue(redisUrl(flags.redis), flags.queue, flags.force === true);
      return EXIT_CODES.ok;
    });
  });

  withConnection(
    program
      .command('worker')
      .description('stitch queued documents until stopped (SIGINT/SIGTERM); run any number, on any machine')
      .option('--exit-when-idle', 'stop once nothing is waiting, delayed or running')
      .option(
        '--lock-duration <ms>',
        'a job whose worker has not renewed its lock this long is stalled',
        parseCount,
        30_000,
      )
      .option('--stalled-interval <ms>', 'how often to look for stalled jobs', parseCount, 30_000)
      .option(
        '-j, --jobs <n>',
        'worker processes to start on this machine (one per core: each stitches one document at a time)',
        parseCount,
        1,
      )
      .option('-q, --quiet', 'print only errors'),
  ).action(
    (
      flags: Connection & {
        exitWhenIdle?: boolean;
        lockDuration: number;
        stalledInterval: number;
        quiet?: boolean;
        jobs: number;
      },
    ) => {
      const redis = redisUrl(flags.redis);
      // several: each its own process (worker-processes.ts), with the collector flag when they fill the cores
      if (flags.jobs > 1) return later(() => runWorkerProcesses(flags.jobs, redis, flags));
      // the worker's module (and, at its first job, the engine) is loaded only by this command
      later(async () =>
        (await import('../queue/worker.js')).runWorker({
          redis,
          queue: flags.queue,
          exitWhenIdle: flags.exitWhenIdle,
          quiet: flags.quiet,
          lockDuration: flags.lockDuration,
          stalledInterval: flags.stalledInterval,
        }),
      );
    },
  );
}
