// The `docstitch` command: stitch one input or a batch, evaluate structure files, list formats.
// Errors are one line naming the file and JSON path, with the exit codes of EXIT_CODES; never a stack trace.
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, Help, InvalidArgumentError, Option } from 'commander';
import { ADAPTER_NAMES } from '../adapters/names.js';
import type { LlmOptions } from '../llm/refine.js';
import { DocstitchError, EXIT_CODES } from '../model/errors.js';
import type { StitchOptions } from '../stitch.js';
import { VERSION } from '../version.js';
import { batchInputs, parseEmit, parsePositive, parseSize, parseTokens } from './args.js';
import { batchWorkers, defaultJobs, runBatchPool } from './batch.js';
import { pairPdfs } from './batch-pdf.js';
import { type DocJob, type DocReport, fromDocError, toDocError } from './doc-job.js';
import { batchFolderNames, MANIFEST, prepareOutFolder, removeEmptyFolders } from './out-folders.js';
import { DEFAULT_EMIT, EMITTABLE, type Emit, OUTPUT_FILE } from './output-names.js';
import { registerQueue } from './queue.js';
import { registerServe } from './serve.js';
import { registerView } from './view.js';
import { writeOutputs } from './write.js';

/** What stitching, evaluating or listing formats in this process needs (the engine): in-process.ts. */
type Here = typeof import('./in-process.js');
let here: Here | undefined;

/**
 * Load the engine into this process. The command line loads it only for work done here, so a batch's dispatcher
 * (`--jobs N`) and the queue, serve and view commands start without it; once loaded, main() answers a
 * one-document command synchronously (tests load it first for that).
 */
export async function loadHere(): Promise<Here> {
  here ??= await import('./in-process.js');
  return here;
}

interface StitchFlags {
  out: string;
  format?: string;
  emit: Emit[];
  explain?: boolean;
  maxSize: number;
  batch?: boolean;
  jobs: number;
  quiet?: boolean;
  options?: string;
  weights?: string;
  chunkTokens?: number;
  llm?: string;
  llmModel?: string;
  llmMode: 'unsure' | 'all' | 'off';
  llmProtocol: 'popo' | 'json';
  llmKeyEnv: string;
  llmConcurrency: number;
  llmTimeout: number;
  llmCache?: string;
  llmSummaries?: boolean;
  pdf?: string;
  pdfDir?: string;
}

/** The LLM options from the flags, or undefined when no endpoint is given (or the mode is off). */
function llmOptions(flags: StitchFlags): LlmOptions | undefined {
  if (!flags.llm || flags.llmMode === 'off') return undefined;
  if (!flags.llmModel) throw new DocstitchError('usage', '--llm needs --llm-model NAME');
  return {
    baseURL: flags.llm,
    model: flags.llmModel,
    apiKeyEnv: flags.llmKeyEnv,
    mode: flags.llmMode,
    protocol: flags.llmProtocol,
    concurrency: flags.llmConcurrency,
    timeoutMs: flags.llmTimeout * 1000,
    cacheDir: flags.llmCache,
    summaries: flags.llmSummaries,
    pdf: flags.pdf,
  };
}

function parseUrl(value: string): string {
  const protocol = URL.canParse(value) ? new URL(value).protocol : undefined;
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new InvalidArgumentError('give an http:// or https:// URL, e.g. http://localhost:8000/v1');
  return value;
}

