// structure.json (version 1, ../shared/spec/structure.md): the decisions as refs into the input.
import type { Element } from '../model/element.js';
import type { Structure } from '../model/structure.js';
import type { StageResults } from '../stages/types.js';

/** The elements and the stages' decisions (body references are not part of structure.json). */
export interface StructureInput extends Omit<StageResults, 'references'> {
  elements: readonly Element[];
}

/**
 * The floats a structure.json caption link may point to: the spec names image, chart or table targets (charts are
 * read as images). A caption of a listing or an equation stays with it in the tree and the decisions, not here.
 */
const STRUCTURE_CAPTION_TARGETS: ReadonlySet<string> = new Set(['image', 'table']);

export function buildStructure(input: StructureInput): Structure {
  const ref = (id: number) => input.elements[id].ref;
  const byReadingOrder = (a: number, b: number) => a - b;
  return {
    version: 1,
    headings: [...input.headings.levels.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([id, level]) => ({ ref: ref(id), level })),
    paragraphMerges: input.textMerges.groups.map((g) => [...g].sort(byReadingOrder).map(ref)),
    tableMerges: input.tableMerges.groups.map((g) => [...g].sort(byReadingOrder).map(ref)),
    captions: input.captions.links
      .filter((l) => !l.nested && STRUCTURE_CAPTION_TARGETS.has(input.elements[l.target].type))
      .sort((a, b) => a.caption - b.caption)
      .map((l) => ({ caption: ref(l.caption), target: ref(l.target) })),
    furniture: [...input.furniture.kinds.keys()].sort(byReadingOrder).map(ref),
  };
}
