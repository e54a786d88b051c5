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
    accepted: { method: 'platt', slope: 1.582, offset: 2.774 },
    rejected: { method: 'platt', slope: 0.2264, offset: 4.0169 },
  },
  'table-merge': { method: 'platt', slope: 0, offset: 31.1765 },
  headings: {
    method: 'features',
    bias: 1.8296,
    weights: {
      'headings.blank-opener-header': 0.0354,
      'headings.body-size-habit': -0.2033,
      'headings.caps-over-letters': 0.0062,
      'headings.caps-top-section': 0.011,
      'headings.demoted-admonition': -3.0373,
      'headings.demoted-bare-number': -0.5479,
      'headings.demoted-body-size': -1.3517,
      'headings.demoted-caption-label': -2.379,
      'headings.demoted-continued': -0.5479,
      'headings.demoted-lowercase-name': -2.0062,
      'headings.demoted-option-term': -2.7734,
      'headings.demoted-parenthesized': -0.0851,
      'headings.demoted-subfigure-caption': -0.4768,
      'headings.earlier-levels': 1.1759,
      'headings.first-appearance': 0.4454,
      'headings.first-heading': 1.6432,
      'headings.first-title-note-label': 0.0225,
      'headings.heading-size-name': 0.0331,
      'headings.hint-of-numbered': 0.0296,
      'headings.hints-contradict-numbering': 0.4065,
      'headings.hints-restart-per-page': 0.0783,
      'headings.inside-numbering': 0.0005,
      'headings.keyword-holds-none': 0.0075,
      'headings.letter-appendix': 0.1352,
      'headings.mixed-below-caps': 0.0132,
      'headings.number-names-parent': 0.6205,
      'headings.numbered-header': 0.2954,
      'headings.numbered-names': 0.025,
      'headings.numbering-depth': 3.0585,
      'headings.opener-header': 0.033,
      'headings.page-opener-top': 0.0469,
      'headings.parser-level-markdown': 0.2894,
      'headings.plain-beside-number': -0.0122,
      'headings.plain-top-section': 0.078,
      'headings.promoted-keyword-text': 0.0491,
      'headings.promoted-numbered-text': 0.2302,
      'headings.promoted-page-opener': 0.0028,
      'headings.roman-letter-number': 0.0504,
      'headings.size-class': 2.0919,
      'headings.space-below-of-numbered': 0.0247,
      'headings.title-cover-page': 0.2918,
      'headings.title-over-abstract-text': 0.006,
      'headings.title-parser-level': 0.2615,
      'headings.top-section': 3.0984,
      'headings.under-title': 1.4028,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
    after: { method: 'platt', slope: 0.842, offset: 3.4824 },
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

export const fittedWeights: Record<string, Record<string, number>> = {
  headings: {
    'parser-trust-docling': 0,
    'parser-trust-dots-ocr': 0,
    'parser-trust-marker': 0,
    'parser-trust-mineru-content-list': 0,
    'parser-trust-mineru-content-list-v2': 0,
    'parser-trust-mineru-middle': 0,
    'parser-trust-mistral-ocr': 0,
    'parser-trust-paddleocr': 0,
    'parser-trust-unstructured': 0,
  },
};
