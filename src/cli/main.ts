// The `docstitch` command: stitch one input or a batch, evaluate structure files, list formats.
// Errors are one line naming the file and JSON path, with the exit codes of EXIT_CODES; never a stack trace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { adapters } from '../adapters/index.js';
import { evaluatePaths, formatTable } from '../eval/index.js';
import { formatLlmReport, type LlmOptions } from '../llm/refine.js';
import { DocstitchError, EXIT_CODES } from '../model/errors.js';
import { type EngineOptionsInput, resolveEngineOptions } from '../options.js';
import { type StitchOptions, type StitchResult, stitch, stitchSync } from '../pipeline.js';
import { VERSION } from '../version.js';
import { formatDecisions } from './explain.js';
import { DEFAULT_EMIT, EMITTABLE, type Emit, renderOutputs } from './outputs.js';
import { registerView } from './view.js';
import { writeOutputs } from './write.js';

interface StitchFlags {
  out: string;
  format?: string;
  emit: Emit[];
  explain?: boolean;
  maxSize: number;
  batch?: boolean;
  quiet?: boolean;
  options?: string;
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
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('give a positive number');
  return n;
}

/** The LLM options from the flags, or undefined when no endpoint is given (or the mode is off). */
function llmOptions(flags: StitchFlags, isBatch: boolean): LlmOptions | undefined {
  if (!flags.llm || flags.llmMode === 'off') return undefined;
  if (!flags.llmModel) throw new DocstitchError('usage', '--llm needs --llm-model NAME');
  if (flags.pdf && isBatch) throw new DocstitchError('usage', '--pdf is for a single input, not a batch');
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

function parseEmit(value: string): Emit[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names) {
    if (!(EMITTABLE as readonly string[]).includes(n))
      throw new InvalidArgumentError(`unknown output "${n}" (choose from ${EMITTABLE.join(', ')})`);
  }
  return names as Emit[];
}

function parseTokens(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 16) throw new InvalidArgumentError('give a whole number of tokens, at least 16');
  return n;
}

function parseSize(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('give a size in megabytes');
  return mb * 1024 * 1024;
}

function readEngineOptions(path: string | undefined): EngineOptionsInput {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EngineOptionsInput;
  } catch (error) {
    throw new DocstitchError('usage', `cannot read options file: ${(error as Error).message}`, { file: path });
  }
}

/** Inputs of a batch: the files given, or each .json file / sub-folder of a folder given with --batch. */
function batchInputs(inputs: string[], batch: boolean | undefined): string[] {
  if (!batch) return inputs;
  return inputs.flatMap((input) => {
    if (!statSync(input, { throwIfNoEntry: false })?.isDirectory()) return [input];
    return readdirSync(input, { withFileTypes: true })
      .filter((d) => d.isDirectory() || d.name.endsWith('.json'))
      .map((d) => join(input, d.name))
      .sort();
  });
}

function runStitch(inputs: string[], flags: StitchFlags): number | Promise<number> {
  const engine = readEngineOptions(flags.options);
  const unsureBelow = resolveEngineOptions(engine).unsureBelow;
  const all = batchInputs(inputs, flags.batch);
  const isBatch = all.length > 1 || flags.batch === true;
  const llm = llmOptions(flags, isBatch);
  const options: StitchOptions = { format: flags.format, maxBytes: flags.maxSize, engine, llm };
  const bar =
    isBatch && process.stderr.isTTY && !flags.quiet
      ? new SingleBar({ format: 'stitching [{bar}] {value}/{total} {name}', hideCursor: true })
      : undefined;
  bar?.start(all.length, 0, { name: '' });
  let failures = 0;
  let worst = 0;
  const totals = { read: 0, placed: 0, dropped: 0, pages: 0 };

  const handle = (input: string, result: StitchResult) => {
    const dir = isBatch ? join(flags.out, basename(input).replace(/\.json$/, '')) : flags.out;
    writeOutputs(dir, renderOutputs(result, flags.emit, { chunks: { maxTokens: flags.chunkTokens } }));
    const a = result.accounting;
    totals.read += a.read;
    totals.placed += a.placed;
    totals.dropped += a.dropped;
    totals.pages += result.document.pages.length;
    if (!flags.quiet && !bar) {
      const unsure = result.decisions.filter((d) => d.confidence < unsureBelow).length;
      process.stderr.write(
        `${input}: ${result.format}, ${result.document.pages.length} pages; elements read ${a.read}, placed ${a.placed}, dropped ${a.dropped}` +
          `${a.sourceDropped ? ` (+${a.sourceDropped} source objects not read as elements)` : ''}; ${result.decisions.length} decisions, ${unsure} unsure → ${dir}\n`,
      );
      for (const w of result.warnings) process.stderr.write(`  warning ${w.rule}: ${w.message}\n`);
    }
    if (result.llm && !flags.quiet) process.stderr.write(`${formatLlmReport(result.llm)}\n`);
    if (flags.explain) process.stdout.write(formatDecisions(result.decisions, unsureBelow));
  };
  /** A failed input: the exit code to stop with (single input), or undefined to go on. */
  const fail = (error: unknown): number | undefined => {
    if (!(error instanceof DocstitchError)) throw error;
    failures++;
    worst = worst || error.exitCode;
    if (bar) bar.stop();
    process.stderr.write(`${error.toLine()}\n`);
    return isBatch ? undefined : error.exitCode;
  };
  const done = (): number => {
    bar?.stop();
    if (isBatch && !flags.quiet) {
      process.stderr.write(
        `batch: ${all.length - failures} of ${all.length} documents stitched (${totals.pages} pages; elements read ${totals.read}, placed ${totals.placed}, dropped ${totals.dropped})` +
          `${failures ? `; ${failures} failed` : ''}\n`,
      );
    }
    return failures ? worst : EXIT_CODES.ok;
  };
  // Synchronous without a model; with one, each input waits for its answers before the next starts.
  const step = (from: number): number | Promise<number> => {
    for (let i = from; i < all.length; i++) {
      const input = all[i];
      bar?.update({ name: basename(input) });
      let pending: Promise<number | undefined> | undefined;
      try {
        if (llm) {
          pending = stitch(input, options).then(
            (result) => {
              handle(input, result);
              return undefined;
            },
            (error: unknown) => fail(error),
          );
        } else handle(input, stitchSync(input, options));
      } catch (error) {
        const stop = fail(error);
        if (stop !== undefined) return stop;
      }
      if (pending) {
        return pending.then((stop) => {
          if (stop !== undefined) return stop;
          bar?.increment();
          return step(i + 1);
        });
      }
      bar?.increment();
    }
    return done();
  };
  return step(0);
}

