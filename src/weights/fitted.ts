// Written by `npm run fit -- … --out src/weights/fitted.ts` (scripts/fit-weights.ts): do not edit by hand.
// Fitted on the train documents of corpus, /work/corpora/latex-full, /work/corpora/office-full: per stage, the calibration map
// (src/weights/calibration.ts) and, for the stages adopted (--adopt), the weights that replace the hand-set ones.

type Curve = { method: 'platt'; slope: number; offset: number } | { method: 'isotonic'; points: [number, number][] };
type Map = Curve | { method: 'sides'; accepted: Curve; rejected: Curve };

export const fittedCalibration: Record<string, Map> = {
  furniture: { method: 'platt', slope: 0, offset: 32.5081 },
  'text-merge': {
    method: 'sides',
    accepted: { method: 'platt', slope: 1.3344, offset: -0.089 },
    rejected: { method: 'platt', slope: 0.5113, offset: 2.0727 },
  },
  'table-merge': {
    method: 'sides',
    accepted: {
      method: 'isotonic',
      points: [
        [0.5523, 0.3268],
        [0.911, 0.4376],
        [0.999, 0.9982],
      ],
    },
    rejected: { method: 'platt', slope: 1, offset: 0 },
  },
  headings: {
    method: 'sides',
    accepted: { method: 'platt', slope: 1.5956, offset: -0.4171 },
    rejected: { method: 'platt', slope: 1.2485, offset: -2.9714 },
  },
  captions: { method: 'platt', slope: 5.8825, offset: -15.7684 },
};

export const fittedWeights: Record<string, Record<string, number>> = {
  textMerge: {
    bias: 0.1123,
    'address-runs-on': 0.695,
    'capital-after-list-item': -0.9089,
    'capital-start': -0.4018,
    'cjk-runs-on': 1.3752,
    'cjk-runs-on-past-latin': -0.3015,
    'code-and-prose': -1.7125,
    'code-block-runs-on': 3.6544,
    'code-blocks-apart': 1.1309,
    'colon-end': -3.0233,
    'colon-end-at-full-line': -0.1311,
    'comma-end': -0.4658,
    'command-line-after': -0.0314,
    'command-line-before': -1.293,
    'dangling-word': 1.757,
    'different-indents': -0.418,
    'ends-column-low': 1.0378,
    'ends-with-address': -1.719,
    'first-line-flush': -0.4689,
    'first-line-indented': -0.7904,
    'footnote-marker': -0.7588,
    hyphen: 0.8641,
    'indented-block-runs-on': 3.1279,
    'indented-blocks-apart': 0.2862,
    'label-line': -0.964,
    'last-line-full': 1.6931,
    'last-line-short': -1.2557,
    'leaves-list-indent': -1.2755,
    'line-heights-differ': -0.1644,
    'list-marker': -2.5388,
    'lone-number': 0.1861,
    'lowercase-start': 2.0596,
    'name-start': 1.357,
    'no-sentence-end': -0.6429,
    'not-column-start': -0.6415,
    'note-label': -0.0735,
    'option-or-term': -0.1841,
    'script-change': -1.4792,
    'sentence-end': -3.952,
    'sentence-end-at-full-line': 1.2331,
    'short-first': -2.429,
    'short-unpunctuated': -1.5063,
    'single-term': -1.8744,
    'space-below': -1.6752,
    scale: 1,
  },
};
