// Table-merge weights: what each kind of evidence adds to the score that a table fragment continues the
// table before it (src/stages/table-merge.ts computes the features). The stage merges when the score reaches
// the engine option `tableMerge.threshold`; the confidence is the shared logistic curve of the distance
// from it, in units of `scale`. Defaults: the hand-set numbers the stage was tuned with.
import { z } from 'zod';

/** Feature id (without the `table-merge.` prefix) → default weight, with what the feature says. */
export const tableMergeFeatures = {
  // Captions
  'marked-continued': [3, 'the second fragment is marked as continued'],
  'new-caption-number': [-4.5, 'a new caption with a different number'],
  'own-numbered-caption': [-1.5, 'the second fragment has a numbered caption of its own'],
  'no-caption': [0.5, 'the second fragment has no caption'],
  'has-caption': [-0.5, 'the second fragment has a caption'],
  // Columns
  'same-columns': [1.5, 'the same column count'],
  'same-columns-one-column': [0.5, 'both are one-column boxes'],
  'rest-of-cut-cell': [0.5, 'a one-cell fragment: the rest of a cut cell'],
  'columns-differ': [-2, 'the column counts differ by two or more'],
  'columns-off-by-one': [
    -0.5,
    'the column counts differ by one (a column merged or split by the recogniser on one page)',
  ],
  'row-group-columns': [-0.5, 'the column counts differ, but the second fragment opens with a labelled row group'],
  // Position
  'page-end-and-start': [1.5, 'the first ends its page and the second opens the next'],
  'text-between': [-1, 'text lies between the fragments on their pages'],
  'flows-into-next-column': [0.5, 'the table flows into the next column'],
  'flows-into-next-column-from-high': [0.5, 'the table flows into the next column (from high in its column)'],
  'not-column-end-and-start': [-1.5, 'the fragments do not end and start their columns'],
  'stacked-on-page': [1.5, 'the second is stacked right under the first on its page (regions of one grid)'],
  // Width and header rows
  'same-width': [0.5, 'the same width'],
  'different-width': [-0.5, 'different widths'],
  'repeated-header': [1.5, 'the header row is repeated'],
  'repeated-box-title': [-5, 'a one-column box opening with the same title row is a new box (Note, Tip …)'],
  'two-box-titles': [-5, 'both one-column boxes open with a title row or a note label (Note, Tip, 注意 …): two boxes'],
  // Endings and layout
  'first-has-footnote': [-2.5, 'the first fragment ends with a footnote of its own (a source line, notes)'],
  'box-and-table': [-6, 'the second fragment opens a note box (Note, Tip, 注意 …) after a table'],
  'table-after-box': [-5, 'a table opening with a header row after a note box (Note, Tip, 注意 …)'],
  'side-by-side': [-6, 'the two tables stand side by side on one page'],
  'stacked-own-caption': [-6, 'the piece stacked under the first has a caption of its own'],
  'stacked-own-header': [-6, 'the piece stacked under the first opens with a head row of its own'],
} as const satisfies Record<string, readonly [number, string]>;

export type TableMergeFeature = keyof typeof tableMergeFeatures;

const featureWeights = Object.fromEntries(Object.keys(tableMergeFeatures).map((id) => [id, z.number()])) as Record<
  TableMergeFeature,
  z.ZodNumber
>;

export const tableMergeWeightsSchema = z.strictObject({
  ...featureWeights,
  /** Added to every score. */
  bias: z.number(),
  /** Score per e-fold of confidence (src/model/evidence.ts `confidenceFromScore`). */
  scale: z.number().positive(),
});

export type TableMergeWeights = z.infer<typeof tableMergeWeightsSchema>;

export const defaultTableMergeWeights: TableMergeWeights = {
  ...(Object.fromEntries(Object.entries(tableMergeFeatures).map(([id, [w]]) => [id, w])) as Record<
    TableMergeFeature,
    number
  >),
  bias: 0,
  // The stage's own curve was logistic(score − threshold).
  scale: 1,
};
