// Column counts that differ for reasons of reading, not of content. A table recogniser that misses the rule or
// the gap between two columns on one page of a long table reads them as one there (Docling, PaddleOCR, Textract
// on unruled tables: "60,000 Solutions that remove …" in one cell), or splits a column at a wide gap inside its
// words; the fragments of one table then differ by one column. Evidence, weakest first: a count off by one is
// `columns-off-by-one` (weak against: position, width and captions decide), a count off by two or more stays
// `columns-differ` (strong against); a header row repeated with its cells drawn differently (the same words, one
// cell more or less) is still a repeated header. Precedence: captions, notes, boxes and side-by-side decide first,
// as for every column feature (src/stages/table-merge.ts).

/** Both fragments have two columns or more and their counts differ by exactly one. */
export function offByOneColumn(a: number, b: number): boolean {
  return a >= 2 && b >= 2 && Math.abs(a - b) === 1;
}

const words = (cells: readonly string[]) => cells.join(' ').replace(/\s+/g, ' ').trim();

/**
 * Two rows with the same words whose cells were drawn differently: one cell more or less, two filled cells or
 * more in the row with more (a header of two cells may come out as one: "Term Description").
 */
export function sameRowRedrawn(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const filled = (r: readonly string[]) => r.filter((t) => t.trim()).length;
  if (Math.max(filled(a), filled(b)) < 2) return false;
  const text = words(a);
  return text.length > 0 && text === words(b);
}
