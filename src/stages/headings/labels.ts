// A bare opener and its name: "Chapter 1" / "debdiff", "Appendix A" / "dgit", "第3章" / "総論" — a
// template sets the label on one line and the chapter's name on the next, and a parser often gives
// both as titles. The label is the heading (it carries the numbering that places it); the name right
// after it, on the same page with nothing between, is not a second heading (`demoted-label-name`). A blank
// opener (a header whose words the parser lost, blank-opener.ts) followed so by a name is such a label.
import type { Element } from '../../model/element.js';
import { isBareLabel } from '../../text/numbering.js';
import type { FurnitureResult } from '../types.js';
import { BLANK_OPENER, demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

export function demoteLabelNames(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  // positions by id, made when a label and its name first ask (few documents have any)
  let order: Map<number, number> | undefined;
  const positions = () => (order ??= new Map(elements.map((e, i) => [e.id, i])));
  const demoted = new Set<number>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const [label, name] = [candidates[i], candidates[i + 1]];
    // A blank opener (blank-opener.ts) is such a label whose words were lost: the name after it is its own.
    const bare = isBareLabel(label.el.text) || label.evidence?.includes(BLANK_OPENER);
    if (!bare || name.numbering || isBareLabel(name.el.text)) continue;
    if (name.el.page !== label.el.page || !nothingBetween(label.el, name.el, elements, positions(), furniture))
      continue;
    const message = `not a heading: the name of the opener "${label.el.text.trim() || '(blank)'}" before it`;
    if (demote(ctx, name.el, 'headings.label-name', 'headings.demoted-label-name', message)) demoted.add(name.el.id);
  }
  return candidates.filter((c) => !demoted.has(c.el.id));
}

/** No body element (furniture and empty elements aside) between the two in reading order. */
export function nothingBetween(
  a: Element,
  b: Element,
  elements: readonly Element[],
  order: Map<number, number>,
  furniture: FurnitureResult,
): boolean {
  const [from, to] = [order.get(a.id)!, order.get(b.id)!];
  for (let k = from + 1; k < to; k++) {
    const e = elements[k];
    if (!furniture.kinds.has(e.id) && e.text.trim() !== '') return false;
  }
  return true;
}
