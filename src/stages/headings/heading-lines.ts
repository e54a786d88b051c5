// A heading given line by line (text-merge.heading-lines: one title block per printed line) is one heading: its later
// lines are its words, not headings beside it. Read as titles, the second line of a two-line document title
// ("Chapter 8. More" / "Examples") made its page no cover page (a cover holds one title) and the title a chapter.
// Evidence: the text-merge stage's accepted `heading-lines` decisions only (two-line openers keep their own reading).
import type { ParsedDocument } from '../../model/element.js';
import type { MergeResult } from '../types.js';

/**
 * The document as the headings stage reads it: the later lines of a heading given line by line are the heading's
 * words, not headings beside it (a cover page holds one title, not two), so they read as text. The same document
 * when there are none.
 */
export function withLineTailsAsText(doc: ParsedDocument, textMerges: MergeResult): ParsedDocument {
  const tails = new Set<number>();
  for (const d of textMerges.decisions)
    if (d.ruleId === 'text-merge.heading-lines' && d.accepted && d.ids.length === 2) tails.add(d.ids[1]);
  if (tails.size === 0) return doc;
  return { ...doc, elements: doc.elements.map((e) => (tails.has(e.id) ? { ...e, type: 'text' } : e)) };
}
