// The footnote area of a page (the PDF as the input): LaTeX and word processors set a page's footnotes under
// a short rule at the left of the text column, in a smaller font than the body. The blocks right under such a
// rule, one after another, smaller than the body text and starting at the rule's left edge, are footnotes;
// typed so, the text-merge stage lets a paragraph flow around them and a footnote run on to the next page's.
import type { BBox } from '../model/element.js';
import type { PdfPage } from './read.js';

/** A block as the footnote reading sees it: its box, the largest font size of its lines, whether it is text. */
export interface FootBlock {
  bbox: BBox;
  size: number;
  text: boolean;
}

/** The footnote rules of a page: horizontal, short (under half the page's width), touching no other rule. */
export function footnoteRules(page: PdfPage): BBox[] {
  const rules = page.rules ?? [];
  const touches = (a: BBox, b: BBox) =>
    a !== b && a[0] <= b[2] + 0.003 && b[0] <= a[2] + 0.003 && a[1] <= b[3] + 0.003 && b[1] <= a[3] + 0.003;
  return rules.filter((r) => {
    const width = r[2] - r[0];
    const horizontal = r[3] - r[1] < 0.003 && width > 0.04 && width < 0.45;
    return horizontal && r[1] > 0.4 && !rules.some((o) => touches(r, o));
  });
}

/**
 * Indexes of the blocks that are footnotes: under a footnote rule (the first within two lines of it, each next
 * one within a line of the one before), starting at most a few ems right of its left edge, set smaller than
 * the body text (`body`, points).
 */
export function footnoteBlocks(page: PdfPage, blocks: readonly FootBlock[], body: number): Set<number> {
  const out = new Set<number>();
  const line = (1.2 * body) / page.height;
  for (const rule of footnoteRules(page)) {
    const under = blocks
      .map((b, i) => ({ b, i }))
      .filter(
        ({ b }) =>
          b.text &&
          b.bbox[1] >= rule[1] - 0.002 &&
          b.bbox[0] >= rule[0] - 0.01 &&
          b.bbox[0] <= rule[0] + (4 * body) / page.width &&
          b.size <= 0.95 * body,
      )
      .sort((x, y) => x.b.bbox[1] - y.b.bbox[1]);
    let bottom = rule[3];
    let reach = 2 * line;
    for (const { b, i } of under) {
      if (b.bbox[1] - bottom > reach) break;
      out.add(i);
      bottom = b.bbox[3];
      reach = line;
    }
  }
  return out;
}