export function buildProgram(exit: (code: number) => void, defer?: (pending: Promise<number>) => void): Command {
  const program = new Command('docstitch')
    .description(
      'Turn page-level document-parser output into one document: merged paragraphs and tables, heading levels, captions, furniture.',
    )
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();

  program
    .command('stitch', { isDefault: true })
    .description(
      'reconstruct the document from a parser output file or folder (several inputs, or --batch, for a batch)',
    )
    .argument('<inputs...>', 'parser output: a JSON file, or a folder of per-page JSON files')
    .requiredOption('-o, --out <dir>', 'output folder')
    .addOption(
      new Option('-f, --format <name>', 'input format (detected when absent)').choices(adapters.map((a) => a.name)),
    )
    .option('-e, --emit <list>', `outputs to write, from ${EMITTABLE.join(',')}`, parseEmit, [...DEFAULT_EMIT])
    .option('--chunk-tokens <n>', 'token budget of a chunk for --emit chunks (default 512, cl100k_base)', parseTokens)
    .option('--explain', 'print every decision with its confidence and reason')
    .option('--batch', 'treat each file and sub-folder of the given folder as one input')
    .option('--max-size <mb>', 'largest input accepted, in MB', parseSize, 100 * 1024 * 1024)
    .option('--options <file>', 'JSON file overriding engine thresholds (see src/options.ts)')
    .option('-q, --quiet', 'print only errors')
    .option(
      '--llm <url>',
      'OpenAI-compatible base URL of a model for the unsure decisions (e.g. http://localhost:8000/v1)',
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
    .option('--pdf <file>', 'the source PDF: its pages are sent to the model as images (needs pdftoppm)')
    .action((inputs: string[], flags: StitchFlags) => {
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

  program
    .command('eval')
    .description('score a predicted structure.json against a gold one (files, or folders paired by relative path)')
    .argument('<gold>', 'gold structure.json or folder')
    .argument('<pred>', 'predicted structure.json or folder')
    .option('--json <file>', 'also write all scores as JSON')
    .addOption(
      new Option('--average <kind>', 'average shown in the table').choices(['macro', 'micro']).default('macro'),
    )
    .action((gold: string, pred: string, flags: { json?: string; average: 'macro' | 'micro' }) => {
      const result = evaluatePaths(gold, pred);
      process.stdout.write(formatTable([{ system: 'prediction', scores: result.corpus }], { average: flags.average }));
      if (flags.json) writeOutputs('.', { [flags.json]: `${JSON.stringify(result, null, 2)}\n` });
      exit(EXIT_CODES.ok);
    });

  program
    .command('formats')
    .description('list the input formats docstitch reads')
    .action(() => {
      for (const a of adapters) process.stdout.write(`${a.name.padEnd(24)} ${a.description}\n`);
      exit(EXIT_CODES.ok);
    });
  registerView(program, exit, defer);
  return program;
}

/** Exit code of one command line; a Promise when the command waits for a model (--llm). */
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
