// The document title of a layout-only input (MinerU's model.json from a txt-mode run: no text in any title or text
// block, headings/demotions.ts `isLayoutOnly`). The title rules read words (a numbered section or the abstract after
// it) or sizes measured from text; a blank title names nothing there (title.ts). Without words the one evidence left is
// the height of the title's OCR lines: the first title, on the document's first page, set clearly taller than every
// other title is the document's title — the largest heading alone, as title.ts takes it when sizes are known.
// Evidence, all needed: the document is layout-only; the first kept heading is on the first page; its line height
// (hints.lineHeight, from its OCR line boxes) is at least TALLER times every other kept heading's, each of which is
// known. Precedence: after title.ts (which never takes a blank title), before the levels are walked.
import type { Element } from '../../model/element.js';
import { isLayoutOnly } from './demotions.js';
import type { Candidate } from './types.js';

/** How much taller than every other heading the title's lines are set (OCR line boxes jitter by some 10 %). */
const TALLER = 1.3;

export function layoutOnlyTitle(kept: readonly Candidate[], elements: readonly Element[]): Candidate | undefined {
  const first = kept[0];
  if (!first || kept.length < 2 || first.el.text.trim() !== '') return undefined;
  const firstPage = elements.reduce((min, e) => Math.min(min, e.page), Number.POSITIVE_INFINITY);
  const height = first.el.hints?.lineHeight;
  if (first.el.page !== firstPage || height === undefined || !isLayoutOnly(elements)) return undefined;
  for (let i = 1; i < kept.length; i++) {
    const other = kept[i].el.hints?.lineHeight;
    if (other === undefined || height < other * TALLER) return undefined;
  }
  return first;
}
