// A caption between two code blocks the parser typed code: the listing before it ended there (a figure of pseudo
// code with its caption below, "Figure 15: Pseudo code for the router …", Marker's Switch Transformers paper), or
// the one after it opens its own float ("Listing 2: …" above it). Either way the two blocks are not one listing cut
// by the break — unless the caption only says the listing goes on ("(continued)", "续表"). Evidence for
// ./code.ts (`caption-between-listings`), weighed against `code-block-runs-on`; `code-goes-on` (a line no block
// opens with) still outweighs it.
import type { Element } from '../../model/element.js';
import { isContinuedNote } from './breaks.js';
import { opensCaption } from './text-kind.js';

/** A labelled caption stands between the two fragments ("Figure 15: …", "Listing 2."), not a "continued" note. */
export function captionBetween(between: readonly Element[]): boolean {
  return between.some((e) => {
    const text = e.text.trim();
    return e.type !== 'table' && e.type !== 'image' && opensCaption(text) && !isContinuedNote(text);
  });
}
