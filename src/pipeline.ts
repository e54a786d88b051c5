// The whole order of work on one screen:
//   read → furniture → text merge → table merge → table of contents → headings → captions → references → assemble → render.
// Each stage is a pure function over the elements and the earlier stages' results.
import { readWithAdapter } from './adapters/index.js';
import { type AdapterInput, loadInput } from './io/load.js';
import { type LlmOptions, type LlmReport, refineWithLlm } from './llm/refine.js';
import { summarizeWithLlm } from './llm/summaries.js';
import type { Decision } from './model/decision.js';
import { type Diagnostic, type DroppedElement, type ParsedDocument, warning } from './model/element.js';
import type { Structure } from './model/structure.js';
import type { DocumentRoot } from './model/tree.js';
import { type EngineOptions, type EngineOptionsInput, resolveEngineOptions } from './options.js';
import { isPdfInput, preparePdfInput, refuseSyncPdf, withPdfEvidence } from './pdf/index.js';
import { renderMarkdown } from './render/markdown.js';
import { buildStructure } from './render/structure.js';
import { addSectionSummaries } from './retrieval/summarize.js';
import { linkCaptions, linkReferences } from './stages/captions.js';
import { detectFurniture } from './stages/furniture.js';
import { assignHeadingLevels } from './stages/headings.js';
import { mergeTables } from './stages/table-merge.js';
import { mergeTextFragments } from './stages/text-merge.js';
import { findTableOfContents } from './stages/toc.js';
import { allDecisions, type StageResults } from './stages/types.js';
import { assemble } from './tree/assemble.js';
import { placedRefs } from './tree/provenance.js';

export type { StageResults } from './stages/types.js';

/** The deterministic engine: every document-level decision, in order. */
export function reconstruct(doc: ParsedDocument, options: EngineOptions): StageResults {
  const input = { doc, options };
  const furniture = detectFurniture(input);
  const textMerges = mergeTextFragments(input, furniture);
  const tableMerges = mergeTables(input, furniture);
  const toc = findTableOfContents(input, furniture);
  const headings = assignHeadingLevels(input, furniture, textMerges, toc);
  const settled = new Set([...headings.levels.keys(), ...textMerges.groups.flat()]);
  const captions = linkCaptions(input, furniture, settled);
  const references = linkReferences(input, captions);
  return { furniture, textMerges, tableMerges, headings, captions, references };
}

export interface Accounting {
  /** Elements the adapter read. */
  read: number;
  /** Elements placed in the tree. */
  placed: number;
  /** Elements left out of the tree (furniture, empty), each with a reason in `dropped`. */
  dropped: number;
  /** Source objects the adapter did not turn into elements (in `sourceDropped`). */
  sourceDropped: number;
}

export interface StitchResult {
  format: string;
  document: ParsedDocument;
  stages: StageResults;
  tree: DocumentRoot;
  structure: Structure;
  decisions: Decision[];
  /** Elements not in the tree, with reasons. */
  dropped: DroppedElement[];
  warnings: Diagnostic[];
  accounting: Accounting;
  /** What the LLM path did (requests, tokens, decisions sent and changed), when it ran. */
  llm?: LlmReport;
  markdown(): string;
}

export interface StitchOptions {
  /** Adapter name; detected when absent. */
  format?: string;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  engine?: EngineOptionsInput;
  /** Extractive keywords and summary on every section (default true; off saves about half the engine time). */
  summaries?: boolean;
  /** Optional LLM path (src/llm/refine.ts): an OpenAI-compatible model for the unsure (or all) decisions. */
  llm?: LlmOptions;
  /**
   * The source PDF (path or bytes): its text layer, fonts and outline become evidence (docs/pdf.md), and the
   * LLM path renders its pages. Needs the asynchronous `stitch()`.
   */
  pdf?: string | Uint8Array;
}

/** Read (a path, loaded input, or already-normalized document) and reconstruct the document. */
export function stitchSync(input: string | AdapterInput | ParsedDocument, options: StitchOptions = {}): StitchResult {
  if (options.pdf !== undefined) refuseSyncPdf();
  const doc = toDocument(input, options);
  const stages = reconstruct(doc, resolveEngineOptions(options.engine));
  return finish(doc, stages, options);
}

/** Library entry point (async so the optional LLM path can join it without an API change). */
export async function stitch(
  input: string | AdapterInput | ParsedDocument,
  options: StitchOptions = {},
): Promise<StitchResult> {
  const loaded = typeof input === 'string' ? loadInput(input, { maxBytes: options.maxBytes }) : input;
  // [pdf] a PDF input's text layer is read before its adapter runs; --pdf (or the input's own PDF) adds evidence
  const ownPdf = 'files' in loaded ? await preparePdfInput(loaded) : undefined;
  const read = toDocument(loaded, options);
  const doc = (await withPdfEvidence(read, options.pdf ?? ownPdf)).doc;
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
    return { ...result, tree, markdown: () => renderMarkdown(tree), llm: refined.report };
  }
  return { ...result, llm: refined.report };
}

export function toDocument(input: string | AdapterInput | ParsedDocument, options: StitchOptions): ParsedDocument {
  if (typeof input === 'string')
    return readWithAdapter(loadInput(input, { maxBytes: options.maxBytes }), options.format).document;
  if ('files' in input) return readWithAdapter(input, options.format).document;
  return input;
}

/** Assemble the tree and the structure file from the stage results. */
export function finish(doc: ParsedDocument, stages: StageResults, options: { summaries?: boolean } = {}): StitchResult {
  const assembled = assemble({
    source: doc.source,
    format: doc.format,
    pageCount: doc.pages.length,
    elements: doc.elements,
    ...stages,
  });
  const dropped = assembled.dropped;
  // Every section gets extractive keywords and a summary (the LLM path may rewrite the summaries), on the
  // first read of `tree`: a run that writes only structure.json or Markdown never reads them.
  let tree: DocumentRoot | undefined;
  const summarized = (): DocumentRoot =>
    (tree ??= options.summaries === false ? assembled.tree : addSectionSummaries(assembled.tree));
  const structure = buildStructure({ elements: doc.elements, ...stages });
  const decisions = allDecisions(stages);
  // Summaries change no refs and no Markdown: both read the assembled tree.
  const placed = new Set(placedRefs(assembled.tree)).size;
  const warnings = [...doc.warnings];
  if (placed + dropped.length !== doc.elements.length) {
    const reason = `internal: ${doc.elements.length} elements read but ${placed} placed and ${dropped.length} dropped`;
    warnings.push(warning('assemble.accounting', reason));
  }
  return {
    format: doc.format,
    document: doc,
    stages,
    get tree(): DocumentRoot {
      return summarized();
    },
    set tree(value: DocumentRoot) {
      tree = value;
    },
    structure,
    decisions,
    dropped,
    warnings,
    accounting: {
      read: doc.elements.length,
      placed,
      dropped: dropped.length,
      sourceDropped: doc.dropped.length,
    },
    markdown: () => renderMarkdown(assembled.tree),
  };
}
