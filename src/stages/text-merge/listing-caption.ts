// A listing's caption between two code fragments (text-merge.ts `contextOf`, read by ./code.ts as
// `listing-caption-between`): a caption labelled as a listing's ("Example 15.5. copyright file", "Listing 3:",
// "例 15.5.", "リスト 2") set at a column's foot opens the listing under it, so the code before it ended there and the
// code after the break is that next listing, not the rest of the first (a listing flows around a figure or a table, never
// around another listing's label). So does a figure's caption naming code right under the code ("Figure 15: Pseudo code
// for the router …", the real dev set's Switch Transformers paper: the code above is that figure's, and ends with it).
// An algorithm's caption ("Algorithm 1 …", "算法 2") labels a float, which a listing cut by the page does flow around
// (fresh book and ctexart documents: the algorithm set at the next page's head), and a caption saying it continues
// ("Listing 3 (continued)") says the opposite: neither counts. Precedence: it weighs against the code evidence that
// the listing runs on (`code-block-runs-on`).
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';

/** An algorithm's label: a float's, not a listing's. */
const ALGORITHM_LABEL = /^(?:Algorithm|アルゴリズム|算法)/i;

/** A figure's caption that names code as what it shows ("Figure 15: Pseudo code for the router …"). */
const CODE_SUBJECT = /\b(?:pseudo-?\s?codes?|code|listings?|snippets?)\b/i;

/**
 * A block between the fragments is a listing's caption, not marked as continued; or a figure's caption that names code,
 * with no picture or table before it among the blocks between: the code above it is that figure's, which ends there
 * (a float is never cut).
 */
export function listingCaptionBetween(between: readonly Element[]): boolean {
  return between.some((e, i) => {
    const text = e.text.trim();
    const label = parseCaptionLabel(text);
    if (!label || label.continued || ALGORITHM_LABEL.test(text)) return false;
    if (label.kind === 'code') return true;
    const floatBefore = between.slice(0, i).some((x) => x.type === 'image' || x.type === 'table');
    return label.kind === 'image' && !floatBefore && CODE_SUBJECT.test(text);
  });
}
