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
    rejected: { method: 'platt', slope: 0.2265, offset: 4.0181 },
  },
  'table-merge': { method: 'platt', slope: 0, offset: 31.1765 },
  headings: {
    method: 'features',
    bias: 1.8324,
    weights: {
      'headings.blank-opener-header': 0.0363,
      'headings.body-size-habit': -0.2029,
      'headings.caps-over-letters': 0.0063,
      'headings.caps-top-section': 0.0101,
      'headings.demoted-admonition': -3.0393,
      'headings.demoted-bare-number': -0.5482,
      'headings.demoted-body-size': -1.3885,
      'headings.demoted-caption-label': -2.3807,
      'headings.demoted-continued': -0.5482,
      'headings.demoted-lowercase-name': -1.9856,
      'headings.demoted-option-term': -2.7753,
      'headings.demoted-subfigure-caption': -0.477,
      'headings.earlier-levels': 1.1744,
      'headings.first-appearance': 0.4408,
      'headings.first-heading': 1.6381,
      'headings.first-title-note-label': 0.0223,
      'headings.heading-size-name': 0.0335,
      'headings.hint-of-numbered': 0.0329,
      'headings.hints-contradict-numbering': 0.4473,
      'headings.keyword-holds-none': 0.0071,
      'headings.letter-appendix': 0.1384,
      'headings.mixed-below-caps': 0.0129,
      'headings.number-names-parent': 0.6114,
      'headings.numbered-header': 0.2881,
      'headings.numbered-names': 0.0251,
      'headings.numbering-depth': 3.0567,
      'headings.opener-header': 0.0326,
      'headings.page-opener-top': 0.0458,
      'headings.parser-level-markdown': 0.2885,
      'headings.plain-beside-number': -0.0169,
      'headings.plain-top-section': -0.0207,
      'headings.promoted-keyword-text': 0.0485,
      'headings.promoted-numbered-text': 0.2297,
      'headings.promoted-page-opener': 0.0029,
      'headings.roman-letter-number': 0.0503,
      'headings.same-kind': -0.0816,
      'headings.size-class': 2.09,
      'headings.space-below-of-numbered': 0.0246,
      'headings.title-cover-page': 0.2907,
      'headings.title-parser-level': 0.2602,
      'headings.top-section': 3.0691,
      'headings.under-title': 1.4669,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
    after: { method: 'platt', slope: 0.8481, offset: 3.4052 },
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
