// The document title: the first heading, unnumbered, near the top of an early page, when the parser
// says so, or when it is the only heading of the largest size, or when numbered or keyword sections
// follow it (a paper's title before "Abstract" and "1 Introduction").
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import type { Candidate } from './types.js';

export function findDocumentTitle(
  kept: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
): Candidate | undefined {
  const first = kept[0];
  if (!first || first.numbering || first.el.page > 2) return undefined;
  const labelled = kept.filter((c) => c.el.hints?.documentTitle);
  if (first.el.hints?.documentTitle && labelled.length <= 2 && !first.keyword) return first;
  const others = kept.slice(1);
  if (others.length === 0) return undefined;
  const largestAlone = first.sizeClass === 0 && others.every((c) => c.sizeClass !== undefined && c.sizeClass > 0);
  // A keyword heading ("Foreword", "Preface") is the title of a document that is that part alone, when
  // it stands larger than every heading after it; otherwise it is one of the top sections.
  if (first.keyword) return largestAlone && others.some((c) => c.numbering) ? first : undefined;
  const bodyBefore = elements.filter(
    (e) => e.page === first.el.page && e.id < first.el.id && !furniture.kinds.has(e.id),
  ).length;
  // A first heading whose size recurs later is the first of a series (a chapter), not the title.
  const sizeRecurs = first.sizeClass !== undefined && others.some((c) => c.sizeClass === first.sizeClass);
  const sectionsFollow = !sizeRecurs && others.some((c) => c.numbering || c.keyword);
  return largestAlone || (sectionsFollow && bodyBefore <= 3) ? first : undefined;
}