/** Flags that only mean something next to another one: an error instead of a silent no-op. */
function checkFlagCombinations(flags: StitchFlags, command: Command): void {
  const given = (name: keyof StitchFlags) => {
    const source = command.getOptionValueSource(name);
    return source !== undefined && source !== 'default';
  };
  const flag = (name: keyof StitchFlags) => command.options.find((o) => o.attributeName() === name)?.long ?? name;
  if (!flags.llm) {
    const llmOnly: Array<keyof StitchFlags> = [
      'llmModel',
      'llmMode',
      'llmProtocol',
      'llmKeyEnv',
      'llmConcurrency',
      'llmTimeout',
      'llmCache',
      'llmSummaries',
    ];
    const stray = llmOnly.find(given);
    if (stray) throw new DocstitchError('usage', `${flag(stray)} needs --llm <url>`);
  }
  if (flags.chunkTokens !== undefined && !flags.emit.includes('chunks'))
    throw new DocstitchError('usage', '--chunk-tokens needs chunks among the outputs (--emit …,chunks)');
  if (flags.pdf && !existsSync(flags.pdf)) throw new DocstitchError('io', 'no such file (--pdf)', { file: flags.pdf });
  if (given('llmKeyEnv') && flags.llm && flags.llmMode !== 'off' && !process.env[flags.llmKeyEnv])
    throw new DocstitchError('usage', `--llm-key-env ${flags.llmKeyEnv}: that environment variable is not set`);
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of threads, at least 1');
  return n;
}

function runStitch(inputs: string[], flags: StitchFlags): number | Promise<number> {
  const all = batchInputs(inputs, flags.batch);
  const isBatch = all.length > 1 || flags.batch === true;
  // (with a model, one document after another in this process: the model is the bottleneck)
  const workers = isBatch && !(flags.llm && flags.llmMode !== 'off') ? batchWorkers(flags.jobs, all.length) : 1;
  // the engine is loaded only to stitch here, or to check --options / --weights against its schemas
  if (!here && (workers === 1 || flags.options || flags.weights))
    return loadHere().then(() => runStitch(inputs, flags));
  const engine = here ? here.readEngineAndWeights(flags.options, flags.weights) : {};
  // (a batch takes --pdf-dir, one PDF per input)
  if (flags.pdf && isBatch) throw new DocstitchError('usage', '--pdf is for a single input, not a batch');
  if (flags.pdf && flags.pdfDir) throw new DocstitchError('usage', 'give --pdf or --pdf-dir, not both');
  const llm = llmOptions(flags);
  const options: StitchOptions = {
    format: flags.format,
    maxBytes: flags.maxSize,
    engine,
    ...(flags.pdf ? { pdf: flags.pdf } : {}),
  };
  // --pdf-dir: each input's own source PDF, in its job's options (docs/scale.md, src/cli/batch-pdf.ts)
  const paired = flags.pdfDir ? pairPdfs(all, flags.pdfDir) : undefined;
  if (paired?.warnings.length && !flags.quiet) process.stderr.write(`${paired.warnings.join('\n')}\n`);
  const folders = isBatch ? batchFolderNames(all) : [''];
  const planned = folders.flatMap((folder) =>
    flags.emit.map((e) => (folder ? `${folder}/${OUTPUT_FILE[e]}` : OUTPUT_FILE[e])),
  );
  const created = prepareOutFolder(flags.out, planned);
  const jobs: DocJob[] = all.map((input, i) => ({
    input,
    dir: isBatch ? join(flags.out, folders[i]) : flags.out,
    emit: flags.emit,
    chunkTokens: flags.chunkTokens,
    explain: flags.explain,
    options: paired?.pdfs[i] ? { ...options, pdf: paired.pdfs[i] } : options,
  }));
  const bar =
    isBatch && process.stderr.isTTY && !flags.quiet
      ? new SingleBar({ format: 'stitching [{bar}] {value}/{total} {failed}', hideCursor: true })
      : undefined;
  bar?.start(all.length, 0, { failed: '' });
  let failures = 0;
  let firstFailure: number | undefined;
  /** Error lines wait while the bar is drawn, so they do not tear it. */
  const held: string[] = [];
  const totals = { read: 0, placed: 0, dropped: 0, pages: 0 };

  // Called once per document, in input order.
  const report = (_index: number, result: DocReport) => {
    if (result.ok) {
      totals.read += result.totals.read;
      totals.placed += result.totals.placed;
      totals.dropped += result.totals.dropped;
      totals.pages += result.totals.pages;
      if (!flags.quiet && !bar) process.stderr.write(result.stderr);
      if (result.stdout) process.stdout.write(result.stdout);
    } else {
      failures++;
      const error = fromDocError(result.error);
      firstFailure ??= error.exitCode;
      if (process.env.DOCSTITCH_DEBUG && result.error.stack) held.push(result.error.stack);
      held.push(error.toLine());
      if (!bar) process.stderr.write(`${held.splice(0).join('\n')}\n`);
    }
    bar?.increment({ failed: failures ? `(${failures} failed)` : '' });
  };
  const done = (): number => {
    bar?.stop();
    // a run that wrote nothing leaves no folder behind (nor a manifest in one it made)
    if (failures === all.length && created.length) {
      rmSync(join(flags.out, MANIFEST), { force: true });
      removeEmptyFolders(created);
    }
    if (held.length) process.stderr.write(`${held.join('\n')}\n`);
    if (isBatch && !flags.quiet) {
      process.stderr.write(
        `batch: ${all.length - failures} of ${all.length} documents stitched (${totals.pages} pages; elements read ${totals.read}, placed ${totals.placed}, dropped ${totals.dropped})` +
          `${failures ? `; ${failures} failed` : ''}\n`,
      );
    }
    // the exit code of the first failed document in input order, whatever order the threads finished in
    return firstFailure ?? EXIT_CODES.ok;
  };

  // With a model, each document waits for its answers before the next starts (the model is the bottleneck).
  if (llm) {
    const { stitch, writeResult, formatLlmReport } = here as Here;
    const step = async (): Promise<number> => {
      for (const [i, job] of jobs.entries()) {
        let result: DocReport;
        try {
          const stitched = await stitch(job.input, { ...job.options, llm });
          result = writeResult(job, stitched);
          if (stitched.llm && !flags.quiet) process.stderr.write(`${formatLlmReport(stitched.llm)}\n`);
        } catch (error) {
          result = { ok: false, error: toDocError(error) };
        }
        report(i, result);
      }
      return done();
    };
    return step();
  }
  if (workers > 1) return runBatchPool(jobs, workers, report).then(done);
  // A PDF (--pdf, --pdf-dir, or a PDF input) is read by pdfjs, which is asynchronous: runBatchHere waits for it.
  const ran = (here as Here).runBatchHere(jobs, report);
  return ran ? ran.then(done) : done();
}

