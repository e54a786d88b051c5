// Reference entries the reading order splits: a two-column reference list cut at the foot of a column, read
// column by column with the other column's text in between (REVTeX sets its references in the text's columns),
// so the rest of an entry ("2000.", "pp. 194–555, 2002.") comes several blocks after its start. Evidence: the
// first item opens an entry ("[6] …", "Kessler, S. O., …") and stops after a comma, short of its year or pages;
// the rest is the next list item that opens no entry of its own and ends as an entry ends. Weighed by
// `text-merge.reference-resumes`; the pair is settled before the ordinary candidates, like the parser's merges.
import type { Element } from '../../model/element.js';
import { REFERENCE_END, REFERENCE_START } from './text-kind.js';

/** A Markdown list marker the parser left on the item's text ("- [4] …", "- 2000."). */
const ITEM_MARKER = /^\s*[-*•∙]\s+/u;
/** How far (list items) the rest of an entry may stand after its start. */
const MAX_ITEMS_AHEAD = 12;

const itemText = (e: Element) => e.text.replace(ITEM_MARKER, '').trim();

/** The pairs [entry's start, entry's rest] in reading order. */
export function resumedReferences(body: readonly Element[]): Array<[Element, Element]> {
  const items = body.filter((e) => e.type === 'list_item' && e.text.trim());
  const pairs: Array<[Element, Element]> = [];
  const taken = new Set<number>();
  items.forEach((a, i) => {
    const aText = itemText(a);
    if (!REFERENCE_START.test(aText) || !/,$/.test(aText)) return;
    for (const b of items.slice(i + 1, i + 1 + MAX_ITEMS_AHEAD)) {
      if (b.page > a.page + 1) return;
      const bText = itemText(b);
      if (REFERENCE_START.test(bText)) continue;
      if (!taken.has(b.id) && bText.length < 120 && REFERENCE_END.test(bText)) {
        taken.add(b.id);
        pairs.push([a, b]);
      }
      return;
    }
  });
  return pairs;
}
