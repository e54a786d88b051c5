// Written by `npm run fit -- … --out src/weights/fitted.ts` (scripts/fit-weights.ts): do not edit by hand.
// Fitted on the train documents of corpus, /work/corpora/latex-full, /work/corpora/office-full, /work/corpora/latex-styles, /work/corpora/office-styles: per stage, the calibration map
// (src/weights/calibration.ts) and, for the stages adopted (--adopt), the weights that replace the hand-set ones.
// By hand (sessions 25, 26): `captions` keeps session 24's feature map. The refits chose a Platt curve of slope 0 (every
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
      [0.7453, 0.9996],
      [0.9793, 1],
    ],
  },
  'text-merge': {
    method: 'sides',
    accepted: { method: 'platt', slope: 1.2549, offset: 3.445 },
    rejected: { method: 'platt', slope: 0.2868, offset: 4.0138 },
  },
  'table-merge': { method: 'platt', slope: 0, offset: 31.1765 },
  headings: {
    method: 'features',
    bias: 1.7634,
    weights: {
      'headings.blank-opener-header': 0.0359,
      'headings.body-size-habit': -0.2021,
      'headings.caps-over-letters': 0.0063,
      'headings.caps-top-section': 0.0111,
      'headings.demoted-admonition': -2.9911,
      'headings.demoted-bare-number': -0.5408,
      'headings.demoted-body-size': -0.9534,
      'headings.demoted-caps-sidebar': -0.3234,
      'headings.demoted-caption-label': -2.3393,
      'headings.demoted-continued': -0.5408,
      'headings.demoted-lowercase-name': -1.9717,
      'headings.demoted-off-centre': -0.0843,
      'headings.demoted-option-term': -2.7294,
      'headings.demoted-parenthesized': -0.0843,
      'headings.demoted-statement': -0.6735,
      'headings.demoted-subfigure-caption': -0.4708,
      'headings.earlier-levels': 1.2073,
      'headings.first-appearance': 0.5138,
      'headings.first-heading': 1.6824,
      'headings.first-title-note-label': 0.023,
      'headings.heading-size-name': 0.0336,
      'headings.hint-of-numbered': 0.03,
      'headings.hints-contradict-numbering': 0.4109,
      'headings.hints-restart-per-page': 0.0782,
      'headings.keyword-beside-plain': 0.0059,
      'headings.keyword-holds-none': 0.0067,
      'headings.letter-appendix': 0.1371,
      'headings.missing-ancestors': 0.0427,
      'headings.mixed-below-caps': 0.0139,
      'headings.number-names-parent': 0.6081,
      'headings.numbered-header': 0.2776,
      'headings.numbered-names': 0.0254,
      'headings.numbering-depth': 3.1109,
      'headings.opener-header': 0.0321,
      'headings.page-opener-top': 0.0498,
      'headings.parser-level-markdown': 0.3098,
      'headings.plain-beside-number': 0.0705,
      'headings.plain-top-section': 0.0798,
      'headings.promoted-abstract-opener': 0.0007,
      'headings.promoted-chapter-opener': 0.0015,
      'headings.promoted-keyword-text': 0.0448,
      'headings.promoted-numbered-text': 0.2322,
      'headings.promoted-page-opener': 0.0021,
      'headings.roman-letter-number': 0.051,
      'headings.size-class': 2.1373,
      'headings.space-below-of-numbered': 0.025,
      'headings.title-cover-page': 0.2975,
      'headings.title-over-abstract-text': 0.0061,
      'headings.title-parser-level': 0.2668,
      'headings.top-section': 3.1488,
      'headings.under-title': 1.5923,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
    after: { method: 'platt', slope: 0.8987, offset: 3.7794 },
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
