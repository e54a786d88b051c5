// One document of `docstitch stitch`, from input path to written outputs, as plain data in and out (doc-job.ts), so
// the same function runs on the main process and in a batch worker process (src/cli/batch-worker.ts).
import { defaultEngineOptions } from '../options.js';
import { stitchSync } from '../pipeline.js';
import type { StitchResult } from '../stitch.js';
import { type DocJob, type DocReport, needsAsync, toDocError } from './doc-job.js';
import { formatDecisions } from './explain.js';
import { outputContents } from './outputs.js';
import { writeOutputs } from './write.js';

/** The lines printed for a stitched document (the summary line, warnings, and --explain's decisions). */
export function describeResult(job: Pick<DocJob, 'input' | 'dir' | 'explain' | 'options'>, result: StitchResult) {
  // read, not resolved again: the stitch has checked the options, and resolving them costs more than the rest of
  // this function (a structured clone of every default and the schema's parse: about 0.3 ms a document)
  const unsureBelow = job.options.engine?.unsureBelow ?? defaultEngineOptions.unsureBelow;
  const a = result.accounting;
  const unsure = result.decisions.filter((d) => d.confidence < unsureBelow).length;
  let stderr =
    `${job.input}: ${result.format}, ${result.document.pages.length} pages; elements read ${a.read}, placed ${a.placed}, dropped ${a.dropped}` +
    `${a.sourceDropped ? ` (+${a.sourceDropped} source objects not read as elements)` : ''}; ${result.decisions.length} decisions, ${unsure} unsure → ${job.dir}\n`;
  for (const w of result.warnings) stderr += `  warning ${w.ruleId}: ${w.reason}\n`;
  const stdout = job.explain ? formatDecisions(result.decisions, unsureBelow) : '';
  const totals = { read: a.read, placed: a.placed, dropped: a.dropped, pages: result.document.pages.length };
  return { totals, stderr, stdout };
}

/** Write a stitched result's outputs to the job's folder and describe it. */
export function writeResult(job: DocJob, result: StitchResult): DocReport {
  // described once, before document.json's lists are released (`consume`) or after the outputs when none are;
  // --explain prints every decision, so it keeps them
  let described: ReturnType<typeof describeResult> | undefined;
  const describe = () => (described ??= describeResult(job, result));
  const consume = job.explain ? undefined : { beforeRelease: describe };
  writeOutputs(job.dir, outputContents(result, job.emit, { chunks: { maxTokens: job.chunkTokens }, consume }));
  return { ok: true, ...describe() };
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
