// The whole order of work on one screen:
//   read → furniture → text merge → table merge → table of contents → headings → captions → references → assemble → render.
// Each stage is a pure function over the elements and the earlier stages' results.
import { readWithAdapter } from './adapters/index.js';
import { type AdapterInput, readInput } from './io/load.js';
import type { Decision } from './model/decision.js';
import { type Diagnostic, type DroppedElement, type ParsedDocument, warning } from './model/element.js';
import type { Structure } from './model/structure.js';
import type { DocumentRoot } from './model/tree.js';
import { type EngineOptions, type EngineOptionsInput, resolveEngineOptions } from './options.js';
import { refuseSyncPdf } from './pdf/index.js';
import { renderMarkdown, writeMarkdown } from './render/markdown.js';
import { buildStructure } from './render/structure.js';
import { calibrateDecisions } from './stages/calibrate.js';
import { linkCaptions, linkReferences } from './stages/captions.js';
import { detectFurniture } from './stages/furniture.js';
import { assignHeadingLevels } from './stages/headings.js';
import { mergeTables } from './stages/table-merge.js';
import { mergeTextFragments } from './stages/text-merge.js';
import { findTableOfContents } from './stages/toc.js';
import { allDecisions, type StageResults } from './stages/types.js';
import { type AssembleInput, assemble, assemblePlacement, furnitureRules } from './tree/assemble.js';
import { placedRefs } from './tree/provenance.js';
import { addSectionSummaries } from './tree/summarize.js';
import { settleHeap } from './util/heap.js';
import { defaultCalibration } from './weights/calibration.js';

export type { StageResults } from './stages/types.js';

/** The deterministic engine: every document-level decision, in order. */
export function reconstruct(doc: ParsedDocument, options: EngineOptions): StageResults {
  const input = { doc, options };
  // a long document's heap collected at each stage's end: the garbage of one stage never adds to the next's
  const settle = () => settleHeap(doc.elements.length, doc);
  const furniture = detectFurniture(input);
  settle();
  const textMerges = mergeTextFragments(input, furniture);
  settle();
  const tableMerges = mergeTables(input, furniture);
  const toc = findTableOfContents(input, furniture);
  const headings = assignHeadingLevels(input, furniture, textMerges, toc);
  settle();
  const settled = new Set([...headings.levels.keys(), ...textMerges.groups.flat()]);
  const captions = linkCaptions(input, furniture, settled, tableMerges.groups);
  const references = linkReferences(input, captions);
  settle();
  const results = { furniture, textMerges, tableMerges, headings, captions, references };
  if (options.calibrate) calibrateDecisions(allDecisions(results), defaultCalibration);
  return results;
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

/** Everything the deterministic path produces for one document (`stitch()` adds the LLM path's report). */
export interface PipelineResult {
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
  markdown(): string;
  /** document.md handed to `write` in pieces (the same characters as `markdown()`, never one string). */
  writeMarkdown(write: (chunk: string) => void): void;
}

/** Options of the deterministic path; `stitch()` (src/stitch.ts) adds the optional LLM path. */
export interface PipelineOptions {
  /** Adapter name; detected when absent. */
  format?: string;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  engine?: EngineOptionsInput;
  /** Extractive keywords and summary on every section (default true; off saves about half the engine time). */
  summaries?: boolean;
  /**
   * The source PDF (path or bytes): its text layer, fonts and outline become evidence (docs/pdf.md), and the
   * LLM path renders its pages. Needs the asynchronous `stitch()`.
   */
  pdf?: string | Uint8Array;
}

/** Read (a path, loaded input, or already-normalized document) and reconstruct the document. */
export function stitchSync(
  input: string | AdapterInput | ParsedDocument,
  options: PipelineOptions = {},
): PipelineResult {
  if (options.pdf !== undefined) refuseSyncPdf();
  const doc = toDocument(input, options);
  settleHeap(doc.elements.length, doc); // the reading's garbage (the file's text or raw objects) gone before the stages
  const stages = reconstruct(doc, resolveEngineOptions(options.engine));
  return finish(doc, stages, options);
}

export function toDocument(input: string | AdapterInput | ParsedDocument, options: PipelineOptions): ParsedDocument {
  if (typeof input === 'string')
    return readWithAdapter(readInput(input, { maxBytes: options.maxBytes }), options.format).document;
  if ('files' in input) return readWithAdapter(input, options.format).document;
  return input;
}

/** What the tree's assembly reads, taken when the stitch finishes. */
function assembleInput(doc: ParsedDocument, stages: StageResults): AssembleInput {
  return {
    source: doc.source,
    format: doc.format,
    pageCount: doc.pages.length,
    elements: doc.elements,
    ...stages,
    // what the tree's dropped list reads of the decisions, read now: the outputs may let them go first (cli/outputs.ts)
    furnitureRule: furnitureRules(stages.furniture),
  };
}

/**
 * The structure file from the stage results, and the tree assembled when first asked for (`tree`, `markdown()`):
 * a run that writes only structure.json never builds it. The accounting (and `dropped`, `warnings`) comes from the
 * tree when it was built, else from the same walk without it (`assemblePlacement`).
 */
export function finish(
  doc: ParsedDocument,
  stages: StageResults,
  options: { summaries?: boolean } = {},
): PipelineResult {
  const input = assembleInput(doc, stages);
  let assembled: ReturnType<typeof assemble> | undefined;
  const assembledTree = (): DocumentRoot => {
    assembled ??= assemble(input);
    return assembled.tree;
  };
  // Every section gets extractive keywords and a summary (the LLM path may rewrite the summaries), on the
  // first read of `tree`: a run that writes only structure.json or Markdown never reads them.
  let tree: DocumentRoot | undefined;
  const summarized = (): DocumentRoot => {
    if (tree) return tree;
    tree = options.summaries === false ? assembledTree() : addSectionSummaries(assembledTree());
    // a long document's assembly and summaries leave their garbage: gone before the tree is written, else it
    // adds to document.json's own (session 25: its peak heap 324 → 300 MB at 10,000 pages)
    settleHeap(doc.elements.length, doc);
    return tree;
  };
  const structure = buildStructure({ elements: doc.elements, ...stages });
  const decisions = allDecisions(stages);
  let placement: { dropped: DroppedElement[]; placed: number } | undefined;
  // Summaries change no refs: the assembled tree's refs are the summarized tree's.
  const placed = () =>
    (placement ??= assembled
      ? { dropped: assembled.dropped, placed: new Set(placedRefs(assembled.tree)).size }
      : assemblePlacement(input));
  let warnings: Diagnostic[] | undefined;
  let accounting: Accounting | undefined;
  const warned = (): Diagnostic[] => {
    if (warnings) return warnings;
    warnings = [...doc.warnings];
    const { dropped, placed: count } = placed();
    if (count + dropped.length !== doc.elements.length) {
      const reason = `internal: ${doc.elements.length} elements read but ${count} placed and ${dropped.length} dropped`;
      warnings.push(warning('assemble.accounting', reason));
    }
    return warnings;
  };
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
    get dropped(): DroppedElement[] {
      return placed().dropped;
    },
    get warnings(): Diagnostic[] {
      return warned();
    },
    get accounting(): Accounting {
      const { dropped, placed: count } = placed();
      accounting ??= {
        read: doc.elements.length,
        placed: count,
        dropped: dropped.length,
        sourceDropped: doc.dropped.length,
      };
      return accounting;
    },
    markdown: () => renderMarkdown(assembledTree()),
    writeMarkdown: (write) => writeMarkdown(assembledTree(), write),
  };
}
