// `docstitch/langchain`: parser output → LangChain.js Documents (needs the peer @langchain/core).
export { chunkMetadata, loadLangChainDocuments, toLangChainDocuments } from './loaders.js';
