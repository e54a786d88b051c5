// `docstitch/retrieval`: chunks, section summaries, loaders for LangChain.js and LlamaIndex.TS.
export {
  type Chunk,
  type ChunkingResult,
  type ChunkNode,
  type ChunkOptions,
  type ChunkSpan,
  chunkResult,
  chunksJsonl,
  chunkTree,
} from './chunk.js';
export {
  type ChunkMetadataOptions,
  chunkMetadata,
  type LoadOptions,
  loadChunks,
  loadLangChainDocuments,
  loadLlamaIndexNodes,
  toLangChainDocuments,
  toLlamaIndexNodes,
} from './loaders.js';
export {
  type LlmSummarizeOptions,
  type SectionSummarizer,
  type SectionSummary,
  type SummarizeOptions,
  sectionText,
  summarizeSections,
  withSectionSummaries,
  withSectionSummariesLlm,
} from './summarize.js';
export { type TiktokenEncoding, type Tokenizer, tiktokenTokenizer } from './tokenizer.js';
