// What each `--emit` name writes.
import { MappedItems, type Write, writeJson } from '../io/json-stream.js';
import type { Element } from '../model/element.js';
import { type ChunkOptions, chunkResult, chunksJsonl } from '../retrieval/chunk.js';
import type { StitchResult } from '../stitch.js';
import { settleHeap } from '../util/heap.js';
import { VERSION } from '../version.js';
import { DEFAULT_EMIT, EMITTABLE, type Emit, OUTPUT_FILE } from './output-names.js';

export { DEFAULT_EMIT, EMITTABLE, type Emit, OUTPUT_FILE };

export interface RenderOptions {
  /** Chunking options for `chunks` (token budget …). */
  chunks?: ChunkOptions;
  /**
   * The caller gives the result up to its outputs (the CLI): once document.json is written, the lists no later
   * output reads are emptied in place (`releaseAfterTree`) and a long document's heap collected, so document.md is
   * not rendered over them. `beforeRelease` is called first, for what the caller still needs from them (the
   * summary line). Without document.json among the outputs nothing is released.
   */
  consume?: { beforeRelease?: () => void };
}

/** An output's text, or a function that hands it to `write` in pieces (document.json: never one string). */
export type OutputContent = string | ((write: Write) => void);

/**
 * What each emitted output holds, rendered when written (`writeOutputs` in write.ts), each in pieces (never one
 * string for a whole file), and each only once the outputs before it are written and let go.
 */
export function outputContents(
  result: StitchResult,
  emit: readonly Emit[],
  options: RenderOptions = {},
): Record<string, OutputContent> {
  const files: Record<string, OutputContent> = {};
  if (emit.includes('tree')) {
    files[OUTPUT_FILE.tree] = (write) => {
      // the lists item by item, the tree section by section: pieces small against the whole, few calls; the
      // elements mapped a slice at a time as they are written (no second list of them held)
      writeJson(documentFields(result, new MappedItems(result.document.elements, elementJson)), 1, write, 2, {
        tree: 3,
      });
      write('\n');
    };
  }
  if (emit.includes('md')) files[OUTPUT_FILE.md] = (write) => result.writeMarkdown(write);
  if (emit.includes('structure')) {
    files[OUTPUT_FILE.structure] = (write) => {
      // its lists item by item (a heading, a merge, a caption link): the bytes of JSON.stringify(structure, null, 2)
      writeJson(result.structure, 2, write, 2);
      write('\n');
    };
  }
  if (emit.includes('chunks')) {
    // line by line: the lines of chunksJsonl, never one string for the whole file
    files[OUTPUT_FILE.chunks] = (write) => {
      for (const chunk of chunkResult(result, options.chunks).chunks) write(chunksJsonl([chunk]));
    };
  }
  // a long document's heap collected before each output: one output's garbage never adds to the next one's
  const elements = result.document.elements.length;
  for (const [name, content] of Object.entries(files)) {
    if (typeof content !== 'string')
      files[name] = (write) => {
        settleHeap(elements, result.document);
        content(write);
        if (name === OUTPUT_FILE.tree && options.consume) {
          options.consume.beforeRelease?.();
          releaseAfterTree(result, emit.includes('chunks'));
          settleHeap(elements); // no growth test: what was released is not garbage until collected
        }
      };
  }
  return files;
}

/**
 * What document.json alone reads, emptied in place once it is written (issue #16, session 26): the decisions (the
 * stages' lists and the result's), and the elements unless chunks.jsonl, written later, reads them. document.md
 * and structure.json read the tree and the structure, both built by then. At 10,000 pages document.md was the run's
 * peak, rendered over ~140 MB of elements and decisions: the peak RSS 432–450 → 416–420 MB.
 */
export function releaseAfterTree(result: StitchResult, keepElements: boolean): void {
  for (const stage of Object.values(result.stages)) stage.decisions.length = 0;
  result.decisions.length = 0;
  if (!keepElements) result.document.elements.length = 0;
}

/** An output's whole text. */
export function contentText(content: OutputContent): string {
  if (typeof content === 'string') return content;
  const parts: string[] = [];
  content((chunk) => parts.push(chunk));
  return parts.join('');
}

/** Every emitted output as one string each (for callers that keep them in memory: the service, tests). */
export function renderOutputs(
  result: StitchResult,
  emit: readonly Emit[],
  options: RenderOptions = {},
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, content] of Object.entries(outputContents(result, emit, options)))
    files[name] = contentText(content);
  return files;
}

/** document.json: the tree plus everything needed to audit it (schema: schema/document.schema.json). */
export function documentJson(result: StitchResult) {
  return documentFields(result, result.document.elements.map(elementJson));
}

/** document.json's members, with its `elements` as given (a list, or one mapped as it is written). */
function documentFields<E>(result: StitchResult, elements: E) {
  // the tree read before the accounting: the accounting then counts the built tree's refs, where read first it
  // would walk the stages a second time without the tree (pipeline.ts `finish`)
  const tree = result.tree;
  return {
    docstitch: VERSION,
    source: result.document.source,
    format: result.format,
    pages: result.document.pages,
    accounting: result.accounting,
    tree,
    // Every element read, in reading order, with its page box: what the review view draws.
    elements,
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
