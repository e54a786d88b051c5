// A page number set apart from the others: the first page of an article or chapter numbered at the foot, in the
// middle, while the document's other pages carry theirs in the running head (LaTeX's `plain` style on opening pages).
// The fixed bands miss it (it sits higher than the band's edge), and it repeats nothing. Evidence, all required: the
// lone number is its page's lowest element, centred on the page, in the page's lower fifth and clear of the body
// above it, and its value follows the page sequence the document's other page numbers follow (the same offset from
// the page index as two numbers or more found in a band). Weighed as `page-number-pattern` + `page-sequence`.
import type { Element } from '../../model/element.js';
import type { Observation } from '../../model/evidence.js';
import { pageNumberValue } from '../../text/page-number.js';
import { seen } from '../weigh.js';

/** The foot of a page: a number starting below this share of its page. */
const FOOT_TOP = 0.8;
/** Centred: its middle within this share of the page's middle. */
const CENTRED = 0.08;
/** Clear of the body: not overlapping the element above it (amsart sets the number right under the text block). */
const CLEAR = 0.003;

/** The pages' lowest elements that are lone centred numbers in the document's page sequence (`offsets`). */
export function footNumbers(
  byPage: ReadonlyMap<number, readonly Element[]>,
  offsets: ReadonlySet<number>,
  marked: (el: Element) => boolean,
): Array<{ el: Element; why: string; evidence: Observation[] }> {
  const found: Array<{ el: Element; why: string; evidence: Observation[] }> = [];
  if (offsets.size === 0) return found;
  for (const [page, els] of byPage) {
    let lowest: Element | undefined;
    let above = 0;
    for (const e of els) {
      if (!e.bbox || marked(e)) continue;
      if (!lowest?.bbox || e.bbox[1] > lowest.bbox[1]) {
        if (lowest?.bbox) above = Math.max(above, lowest.bbox[3]);
        lowest = e;
      } else above = Math.max(above, e.bbox[3]);
    }
    const b = lowest?.bbox;
    if (!lowest || !b || b[1] < FOOT_TOP || b[1] - above < CLEAR) continue;
    if (Math.abs((b[0] + b[2]) / 2 - 0.5) > CENTRED) continue;
    const value = pageNumberValue(lowest.text);
    if (value === undefined || !offsets.has(value - page)) continue;
    const why = `"${lowest.text.trim()}" is a page number: centred at its page's foot, in the others' page sequence`;
    found.push({ el: lowest, why, evidence: [seen('furniture.page-number-pattern'), seen('furniture.page-sequence')] });
  }
  return found;
}
