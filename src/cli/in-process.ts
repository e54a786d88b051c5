// What the `docstitch` command needs to work in its own process — stitch (one document, `--jobs 1`, `--llm`),
// evaluate, list the formats, read `--options` / `--weights` — loaded by main.ts (loadHere) only then, so that a
// batch's dispatcher and the queue, serve and view commands do not load the engine they never run.
export { adapters } from '../adapters/index.js';
export { evaluatePaths, formatTable } from '../eval/index.js';
export { formatLlmReport } from '../llm/refine.js';
export { stitch } from '../stitch.js';
export { runBatchHere } from './batch-local.js';
export { readEngineAndWeights } from './engine-args.js';
export { writeResult } from './stitch-one.js';
