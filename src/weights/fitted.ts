// Written by `npm run fit -- … --out src/weights/fitted.ts` (scripts/fit-weights.ts): do not edit by hand.
// Fitted on the train documents of corpus, /work/corpora/latex-full, /work/corpora/office-full: per stage, the calibration map
// (src/weights/calibration.ts) and, for the stages adopted (--adopt), the weights that replace the hand-set ones.

type Curve = { method: 'platt'; slope: number; offset: number } | { method: 'isotonic'; points: [number, number][] };
type Map =
  | Curve
  | { method: 'sides'; accepted: Curve; rejected: Curve }
  | { method: 'features'; bias: number; weights: Record<string, number>; otherwise: Curve };

export const fittedCalibration: Record<string, Map> = {
  furniture: { method: 'platt', slope: 0, offset: 32.581 },
  'text-merge': {
    method: 'features',
    bias: 1.1947,
    weights: {
      'text-merge.abstract-opener': -0.3602,
      'text-merge.address-runs-on': 0.4753,
      'text-merge.answer-blank': -1.9754,
      'text-merge.around-footnote': -0.0028,
      'text-merge.around-page-number': -0.1077,
      'text-merge.capital-after-list-item': -1.7376,
      'text-merge.capital-start': -0.1569,
      'text-merge.cjk-runs-on': 1.0406,
      'text-merge.cjk-runs-on-past-latin': -0.4541,
      'text-merge.code-and-prose': -3.5868,
      'text-merge.code-block-runs-on': 2.7094,
      'text-merge.code-blocks-apart': 1.068,
      'text-merge.colon-end': -3.0642,
      'text-merge.colon-end-at-full-line': -0.3192,
      'text-merge.comma-end': 0.0242,
      'text-merge.command-line-after': -0.0902,
      'text-merge.command-line-before': -1.166,
      'text-merge.dangling-word': 1.6516,
      'text-merge.different-indents': -0.6674,
      'text-merge.ends-column-low': -0.5588,
      'text-merge.ends-with-address': -1.642,
      'text-merge.first-line-flush': -0.027,
      'text-merge.first-line-indented': -0.8462,
      'text-merge.footnote-marker': -0.0517,
      'text-merge.formula-end': -2.1331,
      'text-merge.hyphen': 1.0866,
      'text-merge.indented-block-runs-on': 3.0186,
      'text-merge.indented-blocks-apart': 0.5801,
      'text-merge.label-line': 0.1023,
      'text-merge.last-line-full': 1.2897,
      'text-merge.last-line-short': -1.331,
      'text-merge.leaves-list-indent': -1.2002,
      'text-merge.line-heights-differ': -0.4741,
      'text-merge.list-marker': -3.1542,
      'text-merge.lone-bullet': 1.6924,
      'text-merge.lone-number': -0.0004,
      'text-merge.lowercase-start': 2.2956,
      'text-merge.name-start': 1.1588,
      'text-merge.no-sentence-end': -0.2604,
      'text-merge.not-column-start': -1.1304,
      'text-merge.note-label': -0.1186,
      'text-merge.numbered-heading-next': -0.0776,
      'text-merge.opener-label': 3.112,
      'text-merge.opens-list': -0.0576,
      'text-merge.option-or-term': -1.0093,
      'text-merge.option-term-before': -1.3575,
      'text-merge.parallel-entries': -0.223,
      'text-merge.proof-end': -0.299,
      'text-merge.reference-entry': -0.8744,
      'text-merge.reference-goes-on': 1.2295,
      'text-merge.reference-resumes': 0.8871,
      'text-merge.script-change': -1.2078,
      'text-merge.sentence-end': -3.7851,
      'text-merge.sentence-end-at-full-line': 1.3184,
      'text-merge.short-first': -1.2332,
      'text-merge.short-unpunctuated': -1.7165,
      'text-merge.single-term': -1.4196,
      'text-merge.space-below': -3.1031,
      'text-merge.theorem-opener': -1.8136,
      'text-merge.title-like-first': -0.5369,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
  },
  'table-merge': { method: 'platt', slope: 0.7751, offset: 2.9534 },
  headings: { method: 'platt', slope: 4.7475, offset: -4.2679 },
};

export const fittedWeights: Record<string, Record<string, number>> = {};
