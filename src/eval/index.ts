// Evaluation of structure.json decisions against gold: metrics, corpus averages, file pairing, table.
export type {
  CorpusLevels,
  CorpusPrf,
  CorpusScores,
  CorpusTeds,
  DocumentScores,
  LevelScore,
  MacroPrf,
  PrfMetric,
  PrfScore,
  TedsScore,
} from './metrics.js';
export {
  aggregate,
  evaluate,
  headingTeds,
  headingTree,
  mergeLinks,
  PRF_METRICS,
  prfFromCounts,
  prfOfSets,
} from './metrics.js';
export type { Average, DocumentEvaluation, Evaluation } from './report.js';
export {
  evaluatePaths,
  formatTable,
  issuePointer,
  listStructureFiles,
  pairStructureFiles,
  readStructureFile,
} from './report.js';
export type { OrderedTree } from './ted.js';
export { treeEditDistance, treeSize } from './ted.js';
