// Weights of the captions stage (src/stages/captions.ts: captions and body references). A caption goes
// to the float whose link scores highest, when the score reaches `captions.threshold` (engine options);
// the confidence is logistic((score − threshold) / scale). The weights are the stage's hand-set score
// terms, in units where `scale` 0.5 makes one point of score e² (≈7.4) times the odds; the parser's own
// links and the body references are yes/no evidence in the same units (threshold 0): nested by the
// parser 1.00, linked by the parser 0.95, a label in the body text matching a caption's 0.90; no float
// near enough 0.50.
import { z } from 'zod';

const weight = z.number();

export const captionsWeightsSchema = z.strictObject({
  bias: weight,
  scale: z.number().positive(),
  /** The caption's kind (its label, else the parser's type) is the float's kind. */
  'kind-match': weight,
  /** …and its own label ("Table 1: …") names that kind, not only the parser's type. */
  labelled: weight,
  /** An image caption before an equation or code block (a table caption never goes to one). */
  'kind-mismatch': weight,
  /** A float within four blocks in reading order… */
  'reading-order': weight,
  /** …less this per block between them (value: the distance in blocks). */
  distance: weight,
  /** The caption ends one page and the float opens the next. */
  'page-break': weight,
  /** On one page with boxes… */
  'same-page': weight,
  /** …less this per page height of vertical gap (value: the gap). */
  gap: weight,
  /** …and this when they share no horizontal extent. */
  'no-overlap': weight,
  /** Captions above tables, below figures; footnotes below their float (when the document shows no habit). */
  side: weight,
  /** On the side the document sets this kind of float's captions (its habit, from the clear cases). */
  'habit-side': weight,
  /** Against the document's habit for this kind of float. */
  'against-habit': weight,
  /** A picture in a row after another: a caption under the row names it by its first picture. */
  'not-first-in-row': weight,
  /** A sub-figure's letter ("(b) …") names this picture by its place in a run of pictures (the second). */
  'sub-order': weight,
  /** …names another picture of the run. */
  'sub-order-mismatch': weight,
  /** The parser labelled the caption text or title (its label line alone says caption). */
  'parser-text-label': weight,
  /** The float already has a caption from the parser. */
  'parser-captioned': weight,
  /** The parser nested the caption in its float's entry. */
  'nested-by-parser': weight,
  /** The parser links the caption to its float (Docling `captions`, Marker groups). */
  'linked-by-parser': weight,
  /** No float near enough: no evidence either way. */
  'no-float': weight,
  /** Body text names a label ("see Figure 3", "如表 2 所示") that a linked caption carries. */
  'label-match': weight,
  /** A numbered caption for a table that is a note box (its first row a note label: "Tip", "Note", "注意"). */
  'note-box': weight,
  /** With the source PDF: the caption's label is set in bold (its first line opens in bold, or all of it is). */
  'pdf-bold-label': weight,
  /** Two boxless numbered captions of one kind exchanged so that their numbers follow their floats' order. */
  'label-order': weight,
  /** A boxless numbered caption no float near it took: the one float of its kind on its page without a caption. */
  'page-fallback': weight,
});

export type CaptionsWeights = z.infer<typeof captionsWeightsSchema>;

export const defaultCaptionsWeights: CaptionsWeights = {
  bias: 0,
  scale: 0.5,
  'kind-match': 1,
  'kind-mismatch': -0.5,
  labelled: 0.3,
  'reading-order': 1,
  distance: -0.25,
  'page-break': -0.4,
  'same-page': 0.5,
  gap: -4,
  'no-overlap': -0.6,
  side: 0.3,
  'habit-side': 0.5,
  'against-habit': -0.6,
  'not-first-in-row': -0.5,
  'sub-order': 0.5,
  'sub-order-mismatch': -0.5,
  'parser-text-label': -0.3,
  'parser-captioned': -1,
  'nested-by-parser': 4,
  'linked-by-parser': 1.4725,
  'no-float': 0,
  'label-match': 1.1,
  'note-box': -0.5,
  // Off: at 0.5 it lowered caption F1 on the LaTeX corpus's acm papers (0.780 → 0.723, docs/pdf.md).
  'pdf-bold-label': 0,
  'label-order': 0.5,
  'page-fallback': 0.5,
};
