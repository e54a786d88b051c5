// One stitch request's work, from the received texts to the response JSON: a pure function of plain data, so
// it runs the same in the server's thread or in a worker (src/serve/worker.ts), which can be stopped at the deadline.
import { DEFAULT_EMIT, documentJson } from '../cli/outputs.js';
import type { Diagnostic } from '../model/element.js';
import { DocstitchError, type ErrorKind } from '../model/errors.js';
import type { EngineOptionsInput } from '../options.js';
import { stitchSync } from '../pipeline.js';
import { chunkResult } from '../retrieval/chunk.js';
import type { StitchResult } from '../stitch.js';
import type { ServeEmit, StitchResponse } from './schemas.js';
import { inputFromFiles, inputFromJsonBody, type PdfInfo, type UploadedFile } from './upload.js';

/** The parser output as received: a JSON body, or the file parts of a multipart upload. */
export type Upload = { kind: 'json'; text: string; name?: string } | { kind: 'files'; files: UploadedFile[] };

export interface StitchRequest {
  format?: string;
  emit: readonly ServeEmit[];
  engine: EngineOptionsInput;
  chunkTokens?: number;
}

export interface StitchTask {
  upload: Upload;
  request: StitchRequest;
  pdf?: PdfInfo;
}

/** The response JSON, or the DocstitchError as plain data (a class does not cross to another thread). */
export type TaskOutcome =
  | { ok: true; json: string }
  | { ok: false; error: { kind: ErrorKind; message: string; file?: string; pointer?: string } };

export const DEFAULT_SERVE_EMIT: readonly ServeEmit[] = DEFAULT_EMIT;

export function runStitchTask(task: StitchTask): TaskOutcome {
  try {
    const { input, warnings } =
      task.upload.kind === 'json'
        ? { input: inputFromJsonBody(task.upload.text, task.upload.name), warnings: [] as Diagnostic[] }
        : inputFromFiles(task.upload.files);
    const result = stitchSync(input, { format: task.request.format, engine: task.request.engine });
    return { ok: true, json: JSON.stringify(stitchResponse(result, task, warnings)) };
  } catch (error) {
    if (!(error instanceof DocstitchError)) throw error;
    return { ok: false, error: { kind: error.kind, message: error.message, file: error.file, pointer: error.pointer } };
  }
}

/** The response: the CLI's outputs (document.json's parts, document.md, structure.json, chunks.jsonl lines). */
function stitchResponse(result: StitchResult, task: StitchTask, uploadWarnings: Diagnostic[]): StitchResponse {
  const doc = documentJson(result);
  const emit = new Set(task.request.emit);
  return {
    docstitch: doc.docstitch,
    source: doc.source,
    format: doc.format,
    accounting: doc.accounting,
    warnings: [...uploadWarnings, ...doc.warnings],
    ...(task.pdf ? { pdf: task.pdf } : {}),
    ...(emit.has('elements')
      ? {
          document: {
            pages: doc.pages,
            elements: result.document.elements,
            dropped: doc.dropped,
            sourceDropped: doc.sourceDropped,
          },
        }
      : {}),
    ...(emit.has('tree') ? { tree: doc.tree } : {}),
    ...(emit.has('md') ? { markdown: result.markdown() } : {}),
    ...(emit.has('structure') ? { structure: result.structure } : {}),
    ...(emit.has('chunks') ? { chunks: chunkResult(result, { maxTokens: task.request.chunkTokens }).chunks } : {}),
    ...(emit.has('decisions') ? { decisions: doc.decisions } : {}),
  };
}
