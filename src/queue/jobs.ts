// Queue jobs as plain data: one per document, keyed by the input's content so that a retried or re-run job
// writes to the same folder, `OUT/<sha256-prefix>-<name>/`. Inputs are read by path: every worker must see
// the same file system (a shared mount) at the same absolute paths.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Emit } from '../cli/outputs.js';
import { listJsonFiles } from '../io/load.js';
import { DocstitchError } from '../model/errors.js';
import type { EngineOptionsInput } from '../options.js';

export const DEFAULT_QUEUE = 'docstitch';
export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';

export interface QueueJobData {
  /** Absolute path of the input file or folder. */
  input: string;
  /** Absolute path of the output root; this document goes to `out/key`. */
  out: string;
  /** `<first 16 hex of the input's sha256>-<input name without .json>`. */
  key: string;
  emit: Emit[];
  chunkTokens?: number;
  format?: string;
  maxBytes?: number;
  engine?: EngineOptionsInput;
  /** Absolute path of the document's source PDF (`queue add --pdf-dir`), read as evidence like `--pdf`. */
  pdf?: string;
}

/**
 * sha256 of a file's bytes, or of a folder's .json files (relative names and bytes, in the order read); with a
 * source PDF, its bytes too (the same input with and without its PDF are two documents: their outputs differ).
 */
export function inputSha256(input: string, pdf?: string): string {
  const hash = createHash('sha256');
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(input);
    if (stat.isDirectory()) {
      for (const name of listJsonFiles(input)) {
        hash.update(`${name}\0`);
        hash.update(readFileSync(join(input, name)));
        hash.update('\0');
      }
    } else hash.update(readFileSync(input));
  } catch {
    throw new DocstitchError('io', 'cannot read input', { file: input });
  }
  if (pdf !== undefined) {
    try {
      hash.update('\0pdf\0');
      hash.update(readFileSync(pdf));
    } catch {
      throw new DocstitchError('io', 'cannot read the PDF', { file: pdf });
    }
  }
  return hash.digest('hex');
}

/** The output folder name of an input with this sha256: only characters safe in a path and a Redis job id. */
export function outputKey(input: string, sha256: string): string {
  const name = basename(resolve(input))
    .replace(/\.json$/, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .slice(0, 80);
  return `${sha256.slice(0, 16)}-${name}`;
}

/** The job id: one per (document, output root), so adding the same document twice queues it once. */
export function jobId(data: Pick<QueueJobData, 'key' | 'out'>): string {
  return createHash('sha256').update(`${data.out}\0${data.key}`).digest('hex').slice(0, 32);
}

export function makeJobData(
  input: string,
  out: string,
  settings: Omit<QueueJobData, 'input' | 'out' | 'key'>,
  sha256 = inputSha256(input, settings.pdf),
): QueueJobData {
  const pdf = settings.pdf === undefined ? {} : { pdf: resolve(settings.pdf) };
  return { input: resolve(input), out: resolve(out), key: outputKey(input, sha256), ...settings, ...pdf };
}

/** Inputs listed in a manifest file: one path a line, relative to the manifest; blank lines and `#` lines skipped. */
export function readManifestInputs(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DocstitchError('io', 'cannot read manifest', { file });
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => resolve(file, '..', line));
}
