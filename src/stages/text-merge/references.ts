// Reference entries the reading order splits: a two-column reference list cut at the foot of a column, read
// column by column with the other column's text in between (REVTeX sets its references in the text's columns),
// so the rest of an entry ("2000.", "pp. 194–555, 2002.") comes several blocks after its start. Evidence: the
// first block opens an entry ("[6] …", "Kessler, S. O., …") and stops short of its year or pages, after a comma or
// a venue's abbreviation ("… “Placement of display elements,” Proc." | page break | "Int. Conf. …, 1996.");
// the rest opens no entry of its own and ends as an entry ends, and either is the next list item after the
// start that opens no entry, or stands right before the next entry ("[7] …"; numbered, the start's number + 1)
// or at its page's end — the other column's text, headings and items may stand between. Weighed by
// `text-merge.reference-resumes`; the pair is settled before the ordinary candidates, like the parser's merges.
import { TEXT_LIKE } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { REFERENCE_END, REFERENCE_START } from './text-kind.js';

/** A Markdown list marker the parser left on the item's text ("- [4] …", "- 2000."). */
const ITEM_MARKER = /^\s*[-*•∙]\s+/u;
/** How far (list items) the rest of an entry may stand after its start. */
const MAX_ITEMS_AHEAD = 12;
/** How far (text blocks) the rest of an entry may stand after its start, before the next entry. */
const MAX_BLOCKS_AHEAD = 30;

const itemText = (e: Element) => e.text.replace(ITEM_MARKER, '').trim();
const entryNumber = (text: string) => /^\[(\d{1,3})\]/.exec(text)?.[1];
/**
 * Where an entry stops unfinished: a comma, or an abbreviation of a venue, a volume or the editors ("Proc.", "Int.",
 * "vol.", "eds."), or "In" before the book's title — a sentence's stop would not end an entry there.
 */
const ENTRY_CUT =
  /(?:,|\b(?:Proc|Int|Intl|Conf|Trans|Symp|J|Vol|vol|No|no|pp|Ed|ed|Eds|eds|Lect|Comput|Sci|Univ|Dept)\.|\bIn:?)$/;

/** The end of an entry: short, no entry's opening, a year or pages at its end. */
function entryTail(text: string): boolean {
  return text.length < 120 && !REFERENCE_START.test(text) && REFERENCE_END.test(text);
}

/** The rest of the entry `a` opens, among the list items after it: the first that opens no entry. */
function nextItemRest(items: readonly Element[], i: number, taken: Set<number>): Element | undefined {
  const a = items[i];
  for (const b of items.slice(i + 1, i + 1 + MAX_ITEMS_AHEAD)) {
    if (b.page > a.page + 1) return undefined;
    const bText = itemText(b);
    if (REFERENCE_START.test(bText)) continue;
    return !taken.has(b.id) && entryTail(bText) ? b : undefined;
  }
  return undefined;
}

/** The rest of the entry `a` opens, among the text blocks after it: a tail right before the next entry or its page's end. */
function restBeforeNextEntry(blocks: readonly Element[], i: number, taken: Set<number>): Element | undefined {
  const a = blocks[i];
  const n = entryNumber(itemText(a));
  for (let j = i + 1; j < Math.min(blocks.length, i + 1 + MAX_BLOCKS_AHEAD); j++) {
    const b = blocks[j];
    if (b.page > a.page + 1) return undefined;
    const bText = itemText(b);
    // Another entry before any rest: the start's column goes on with entries, no rest is cut off.
    if (REFERENCE_START.test(bText)) return undefined;
    if (taken.has(b.id) || !entryTail(bText)) continue;
    const after = blocks[j + 1];
    if (!after || after.page !== b.page) return b;
    const afterText = itemText(after);
    if (!REFERENCE_START.test(afterText)) continue;
    const m = entryNumber(afterText);
    return n === undefined || m === undefined || Number(m) === Number(n) + 1 ? b : undefined;
  }
  return undefined;
}

/** The judge's feature, rule and reason for these pairs (src/stages/text-merge.ts: strong evidence, judged first). */
export const REFERENCE_RESUMES = {
  feature: 'reference-resumes',
  rule: 'text-merge.reference-resumes',
  why: 'a reference entry cut after a comma goes on in the next list item that opens no entry',
} as const;

/** The pairs [entry's start, entry's rest] in reading order. */
export function resumedReferences(body: readonly Element[]): Array<[Element, Element]> {
  const items = body.filter((e) => e.type === 'list_item' && e.text.trim());
  const blocks = body.filter((e) => TEXT_LIKE.has(e.type) && e.text.trim());
  const pairs: Array<[Element, Element]> = [];
  const taken = new Set<number>();
  const started = new Set<number>();
  items.forEach((a, i) => {
    const aText = itemText(a);
    if (!REFERENCE_START.test(aText) || !ENTRY_CUT.test(aText)) return;
    const b = nextItemRest(items, i, taken);
    if (!b) return;
    taken.add(b.id);
    started.add(a.id);
    pairs.push([a, b]);
  });
  blocks.forEach((a, i) => {
    const aText = itemText(a);
    if (started.has(a.id) || !REFERENCE_START.test(aText) || !ENTRY_CUT.test(aText)) return;
    const b = restBeforeNextEntry(blocks, i, taken);
    if (!b) return;
    taken.add(b.id);
    pairs.push([a, b]);
  });
  return pairs.sort((x, y) => x[0].id - y[0].id);
}
