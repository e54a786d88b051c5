// Test helpers: which source objects of each layout format must each end up as an element or in `dropped`
// (the adapters' top comments say which objects they absorb silently). Used by test/ and test-samples/.
import { expect } from 'vitest';
import type { ParsedDocument } from '../../src/model/element.js';

type Obj = Record<string, unknown>;

/** Docling: every item of the five item collections. */
export function doclingUnits(json: Obj): string[] {
  return ['texts', 'tables', 'pictures', 'key_value_items', 'form_items'].flatMap((c) =>
    ((json[c] as unknown[] | undefined) ?? []).map((_, i) => `/${c}/${i}`),
  );
}

interface MarkerBlock {
  block_type: string;
  children?: MarkerBlock[] | null;
}
const MARKER_GROUPS = new Set(['ListGroup', 'TableGroup', 'FigureGroup', 'PictureGroup']);

/** Marker: page children, with group blocks replaced by their members (an empty group counts itself). */
export function markerUnits(doc: { children: MarkerBlock[] }): string[] {
  const out: string[] = [];
  doc.children.forEach((page, i) => {
    (page.children ?? []).forEach((b, j) => {
      const at = `/children/${i}/children/${j}`;
      if (!MARKER_GROUPS.has(b.block_type) || !b.children?.length) out.push(at);
      else for (let k = 0; k < b.children.length; k++) out.push(`${at}/children/${k}`);
    });
  });
  return out;
}

/** Unstructured: every array entry. */
export function unstructuredUnits(json: unknown[]): string[] {
  return json.map((_, i) => `/${i}`);
}

interface TextractBlock {
  Id: string;
  BlockType: string;
  Relationships?: Array<{ Type: string; Ids: string[] }>;
}
/** Textract blocks absorbed silently (documented in the adapter): containers and the parts of elements. */
const TEXTRACT_ABSORBABLE = new Set([
  'PAGE',
  'LAYOUT_LIST',
  'LINE',
  'WORD',
  'CELL',
  'MERGED_CELL',
  'TABLE',
  'SELECTION_ELEMENT',
]);

/** Textract: every block is an element, dropped, or of an absorbable kind; every LINE is in an element or dropped. */
export function expectTextractAccounted(
  doc: ParsedDocument,
  responses: Array<{ Blocks: TextractBlock[] }>,
  prefix: (r: number) => string,
) {
  const seen = new Set([...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0])]);
  expect(seen.size).toBe(doc.elements.length + doc.dropped.length);
  responses.forEach((response, r) => {
    const byId = new Map(response.Blocks.map((b) => [b.Id, b]));
    const childrenOfElements = new Set<string>();
    for (const el of doc.elements) {
      if (!el.ref.startsWith(`${prefix(r)}/Blocks/`)) continue;
      const block = response.Blocks[Number(el.ref.split('/').pop())];
      for (const rel of block.Relationships ?? []) for (const id of rel.Ids) childrenOfElements.add(id);
    }
    response.Blocks.forEach((b, i) => {
      const ref = `${prefix(r)}/Blocks/${i}`;
      if (seen.has(ref)) return;
      expect(TEXTRACT_ABSORBABLE.has(b.BlockType), `${ref} (${b.BlockType}) is neither element nor dropped`).toBe(true);
      if (b.BlockType === 'LINE') expect(childrenOfElements.has(b.Id), `${ref} LINE lost`).toBe(true);
      expect(byId.get(b.Id)).toBe(b);
    });
  });
}

/** Elements + dropped refs equal the expected units, each exactly once. */
export function expectUnits(doc: ParsedDocument, units: string[]) {
  const seen = [...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0])];
  expect([...seen].sort()).toEqual([...units].sort());
}

/** Boxes are null or inside the page, ordered. */
export function expectSaneBoxes(doc: ParsedDocument) {
  for (const el of doc.elements) {
    if (!el.bbox) continue;
    const [x1, y1, x2, y2] = el.bbox;
    expect(0 <= x1 && x1 <= x2 && x2 <= 1 && 0 <= y1 && y1 <= y2 && y2 <= 1, `${el.ref} ${el.bbox}`).toBe(true);
  }
}
