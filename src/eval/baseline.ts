// The "identity" baseline: the parser's own output taken as is — titles at the level the parser
// gave (1 when it gave none), nothing merged, nothing linked, furniture only where the parser labelled it.
import type { ParsedDocument } from '../model/element.js';
import type { Structure } from '../model/structure.js';

const FURNITURE = new Set(['header', 'footer', 'page_number']);

export function identityStructure(doc: ParsedDocument): Structure {
  return {
    version: 1,
    headings: doc.elements
      .filter((e) => e.type === 'title' || e.type === 'page_title')
      .map((e) => ({ ref: e.ref, level: Math.max(1, e.hints?.level ?? 1) })),
    paragraphMerges: [],
    tableMerges: [],
    captions: [],
    furniture: doc.elements.filter((e) => FURNITURE.has(e.type)).map((e) => e.ref),
  };
}
