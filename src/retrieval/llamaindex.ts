// `docstitch/llamaindex`: parser output → LlamaIndex.TS TextNodes (needs the peer @llamaindex/core).
export { chunkMetadata, loadLlamaIndexNodes, toLlamaIndexNodes } from './loaders.js';
