// One document of `docstitch stitch`, from input path to written outputs, as plain data in and out (doc-job.ts), so
// the same function runs on the main process and in a batch worker process (src/cli/batch-worker.ts).
import { defaultEngineOptions } from '../options.js';
import { stitchSync } from '../pipeline.js';
import type { StitchResult } from '../stitch.js';
import { type DocJob, type DocReport, needsAsync, toDocError } from './doc-job.js';
import { formatDecisions } from './explain.js';
import { outputContents } from './outputs.js';
import { writeOutputs } from './write.js';

/** The summary line's decision counts: all of them, and those under the `--unsure-below` confidence. */
export interface DecisionCounts {
  decisions: number;
  unsure: number;
}

/** The confidence under which a decision is unsure. */
function unsureBelowOf(job: Pick<DocJob, 'options'>): number {
  // read, not resolved again: the stitch has checked the options, and resolving them costs more than the rest of
  // describeResult (a structured clone of every default and the schema's parse: about 0.3 ms a document)
  return job.options.engine?.unsureBelow ?? defaultEngineOptions.unsureBelow;
}

export function decisionCounts(job: Pick<DocJob, 'options'>, result: StitchResult): DecisionCounts {
  const unsureBelow = unsureBelowOf(job);
  return {
    decisions: result.decisions.length,
    unsure: result.decisions.filter((d) => d.confidence < unsureBelow).length,
  };
}

/**
 * The lines printed for a stitched document (the summary line, warnings, and --explain's decisions); `counts` as
 * taken before the outputs let the decisions go (`consume`).
 */
export function describeResult(
  job: Pick<DocJob, 'input' | 'dir' | 'explain' | 'options'>,
  result: StitchResult,
  counts: DecisionCounts = decisionCounts(job, result),
) {
  const a = result.accounting;
  let stderr =
    `${job.input}: ${result.format}, ${result.document.pages.length} pages; elements read ${a.read}, placed ${a.placed}, dropped ${a.dropped}` +
    `${a.sourceDropped ? ` (+${a.sourceDropped} source objects not read as elements)` : ''}; ${counts.decisions} decisions, ${counts.unsure} unsure → ${job.dir}\n`;
  for (const w of result.warnings) stderr += `  warning ${w.ruleId}: ${w.reason}\n`;
  const stdout = job.explain ? formatDecisions(result.decisions, unsureBelowOf(job)) : '';
  const totals = { read: a.read, placed: a.placed, dropped: a.dropped, pages: result.document.pages.length };
  return { totals, stderr, stdout };
}

/** Write a stitched result's outputs to the job's folder and describe it. */
export function writeResult(job: DocJob, result: StitchResult): DocReport {
  // the outputs consume the result: its decisions counted before document.json lets them go, the rest described
  // after the outputs (the accounting and warnings, read by document.json, are kept); --explain prints every
  // decision, so it keeps them
  let counts: DecisionCounts | undefined;
  const consume = job.explain ? undefined : { beforeRelease: () => (counts = decisionCounts(job, result)) };
  writeOutputs(job.dir, outputContents(result, job.emit, { chunks: { maxTokens: job.chunkTokens }, consume }));
  return { ok: true, ...describeResult(job, result, counts) };
}

/** Stitch one document and write its outputs; every failure comes back as data, never thrown. */
export function stitchToFolder(job: DocJob): DocReport {
  try {
    return writeResult(job, stitchSync(job.input, job.options));
  } catch (error) {
    const failure = toDocError(error);
    return { ok: false, error: { ...failure, file: failure.file ?? job.input } };
  }
}

/** Stitch one document through the asynchronous stitch() (a source PDF, a PDF input); failures come back as data. */
export async function stitchToFolderAsync(job: DocJob): Promise<DocReport> {
  try {
    // loaded only here: a batch of JSON inputs never loads the PDF and model paths
    const { stitch } = await import('../stitch.js');
    return writeResult(job, await stitch(job.input, job.options));
  } catch (error) {
    const failure = toDocError(error);
    return { ok: false, error: { ...failure, file: failure.file ?? job.input } };
  }
}

/** One document on the calling thread, synchronously when it can be. */
export function stitchHere(job: DocJob): DocReport | Promise<DocReport> {
  return needsAsync(job) ? stitchToFolderAsync(job) : stitchToFolder(job);
}
