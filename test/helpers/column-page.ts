// A one-column page builder for hand-made heading tests: boxes as MinerU's content list gives an elsarticle page
// (left margin 0.18, 0.009 of the page per character, up to 0.63 wide), the page turning past 0.85.
import type { Spec } from './doc.js';

export function columnPage() {
  const specs: Spec[] = [];
  let y = 0.05;
  let page = 1;
  /** Adds an element `height` tall with `below` of space under it. */
  const add = (type: Spec['type'], text: string, height: number, below: number) => {
    if (y > 0.85) [page, y] = [page + 1, 0.05];
    specs.push({ page, type, text, bbox: [0.18, y, 0.18 + Math.min(0.63, text.length * 0.009), y + height] });
    y += height + below;
  };
  /** Two lines of body text, the second with a paragraph's space under it. */
  const body = () => {
    add('text', 'One line of body text in the column.', 0.013, 0.01);
    add('text', 'One line of body text in the column.', 0.013, 0.018);
  };
  return { specs, add, body };
}
