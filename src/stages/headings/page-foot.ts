// A heading keeps with what follows it: typesetters (LaTeX's page builder, a word processor's "keep with next" on
// its heading styles) never leave one as the last line of its page. So a line typed as text that closes its page,
// the body running on only on a later page, is no heading whatever its number: a footnote ("1 The Debian BTS has
// other functional features, …" at a report page's foot, its mark reading as the chapter's number, the next
// section "1.1" seeming to continue it) (`page-foot-text`, promote.ts).
// Evidence: a paragraph (a list item is left to promote.ts's own rules), the last body element of its page in
// reading order (furniture left out; a paragraph's tail the text-merge stage joined is still text below it), the
// body running on after it on a later page. Precedence: only lines promoted by their number; a typed heading, an
// outline's entry and a top keyword are left to their own rules (a parser's typed title at a page's foot stands).
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';

/** Ids of paragraphs that close their page: the next body element stands on a later page. */
export function pageFootIds(elements: readonly Element[], furniture: FurnitureResult): Set<number> {
  const out = new Set<number>();
  let prev: Element | undefined;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (furniture.kinds.has(el.id) || !el.text.trim()) continue;
    if (prev?.type === 'text' && el.page > prev.page) out.add(prev.id);
    prev = el;
  }
  return out;
}
