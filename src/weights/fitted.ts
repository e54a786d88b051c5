// Written by `npm run fit -- … --out src/weights/fitted.ts` (scripts/fit-weights.ts): do not edit by hand.
// Fitted on the train documents of corpus, /work/corpora/latex-full, /work/corpora/office-full, /work/corpora/latex-styles, /work/corpora/office-styles, /work/corpora/latex-deepseek, /work/corpora/office-deepseek: per stage, the calibration map
// (src/weights/calibration.ts) and, for the stages adopted (--adopt), the weights that replace the hand-set ones.
// By hand (sessions 25–28): `captions` keeps session 24's feature map. The refits chose a Platt curve of slope 0 (every
// train caption right after the sessions' fixes): confidence 1 for every caption, nothing left for `unsure` to ask.

type Curve = { method: 'platt'; slope: number; offset: number } | { method: 'isotonic'; points: [number, number][] };
type Map =
  | Curve
  | { method: 'sides'; accepted: Curve; rejected: Curve }
  | { method: 'features'; bias: number; weights: Record<string, number>; otherwise: Curve; after?: Curve };

export const fittedCalibration: Record<string, Map> = {
  furniture: {
    method: 'isotonic',
    points: [
      [0.7504, 0.9996],
      [0.9798, 1],
    ],
  },
  'text-merge': { method: 'platt', slope: 0.4062, offset: 4.1872 },
  'table-merge': { method: 'platt', slope: 0, offset: 31.5176 },
  headings: {
    method: 'features',
    bias: 1.6643,
    weights: {
      'headings.blank-opener-header': 0.0338,
      'headings.body-size-habit': -0.2039,
      'headings.caps-over-letters': 0.0066,
      'headings.caps-top-section': 0.0104,
      'headings.demoted-admonition': -3.093,
      'headings.demoted-bare-number': -0.5297,
      'headings.demoted-body-size': -1.0162,
      'headings.demoted-caps-sidebar': -0.3907,
      'headings.demoted-caption-label': -2.3989,
      'headings.demoted-continued': -0.5297,
      'headings.demoted-lowercase-name': -2.0919,
      'headings.demoted-off-centre': -0.0829,
      'headings.demoted-option-term': -2.7829,
      'headings.demoted-parenthesized': -0.0829,
      'headings.demoted-statement': -0.6589,
      'headings.demoted-subfigure-caption': -0.4614,
      'headings.earlier-levels': 1.155,
      'headings.first-appearance': 0.4124,
      'headings.first-heading': 1.7977,
      'headings.first-title-note-label': 0.0235,
      'headings.heading-size-name': 0.0347,
      'headings.hint-of-numbered': 0.029,
      'headings.hints-contradict-numbering': 0.4651,
      'headings.hints-restart-per-page': 0.0796,
      'headings.keyword-beside-plain': 0.0074,
      'headings.keyword-holds-none': 0.0081,
      'headings.letter-appendix': 0.1424,
      'headings.missing-ancestors': 0.063,
      'headings.mixed-below-caps': 0.012,
      'headings.number-names-parent': 0.8978,
      'headings.numbered-header': 0.2067,
      'headings.numbered-names': 0.0222,
      'headings.numbering-depth': 3.4145,
      'headings.opener-header': 0.036,
      'headings.ordinal-label': 0.5554,
      'headings.page-opener-top': 0.0462,
      'headings.parser-level-markdown': 0.2196,
      'headings.plain-beside-number': 0.0831,
      'headings.plain-top-section': 0.0783,
      'headings.promoted-abstract-opener': 0.0021,
      'headings.promoted-chapter-opener': 0.0014,
      'headings.promoted-heading-size': 0.0073,
      'headings.promoted-keyword-text': 0.0563,
      'headings.promoted-numbered-text': 0.2436,
      'headings.promoted-page-opener': 0.0067,
      'headings.roman-letter-number': 0.0466,
      'headings.size-class': 2.3162,
      'headings.size-of-numbered-kind': 0.004,
      'headings.size-of-top-keywords': 0.0004,
      'headings.space-below-of-numbered': 0.0237,
      'headings.title-cover-page': 0.3565,
      'headings.title-over-abstract-text': 0.006,
      'headings.title-parser-level': 0.3452,
      'headings.top-section': 3.3114,
      'headings.under-title': 1.4924,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
    after: { method: 'platt', slope: 0.6851, offset: 4.607 },
  },
  captions: {
    method: 'features',
    bias: 5.1385,
    weights: {
      'captions.distance': -1.3803,
      'captions.gap': 0.0232,
      'captions.habit-side': 0.317,
      'captions.kind-match': -1.6116,
      'captions.label-order': 0.7672,
      'captions.labelled': 1.1685,
      'captions.no-overlap': 0.0075,
      'captions.parser-text-label': 1.6655,
      'captions.reading-order': -0.0061,
      'captions.same-page': 3.8711,
      'captions.side': -0.7647,
      'captions.sub-order': 2.3758,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
  },
};

export const fittedWeights: Record<string, Record<string, number>> = {
  headings: {
    'parser-trust-deepseek-ocr': 0,
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
