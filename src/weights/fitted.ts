// Written by `npm run fit -- … --out src/weights/fitted.ts` (scripts/fit-weights.ts): do not edit by hand.
// Fitted on the train documents of corpus, /work/corpora/latex-full, /work/corpora/office-full, /work/corpora/latex-styles, /work/corpora/office-styles: per stage, the calibration map
// (src/weights/calibration.ts) and, for the stages adopted (--adopt), the weights that replace the hand-set ones.

type Curve = { method: 'platt'; slope: number; offset: number } | { method: 'isotonic'; points: [number, number][] };
type Map =
  | Curve
  | { method: 'sides'; accepted: Curve; rejected: Curve }
  | { method: 'features'; bias: number; weights: Record<string, number>; otherwise: Curve; after?: Curve };

export const fittedCalibration: Record<string, Map> = {
  furniture: {
    method: 'isotonic',
    points: [
      [0.7453, 0.9996],
      [0.9793, 1],
    ],
  },
  'text-merge': {
    method: 'sides',
    accepted: { method: 'platt', slope: 1.751, offset: 2.078 },
    rejected: { method: 'platt', slope: 0.187, offset: 3.7613 },
  },
  'table-merge': { method: 'platt', slope: 0, offset: 31.1765 },
  headings: {
    method: 'features',
    bias: 1.9169,
    weights: {
      'headings.blank-opener-header': 0.0357,
      'headings.body-size-habit': -0.2061,
      'headings.caps-top-section': 0.01,
      'headings.demoted-admonition': -3.0986,
      'headings.demoted-bare-number': -0.557,
      'headings.demoted-body-size': -1.4242,
      'headings.demoted-caption-label': -2.4316,
      'headings.demoted-continued': -0.557,
      'headings.demoted-lowercase-name': -2.0293,
      'headings.demoted-option-term': -2.8316,
      'headings.demoted-subfigure-caption': -0.4844,
      'headings.earlier-levels': 1.1518,
      'headings.first-appearance': 0.4661,
      'headings.first-heading': 1.5884,
      'headings.first-title-note-label': 0.0217,
      'headings.heading-size-name': 0.033,
      'headings.hint-of-numbered': 0.0318,
      'headings.hints-contradict-numbering': 0.4432,
      'headings.keyword-holds-none': 0.0061,
      'headings.letter-appendix': 0.1363,
      'headings.mixed-below-caps': 0.012,
      'headings.numbered-header': 0.2795,
      'headings.numbered-names': 0.0244,
      'headings.numbering-depth': 3.0508,
      'headings.numbering-restarts': 0.4028,
      'headings.opener-header': 0.03,
      'headings.page-opener-top': 0.0447,
      'headings.parser-level-markdown': 0.2775,
      'headings.plain-top-section': -0.023,
      'headings.promoted-keyword-text': 0.0454,
      'headings.promoted-numbered-text': 0.2258,
      'headings.promoted-page-opener': 0.0028,
      'headings.roman-letter-number': 0.017,
      'headings.same-kind': -0.0892,
      'headings.size-class': 2.0327,
      'headings.space-below-of-numbered': 0.0238,
      'headings.title-cover-page': 0.2832,
      'headings.title-parser-level': 0.2534,
      'headings.top-section': 3.0022,
      'headings.under-title': 1.5305,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
    after: { method: 'platt', slope: 0.8264, offset: 3.4799 },
  },
  captions: {
    method: 'features',
    bias: 5.1627,
    weights: {
      'captions.distance': -1.4139,
      'captions.gap': 0.0236,
      'captions.habit-side': 0.3234,
      'captions.kind-match': -1.5945,
      'captions.label-order': 0.4793,
      'captions.labelled': 1.1496,
      'captions.no-overlap': 0.0074,
      'captions.parser-text-label': 1.6847,
      'captions.reading-order': -0.0066,
      'captions.same-page': 3.8712,
      'captions.side': -0.7632,
      'captions.sub-order': 2.3858,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
  },
};

export const fittedWeights: Record<string, Record<string, number>> = {};
