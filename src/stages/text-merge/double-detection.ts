// One line detected twice: a layout model's raw output (MinerU's model.json, before MinerU keeps one box of each
// overlapping pair) can hold two boxes over the same line in two categories (a title and a text, a title and a table
// caption). Both are elements of the input; read as two they say the line twice. They are joined as one element, as
// a paragraph cut in two is, so that the line is read once.
// Evidence, all needed:
//  - the two stand next to each other in reading order on one page;
//  - their boxes are the same box (intersection over union at least SAME);
//  - both are text-like (text, list item, title, caption, note) and say the same, or one of them says nothing (a
//    layout-only input has no text in either; with OCR text only one of the two gets the line's words).
// Precedence: a strong pair, first of them (nothing else is evidence about a box read twice); its second block is
// then settled. Blocks whose boxes merely overlap (a caption's second box inside the first) are not taken.
import type { BBox, Element } from '../../model/element.js';

/** The judge's feature, rule and reason for these pairs (the feature of a cut inside a column: as strong). */
export const DOUBLE_DETECTION = {
  feature: 'parser-split',
  rule: 'text-merge.double-detection',
  why: 'the same line detected twice (two boxes over one area, in two categories): one element',
} as const;

/** Intersection over union from which two boxes are one. */
const SAME = 0.8;
const TEXT_LIKE = new Set([
  'text',
  'list_item',
  'title',
  'image_caption',
  'table_caption',
  'image_footnote',
  'table_footnote',
]);

/** The pairs of neighbours in reading order that are one detection read twice. */
export function doubleDetections(body: readonly Element[]): Array<[Element, Element]> {
  const pairs: Array<[Element, Element]> = [];
  for (let i = 1; i < body.length; i++) {
    const [a, b] = [body[i - 1], body[i]];
    if (a.page !== b.page || !a.bbox || !b.bbox || !TEXT_LIKE.has(a.type) || !TEXT_LIKE.has(b.type)) continue;
    const [ta, tb] = [a.text.trim(), b.text.trim()];
    if (ta !== '' && tb !== '' && ta !== tb) continue;
    if (iou(a.bbox, b.bbox) >= SAME) pairs.push([a, b]);
  }
  return pairs;
}

function iou(a: BBox, b: BBox): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const area = (x: BBox) => (x[2] - x[0]) * (x[3] - x[1]);
  return inter / (area(a) + area(b) - inter);
}
