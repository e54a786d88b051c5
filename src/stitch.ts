// The library's entry point: the deterministic pipeline (src/pipeline.ts) with what only an async call can
// add — the source PDF as evidence (src/pdf/) and the optional LLM path (src/llm/), which asks a model about
// the unsure decisions and has each stage re-decide with the answers. It sits above both, so neither the
// pipeline nor the stages import the LLM path.
import type { AdapterInput } from './io/load.js';
import { loadInputAsync } from './io/load.js';
import type { LlmOptions, LlmReport } from './llm/options.js';
import { refineWithLlm } from './llm/refine.js';
import { summarizeWithLlm } from './llm/summaries.js';
import type { ParsedDocument } from './model/element.js';
import { resolveEngineOptions } from './options.js';
import { isPdfInput, preparePdfInput, withPdfEvidence } from './pdf/index.js';
import { finish, type PipelineOptions, type PipelineResult, reconstruct, toDocument } from './pipeline.js';
import { renderMarkdown, writeMarkdown } from './render/markdown.js';
import { settleHeap } from './util/heap.js';

export interface StitchOptions extends PipelineOptions {
  /** Optional LLM path (src/llm/refine.ts): an OpenAI-compatible model for the unsure (or all) decisions. */
  llm?: LlmOptions;
}

export interface StitchResult extends PipelineResult {
  /** What the LLM path did (requests, tokens, decisions sent and changed), when it ran. */
  llm?: LlmReport;
}

/** Library entry point (async so the optional LLM path can join it without an API change). */
export async function stitch(
  input: string | AdapterInput | ParsedDocument,
  options: StitchOptions = {},
): Promise<StitchResult> {
  const loaded = typeof input === 'string' ? await loadInputAsync(input, { maxBytes: options.maxBytes }) : input;
  // [pdf] a PDF input's text layer is read before its adapter runs; --pdf (or the input's own PDF) adds evidence
  const ownPdf = 'files' in loaded ? await preparePdfInput(loaded) : undefined;
  const read = toDocument(loaded, options);
  const doc = (await withPdfEvidence(read, options.pdf ?? ownPdf)).doc;
  settleHeap(doc.elements.length, doc); // a long document's reading garbage gone before the stages (as stitchSync)
  const engine = resolveEngineOptions(options.engine);
  if (!options.llm || options.llm.mode === 'off') return finish(doc, reconstruct(doc, engine), options);
  // the LLM path renders page images from the same PDF
  const pdfPath =
    typeof options.pdf === 'string'
      ? options.pdf
      : 'files' in loaded && isPdfInput(loaded)
        ? loaded.files[0].path
        : undefined;
  const llm = options.llm.pdf === undefined && pdfPath ? { ...options.llm, pdf: pdfPath } : options.llm;
  const refined = await refineWithLlm(doc, reconstruct(doc, engine), { llm, engine });
  const result = finish(doc, refined.stages, options);
  if (llm.summaries) {
    const tree = await summarizeWithLlm(result.tree, llm);
    return {
      ...result,
      tree,
      markdown: () => renderMarkdown(tree),
      writeMarkdown: (write) => writeMarkdown(tree, write),
      llm: refined.report,
    };
  }
  return { ...result, llm: refined.report };
}
