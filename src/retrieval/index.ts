// `docstitch/retrieval`: chunks, section summaries, chunk metadata. The LangChain.js and LlamaIndex.TS
// loaders are `docstitch/langchain` and `docstitch/llamaindex`, so these declarations never name an
// optional peer's types (TS2307 for consumers without it).

export {
  type LlmSummarizeOptions,
  type SectionSummarizer,
  type SectionSummary,
  type SummarizeOptions,
  sectionText,
  summarizeSections,
  withSectionSummaries,
  withSectionSummariesLlm,
} from '../tree/summarize.js';
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
export { type ChunkMetadataOptions, chunkMetadata, type LoadOptions, loadChunks } from './loaders.js';
export { type TiktokenEncoding, type Tokenizer, tiktokenTokenizer } from './tokenizer.js';