/** What `docstitch` with no arguments prints (to stderr, exit 2): the forms, not every option. */
export const SHORT_USAGE = `Usage: docstitch <inputs...> -o <dir> [options]  stitch parser output into one document
       docstitch eval <gold> <pred>             score a structure.json against a gold one
       docstitch formats                        list the input formats
Run 'docstitch --help' for every option.
`;

const MAIN_USAGE = '<inputs...> -o <dir> [options]';

/**
 * Top-level help: the default command's usage, arguments and options (what most runs use), then the
 * other commands. Each subcommand's own help stays commander's.
 */
function topLevelHelp(program: Command, stitchCommand: Command, helper: Help): string {
  const mainHelp = Help.prototype.formatHelp.call(helper, stitchCommand, helper);
  const programHelp = Help.prototype.formatHelp.call(helper, program, helper);
  const body = mainHelp.slice(mainHelp.search(/^Arguments:/m));
  const version = helper.formatItem(
    '-V, --version',
    helper.padWidth(stitchCommand, helper),
    'print the version',
    helper,
  );
  const commands = programHelp.slice(programHelp.search(/^Commands:/m));
  return [
    `Usage: docstitch [stitch] ${MAIN_USAGE}`,
    '       docstitch <command> [options]',
    '',
    helper.boxWrap(program.description(), helper.helpWidth ?? 80),
    '',
    body.trimEnd(),
    version,
    '',
    commands,
  ].join('\n');
}

