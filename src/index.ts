// docstitch's library API: `stitch(input, options)` and the types of what it returns.
export { adapterByName, adapters, detectAdapter, readWithAdapter } from './adapters/index.js';
export type { Adapter } from './adapters/types.js';
export {
  type CorpusScores,
  type DocumentScores,
  evaluate,
  evaluatePaths,
  formatTable,
  readStructureFile,
} from './eval/index.js';
export { type AdapterInput, loadInput, loadInputAsync, type SourceFile } from './io/load.js';
export type { LlmMode, LlmOptions, LlmProtocol, LlmReport } from './llm/refine.js';
export type { Decision, StageName } from './model/decision.js';
export type {
  BBox,
  BlockType,
  Diagnostic,
  DroppedElement,
  Element,
  ElementHints,
  PageInfo,
  ParsedDocument,
  PdfHints,
} from './model/element.js';
export { BLOCK_TYPES } from './model/element.js';
export { DocstitchError, EXIT_CODES } from './model/errors.js';
export { type Structure, structureSchema } from './model/structure.js';
export type * from './model/tree.js';
export { documentJsonSchema } from './model/tree-schema.js';
export { defaultEngineOptions, type EngineOptions, type EngineOptionsInput } from './options.js';
export { type AlignReport, applyPdfEvidence, type PdfData, readPdf } from './pdf/index.js';
export { type Accounting, finish, reconstruct, type StageResults, stitchSync } from './pipeline.js';
export { renderMarkdown } from './render/markdown.js';
export { type StitchOptions, type StitchResult, stitch } from './stitch.js';
