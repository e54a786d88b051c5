// LangChain.js `Document`s and LlamaIndex.TS `TextNode`s from docstitch chunks. Both libraries are
// optional peer dependencies, imported only when these functions run; a missing one is a clear error.
import type { Document } from '@langchain/core/documents';
import type { TextNode } from '@llamaindex/core/schema';
import type { AdapterInput } from '../io/load.js';
import type { ParsedDocument } from '../model/element.js';
import { type StitchOptions, stitch } from '../pipeline.js';
import { type Chunk, type ChunkOptions, chunkTree } from './chunk.js';
import { type SummarizeOptions, withSectionSummaries } from './summarize.js';

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

async function peer<T>(specifier: string, packageName: string, entry: string): Promise<T> {
  try {
    return (await import(specifier)) as T;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new Error(`${entry} needs the optional peer dependency ${packageName}: npm install ${packageName}`);
    throw error;
  }
}

/** LangChain.js Documents (`@langchain/core`), one per chunk, with id and metadata. */
export async function toLangChainDocuments(
  chunks: readonly Chunk[],
  options: ChunkMetadataOptions = {},
): Promise<Document[]> {
  const { Document } = await peer<typeof import('@langchain/core/documents')>(
    '@langchain/core/documents',
    '@langchain/core',
    'docstitch/langchain',
  );
  return chunks.map((c) => new Document({ id: c.id, pageContent: c.text, metadata: chunkMetadata(c, options) }));
}

/** Metadata keys hidden from the embedding model (provenance, not meaning). */
const NOT_FOR_EMBEDDING = [
  'source',
  'chunkId',
  'chunkIndex',
  'headingPath',
  'sectionIds',
  'pageStart',
  'pageEnd',
  'refs',
  'spans',
  'prev',
  'next',
  'tokens',
  'oversize',
];
const NOT_FOR_LLM = ['chunkId', 'chunkIndex', 'headingPath', 'sectionIds', 'refs', 'spans', 'prev', 'next', 'tokens'];

/**
 * LlamaIndex.TS TextNodes (`@llamaindex/core`, also re-exported by `llamaindex`), one per chunk:
 * `id_` is the chunk id, PREVIOUS/NEXT relationships link the neighbours, SOURCE names the input;
 * only the breadcrumb and keywords are embedded along with the text.
 */
export async function toLlamaIndexNodes(
  chunks: readonly Chunk[],
  options: ChunkMetadataOptions = {},
): Promise<TextNode[]> {
  type Schema = typeof import('@llamaindex/core/schema');
  // `llamaindex` re-exports the schema classes; use it when only that package is installed.
  const { TextNode, NodeRelationship } = await peer<Schema>('@llamaindex/core/schema', '', '').catch(() =>
    peer<Schema>('llamaindex', '@llamaindex/core (or llamaindex)', 'docstitch/llamaindex'),
  );
  return chunks.map((c) => {
    const relationships: TextNode['relationships'] = {};
    if (options.source !== undefined) relationships[NodeRelationship.SOURCE] = { nodeId: options.source, metadata: {} };
    if (c.prev) relationships[NodeRelationship.PREVIOUS] = { nodeId: c.prev, metadata: {} };
    if (c.next) relationships[NodeRelationship.NEXT] = { nodeId: c.next, metadata: {} };
    return new TextNode({
      id_: c.id,
      text: c.text,
      metadata: chunkMetadata(c, options),
      relationships,
      excludedEmbedMetadataKeys: NOT_FOR_EMBEDDING,
      excludedLlmMetadataKeys: NOT_FOR_LLM,
    });
  });
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

/** Parser output → LangChain.js Documents in one call. */
export async function loadLangChainDocuments(
  input: string | AdapterInput | ParsedDocument,
  options: LoadOptions = {},
): Promise<Document[]> {
  const { chunks, source } = await loadChunks(input, options);
  return toLangChainDocuments(chunks, { ...options, source });
}

/** Parser output → LlamaIndex.TS TextNodes in one call. */
export async function loadLlamaIndexNodes(
  input: string | AdapterInput | ParsedDocument,
  options: LoadOptions = {},
): Promise<TextNode[]> {
  const { chunks, source } = await loadChunks(input, options);
  return toLlamaIndexNodes(chunks, { ...options, source });
}