export function buildProgram(exit: (code: number) => void, defer?: (pending: Promise<number>) => void): Command {
  const program = new Command('docstitch')
    .description(
      'Turn page-level document-parser output into one document: merged paragraphs and tables, heading levels, captions, furniture.',
    )
    .version(VERSION)
    // One line per usage error, like every other error (commander's are two lines with a suggestion).
    .configureOutput({
      outputError: (message, write) =>
        write(
          `docstitch: ${message
            .replace(/^error: /, '')
            .trim()
            .replace(/\s*\n\s*/g, ' ')} (see --help)\n`,
        ),
    })
    .exitOverride();

  const stitchCommand = program
    .command('stitch', { isDefault: true })
    .usage(MAIN_USAGE)
    .description(
      'reconstruct the document from a parser output file or folder (several inputs, or --batch, for a batch)',
    )
    .argument('<inputs...>', 'parser output: a JSON file, or a folder of per-page JSON files')
    .requiredOption('-o, --out <dir>', 'output folder')
    .addOption(new Option('-f, --format <name>', 'input format (detected when absent)').choices(ADAPTER_NAMES))
    .option('-e, --emit <list>', `outputs to write, from ${EMITTABLE.join(',')}`, parseEmit, [...DEFAULT_EMIT])
    .option('--chunk-tokens <n>', 'token budget of a chunk for --emit chunks (default 512, cl100k_base)', parseTokens)
    .option('--explain', 'print every decision with its confidence and reason')
    .option('--batch', 'treat each file and sub-folder of the given folder as one input')
    .option(
      '-j, --jobs <n>',
      'documents stitched at once in a batch, one per thread (default: the cores)',
      parseJobs,
      defaultJobs(),
    )
    .addOption(
      new Option('--max-size <mb>', 'largest input accepted, in MB')
        .argParser(parseSize)
        .default(100 * 1024 * 1024, '100'),
    )
    .option('--options <file>', 'JSON file overriding engine thresholds (see src/options.ts)')
    .option(
      '--weights <file>',
      'JSON file overriding feature weights, e.g. {"textMerge":{"hyphen":3}} (docs/options.md)',
    )
    .option('-q, --quiet', 'print only errors')
    .option(
      '--llm <url>',
      'OpenAI-compatible base URL of a model for the unsure decisions (e.g. http://localhost:8000/v1)',
      parseUrl,
    )
    .option('--llm-model <name>', 'model name at that endpoint (e.g. the served MinerU-Popo)')
    .addOption(
      new Option('--llm-mode <mode>', 'which decisions go to the model')
        .choices(['unsure', 'all', 'off'])
        .default('unsure'),
    )
    .addOption(
      new Option('--llm-protocol <name>', "popo: MinerU-Popo's task protocol; json: prompts for general chat models")
        .choices(['popo', 'json'])
        .default('popo'),
    )
    .option('--llm-key-env <var>', 'environment variable holding the API key', 'OPENAI_API_KEY')
    .option('--llm-concurrency <n>', 'requests in flight at once', parsePositive, 4)
    .option('--llm-timeout <seconds>', 'timeout of one request', parsePositive, 120)
    .option('--llm-cache <dir>', 'cache answers on disk here, so a rerun costs nothing')
    .option('--llm-summaries', 'have the model write section summaries (extractive ones otherwise)')
    .option(
      '--pdf <file>',
      'the source PDF: its outline, fonts and line boxes become evidence (docs/pdf.md); with --llm, its pages are sent to the model as images (needs pdftoppm)',
    )
    .option(
      '--pdf-dir <dir>',
      'for each input, its source PDF in this folder by base name (paper.json, paper_content_list.json → paper.pdf; docs/scale.md)',
    )
    .action((inputs: string[], flags: StitchFlags, command: Command) => {
      checkFlagCombinations(flags, command);
      const code = runStitch(inputs, flags);
      if (typeof code === 'number') exit(code);
      else if (defer)
        defer(
          code.then((c) => {
            exit(c);
            return c;
          }),
        );
      else throw new DocstitchError('usage', 'this command needs an asynchronous caller');
    });

  /** A command's work with the engine in this process: at once when loaded, else once loaded (deferred). */
  const withHere = (work: (loaded: Here) => number) => {
    if (here) return exit(work(here));
    if (!defer) throw new DocstitchError('usage', 'this command needs an asynchronous caller');
    defer(
      loadHere().then((loaded) => {
        const code = work(loaded);
        exit(code);
        return code;
      }),
    );
  };

  program
    .command('eval')
    .description('score a predicted structure.json against a gold one (files, or folders paired by relative path)')
    .argument('<gold>', 'gold structure.json or folder')
    .argument('<pred>', 'predicted structure.json or folder')
    .option('--json <file>', 'also write all scores as JSON')
    .addOption(
      new Option('--average <kind>', 'average shown in the table').choices(['macro', 'micro']).default('macro'),
    )
    .action((gold: string, pred: string, flags: { json?: string; average: 'macro' | 'micro' }) =>
      withHere(({ evaluatePaths, formatTable }) => {
        const result = evaluatePaths(gold, pred);
        // Written before the table is printed, so a failed write never follows a table that looks complete.
        if (flags.json) {
          const target = resolve(flags.json);
          try {
            writeOutputs(dirname(target), { [basename(target)]: `${JSON.stringify(result, null, 2)}\n` });
          } catch (error) {
            // writeOutputs' own clean-up can fail with a raw fs error (e.g. a file where the folder should be).
            if (error instanceof DocstitchError) throw error;
            const code = (error as { code?: string }).code ?? (error as Error).message;
            throw new DocstitchError('io', `cannot write the scores (${code})`, { file: flags.json });
          }
        }
        process.stdout.write(
          formatTable([{ system: 'prediction', scores: result.corpus }], { average: flags.average }),
        );
        return EXIT_CODES.ok;
      }),
    );

  program
    .command('formats')
    .description('list the input formats docstitch reads')
    .action(() =>
      withHere(({ adapters }) => {
        for (const a of adapters) process.stdout.write(`${a.name.padEnd(24)} ${a.description}\n`);
        return EXIT_CODES.ok;
      }),
    );
  registerQueue(program, exit, defer);
  registerServe(program, exit, defer);
  registerView(program, exit, defer);
  program.configureHelp({
    formatHelp: (command, helper) =>
      command === program
        ? topLevelHelp(program, stitchCommand, helper)
        : Help.prototype.formatHelp.call(helper, command, helper),
  });
  return program;
}

