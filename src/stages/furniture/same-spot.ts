// The members of a repetition group at the group's usual place (rule 2 of ../furniture.ts): a repeat that stands
// elsewhere or is much taller than the running head (the chapter title the head repeats) is not part of it.
import type { Element } from '../../model/element.js';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The members of a repetition group that sit where the group usually sits, at its usual height. */
export function sameSpot(els: Element[]): Element[] {
  const boxed = els.filter((e) => e.bbox);
  if (boxed.length < 3) return els;
  const cy = median(boxed.map((e) => (e.bbox![1] + e.bbox![3]) / 2));
  const h = median(boxed.map((e) => e.bbox![3] - e.bbox![1]));
  return els.filter(
    (e) => !e.bbox || (Math.abs((e.bbox[1] + e.bbox[3]) / 2 - cy) < SPOT_TOLERANCE && e.bbox[3] - e.bbox[1] < h * 1.5),
  );
}

/** How far (fraction of the page height) a running head may move from page to page. */
const SPOT_TOLERANCE = 0.03;
