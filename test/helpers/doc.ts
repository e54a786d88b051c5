// Small hand-made documents for stage tests: elements in reading order with page, type, text, box.
import type { BBox, BlockType, Element, ElementHints, ParsedDocument } from '../../src/model/element.js';
import { defaultEngineOptions } from '../../src/options.js';
import type { StageInput } from '../../src/stages/types.js';

export interface Spec {
  page: number;
  type: BlockType;
  text?: string;
  html?: string;
  bbox?: BBox | null;
  hints?: ElementHints;
}

export function makeDoc(specs: Spec[], pages?: number): ParsedDocument {
  const elements: Element[] = specs.map((s, id) => ({
    id,
    ref: `/${id}`,
    page: s.page,
    type: s.type,
    sourceType: s.type,
    text: s.text ?? '',
    ...(s.html ? { html: s.html } : {}),
    bbox: s.bbox === undefined ? null : s.bbox,
    ...(s.hints ? { hints: s.hints } : {}),
  }));
  // A loop, not Math.max(...): the bounds tests build documents of 100,000 elements.
  const pageCount = pages ?? specs.reduce((max, s) => Math.max(max, s.page), Number.NEGATIVE_INFINITY);
  return {
    source: 'test',
    format: 'test',
    pages: Array.from({ length: pageCount }, (_, i) => ({ page: i + 1 })),
    elements,
    dropped: [],
    warnings: [],
  };
}

export function input(doc: ParsedDocument): StageInput {
  return { doc, options: structuredClone(defaultEngineOptions) };
}

/** Body-column boxes for a one-column page: a block from y1 to y2. */
export const col = (y1: number, y2: number): BBox => [0.1, y1, 0.9, y2];
/** Left and right columns of a two-column page. */
export const left = (y1: number, y2: number): BBox => [0.08, y1, 0.48, y2];
export const right = (y1: number, y2: number): BBox => [0.52, y1, 0.92, y2];
