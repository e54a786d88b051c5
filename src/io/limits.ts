// Bounds no input can pass. Each is far above what a real parser writes for a real document, and low
// enough that the output stays proportional to the input. The engine's work is linear or n·log n
// within them (test/bounds.test.ts feeds a page of 100,000 elements). Documented in docs/errors.md.

export const LIMITS = {
  /** Largest page number (1-based) and largest number of pages of one document. */
  maxPages: 100_000,
  /**
   * Formats without a page list (MinerU content_list) declare every page up to the largest page index,
   * so empty pages are counted. A page index that leaves more empty pages than this, and more than pages
   * with content, is sparse beyond any real document and rejected (page numbers are kept as given, never
   * renumbered: they point back at the PDF).
   */
  maxEmptyPages: 1_000,
  /** Elements on one page. */
  maxElementsPerPage: 100_000,
  /** Characters of text (or table HTML) in one element. */
  maxElementChars: 1_000_000,
  /** Characters of text on one page, all elements together. */
  maxPageChars: 10_000_000,
  /** Rows or columns of one table (a cell's row/column index is below this). */
  maxTableIndex: 10_000,
  /** Nesting depth of the JSON (arrays and objects). */
  maxJsonDepth: 256,
} as const;
