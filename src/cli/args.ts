// Command-line arguments shared by the commands (stitch, queue): value parsers for commander, the engine
// options and weights files, and a batch's inputs. Errors name the file (io/usage, docs/errors.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { DocstitchError } from '../model/errors.js';
import { type EngineOptionsInput, parseEngineOptions, parseWeights } from '../options.js';
import { EMITTABLE, type Emit } from './outputs.js';

export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('give a positive number');
  return n;
}

export function parseEmit(value: string): Emit[] {
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

export function parseTokens(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 16) throw new InvalidArgumentError('give a whole number of tokens, at least 16');
  return n;
}

export function parseSize(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('give a size in megabytes');
  return mb * 1024 * 1024;
}

/** A JSON file's content, or an io/usage error naming it (`what`: "options", "weights"). */
function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message;
    throw new DocstitchError('io', `cannot read ${what} file (${code})`, { file: path });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DocstitchError('usage', `${what} file is not JSON: ${(error as Error).message}`, { file: path });
  }
}

export function readEngineOptions(path: string | undefined): EngineOptionsInput {
  if (!path) return {};
  return parseEngineOptions(readJsonFile(path, 'options'), { file: path });
}

/** `--options` overlaid with `--weights` (a partial weights table: each stage's features it names). */
export function readEngineAndWeights(optionsPath?: string, weightsPath?: string): EngineOptionsInput {
  const engine = readEngineOptions(optionsPath);
  if (!weightsPath) return engine;
  const weights = parseWeights(readJsonFile(weightsPath, 'weights'), { file: weightsPath });
  const merged: Record<string, object> = { ...engine.weights };
  for (const [stage, table] of Object.entries(weights)) merged[stage] = { ...merged[stage], ...table };
  return { ...engine, weights: merged };
}

/** Inputs of a batch: the files given, or each .json file / sub-folder of a folder given with --batch. */
export function batchInputs(inputs: string[], batch: boolean | undefined): string[] {
  if (!batch) return inputs;
  return inputs.flatMap((input) => {
    if (!statSync(input, { throwIfNoEntry: false })?.isDirectory()) return [input];
    return readdirSync(input, { withFileTypes: true })
      .filter((d) => d.isDirectory() || d.name.endsWith('.json'))
      .map((d) => join(input, d.name))
      .sort();
  });
}
