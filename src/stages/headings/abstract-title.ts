// The title over a translated abstract: a thesis gives its abstract twice (Chinese "摘要", then "ABSTRACT"; Japanese
// "要旨", then "Abstract"), the second under the title again in the other language and the author's byline. A parser
// gives that title as a heading; it repeats the document's title in other words, and heads no section: the
// abstract heading below it does (`demoted-abstract-title`, after the dev thesis "Research on the Impact … of SMEs"
// over its "ABSTRACT").
// Evidence: an unnumbered heading, no keyword, not the first heading, the next heading an abstract's on the same page
// with at most BYLINE body elements between (the author, the supervisor), while an abstract heading stands earlier in
// the document. A paper's title over its only abstract is the first heading and stays (title.ts decides it).
// Precedence (headings.ts): after the series-name and cover-form rules, before the size demotions.
import { PositionIndex } from '../../layout/positions.js';
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

/** An abstract's heading ("Abstract", "ABSTRACT", "摘要", "要旨", "요약"), as title.ts reads it. */
const ABSTRACT = /^(?:abstract|summary|摘\s*要|要\s*旨|요\s*약)[\s:：.]*$/i;

/** Body elements with text a translated abstract's title may stand above its abstract heading (the byline). */
const BYLINE = 2;

export function demoteAbstractTitle(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  const isAbstract = (c: Candidate) => ABSTRACT.test(c.el.text.trim());
  const firstAbstract = candidates.findIndex(isAbstract);
  if (firstAbstract < 0) return candidates;
  const index = new PositionIndex(elements);
  const dropped = new Set<Candidate>();
  for (let i = firstAbstract + 1; i + 1 < candidates.length; i++) {
    const [c, next] = [candidates[i], candidates[i + 1]];
    if (c.numbering || c.keyword || !isAbstract(next) || next.el.page !== c.el.page) continue;
    const between = elements
      .slice((index.get(c.el.id) ?? 0) + 1, index.get(next.el.id) ?? 0)
      .filter((e) => !furniture.kinds.has(e.id) && e.text.trim() !== '');
    if (between.length > BYLINE) continue;
    const message = `not a heading: the title over a translated abstract ("${next.el.text.trim()}" below it, an abstract earlier)`;
    if (demote(ctx, c.el, 'headings.abstract-title', 'headings.demoted-abstract-title', message)) dropped.add(c);
  }
  return dropped.size ? candidates.filter((c) => !dropped.has(c)) : candidates;
}
