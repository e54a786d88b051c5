// What each `--emit` name writes.
import type { Element } from '../model/element.js';
import { type ChunkOptions, chunkResult, chunksJsonl } from '../retrieval/chunk.js';
import type { StitchResult } from '../stitch.js';
import { VERSION } from '../version.js';

export const EMITTABLE = ['tree', 'md', 'structure', 'chunks'] as const;
export type Emit = (typeof EMITTABLE)[number];
/** Written when --emit is not given: chunks are opt-in (they load a tokenizer and are for retrieval). */
export const DEFAULT_EMIT: readonly Emit[] = ['tree', 'md', 'structure'];
/** The file each output is written to. */
export const OUTPUT_FILE: Readonly<Record<Emit, string>> = {
  tree: 'document.json',
  md: 'document.md',
  structure: 'structure.json',
  chunks: 'chunks.jsonl',
};

export interface RenderOptions {
  /** Chunking options for `chunks` (token budget …). */
  chunks?: ChunkOptions;
}

export function renderOutputs(
  result: StitchResult,
  emit: readonly Emit[],
  options: RenderOptions = {},
): Record<string, string> {
  const files: Record<string, string> = {};
  if (emit.includes('tree')) {
    files[OUTPUT_FILE.tree] = `${JSON.stringify(documentJson(result), null, 1)}\n`;
  }
  if (emit.includes('md')) files[OUTPUT_FILE.md] = result.markdown();
  if (emit.includes('structure')) files[OUTPUT_FILE.structure] = `${JSON.stringify(result.structure, null, 2)}\n`;
  if (emit.includes('chunks')) files[OUTPUT_FILE.chunks] = chunksJsonl(chunkResult(result, options.chunks).chunks);
  return files;
}

/** document.json: the tree plus everything needed to audit it (schema: schema/document.schema.json). */
export function documentJson(result: StitchResult) {
  return {
    docstitch: VERSION,
    source: result.document.source,
    format: result.format,
    pages: result.document.pages,
    accounting: result.accounting,
    tree: result.tree,
    // Every element read, in reading order, with its page box: what the review view draws.
    elements: result.document.elements.map(elementJson),
    dropped: result.dropped,
    sourceDropped: result.document.dropped,
    warnings: result.warnings,
    decisions: result.decisions,
  };
}

/** One element as document.json lists it: what the review view draws. */
export function elementJson(e: Element) {
  return {
    id: e.id,
    ref: e.ref,
    page: e.page,
    type: e.type,
    bbox: e.bbox,
    text: e.text,
    ...(e.html === undefined ? {} : { html: e.html }),
  };
}
