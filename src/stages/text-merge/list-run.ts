// A numbered list running to its page's foot is not a page's footnotes: the Switch Transformers paper (Marker, the
// dev set) ends page 26 with the items "4. Our work …" and "5. Investigating … where our" of the list "1." … "5."
// that goes on over the page ("layer replaces …", then "6. …"); their numbers and their place low on the page read as
// notes' (flow.ts footOfPage), so item 5 was never paired with the text that continues it. Evidence: the block is a
// list item the parser typed so, right after another list item (the open fragment), and its number is that item's
// plus one in the same form ("3." → "4.", "(2)" → "(3)"). Precedence (flow.ts outOfFlow): after the page-number,
// publisher-notice and listing checks, before the footnote checks; the item then stands in the flow like any other.
import type { Element } from '../../model/element.js';

/** A leading item number: opening bracket, digits, closing mark. */
const ITEM_NUMBER = /^\s*([(（]?)(\d{1,3})([.)）:]?)\s/u;

function numberOf(el: Element): { open: string; n: number; close: string } | undefined {
  const m = ITEM_NUMBER.exec(el.text);
  return m ? { open: m[1], n: Number(m[2]), close: m[3] } : undefined;
}

/** `el` is the next item of the numbered list whose item `open` is. */
export function continuesNumberedList(el: Element, open: Element): boolean {
  if (el.type !== 'list_item' || open.type !== 'list_item') return false;
  const [a, b] = [numberOf(open), numberOf(el)];
  return a !== undefined && b !== undefined && b.n === a.n + 1 && a.open === b.open && a.close === b.close;
}
