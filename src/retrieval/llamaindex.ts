// `docstitch/llamaindex`: parser output → LlamaIndex.TS TextNodes (needs the peer @llamaindex/core, or
// llamaindex, imported only when these functions run).
import type { TextNode } from '@llamaindex/core/schema';
import type { AdapterInput } from '../io/load.js';
import type { ParsedDocument } from '../model/element.js';
import type { Chunk } from './chunk.js';
import { type ChunkMetadataOptions, chunkMetadata, type LoadOptions, loadChunks, peer } from './loaders.js';

export { type ChunkMetadataOptions, chunkMetadata, type LoadOptions };

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

/** Parser output → LlamaIndex.TS TextNodes in one call. */
export async function loadLlamaIndexNodes(
  input: string | AdapterInput | ParsedDocument,
  options: LoadOptions = {},
): Promise<TextNode[]> {
  const { chunks, source } = await loadChunks(input, options);
  return toLlamaIndexNodes(chunks, { ...options, source });
}
