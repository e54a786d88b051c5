// The title block: the line right under the title that opens the document's first page (its subtitle, its
// authors) is the title's, not a running line, though the running heads (feet) of the later pages repeat its
// text ("TOMAS REYES AND SAM O. KESSLER" under an amsart paper's title, the manual's name under a cover's title).
// Without boxes the first and last elements of a page stand in for its bands, so on a short cover page the line
// under the title is in the bottom band, and under a title it is one place in from the top edge.
import type { Element } from '../../model/element.js';
import { minOf } from '../../util/arrays.js';

/** The ids of the lines that stand right under the title opening the document's first page. */
export function titleBlockLines(byPage: ReadonlyMap<number, readonly Element[]>): Set<number> {
  const out = new Set<number>();
  if (byPage.size === 0) return out;
  const first = minOf(byPage.keys());
  const els = byPage.get(first) ?? [];
  if (els[0]?.type === 'title' && els[1]) out.add(els[1].id);
  return out;
}
