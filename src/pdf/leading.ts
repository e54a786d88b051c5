// The body text's leading (the PDF as the input): the distance from one line's top to the next's, in points,
// that most pairs of consecutive body-size lines of one column keep. A gap between two lines no wider than that
// is the body's own line spacing, however wide the font's line box makes it look (a CJK font's box is short
// against the "1.5 lines" spacing of the Office corpus's Chinese and Japanese documents).
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
