// Shared by the service tests: the committed fixtures of each format and what the CLI writes for them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { elementJson, renderOutputs } from '../../src/cli/outputs.js';
import { stitchSync } from '../../src/pipeline.js';
import type { StitchResponse } from '../../src/serve/schemas.js';

export const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** One real (or hand-made, see PROVENANCE.md) input per format the fixtures hold, with the adapter that reads it. */
export const SAMPLES: ReadonlyArray<{ file: string; format: string }> = [
  { file: 'docling/multi_page.json', format: 'docling' },
  { file: 'unstructured/performance-audit-discussion-coords.json', format: 'unstructured' },
  { file: 'textract/textractor-singlepage-doc-layout.json', format: 'textract' },
  { file: 'mineru/api-pipeline3-naacl2024-long116_content_list.json', format: 'mineru-content-list' },
  { file: 'mineru/api-pipeline3-naacl2024-long116_content_list_v2.json', format: 'mineru-content-list-v2' },
  { file: 'mineru/api-pipeline3-naacl2024-long116_middle.json', format: 'mineru-middle' },
  { file: 'mineru/pipeline-model.handwritten.json', format: 'mineru-model' },
  { file: 'popo/popo-pages.handwritten.json', format: 'popo' },
  { file: 'paddleocr/docling-test-paddleocr-vl-1.6-aistudio-pruned_1page.json', format: 'paddleocr' },
  { file: 'dots_ocr/docling-test-dots_simple.unterminated.json', format: 'dots-ocr' },
  { file: 'marker/handmade-two-pages.json', format: 'marker' },
  { file: 'azure-di/handmade-layout-2pages.json', format: 'azure-di' },
];

export const readFixture = (file: string) => readFileSync(fixturePath(file), 'utf8');

/** The files `docstitch stitch --emit …` writes for an input path. */
export function cliOutputs(path: string, emit: Array<'tree' | 'md' | 'structure' | 'chunks'>) {
  return renderOutputs(stitchSync(path), emit);
}

/** document.json put back together from a response with emit=elements,tree,decisions (its key order). */
export function documentJsonOf(body: StitchResponse): string {
  const doc = {
    docstitch: body.docstitch,
    source: body.source,
    format: body.format,
    pages: body.document?.pages,
    accounting: body.accounting,
    tree: body.tree,
    elements: body.document?.elements.map(elementJson),
    dropped: body.document?.dropped,
    sourceDropped: body.document?.sourceDropped,
    warnings: body.warnings,
    decisions: body.decisions,
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

export function postJson(text: string, query = ''): [string, RequestInit] {
  return [`/v1/stitch${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text }];
}
