// The document's title set again over a supplement (`demoted-title-repeat`): an arXiv paper's supplementary material
// opens with the title once more and "Supplementary Material" below it; the parser types both as titles. The
// repeat heads nothing: the heading below it does, and it would otherwise push the supplement's sections a rank
// too high (the dev paper 2203.01017v2 "TableFormer: …" over "Supplementary Material").
// Evidence: a later heading whose words are the document title's, not on the title's page, the next heading right
// after it in reading order (no body text between). A repeat with body text below it (a back cover's title over its
// blurb) heads that text and stays.
// Precedence (headings.ts): after the title is found, before the level walk.
import { PositionIndex } from '../../layout/positions.js';
import type { Element } from '../../model/element.js';
import { normalizeForRepeat } from '../../text/chars.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

/** The words of a title, its closing stop dropped (the cover's "… Transformers." over the supplement's "… Transformers"). */
const words = (text: string) => normalizeForRepeat(text).replace(/[\s.:;]+$/, '');

export function demoteTitleRepeat(
  kept: Candidate[],
  title: Candidate | undefined,
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  if (!title) return kept;
  const titleWords = words(title.el.text);
  if (titleWords.length < 8) return kept;
  const index = new PositionIndex(elements);
  const dropped = new Set<Candidate>();
  for (let i = kept.indexOf(title) + 1; i + 1 < kept.length; i++) {
    const [c, next] = [kept[i], kept[i + 1]];
    if (c.el.page === title.el.page || words(c.el.text) !== titleWords) continue;
    const between = elements
      .slice((index.get(c.el.id) ?? 0) + 1, index.get(next.el.id) ?? 0)
      .some((e) => !furniture.kinds.has(e.id) && e.text.trim() !== '');
    if (between) continue;
    const message = `not a heading: the document's title repeated over "${next.el.text.trim().slice(0, 40)}", which heads what follows`;
    if (demote(ctx, c.el, 'headings.title-repeat', 'headings.demoted-title-repeat', message)) dropped.add(c);
  }
  return dropped.size ? kept.filter((c) => !dropped.has(c)) : kept;
}
