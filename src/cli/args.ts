// Command-line arguments shared by the commands (stitch, queue): value parsers for commander and a batch's
// inputs. The engine options and weights files are read in engine-args.ts (they load the options' schemas).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { EMITTABLE, type Emit } from './output-names.js';

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
