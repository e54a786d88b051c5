// Indents at a page break read with the source PDF's line evidence (two cases pdf6 found worse with --pdf).
//
// A list item the parser typed as text ("• Virtual", MinerU) keeps the item's indent when the source PDF gives
// the blocks line counts and first-line indents (`--pdf`): the document then indents its paragraphs, and a one-line
// block at the paragraph indent was read as flush (a one-line paragraph's box), so the item's rest-of-page question
// lost `leaves-list-indent`. Real case: report × MinerU (pdf6's fresh bookmarked set, aptitude's "Grouping policy"
// list): "• Virtual" at the foot of page 16, "source Groups packages according to their source package name." at
// the body's edge on page 17 — two paragraphs in the gold, joined with --pdf before.
import { describe, expect, it } from 'vitest';
import type { ElementHints } from '../../src/model/element.js';
import type { Spec } from '../helpers/doc.js';
import { mergeSpecs } from '../helpers/merge-links.js';

const PROSE =
  'Groups packages according to the action scheduled on them; packages that are not upgradable are placed in the ' +
  'category of packages that are not installed, and the others go where the action puts them in the tree view.';
// The PDF's line evidence (src/pdf/align.ts fills these for a parser that gives none): indented first lines.
const para = (page: number, y: number, indent: number): Spec => ({
  page,
  type: 'text',
  text: PROSE,
  bbox: [0.1, y, 0.9, y + 0.06],
  hints: { lineCount: 3, firstLineIndent: indent } as ElementHints,
});
const item = (page: number, y: number, text: string): Spec => ({
  page,
  type: 'text',
  text,
  // the item's box starts at the paragraph indent (0.03 of the 0.8 column: 0.024)
  bbox: [0.124, y, 0.4, y + 0.015],
  hints: { lineCount: 1, firstLineIndent: 0 } as ElementHints,
});

function page16and17(lastItem: string, next: string) {
  const specs: Spec[] = [
    para(1, 0.1, 0.03),
    para(1, 0.2, 0.03),
    para(1, 0.3, 0),
    para(1, 0.4, 0.03),
    para(1, 0.5, 0.03),
    item(1, 0.7, '• Not Installed'),
    item(1, 0.75, '• Obsolete and Locally Created'),
    item(1, 0.8, lastItem),
    { page: 2, type: 'text', text: next, bbox: [0.1, 0.1, 0.7, 0.115], hints: { lineCount: 1 } as ElementHints },
    para(2, 0.2, 0.03),
    para(2, 0.3, 0.03),
  ];
  return mergeSpecs(specs);
}

describe('a list item typed as text, at the paragraph indent, before text back at the edge', () => {
  it('weighs the flush text on the next page as leaving the item (leaves-list-indent)', () => {
    const { featuresOf } = page16and17('• Virtual', 'source Groups packages according to their source package name.');
    expect(featuresOf(7, 8)).toContain('text-merge.leaves-list-indent');
  });
  it('a one-line paragraph at the same indent, with no marker, still reads as flush there', () => {
    // the rule this narrows: a one-line block at the paragraph indent opens a paragraph (its box is the witness)
    const { featuresOf } = page16and17('Virtual packages come last', 'source Groups packages by their source.');
    expect(featuresOf(7, 8)).not.toContain('text-merge.leaves-list-indent');
  });
});

describe('a bold one-line term at a page foot, its description indented on the next page', () => {
  // Real case: elsarticle × MinerU middle (pdf6's fresh set, aptitude's search-term reference): the term
  // "?source-version(version)" (one bold line in the PDF) ends page 16; "Matches packages whose source version …"
  // opens page 17 with its first line indented. After a heading typed as text a flush line says nothing (house
  // style); the indent still witnesses a new paragraph (gold: no link; joined with --pdf before).
  const term = (text: string): Spec => ({
    page: 1,
    type: 'text',
    text,
    bbox: [0.1, 0.86, 0.4, 0.875],
    hints: { lineCount: 1, pdf: { textLayer: true, lineCount: 1, bold: true, fontSize: 10, match: 1 } },
  });
  const specs = (first: Spec): Spec[] => [
    para(1, 0.1, 0.03),
    para(1, 0.2, 0.03),
    para(1, 0.3, 0),
    para(1, 0.4, 0.03),
    para(1, 0.5, 0.03),
    first,
    {
      page: 2,
      type: 'text',
      text: 'Matches packages whose source version matches the given regular expression, in every archive.',
      bbox: [0.1, 0.1, 0.9, 0.16],
      hints: { lineCount: 2, firstLineIndent: 0.03 } as ElementHints,
    },
    para(2, 0.2, 0.03),
  ];
  it('reads the indented first line as a new paragraph (first-line-indented)', () => {
    const { joined, featuresOf } = mergeSpecs(specs(term('?source-version(version)')));
    expect(featuresOf(5, 6)).toContain('text-merge.first-line-indented');
    expect(joined(5, 6)).toBe(false);
  });
});
