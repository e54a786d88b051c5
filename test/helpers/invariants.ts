// Invariants every stitched document must satisfy, shared by the fixture tests and the sample suite.
import type { Heading } from 'mdast';
import { expect } from 'vitest';
import { resolveAltoPointer } from '../../src/adapters/alto.js';
import { resolveHocrPointer } from '../../src/adapters/hocr.js';
import { documentJson } from '../../src/cli/outputs.js';
import type { AdapterInput } from '../../src/io/load.js';
import { resolvePointer, splitRef } from '../../src/model/pointer.js';
import { structureSchema } from '../../src/model/structure.js';
import type { DocumentRoot, SectionNode } from '../../src/model/tree.js';
import { documentJsonSchema } from '../../src/model/tree-schema.js';
import type { StitchResult } from '../../src/stitch.js';
import { placedRefs } from '../../src/tree/provenance.js';
import { parseMarkdown } from './markdown-roundtrip.js';

/** Resolve a ref against the loaded input (a trailing `:N` addresses the N-th block inside a string). */
export function resolveRef(input: AdapterInput, ref: string): unknown {
  const { file, pointer } = splitRef(ref);
  const source = input.files.find((f) => f.name === file);
  if (!source) return undefined;
  // Markup input (hOCR, ALTO, PAGE XML): the pointer is an element path (src/adapters/ocr-markup.ts).
  if (source.text !== undefined) {
    return pointer.startsWith('/ocr_') ? resolveHocrPointer(source, pointer) : resolveAltoPointer(source, pointer);
  }
  return resolvePointer(source.json, pointer.replace(/:\d+$/, ''));
}

function checkSections(children: DocumentRoot['children'] | SectionNode['children'], depth: number): void {
  for (const child of children) {
    if (child.type !== 'section') continue;
    expect(child.depth, `section ${child.data.id} depth`).toBe(depth + 1);
    expect(child.children[0]?.type).toBe('heading');
    checkSections(child.children, child.depth);
  }
}

export function checkInvariants(result: StitchResult, input: AdapterInput): void {
  const elementRefs = result.document.elements.map((e) => e.ref);
  expect(new Set(elementRefs).size, 'element refs are unique').toBe(elementRefs.length);

  // Every element exactly once: in the tree or in dropped.
  const placed = placedRefs(result.tree);
  const all = [...placed, ...result.dropped.map((d) => d.place.refs[0])].sort();
  expect(all).toEqual([...elementRefs].sort());
  expect(result.accounting.read).toBe(result.accounting.placed + result.accounting.dropped);
  expect(result.warnings.filter((w) => w.ruleId === 'assemble.accounting')).toEqual([]);

  // Sections nested by consecutive levels.
  checkSections(result.tree.children, 0);

  // Outputs match their schemas; structure refs are element refs that resolve in the input.
  documentJsonSchema.parse(JSON.parse(JSON.stringify(documentJson(result))));
  const structure = structureSchema.parse(result.structure);
  const refs = new Set(elementRefs);
  const structureRefs = [
    ...structure.headings.map((h) => h.ref),
    ...structure.paragraphMerges.flat(),
    ...structure.tableMerges.flat(),
    ...structure.captions.flatMap((c) => [c.caption, c.target]),
    ...structure.furniture,
  ];
  for (const ref of structureRefs) {
    expect(refs.has(ref), `${ref} is an element`).toBe(true);
    expect(resolveRef(input, ref), `${ref} resolves in the input`).toBeDefined();
  }

  // document.md shows every heading of the tree, in order, at its depth (capped at Markdown's 6).
  const markdownDepths = parseMarkdown(result.markdown())
    .children.filter((n) => n.type === 'heading')
    .map((h) => (h as Heading).depth);
  expect(markdownDepths, 'document.md headings').toEqual(treeHeadingDepths(result.tree.children));
}

function treeHeadingDepths(children: DocumentRoot['children'] | SectionNode['children']): number[] {
  return children.flatMap((c) => {
    if (c.type === 'heading') return [Math.min(6, c.data.level ?? c.depth)];
    return c.type === 'section' ? treeHeadingDepths(c.children) : [];
  });
}
