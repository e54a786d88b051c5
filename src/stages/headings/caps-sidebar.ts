// A sidebar's label and title set wholly in capitals ("VOCABULARY ISP", "GOING FURTHER RAID-10", "CULTURE RTFM"):
// its text alone cannot tell it from a section in capitals, and ADMONITION (demotions.ts) waits for the mixed-case
// title after the label. The document's own habits tell it (`demoted-caps-sidebar`): the document sets none of its
// other headings after the first (two or more: sections, keywords) in capitals, while it shows its sidebars' labels
// in capitals elsewhere ("NOTE Disks and cluster sizes", a paragraph or a title). Evidence: unnumbered, not the
// first heading, two words or more, every letter a capital; at most a third of the headings so. Precedence: after the text demotions, before sizes and levels; a document whose
// sections are in capitals (revtex "I. SETTING UP MUNIN", caps-over-mixed's starred sections) is left alone.
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import { caseStyle, demote } from './candidates.js';
import { isSidebarTitle } from './demotions.js';
import type { Candidate, HeadingContext } from './types.js';

/** Two words or more, every letter a capital, at least one letter. */
const CAPS_WORDS = /^(?=.*\p{Lu})[\p{Lu}\d][\p{Lu}\d\-/&.'’]*(?:\s+[\p{Lu}\d][\p{Lu}\d\-/&.'’]*)+$/u;

export function demoteCapsSidebars(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  if (ctx.weights['demoted-caps-sidebar'] <= 0 || candidates.length < 3) return candidates;
  const rest = candidates.slice(1);
  const sidebars = rest.filter((c) => !c.numbering && !c.keyword && CAPS_WORDS.test(c.el.text.trim()));
  if (sidebars.length === 0 || sidebars.length * 3 > candidates.length) return candidates;
  const others = rest.filter((c) => !sidebars.includes(c));
  if (others.length < 2 || others.some((c) => caseStyle(c.el.text) === 'caps')) return candidates;
  const labelled = elements.some((e) => !furniture.kinds.has(e.id) && isSidebarTitle(e.text.trim()));
  if (!labelled) return candidates;
  const dropped = new Set<Candidate>();
  for (const c of sidebars) {
    const message = `not a heading: "${c.el.text.trim()}" is a sidebar's label and title in capitals, where the document sets no heading so and labels its sidebars in capitals`;
    if (demote(ctx, c.el, 'headings.admonition', 'headings.demoted-caps-sidebar', message)) dropped.add(c);
  }
  return candidates.filter((c) => !dropped.has(c));
}
