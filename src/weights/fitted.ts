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
    rejected: { method: 'platt', slope: 0.2265, offset: 4.0164 },
  },
  'table-merge': { method: 'platt', slope: 0, offset: 31.1765 },
  headings: {
    method: 'features',
    bias: 1.7708,
    weights: {
      'headings.blank-opener-header': 0.0359,
      'headings.body-size-habit': -0.2022,
      'headings.caps-over-letters': 0.0063,
      'headings.caps-top-section': 0.0111,
      'headings.demoted-admonition': -2.9962,
      'headings.demoted-bare-number': -0.5416,
      'headings.demoted-body-size': -0.9557,
      'headings.demoted-caps-sidebar': -0.3238,
      'headings.demoted-caption-label': -2.3437,
      'headings.demoted-continued': -0.5416,
      'headings.demoted-lowercase-name': -1.9755,
      'headings.demoted-option-term': -2.7342,
      'headings.demoted-parenthesized': -0.0844,
      'headings.demoted-statement': -0.6746,
      'headings.demoted-subfigure-caption': -0.4714,
      'headings.earlier-levels': 1.2073,
      'headings.first-appearance': 0.5217,
      'headings.first-heading': 1.6782,
      'headings.first-title-note-label': 0.023,
      'headings.heading-size-name': 0.0335,
      'headings.hint-of-numbered': 0.03,
      'headings.hints-contradict-numbering': 0.4102,
      'headings.hints-restart-per-page': 0.078,
      'headings.inside-numbering': 0.0005,
      'headings.keyword-holds-none': 0.0069,
      'headings.letter-appendix': 0.137,
      'headings.mixed-below-caps': 0.0134,
      'headings.number-names-parent': 0.6123,
      'headings.numbered-header': 0.2861,
      'headings.numbered-names': 0.0253,
      'headings.numbering-depth': 3.1045,
      'headings.opener-header': 0.0323,
      'headings.page-opener-top': 0.0476,
      'headings.parser-level-markdown': 0.3075,
      'headings.plain-beside-number': 0.0703,
      'headings.plain-top-section': 0.0796,
      'headings.promoted-keyword-text': 0.0478,
      'headings.promoted-numbered-text': 0.231,
      'headings.promoted-page-opener': 0.0028,
      'headings.roman-letter-number': 0.051,
      'headings.size-class': 2.1322,
      'headings.space-below-of-numbered': 0.025,
      'headings.title-cover-page': 0.297,
      'headings.title-over-abstract-text': 0.0061,
      'headings.title-parser-level': 0.2663,
      'headings.top-section': 3.1427,
      'headings.under-title': 1.5486,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
    after: { method: 'platt', slope: 0.8793, offset: 3.7282 },
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
