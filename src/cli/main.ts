// The `docstitch` command: stitch one input or a batch, evaluate structure files, list formats.
// Errors are one line naming the file and JSON path, with the exit codes of EXIT_CODES; never a stack trace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { adapters } from '../adapters/index.js';
import { evaluatePaths, formatTable } from '../eval/index.js';
import { DocstitchError, EXIT_CODES } from '../model/errors.js';
import { type EngineOptionsInput, resolveEngineOptions } from '../options.js';
import { stitchSync } from '../pipeline.js';
import { VERSION } from '../version.js';
import { formatDecisions } from './explain.js';
import { EMITTABLE, type Emit, renderOutputs } from './outputs.js';
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

function runStitch(inputs: string[], flags: StitchFlags): number {
  const engine = readEngineOptions(flags.options);
  const unsureBelow = resolveEngineOptions(engine).unsureBelow;
  const all = batchInputs(inputs, flags.batch);
  const isBatch = all.length > 1 || flags.batch === true;
  const bar =
    isBatch && process.stderr.isTTY && !flags.quiet
      ? new SingleBar({ format: 'stitching [{bar}] {value}/{total} {name}', hideCursor: true })
      : undefined;
  bar?.start(all.length, 0, { name: '' });
  let failures = 0;
  let worst = 0;
  const totals = { read: 0, placed: 0, dropped: 0, pages: 0 };
  for (const input of all) {
    bar?.update({ name: basename(input) });
    try {
      const result = stitchSync(input, { format: flags.format, maxBytes: flags.maxSize, engine });
      const dir = isBatch ? join(flags.out, basename(input).replace(/\.json$/, '')) : flags.out;
      writeOutputs(dir, renderOutputs(result, flags.emit));
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
      if (flags.explain) process.stdout.write(formatDecisions(result.decisions, unsureBelow));
    } catch (error) {
      if (!(error instanceof DocstitchError)) throw error;
      failures++;
      worst = worst || error.exitCode;
      if (bar) bar.stop();
      process.stderr.write(`${error.toLine()}\n`);
      if (!isBatch) return error.exitCode;
    }
    bar?.increment();
  }
  bar?.stop();
  if (isBatch && !flags.quiet) {
    process.stderr.write(
      `batch: ${all.length - failures} of ${all.length} documents stitched (${totals.pages} pages; elements read ${totals.read}, placed ${totals.placed}, dropped ${totals.dropped})` +
        `${failures ? `; ${failures} failed` : ''}\n`,
    );
  }
  return failures ? worst : EXIT_CODES.ok;
}

export function buildProgram(exit: (code: number) => void): Command {
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
    .option('-e, --emit <list>', `outputs to write, from ${EMITTABLE.join(',')}`, parseEmit, [...EMITTABLE])
    .option('--explain', 'print every decision with its confidence and reason')
    .option('--batch', 'treat each file and sub-folder of the given folder as one input')
    .option('--max-size <mb>', 'largest input accepted, in MB', parseSize, 100 * 1024 * 1024)
    .option('--options <file>', 'JSON file overriding engine thresholds (see src/options.ts)')
    .option('-q, --quiet', 'print only errors')
    .action((inputs: string[], flags: StitchFlags) => exit(runStitch(inputs, flags)));

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
  return program;
}

export function main(argv: string[]): number {
  let code: number = EXIT_CODES.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
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
  return code;
}
