// Numbers whose parents the document does not hold (`missing-ancestors`): a sampled or extracted document (some pages
// of a book, one chapter's pages cut out of a manual) keeps "2.1.6 Change Function Usage CL command" while "2" and
// "2.1" are on pages it does not have. Its numbering depth then places it under headings that are not there; the
// report set's convention (and the reader's) moves it up to the headings that are: "2.1.6" after chapter 1's "1.2"
// is a sibling of the chapter when neither "2" nor "2.1" is anywhere, "1.3.1" (1.3 missing) a sibling of "1.2".
// Evidence: a decimal heading of two or more parts (digits only), one of whose leading parts ("2", "2.1") starts no
// element of the document at all (furniture, footnotes, captions and tables aside: a running foot "Chapter 2. Roles
// …" or a footnote "2 http://…" is no heading): its rank drops by the number of missing parents, counting only
// depths the document numbers somewhere (unnumbered chapters over "1.1" hide theirs). A heading a parser typed as
// text, or merged into its paragraph, still starts its element (a number set apart in an element of its own counts
// too), so a whole document's numbering never counts as
// missing; nor any where a heading's words were lost (Marker's blank chapter openers); a zero part ("0.1",
// zero-chapter.ts) is left alone.
// Precedence (headings.ts): after the numbering is read and before the keys (levels.ts): every later rule sees the
// rank the present headings give.
import type { Element } from '../../model/element.js';
import { parseNumbering } from '../../text/numbering.js';
import type { FurnitureResult } from '../types.js';
import { addEvidence } from './levels.js';
import type { Candidate } from './types.js';

/** Blocks whose leading number is no section's: a footnote's mark, a caption's or a table's, a running line's. */
/** A decimal label of digits and dots alone ("2.1.6", "1.2."). */
const DIGITS = /^\d+(?:\.\d+)+\.?$/;

/** A section number alone in its element: "2", "2.1", "3." */
const BARE_NUMBER = /^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s*$/;

const NOT_A_SECTION = /footnote|caption|header|footer|page_number|table|image|code|equation|formula/;

/** Drop the rank of each decimal heading by the number of its parents no element of the document starts with. */
export function rankPresentAncestors(
  kept: readonly Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
): void {
  // Digits only: a lettered chapter's "G.1" has a parent ("G 数学公式") parseNumbering does not read.
  const deep = kept.filter(
    (c) => c.numbering?.ladder === 'decimal' && c.numbering.values.length >= 2 && DIGITS.test(c.numbering.label),
  );
  if (deep.length === 0 || deep.some((c) => c.numbering!.values.includes(0))) return;
  // A heading whose words the parser lost (a blank opener, blank-opener.ts) may be any parent: absence proves nothing.
  if (kept.some((c) => c.el.text.trim() === '')) return;
  const present = new Set<string>();
  for (const c of kept) if (c.numbering) present.add(c.numbering.values.join('.'));
  for (const e of elements) {
    if (furniture.kinds.has(e.id) || NOT_A_SECTION.test(e.type) || !/^\s*(?:\p{L}+\s*)?\d/u.test(e.text)) continue;
    const n = parseNumbering(e.text);
    if (n && n.values.length > 0) present.add(n.values.join('.'));
    // a number the parser set apart from its words, an element of its own ("2" | "Monitoring Activity")
    const bare = BARE_NUMBER.exec(e.text);
    if (bare) present.add(bare[1].split('.').map(Number).join('.'));
  }
  // A depth the document never writes a number at (chapters set by their names alone, "1.1" under them) hides its
  // parents; only a depth it writes elsewhere ("Chapter 1." beside a missing "2") shows one missing.
  const depths = new Set([...present].map((p) => p.split('.').length));
  for (const c of deep) {
    const n = c.numbering!;
    let missing = 0;
    for (let k = 1; k < n.values.length; k++) {
      if (depths.has(k) && !present.has(n.values.slice(0, k).join('.'))) missing++;
    }
    if (missing === 0 || n.rank - missing < 1) continue;
    c.numbering = { ...n, rank: n.rank - missing };
    addEvidence(c, 'missing-ancestors');
  }
}
