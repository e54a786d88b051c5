// The entry next to a candidate heading in its own series (the clause numbered just before or after it, the list
// entry lettered so), shared by clause-items.ts and letter-items.ts: whether that sibling is body text decides them.
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';

/**
 * Within `window` elements from `at` in direction `step`, furniture passed over and no heading between, the first
 * element `isEntry` names, if `accept` takes it (undefined otherwise, or when none stands there).
 */
export function siblingEntry(
  elements: readonly Element[],
  at: number,
  step: number,
  window: number,
  headings: ReadonlySet<number>,
  furniture: FurnitureResult,
  isEntry: (e: Element) => boolean,
  accept: (e: Element) => boolean,
): Element | undefined {
  for (let k = 1; k <= window; k++) {
    const e = elements[at + k * step];
    if (!e || headings.has(e.id)) return undefined;
    if (furniture.kinds.has(e.id) || !isEntry(e)) continue;
    return accept(e) ? e : undefined;
  }
  return undefined;
}
