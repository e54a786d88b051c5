// Element types grouped by the part they play, one home for every stage and the LLM path.

/** Running text: what a paragraph is made of and what text merging joins. */
export const TEXT_LIKE: ReadonlySet<string> = new Set(['text', 'list_item']);

/** Captions and float footnotes: what the captions stage links to a float. */
export const CAPTION_TYPES: ReadonlySet<string> = new Set([
  'image_caption',
  'table_caption',
  'image_footnote',
  'table_footnote',
]);

/** Floats: what a caption may belong to. */
export const FLOAT_TYPES: ReadonlySet<string> = new Set(['image', 'table', 'equation', 'code']);

/** Blocks a paragraph flows past without ending (floats, their captions and notes, margin matter). */
export const FLOWED_PAST: ReadonlySet<string> = new Set([
  'image',
  'table',
  'image_caption',
  'table_caption',
  'image_footnote',
  'table_footnote',
  'page_footnote',
  'aside_text',
  'header',
  'footer',
  'page_number',
]);
