// One document of a batch as plain data — the job, its report, its error — and which path it takes, without the
// engine: the batch's dispatcher (src/cli/batch.ts) and the worker processes share these, and only the process
// that stitches loads stitch-one.ts.
import { closeSync, openSync, readSync } from 'node:fs';
import { DocstitchError, type ErrorKind } from '../model/errors.js';
import type { StitchOptions } from '../stitch.js';
import type { Emit } from './output-names.js';

/** What one document needs: structured-clonable, so it crosses to a worker process as is. */
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

/** A DocstitchError as plain data (errors lose their class crossing to another process). */
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
