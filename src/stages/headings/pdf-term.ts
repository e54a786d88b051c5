// The source PDF against a description-list term the parser gave as a title (`--pdf`, and the PDF read alone;
// hints.pdf from src/pdf/align.ts): a lower-case name with its argument list ("filter(pattern)", "tag[(facet)]",
// "pattern(pattern [=> title] [{ policy }] [, ...])"), unnumbered, not in the PDF's outline, set in the body
// text's font size (bold or not: a description term is bold by house style) is the term of a definition, not a
// heading (`headings.demoted-pdf-term`).
// Evidence and precedence: the outline first (an entry keeps its title), then the PDF's real size (a call set
// larger than the body is an API reference's heading, kept), then the text's shape. Text alone leaves such titles
// to the parser: only the PDF's size tells a term at body size from a heading. A lone lower-case word ("fdisk")
// is the text rule's (demotions.ts `lowercase-name`); a term opening with an option sign, `option-term`'s.
// Found on the bookmarked LaTeX set (IEEEtran × MinerU: a term MinerU gave text_level 1, ranked level with the
// sections; amsart read alone: three terms at level 2 beside the sections).
import type { FurnitureResult, StageInput } from '../types.js';
import { isCallTerm } from './call-term.js';
import { demote } from './candidates.js';
import { pdfBodySize, unrankedAtPdfBodySize } from './pdf-size.js';
import type { Candidate, HeadingContext } from './types.js';

export function demotePdfTerms(
  candidates: Candidate[],
  { doc }: StageInput,
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  const body = pdfBodySize(doc.elements, furniture);
  if (body === undefined) return candidates;
  return candidates.filter((c) => {
    if (!isCallTerm(c.el.text) || !unrankedAtPdfBodySize(c, body)) return true;
    const message = `not a heading: a name with its arguments, set in the body text's ${body} pt in the PDF (a description term)`;
    return !demote(ctx, c.el, 'headings.term', 'headings.demoted-pdf-term', message);
  });
}
