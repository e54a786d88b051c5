// The engine options and weights files of the command line (`--options`, `--weights`), checked against the
// engine's schemas (src/options.ts); loaded only by a command given one. Errors name the file (io/usage,
// docs/errors.md).
import { readFileSync } from 'node:fs';
import { DocstitchError } from '../model/errors.js';
import { type EngineOptionsInput, parseEngineOptions, parseWeights } from '../options.js';

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
