// The body text's leading (the PDF as the input): the distance from one line's top to the next's, in points,
// that most pairs of consecutive body-size lines of one column keep. A gap between two lines no wider than that
// is the body's own line spacing, however wide the font's line box makes it look (a CJK font's box is short
// against the "1.5 lines" spacing of the Office corpus's Chinese and Japanese documents).
// Each other size that ten pairs of lines show a leading for keeps its own (`leadingAt`): an Office form whose
// boxed notes and tables (9.5 pt, 13.75 pt apart) outweigh its 10.5 pt prose (19 pt apart) cut that prose at every
// line, the body's leading being too narrow for it.
import type { PdfPage } from './read.js';

/** The body's leading in points (undefined when fewer than ten pairs of body lines show one). */
export function bodyLeading(pages: readonly PdfPage[], body: number): number | undefined {
  const counts = new Map<number, number>();
  let pairs = 0;
  for (const page of pages) {
    const lines = page.lines;
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1], lines[i]];
      const bodySize = (l: typeof a) => Math.abs(l.fontSize - body) <= 0.05 * body;
      if (!bodySize(a) || !bodySize(b) || Math.abs(a.bbox[0] - b.bbox[0]) > 0.05) continue;
      const dy = (b.bbox[1] - a.bbox[1]) * page.height;
      if (dy <= 0.8 * body || dy > 3 * body) continue;
      const key = Math.round(dy * 4) / 4;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      pairs++;
    }
  }
  if (pairs < 10) return undefined;
  return [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0][0];
}

/** Lines' leading by their size: the body's within 5 % of the body size, else that size's own, else the body's. */
export type LeadingAt = (size: number) => number | undefined;

export function leadingAt(pages: readonly PdfPage[], body: number): LeadingAt {
  const ofBody = bodyLeading(pages, body);
  const bySize = sizeLeadings(pages);
  return (size) => (Math.abs(size - body) <= 0.05 * body ? ofBody : (bySize.get(sizeKey(size)) ?? ofBody));
}

/** Sizes in half points (the body's size is found so: src/pdf/blocks.ts `bodyFontSize`). */
const sizeKey = (size: number) => Math.round(size * 2) / 2;

/** Per size (half points), the top-to-top distance most pairs of lines of that size keep in a column (≥ ten pairs). */
export function sizeLeadings(pages: readonly PdfPage[]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const page of pages) {
    const lines = page.lines;
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1], lines[i]];
      const size = sizeKey(a.fontSize);
      if (Math.abs(a.fontSize - size) > 0.05 * size || Math.abs(b.fontSize - size) > 0.05 * size) continue;
      if (Math.abs(a.bbox[0] - b.bbox[0]) > 0.05) continue;
      const dy = (b.bbox[1] - a.bbox[1]) * page.height;
      if (dy <= 0.8 * size || dy > 3 * size) continue;
      const key = Math.round(dy * 4) / 4;
      const bySize = counts.get(size) ?? new Map<number, number>();
      bySize.set(key, (bySize.get(key) ?? 0) + 1);
      counts.set(size, bySize);
    }
  }
  const out = new Map<number, number>();
  for (const [size, bySize] of counts) {
    const pairs = [...bySize.values()].reduce((n, c) => n + c, 0);
    if (pairs >= 10) out.set(size, [...bySize].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0][0]);
  }
  return out;
}
