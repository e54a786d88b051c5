// A colophon is body: the block of lines a report or brief sets at the foot of its last page (the publisher's
// address, telephone, registration number and ISSN), which a parser labels page_footer for where it stands. Furniture is what repeats page after page (test-samples/gold/README.md, "Furniture"); these lines repeat on
// no other page. Evidence (`furniture.colophon`, rule 5 of ../furniture.ts, weighed against the parser's label): two
// or more labelled footers on the document's last page, none a page number nor with a digit-folded first line that
// the labelled furniture of another page carries, in a document of two or more pages. A single one-off footer is left
// to the label, and so is any line repeating elsewhere (a running foot), and the first page's footer block: acmart's
// copyright lines, furniture in the LaTeX corpora's gold (all 15 acmart train documents lost furniture F1 when the
// rule read every page).
import type { Element } from '../../model/element.js';
import { pageNumberValue } from '../../text/page-number.js';
import { labelKey } from './openers.js';

/** Labelled footers of one page that make a colophon block. */
const MIN_LINES = 2;

const LABELLED = new Set(['header', 'footer', 'page_number']);

const firstKey = (e: Element) => labelKey(e.text.trim().split('\n')[0] ?? '');

/** Ids of the labelled footers that stand in a colophon: a block of one-off lines at the last page's foot. */
export function colophonLines(elements: readonly Element[]): Set<number> {
  const out = new Set<number>();
  const pagesOfKey = new Map<string, Set<number>>();
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (!LABELLED.has(e.type) || !e.text.trim()) continue;
    const key = firstKey(e);
    pagesOfKey.set(key, (pagesOfKey.get(key) ?? new Set()).add(e.page));
  }
  const pages = new Set(elements.map((e) => e.page));
  if (pages.size < 2) return out;
  const last = Math.max(...pages);
  const footers = elements.filter((e) => e.type === 'footer' && e.page === last);
  const oneOff = (e: Element) =>
    e.text.trim() !== '' && pageNumberValue(e.text) === undefined && (pagesOfKey.get(firstKey(e))?.size ?? 0) <= 1;
  if (footers.length < MIN_LINES || !footers.every(oneOff)) return out;
  for (const e of footers) out.add(e.id);
  return out;
}
