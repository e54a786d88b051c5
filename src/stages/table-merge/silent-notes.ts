// A layout-only input (MinerU's model.json from a txt-mode run: boxes, no text in any text or title block) has
// table notes without words: the layout model still saw a note box under the first fragment, on its page. A table
// that ends with a note of its own ends there (the `first-has-footnote` evidence); with text, a note saying
// "continued" would be read, without it the box alone is the table's end as often as a note with words is.
// Evidence, all needed: the document is layout-only (headings/demotions.ts `isLayoutOnly`), a table-footnote box on
// the first fragment's page among its notes, with no text. Precedence: as `first-has-footnote`, which it sets; on an
// input with text it never fires (an empty note there is a block the parser merged into another).
import type { Element } from '../../model/element.js';

/** A note box without words on the first fragment's page, in a layout-only document. */
export function silentNoteEnds(notes: readonly Element[], page: number, layoutOnly: boolean): boolean {
  return layoutOnly && notes.some((n) => n.type === 'table_footnote' && n.page === page && n.text.trim() === '');
}
