// What each `--emit` name writes.
import { MappedItems, type Write, WrittenJson, writeJson } from '../io/json-stream.js';
import type { Element } from '../model/element.js';
import { type ChunkOptions, chunkResult, chunksJsonl } from '../retrieval/chunk.js';
import type { StitchResult } from '../stitch.js';
import { LONG_DOCUMENT_ELEMENTS, settleHeap } from '../util/heap.js';
import { VERSION } from '../version.js';
import { DEFAULT_EMIT, EMITTABLE, type Emit, OUTPUT_FILE } from './output-names.js';

export { DEFAULT_EMIT, EMITTABLE, type Emit, OUTPUT_FILE };

export interface RenderOptions {
  /** Chunking options for `chunks` (token budget …). */
  chunks?: ChunkOptions;
  /**
   * The caller gives the result up to its outputs (the CLI). With document.json among them, a long document's
   * decisions go as it starts (`decisionsAhead`: written ahead, held deflated, their lists emptied in place), so the
   * tree is built and written without them; once it is written, the decisions of any document and its elements too,
   * unless chunks.jsonl reads them later (`releaseAfterTree`). `beforeRelease` is called first, for what the caller
   * still needs of the decisions (the summary line's counts). Without document.json nothing is released.
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
      const decisions = options.consume ? decisionsAhead(result, options.consume) : result.decisions;
      // the lists item by item, the tree section by section: pieces small against the whole, few calls; the
      // elements mapped a slice at a time as they are written (no second list of them held)
      const fields = documentFields(result, new MappedItems(result.document.elements, elementJson), decisions);
      writeJson(fields, 1, write, 2, { tree: 3 });
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
        // (document.json given up to its outputs collects once its decisions are let go: `decisionsAhead`)
        if (name !== OUTPUT_FILE.tree || !options.consume) settleHeap(elements, result.document);
        content(write);
        if (name === OUTPUT_FILE.tree && options.consume) {
          releaseAfterTree(result, emit.includes('chunks'));
          settleHeap(elements); // no growth test: what was released is not garbage until collected
        }
      };
  }
  return files;
}

/**
 * document.json's decisions written ahead and held deflated (`WrittenJson`), their lists emptied in place and the heap
 * collected, before the tree is built (issue #16, session 27; the tree reads none: pipeline.ts `finish` read its
 * furniture rules). At 10,000 pages the tree was built and written over 52 MB of decision objects, 1 MB deflated.
 * Only for a long document (`LONG_DOCUMENT_ELEMENTS`, as the collections): a short one keeps its objects (the
 * deflating costs more time than the memory is worth there); `beforeRelease` is called either way.
 */
function decisionsAhead(result: StitchResult, consume: NonNullable<RenderOptions['consume']>): unknown {
  consume.beforeRelease?.();
  const elements = result.document.elements.length;
  if (elements < LONG_DOCUMENT_ELEMENTS) return result.decisions;
  // document.json's `decisions`: a member of the top object, its items walked one level (writeJson's depth 2)
  const written = WrittenJson.of(result.decisions, 1, 1, 1, { deflate: true });
  for (const stage of Object.values(result.stages)) stage.decisions.length = 0;
  result.decisions.length = 0;
  settleHeap(elements); // no growth test: what was released is not garbage until collected
  return written;
}

/**
 * What document.json alone reads, emptied in place once it is written (issue #16, session 26): the decisions (the
 * stages' lists and the result's; a long document's are let go as it starts, `decisionsAhead`), and the elements
 * unless chunks.jsonl, written later, reads them. document.md and structure.json read the tree and the structure,
 * both built by then. At 10,000 pages document.md was the run's
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
  return documentFields(result, result.document.elements.map(elementJson), result.decisions);
}

/**
 * document.json's members, with its `elements` as given (a list, or one mapped as it is written) and its `decisions`
 * (the list, or its text written ahead).
 */
function documentFields<E, D>(result: StitchResult, elements: E, decisions: D) {
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
    decisions,
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
