// A series name in the cover's masthead: a brief or a newsletter sets its series' name ("이슈와 논점", "Issue
// Brief") large at the top of its first page, right above the issue's own title, and repeats it as the running
// head of the later pages. A parser gives both as titles. The first heading whose words are those of the
// document's running heads (furniture on another page), followed on its page by an unnumbered heading with no
// body between them, is that series name, not the title (`demoted-series-name`): the heading after it is the
// title. Not when the parser labelled it the document's title, nor when a running head with its words stands on its
// own page too (a chapter's running head naming the section its first heading opens). A title alone above its sections, whose words the running heads repeat (a report's or a book's), is
// kept: no other heading follows it on its page before the body.
import type { Element } from '../../model/element.js';
import { normalizeForRepeat } from '../../text/chars.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

export function demoteSeriesName(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  const [first, next] = candidates;
  // A title the parser labelled the document's is its title, whatever the running heads say.
  if (!first || !next || first.numbering || first.keyword || first.el.page > 2 || first.el.hints?.documentTitle)
    return candidates;
  if (next.el.page !== first.el.page || next.numbering || next.keyword || !next.el.text.trim()) return candidates;
  const words = normalizeForRepeat(first.el.text);
  if (!words) return candidates;
  // The running heads of the later pages, none on its own page: the masthead stands in for the running head on
  // the cover (a running head on the title's page too names a section, the one the heading opens).
  const running = elements.filter((e) => furniture.kinds.has(e.id) && normalizeForRepeat(e.text) === words);
  if (running.length === 0 || running.some((e) => e.page === first.el.page)) return candidates;
  if (!adjacent(first.el, next.el, elements, furniture)) return candidates;
  const message = `not a heading: the series name the running heads repeat, above the title "${next.el.text.trim().slice(0, 30)}"`;
  if (!demote(ctx, first.el, 'headings.series-name', 'headings.demoted-series-name', message)) return candidates;
  return candidates.slice(1);
}

/** No body element with text (furniture aside) between the two in reading order. */
function adjacent(a: Element, b: Element, elements: readonly Element[], furniture: FurnitureResult): boolean {
  const from = elements.findIndex((e) => e.id === a.id);
  const to = elements.findIndex((e) => e.id === b.id);
  if (from < 0 || to <= from) return false;
  return elements.slice(from + 1, to).every((e) => furniture.kinds.has(e.id) || e.text.trim() === '');
}
