// The document title over a run-in abstract (`title-over-abstract-text`): the first heading, with the abstract's
// paragraph ("Abstract. This directory often contains …", amsart's run-in abstract; "Abstract The first …",
// elsarticle's) after it on its page before any other heading, is the paper's title, whatever the sizes say: amsart
// sets the title and its section headings in the same size of capitals, and a parser that gives every heading one
// level (MinerU's content list) leaves nothing else to tell them apart.
// Evidence: the abstract paragraph on the first heading's page, below it, before the next heading. Precedence
// (title.ts): after the size, cover-page and abstract-heading rules, before giving up on a title; never for a
// numbered or keyword first heading (title.ts decides those earlier).
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import type { Candidate } from './types.js';

/** An abstract's paragraph: the word, then its run-in punctuation or the text right after it. */
const ABSTRACT_TEXT = /^(?:abstract|summary|摘\s*要|要\s*旨)(?:\s*[.:：—–-]\s*|\s+)\S/i;

/**
 * Whether a body paragraph opening with "Abstract" lies below `first` on its page and before `next` (the next
 * heading); if so the title decision names this evidence.
 */
export function abstractTextBelow(
  first: Candidate,
  next: Candidate,
  elements: readonly Element[],
  furniture: FurnitureResult,
): boolean {
  const end = next.el.page === first.el.page ? next.el.id : Number.POSITIVE_INFINITY;
  const below = elements.some(
    (e) =>
      e.page === first.el.page &&
      e.id > first.el.id &&
      e.id < end &&
      e.type === 'text' &&
      !furniture.kinds.has(e.id) &&
      ABSTRACT_TEXT.test(e.text.trim()),
  );
  if (below) first.evidence = [...(first.evidence ?? []), 'headings.title-over-abstract-text'];
  return below;
}