/**
 * Exit code of one command line; a Promise when the command waits (a model, a server, a batch's workers, or the
 * engine being loaded: loadHere).
 */
export function main(argv: string[]): number | Promise<number> {
  let code: number = EXIT_CODES.ok;
  let pending: Promise<number> | undefined;
  const program = buildProgram(
    (c) => {
      code = c;
    },
    (p) => {
      pending = p;
    },
  );
  if (argv.length === 0) {
    process.stderr.write(SHORT_USAGE);
    return EXIT_CODES.usage;
  }
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    return exitCodeOf(error);
  }
  if (pending) return (pending as Promise<number>).then(() => code, exitCodeOf);
  return code;
}

function exitCodeOf(error: unknown): number {
  if (error instanceof DocstitchError) {
    process.stderr.write(`${error.toLine()}\n`);
    return error.exitCode;
  }
  const commanderError = error as { code?: string; exitCode?: number };
  if (typeof commanderError.code === 'string' && commanderError.code.startsWith('commander.')) {
    return commanderError.code === 'commander.helpDisplayed' || commanderError.code === 'commander.version'
      ? EXIT_CODES.ok
      : EXIT_CODES.usage;
  }
  process.stderr.write(`docstitch: internal error: ${(error as Error).message} (please report this)\n`);
  if (process.env.DOCSTITCH_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  return EXIT_CODES.internal;
}
