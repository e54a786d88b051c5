// One document of `docstitch stitch`, from input path to written outputs, as plain data in and out, so the
// same function runs on the main thread and in a batch worker thread (src/cli/batch-worker.ts).
import { closeSync, openSync, readSync } from 'node:fs';
import { DocstitchError, type ErrorKind } from '../model/errors.js';
import { resolveEngineOptions } from '../options.js';
import { stitchSync } from '../pipeline.js';
import type { StitchOptions, StitchResult } from '../stitch.js';
import { formatDecisions } from './explain.js';
import { type Emit, outputContents } from './outputs.js';
import { writeOutputs } from './write.js';

/** What one document needs: structured-clonable, so it crosses to a worker thread as is. */
export interface DocJob {
  input: string;
  /** Output folder of this document. */
  dir: string;
  emit: Emit[];
  chunkTokens?: number;
  explain?: boolean;
  options: Omit<StitchOptions, 'llm'>;
}

export interface DocTotals {
  read: number;
  placed: number;
  dropped: number;
  pages: number;
}

/** A DocstitchError as plain data (errors lose their class crossing threads). */
export interface DocError {
  kind: ErrorKind;
  message: string;
  file?: string;
  pointer?: string;
  /** For an internal error: where, shown with DOCSTITCH_DEBUG set. */
  stack?: string;
}

export type DocReport =
  | { ok: true; totals: DocTotals; stderr: string; stdout: string }
  | { ok: false; error: DocError };

export function toDocError(error: unknown): DocError {
  if (error instanceof DocstitchError)
    return { kind: error.kind, message: error.message, file: error.file, pointer: error.pointer };
  // A bug in one document must not stop the others: it is reported like any failure, exit 70.
  return {
    kind: 'internal',
    message: `internal error: ${(error as Error).message} (please report this)`,
    stack: (error as Error).stack,
  };
}

export function fromDocError(error: DocError): DocstitchError {
  return new DocstitchError(error.kind, error.message, { file: error.file, pointer: error.pointer });
}

/** The lines printed for a stitched document (the summary line, warnings, and --explain's decisions). */
export function describeResult(job: Pick<DocJob, 'input' | 'dir' | 'explain' | 'options'>, result: StitchResult) {
  const unsureBelow = resolveEngineOptions(job.options.engine).unsureBelow;
  const a = result.accounting;
  const unsure = result.decisions.filter((d) => d.confidence < unsureBelow).length;
  let stderr =
    `${job.input}: ${result.format}, ${result.document.pages.length} pages; elements read ${a.read}, placed ${a.placed}, dropped ${a.dropped}` +
    `${a.sourceDropped ? ` (+${a.sourceDropped} source objects not read as elements)` : ''}; ${result.decisions.length} decisions, ${unsure} unsure → ${job.dir}\n`;
  for (const w of result.warnings) stderr += `  warning ${w.ruleId}: ${w.reason}\n`;
  const stdout = job.explain ? formatDecisions(result.decisions, unsureBelow) : '';
  const totals = { read: a.read, placed: a.placed, dropped: a.dropped, pages: result.document.pages.length };
  return { totals, stderr, stdout };
}

/** Write a stitched result's outputs to the job's folder and describe it. */
export function writeResult(job: DocJob, result: StitchResult): DocReport {
  writeOutputs(job.dir, outputContents(result, job.emit, { chunks: { maxTokens: job.chunkTokens } }));
  return { ok: true, ...describeResult(job, result) };
}

/** Stitch one document and write its outputs; every failure comes back as data, never thrown. */
export function stitchToFolder(job: DocJob): DocReport {
  try {
    return writeResult(job, stitchSync(job.input, job.options));
  } catch (error) {
    const failure = toDocError(error);
    return { ok: false, error: { ...failure, file: failure.file ?? job.input } };
  }
}

/** Stitch one document through the asynchronous stitch() (a source PDF, a PDF input); failures come back as data. */
export async function stitchToFolderAsync(job: DocJob): Promise<DocReport> {
  try {
    // loaded only here: a batch of JSON inputs never loads the PDF and model paths
    const { stitch } = await import('../stitch.js');
    return writeResult(job, await stitch(job.input, job.options));
  } catch (error) {
    const failure = toDocError(error);
    return { ok: false, error: { ...failure, file: failure.file ?? job.input } };
  }
}

/** A PDF input (by name or by its first bytes). */
export function isPdfPath(path: string): boolean {
  if (path.toLowerCase().endsWith('.pdf')) return true;
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(5);
      readSync(fd, head, 0, 5, 0);
      return head.toString('latin1') === '%PDF-';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Whether a job goes through the asynchronous stitch() (pdfjs is asynchronous): a source PDF, or a PDF input. */
export function needsAsync(job: DocJob): boolean {
  return job.options.pdf !== undefined || isPdfPath(job.input);
}

/** One document on the calling thread, synchronously when it can be. */
export function stitchHere(job: DocJob): DocReport | Promise<DocReport> {
  return needsAsync(job) ? stitchToFolderAsync(job) : stitchToFolder(job);
}
