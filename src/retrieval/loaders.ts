// What the LangChain.js and LlamaIndex.TS loaders share: chunk metadata, stitch-and-chunk, and the
// import of an optional peer. Nothing here names a peer's types, so `docstitch/retrieval`'s
// declarations load without @langchain/core or @llamaindex/core installed (langchain.ts and
// llamaindex.ts hold the peer-typed functions).
import type { AdapterInput } from '../io/load.js';
import type { ParsedDocument } from '../model/element.js';
import { type StitchOptions, stitch } from '../stitch.js';
import { type SummarizeOptions, withSectionSummaries } from '../tree/summarize.js';
import { type Chunk, type ChunkOptions, chunkTree } from './chunk.js';

export interface ChunkMetadataOptions {
  /** Source id stored in every chunk's metadata (default: the input path docstitch read). */
  source?: string;
  /**
   * Only strings, numbers and booleans in metadata (arrays and objects as JSON strings), for vector
   * stores that reject nested metadata. Default false.
   */
  flatMetadata?: boolean;
}

export interface LoadOptions extends ChunkOptions, ChunkMetadataOptions {
  stitch?: StitchOptions;
  /** Extractive section keywords on the chunks (default true); pass options to tune them. */
  summaries?: boolean | SummarizeOptions;
}

/** The metadata docstitch puts on a chunk's Document / node. */
export function chunkMetadata(chunk: Chunk, options: ChunkMetadataOptions = {}): Record<string, unknown> {
  const meta: Record<string, unknown> = {
    ...(options.source !== undefined ? { source: options.source } : {}),
    chunkId: chunk.id,
    chunkIndex: chunk.index,
    breadcrumb: chunk.headingPath.join(' > '),
    headingPath: chunk.headingPath,
    sectionIds: chunk.sectionIds,
    pageStart: chunk.pageStart,
    pageEnd: chunk.pageEnd,
    refs: chunk.refs,
    spans: chunk.spans,
    prev: chunk.prev,
    next: chunk.next,
    tokens: chunk.tokens,
    ...(chunk.keywords ? { keywords: chunk.keywords } : {}),
    ...(chunk.oversize ? { oversize: true } : {}),
  };
  if (!options.flatMetadata) return meta;
  const flat: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta)) {
    if (v === null) continue;
    flat[k] = typeof v === 'object' ? JSON.stringify(v) : v;
  }
  return flat;
}

/** An optional peer dependency, imported when a loader runs; a missing one is a clear error. */
export async function peer<T>(specifier: string, packageName: string, entry: string): Promise<T> {
  try {
    return (await import(specifier)) as T;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new Error(`${entry} needs the optional peer dependency ${packageName}: npm install ${packageName}`);
    throw error;
  }
}

/** Stitch a parser output and chunk it (section keywords included unless `summaries: false`). */
export async function loadChunks(
  input: string | AdapterInput | ParsedDocument,
  options: LoadOptions = {},
): Promise<{ chunks: Chunk[]; source: string }> {
  const result = await stitch(input, options.stitch);
  const tree =
    options.summaries === false
      ? result.tree
      : withSectionSummaries(result.tree, typeof options.summaries === 'object' ? options.summaries : {});
  const { chunks } = chunkTree(tree, { elements: result.document.elements, ...options });
  return { chunks, source: options.source ?? result.document.source };
}
