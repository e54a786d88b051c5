// Weights of the furniture stage (src/stages/furniture.ts): the log-odds each kind of evidence gives
// "this element is page furniture". An element is marked when the score of the rule that found it is
// positive; its confidence is logistic(score). The defaults reproduce the stage's hand-set confidences:
// a page-number form 0.80, labelled page_number by the parser 0.95, in the page sequence 0.98; a
// repetition 0.78 (on 15% of the pages) to 0.99 (on all of them); a short line alone in the margin 0.75;
// the parser's header/footer label 0.95 in a band, 0.60 mid-page.
import { z } from 'zod';

const weight = z.number();

export const furnitureWeightsSchema = z.strictObject({
  bias: weight,
  /** The text has the form of a page number ("7", "- 7 -", "Page 7 of 40", "vii", "第7页") in a band. */
  'page-number-pattern': weight,
  /** …and the parser labelled it page_number. */
  'page-number-label': weight,
  /** …and its number follows the page sequence (its offset from the page index recurs on another page). */
  'page-sequence': weight,
  /** The same text (digits folded) repeats in the same band: value = the fraction of pages (of one parity). */
  repeats: weight,
  /** A repetition group: the constant part of the repetition's evidence. */
  'repeat-band': weight,
  /** A short, small line alone in the page margin, well clear of the body. */
  margin: weight,
  /** A short line where the document sets its running heads (feet), first (last) on its page (a habit). */
  'running-line': weight,
  /** …but the parser typed it a heading, where it labels the document's other running lines header/footer. */
  'heading-on-labelled-line': weight,
  /** Without coordinates: a short line beside the page number at the page's edge, the document's habit. */
  'beside-page-number': weight,
  /** A cell of the header row of the table the previous page ends with, cut out where the table runs on. */
  'table-head': weight,
  /** The element lies in a band only because the document's running lines widen it (the habit was used). */
  'habit-band': weight,
  /** The parser labelled it header, footer or page number… */
  'parser-label': weight,
  /** …and it lies in the top or bottom band. */
  band: weight,
  /** The text is its page's label in the source PDF (`--pdf`: "iv", "A-3"), in a band. */
  'pdf-page-label': weight,
  /** A labelled header whose text heads no other page, while the document's labelled headers repeat. */
  'lone-header': weight,
  /** A labelled header or footer mid-page in the body (by its box), not in a side margin: a heading, a banner. */
  'in-body': weight,
  /** A labelled footer that repeats nothing and opens with a note mark ("* …", "† …"): a page footnote. */
  'note-mark': weight,
  /** One of two or more labelled footers on the last page, none repeating on another page nor a page number: a colophon. */
  colophon: weight,
  /** The source PDF's outline (bookmarks) names the text on its page (`--pdf`): a heading, not furniture. */
  'outline-heading': weight,
  /** A journal's submission notice ("Preprint submitted to …"), or the date beside it, at the foot of its page. */
  'submission-notice': weight,
  /** A scrap of the arXiv stamp read as a block of its own before the first page's title ("arX1V", "2021", "v"). */
  'stamp-scraps': weight,
});

export type FurnitureWeights = z.infer<typeof furnitureWeightsSchema>;

export const defaultFurnitureWeights: FurnitureWeights = {
  bias: 0,
  'page-number-pattern': 1.387,
  'page-number-label': 1.558,
  'page-sequence': 2.513,
  repeats: 3.9,
  'repeat-band': 0.7,
  margin: 1.1,
  'running-line': 1.5,
  // Session 19 (dev gold set, MinerU thesis): outweighs running-line alone, not a repetition or a page number.
  'heading-on-labelled-line': -2,
  'beside-page-number': 1.5,
  'table-head': 1.5,
  'habit-band': 0,
  'parser-label': 0.406,
  band: 2.539,
  'pdf-page-label': 3.9,
  'lone-header': -3.5,
  'in-body': -1,
  // Session 19 (dev gold set, Docling brief's "* affiliation" note typed page_footer): outweighs label and band.
  'note-mark': -3,
  // Session 21 (dev gold set, the Docling brief's last-page address, telephone and ISSN lines typed page_footer):
  // hand-set as note-mark, outweighing label and band.
  colophon: -3,
  // Against every rule (repeats and band weigh 4.6, a page number's pattern and sequence 3.9): the outline names only
  // headings. Office styles train: Docling's and PaddleOCR's headers "03 6.3. debmake -cc" taken for running lines.
  'outline-heading': -6,
  'submission-notice': 1.5,
  // Session 18 (dev gold set, Unstructured without coordinates): the stamp's name spelt by the run is strong evidence.
  'stamp-scraps': 3,
};
