// One caption each (`captions.one-each`): after the greedy choice of ../captions.ts (best pair first, one caption
// proper per float), a caption left without a float because another caption took the float it wanted, while that
// caption had a second float of its own that nobody took, gets its float, and the other caption takes its second.
// The case: tables (or figures) stacked on one page, each captioned below. "Table 1" stands between the two tables,
// a hair nearer the upper but on the usual side (above) of the lower one, so the greedy choice gives it the lower
// table, and "Table 2", under the lower table with nothing under it, is left with none. The document's side habit
// (./habits.ts) would settle it, but two tables give it one clear case, not the two it needs.
// Evidence and precedence: only pairs that reached the threshold on their own evidence are used; the swap is made
// only when it links one more caption (one step of an augmenting path), best-scored stranded captions first; the
// label order (./label-order.ts) runs after it.
import type { Element } from '../../model/element.js';
import { type CaptionRole, roleOf, unlimited } from './roles.js';

export interface Pair {
  caption: Element;
  target: Element;
  spare: boolean;
}

/**
 * Links the captions `chosen` left out where a one-step swap frees a float for them (see above). `scored`: every pair
 * at or above the threshold, best first; `taken`: floats (`id:role`) captioned before this pass. Returns the pairs
 * to record, with `swapped` the pairs the swap made (the new caption's and the moved caption's).
 */
export function oneEach<P extends Pair>(
  scored: readonly P[],
  chosen: readonly P[],
  taken: ReadonlySet<string>,
): { pairs: P[]; swapped: Set<P> } {
  const pairs = [...chosen];
  const swapped = new Set<P>();
  const key = (target: Element, role: CaptionRole) => `${target.id}:${role}`;
  const holder = new Map<string, number>(); // float:role → index in pairs
  const linked = new Set<number>();
  pairs.forEach((p, k) => {
    linked.add(p.caption.id);
    if (!unlimited(roleOf(p.caption))) holder.set(key(p.target, roleOf(p.caption)), k);
  });
  const byCaption = new Map<number, P[]>(); // best first, as `scored`
  for (const s of scored) {
    if (s.spare) continue;
    const list = byCaption.get(s.caption.id);
    if (list) list.push(s);
    else byCaption.set(s.caption.id, [s]);
  }
  const free = (target: Element, role: CaptionRole) => !holder.has(key(target, role)) && !taken.has(key(target, role));
  for (const s of scored) {
    const role = roleOf(s.caption);
    if (s.spare || linked.has(s.caption.id) || unlimited(role)) continue;
    const k = holder.get(key(s.target, role));
    if (k === undefined || swapped.has(pairs[k])) continue;
    const other = pairs[k];
    const second = byCaption.get(other.caption.id)?.find((a) => a.target !== s.target && free(a.target, role));
    if (!second) continue;
    pairs[k] = second;
    holder.set(key(second.target, role), k);
    holder.set(key(s.target, role), pairs.push(s) - 1);
    linked.add(s.caption.id);
    swapped.add(second);
    swapped.add(s);
  }
  return { pairs, swapped };
}
