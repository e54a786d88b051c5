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
    accepted: { method: 'platt', slope: 1.5665, offset: 2.7811 },
    rejected: { method: 'platt', slope: 0.2265, offset: 4.0164 },
  },
  'table-merge': { method: 'platt', slope: 0, offset: 31.1765 },
  headings: {
    method: 'features',
    bias: 1.7639,
    weights: {
      'headings.blank-opener-header': 0.0359,
      'headings.body-size-habit': -0.2021,
      'headings.caps-over-letters': 0.0063,
      'headings.caps-top-section': 0.0112,
      'headings.demoted-admonition': -2.9914,
      'headings.demoted-bare-number': -0.5408,
      'headings.demoted-body-size': -0.9536,
      'headings.demoted-caps-sidebar': -0.3234,
      'headings.demoted-caption-label': -2.3395,
      'headings.demoted-continued': -0.5408,
      'headings.demoted-lowercase-name': -1.9719,
      'headings.demoted-off-centre': -0.0843,
      'headings.demoted-option-term': -2.7296,
      'headings.demoted-parenthesized': -0.0843,
      'headings.demoted-statement': -0.6736,
      'headings.demoted-subfigure-caption': -0.4708,
      'headings.earlier-levels': 1.2071,
      'headings.first-appearance': 0.5137,
      'headings.first-heading': 1.6823,
      'headings.first-title-note-label': 0.023,
      'headings.heading-size-name': 0.0336,
      'headings.hint-of-numbered': 0.03,
      'headings.hints-contradict-numbering': 0.4109,
      'headings.hints-restart-per-page': 0.0782,
      'headings.keyword-beside-plain': 0.0059,
      'headings.keyword-holds-none': 0.0067,
      'headings.letter-appendix': 0.1371,
      'headings.mixed-below-caps': 0.0139,
      'headings.number-names-parent': 0.6077,
      'headings.numbered-header': 0.2771,
      'headings.numbered-names': 0.0254,
      'headings.numbering-depth': 3.1102,
      'headings.opener-header': 0.032,
      'headings.page-opener-top': 0.0477,
      'headings.parser-level-markdown': 0.3096,
      'headings.plain-beside-number': 0.0704,
      'headings.plain-top-section': 0.0798,
      'headings.promoted-keyword-text': 0.0471,
      'headings.promoted-numbered-text': 0.2306,
      'headings.promoted-page-opener': 0.0028,
      'headings.roman-letter-number': 0.051,
      'headings.size-class': 2.137,
      'headings.space-below-of-numbered': 0.025,
      'headings.title-cover-page': 0.2976,
      'headings.title-over-abstract-text': 0.0061,
      'headings.title-parser-level': 0.2668,
      'headings.top-section': 3.1481,
      'headings.under-title': 1.596,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
    after: { method: 'platt', slope: 0.8986, offset: 3.7797 },
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
