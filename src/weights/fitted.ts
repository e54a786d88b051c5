// Written by `npm run fit -- … --out src/weights/fitted.ts` (scripts/fit-weights.ts): do not edit by hand.
// Fitted on the train documents of corpus, /work/corpora/latex-full, /work/corpora/office-full, /work/corpora/latex-styles, /work/corpora/office-styles: per stage, the calibration map
// (src/weights/calibration.ts) and, for the stages adopted (--adopt), the weights that replace the hand-set ones.

type Curve = { method: 'platt'; slope: number; offset: number } | { method: 'isotonic'; points: [number, number][] };
type Map =
  | Curve
  | { method: 'sides'; accepted: Curve; rejected: Curve }
  | { method: 'features'; bias: number; weights: Record<string, number>; otherwise: Curve };

export const fittedCalibration: Record<string, Map> = {
  furniture: { method: 'platt', slope: 0.5285, offset: 5.2535 },
  'text-merge': { method: 'platt', slope: 0.1277, offset: 3.7734 },
  'table-merge': { method: 'platt', slope: 0, offset: 31.1231 },
  headings: { method: 'platt', slope: 2.1371, offset: 2.3923 },
  captions: {
    method: 'features',
    bias: 4.7435,
    weights: {
      'captions.distance': -1.6094,
      'captions.gap': 0.0279,
      'captions.habit-side': 0.4186,
      'captions.kind-match': -1.0382,
      'captions.label-order': 0.0037,
      'captions.labelled': 1.1759,
      'captions.no-overlap': 0.0108,
      'captions.not-first-in-row': 0.0011,
      'captions.parser-text-label': 1.9446,
      'captions.reading-order': -0.0434,
      'captions.same-page': 3.9156,
      'captions.side': -0.8946,
      'captions.sub-order': 2.4538,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
  },
};

export const fittedWeights: Record<string, Record<string, number>> = {};
