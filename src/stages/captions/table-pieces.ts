// A caption linked to a piece of a table that table merge joined goes to the table's first piece on the caption's
// page (`captions.table-first-piece`). A caption is the table's, and the corpora and the hand-checked sets link it to
// the fragment on its page: the first one when a recogniser drew the table as pieces stacked on the page
// (../table-merge/stacked.ts), where a note, a source line or "Continued on next page" under the lowest piece is
// nearest that piece. Evidence: the merge group (decided before the captions); precedence: after every other caption
// rule, it moves a link only within one table, never to another float. A caption the parser nested stays as it is.
import { decision } from '../../model/decision.js';
import type { Element } from '../../model/element.js';
import type { Linked } from './parser-links.js';

/** Moves each link to a later piece of a joined table onto the table's first piece on the caption's page. */
export function toFirstPiece(out: Linked, groups: readonly (readonly number[])[], elements: readonly Element[]): void {
  if (groups.length === 0) return;
  // each piece that is not the first of its table on its page → that first piece
  const firstOf = new Map<number, number>();
  for (const group of groups) {
    const onPage = new Map<number, number>();
    for (const id of [...group].sort((a, b) => a - b)) {
      const page = elements[id].page;
      const first = onPage.get(page);
      if (first === undefined) onPage.set(page, id);
      else firstOf.set(id, first);
    }
  }
  if (firstOf.size === 0) return;
  const why = "the caption of a table drawn in pieces on its page: linked to the table's first piece there";
  for (const link of out.links) {
    const first = firstOf.get(link.target);
    if (link.nested || first === undefined || elements[link.caption].page !== elements[first].page) continue;
    const pair = [elements[link.caption], elements[first]];
    out.decisions.push(decision('captions', 'captions.table-first-piece', why, 1, pair, true, 'rules'));
    link.target = first;
  }
}
