// `docstitch/langchain`: parser output → LangChain.js Documents (needs the peer @langchain/core, imported
// only when these functions run).
import type { Document } from '@langchain/core/documents';
import type { AdapterInput } from '../io/load.js';
import type { ParsedDocument } from '../model/element.js';
import type { Chunk } from './chunk.js';
import { type ChunkMetadataOptions, chunkMetadata, type LoadOptions, loadChunks, peer } from './loaders.js';

export { type ChunkMetadataOptions, chunkMetadata, type LoadOptions };

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

/** Parser output → LangChain.js Documents in one call. */
export async function loadLangChainDocuments(
  input: string | AdapterInput | ParsedDocument,
  options: LoadOptions = {},
): Promise<Document[]> {
  const { chunks, source } = await loadChunks(input, options);
  return toLangChainDocuments(chunks, { ...options, source });
}
