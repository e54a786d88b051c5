// Written by `npm run fit -- … --out src/weights/fitted.ts` (scripts/fit-weights.ts): do not edit by hand.
// Fitted on the train documents of corpus, /work/corpora/latex-full, /work/corpora/office-full: per stage, the calibration map
// (src/weights/calibration.ts) and, for the stages adopted (--adopt), the weights that replace the hand-set ones.

type Curve = { method: 'platt'; slope: number; offset: number } | { method: 'isotonic'; points: [number, number][] };
type Map =
  | Curve
  | { method: 'sides'; accepted: Curve; rejected: Curve }
  | { method: 'features'; bias: number; weights: Record<string, number>; otherwise: Curve };

export const fittedCalibration: Record<string, Map> = {
  furniture: { method: 'platt', slope: 0, offset: 32.5081 },
  'text-merge': {
    method: 'features',
    bias: -0.3877,
    weights: {
      'text-merge.address-runs-on': 0.695,
      'text-merge.capital-after-list-item': -0.9089,
      'text-merge.capital-start': -0.4018,
      'text-merge.cjk-runs-on': 1.3752,
      'text-merge.cjk-runs-on-past-latin': -0.3015,
      'text-merge.code-and-prose': -1.7125,
      'text-merge.code-block-runs-on': 3.6544,
      'text-merge.code-blocks-apart': 1.1309,
      'text-merge.colon-end': -3.0233,
      'text-merge.colon-end-at-full-line': -0.1311,
      'text-merge.comma-end': -0.4658,
      'text-merge.command-line-after': -0.0314,
      'text-merge.command-line-before': -1.293,
      'text-merge.dangling-word': 1.757,
      'text-merge.different-indents': -0.418,
      'text-merge.ends-column-low': 1.0378,
      'text-merge.ends-with-address': -1.719,
      'text-merge.first-line-flush': -0.4689,
      'text-merge.first-line-indented': -0.7904,
      'text-merge.footnote-marker': -0.7588,
      'text-merge.hyphen': 0.8641,
      'text-merge.indented-block-runs-on': 3.1279,
      'text-merge.indented-blocks-apart': 0.2862,
      'text-merge.label-line': -0.964,
      'text-merge.last-line-full': 1.6931,
      'text-merge.last-line-short': -1.2557,
      'text-merge.leaves-list-indent': -1.2755,
      'text-merge.line-heights-differ': -0.1644,
      'text-merge.list-marker': -2.5388,
      'text-merge.lone-number': 0.1861,
      'text-merge.lowercase-start': 2.0596,
      'text-merge.name-start': 1.357,
      'text-merge.no-sentence-end': -0.6429,
      'text-merge.not-column-start': -0.6415,
      'text-merge.note-label': -0.0735,
      'text-merge.option-or-term': -0.1841,
      'text-merge.script-change': -1.4792,
      'text-merge.sentence-end': -3.952,
      'text-merge.sentence-end-at-full-line': 1.2331,
      'text-merge.short-first': -2.429,
      'text-merge.short-unpunctuated': -1.5063,
      'text-merge.single-term': -1.8744,
      'text-merge.space-below': -1.6752,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
  },
  'table-merge': {
    method: 'features',
    bias: 0.8759,
    weights: {
      'table-merge.different-width': -1.0668,
      'table-merge.flows-into-next-column': -0.0127,
      'table-merge.has-caption': -0.2956,
      'table-merge.marked-continued': 1.7414,
      'table-merge.no-caption': -1.3373,
      'table-merge.not-column-end-and-start': -0.9935,
      'table-merge.own-numbered-caption': -0.1084,
      'table-merge.page-end-and-start': 1.0063,
      'table-merge.repeated-box-title': -1.6774,
      'table-merge.repeated-header': 1.5101,
      'table-merge.same-columns': -2.7332,
      'table-merge.same-columns-one-column': 2.7332,
      'table-merge.same-width': 1.0668,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
  },
  headings: {
    method: 'sides',
    accepted: { method: 'platt', slope: 1.5956, offset: -0.4171 },
    rejected: { method: 'platt', slope: 1.2485, offset: -2.9714 },
  },
  captions: { method: 'platt', slope: 5.8825, offset: -15.7684 },
};

export const fittedWeights: Record<string, Record<string, number>> = {};
