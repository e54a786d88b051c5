// What each stage returns: plain data keyed by element id, plus the decisions that explain it.
import type { Decision } from '../model/decision.js';
import type { ParsedDocument } from '../model/element.js';
import type { EngineOptions } from '../options.js';

export type FurnitureKind = 'header' | 'footer' | 'page_number';

export interface FurnitureResult {
  kinds: Map<number, FurnitureKind>;
  decisions: Decision[];
}

/** Groups of element ids (reading order, ≥ 2 each) that form one paragraph / one table. */
export interface MergeResult {
  groups: number[][];
  decisions: Decision[];
}

export interface TableMergeResult extends MergeResult {
  /** Merged table HTML, keyed by the id of the group's first fragment. */
  html: Map<number, string>;
}

export interface HeadingResult {
  /** Level (1 = top) of every element judged a heading. */
  levels: Map<number, number>;
  /** Elements the parser called titles that were judged not to be headings. */
  demoted: Set<number>;
  decisions: Decision[];
}

export interface CaptionLink {
  caption: number;
  target: number;
  /** The parser nested the caption inside its float already (not listed in structure.json). */
  nested: boolean;
}

export interface CaptionResult {
  links: CaptionLink[];
  decisions: Decision[];
}

export interface ReferenceLink {
  /** The paragraph element that mentions the float. */
  from: number;
  /** The float (table/image element) it refers to. */
  to: number;
  label: string;
}

export interface ReferenceResult {
  links: ReferenceLink[];
  decisions: Decision[];
}

export interface StageInput {
  doc: ParsedDocument;
  options: EngineOptions;
}

/** What the engine decided, stage by stage. */
export interface StageResults {
  furniture: FurnitureResult;
  textMerges: MergeResult;
  tableMerges: TableMergeResult;
  headings: HeadingResult;
  captions: CaptionResult;
  references: ReferenceResult;
}

/** Every decision of every stage, in pipeline order. */
export function allDecisions(stages: StageResults): Decision[] {
  return [
    ...stages.furniture.decisions,
    ...stages.textMerges.decisions,
    ...stages.tableMerges.decisions,
    ...stages.headings.decisions,
    ...stages.captions.decisions,
    ...stages.references.decisions,
  ];
}
