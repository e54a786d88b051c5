// Written by `npm run fit -- … --out src/weights/fitted.ts` (scripts/fit-weights.ts): do not edit by hand.
// Per stage, the calibration map (src/weights/calibration.ts) fitted on the train documents of
// corpus, corpus-latex, corpus-office, /work/corpora/office-full, chosen on the dev documents.

type Curve = { method: 'platt'; slope: number; offset: number } | { method: 'isotonic'; points: [number, number][] };
type Map = Curve | { method: 'sides'; accepted: Curve; rejected: Curve };

export const fittedCalibration: Record<string, Map> = {
  furniture: { method: 'platt', slope: 0, offset: 31.8105 },
  'text-merge': {
    method: 'sides',
    accepted: {
      method: 'isotonic',
      points: [
        [0.5789, 0.3654],
        [0.7715, 0.9572],
        [0.9598, 0.9836],
        [0.9907, 0.9986],
      ],
    },
    rejected: {
      method: 'isotonic',
      points: [
        [0.5842, 0.6339],
        [0.6, 0.9735],
        [0.6188, 0.9816],
        [0.9168, 0.99],
        [0.9911, 0.9999],
      ],
    },
  },
  'table-merge': {
    method: 'sides',
    accepted: { method: 'platt', slope: 0.1359, offset: 0.8214 },
    rejected: { method: 'platt', slope: 1, offset: 0 },
  },
  headings: {
    method: 'sides',
    accepted: { method: 'platt', slope: 12.1374, offset: -16.1031 },
    rejected: { method: 'platt', slope: -0.7246, offset: 0.103 },
  },
  captions: { method: 'platt', slope: 11.8127, offset: -32.4958 },
};
