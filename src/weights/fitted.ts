// Written by `npm run fit -- … --out src/weights/fitted.ts` (scripts/fit-weights.ts): do not edit by hand.
// Fitted on the train documents of corpus, /work/corpora/latex-full, /work/corpora/office-full, /work/corpora/latex-styles, /work/corpora/office-styles, /work/corpora/latex-deepseek, /work/corpora/office-deepseek: per stage, the calibration map
// (src/weights/calibration.ts) and, for the stages adopted (--adopt), the weights that replace the hand-set ones.
// By hand (sessions 25–27): `captions` keeps session 24's feature map. The refits chose a Platt curve of slope 0 (every
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
  'text-merge': { method: 'platt', slope: 0.4063, offset: 4.1872 },
  'table-merge': { method: 'platt', slope: 0, offset: 31.2945 },
  headings: {
    method: 'features',
    bias: 1.6758,
    weights: {
      'headings.blank-opener-header': 0.0337,
      'headings.body-size-habit': -0.2041,
      'headings.caps-over-letters': 0.0065,
      'headings.caps-top-section': 0.0104,
      'headings.demoted-admonition': -3.1012,
      'headings.demoted-bare-number': -0.531,
      'headings.demoted-body-size': -0.9261,
      'headings.demoted-caps-sidebar': -0.3916,
      'headings.demoted-caption-label': -2.4061,
      'headings.demoted-continued': -0.531,
      'headings.demoted-lowercase-name': -2.0984,
      'headings.demoted-off-centre': -0.0831,
      'headings.demoted-option-term': -2.7907,
      'headings.demoted-parenthesized': -0.0831,
      'headings.demoted-statement': -0.6606,
      'headings.demoted-subfigure-caption': -0.4625,
      'headings.earlier-levels': 1.1491,
      'headings.first-appearance': 0.4088,
      'headings.first-heading': 1.7901,
      'headings.first-title-note-label': 0.0234,
      'headings.heading-size-name': 0.034,
      'headings.hint-of-numbered': 0.0289,
      'headings.hints-contradict-numbering': 0.4635,
      'headings.hints-restart-per-page': 0.0793,
      'headings.keyword-beside-plain': 0.0073,
      'headings.keyword-holds-none': 0.0081,
      'headings.letter-appendix': 0.1421,
      'headings.missing-ancestors': 0.0626,
      'headings.mixed-below-caps': 0.012,
      'headings.number-names-parent': 0.8963,
      'headings.numbered-header': 0.2062,
      'headings.numbered-names': 0.0241,
      'headings.numbering-depth': 3.4048,
      'headings.opener-header': 0.0358,
      'headings.ordinal-label': 0.5509,
      'headings.page-opener-top': 0.0461,
      'headings.parser-level-markdown': 0.2166,
      'headings.plain-beside-number': 0.0826,
      'headings.plain-top-section': 0.078,
      'headings.promoted-abstract-opener': 0.002,
      'headings.promoted-chapter-opener': 0.0014,
      'headings.promoted-keyword-text': 0.0561,
      'headings.promoted-numbered-text': 0.2391,
      'headings.promoted-page-opener': 0.0067,
      'headings.roman-letter-number': 0.0465,
      'headings.size-class': 2.3065,
      'headings.size-of-top-keywords': 0.0004,
      'headings.space-below-of-numbered': 0.0237,
      'headings.title-cover-page': 0.3539,
      'headings.title-over-abstract-text': 0.006,
      'headings.title-parser-level': 0.3443,
      'headings.top-section': 3.3027,
      'headings.under-title': 1.4867,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
    after: { method: 'platt', slope: 0.9024, offset: 3.6991 },
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
