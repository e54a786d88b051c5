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
    rejected: { method: 'platt', slope: 0.2262, offset: 4.019 },
  },
  'table-merge': { method: 'platt', slope: 0, offset: 31.1765 },
  headings: {
    method: 'features',
    bias: 1.8367,
    weights: {
      'headings.blank-opener-header': 0.0362,
      'headings.body-size-habit': -0.2021,
      'headings.caps-over-letters': 0.0063,
      'headings.caps-top-section': 0.0112,
      'headings.demoted-admonition': -3.0423,
      'headings.demoted-bare-number': -0.5487,
      'headings.demoted-body-size': -1.3903,
      'headings.demoted-caption-label': -2.3833,
      'headings.demoted-continued': -0.5487,
      'headings.demoted-lowercase-name': -1.9878,
      'headings.demoted-option-term': -2.7781,
      'headings.demoted-subfigure-caption': -0.4774,
      'headings.earlier-levels': 1.1786,
      'headings.first-appearance': 0.4427,
      'headings.first-heading': 1.6415,
      'headings.first-title-note-label': 0.0224,
      'headings.heading-size-name': 0.0338,
      'headings.hint-of-numbered': 0.0299,
      'headings.hints-contradict-numbering': 0.4086,
      'headings.hints-restart-per-page': 0.08,
      'headings.inside-numbering': 0.005,
      'headings.keyword-holds-none': 0.0075,
      'headings.letter-appendix': 0.1379,
      'headings.mixed-below-caps': 0.0132,
      'headings.number-names-parent': 0.6198,
      'headings.numbered-header': 0.2957,
      'headings.numbered-names': 0.0292,
      'headings.numbering-depth': 3.0527,
      'headings.opener-header': 0.0331,
      'headings.page-opener-top': 0.0469,
      'headings.parser-level-markdown': 0.2872,
      'headings.plain-beside-number': -0.0125,
      'headings.plain-top-section': -0.0143,
      'headings.promoted-keyword-text': 0.0497,
      'headings.promoted-numbered-text': 0.2307,
      'headings.promoted-page-opener': 0.0029,
      'headings.roman-letter-number': 0.0503,
      'headings.size-class': 2.087,
      'headings.space-below-of-numbered': 0.025,
      'headings.title-cover-page': 0.2905,
      'headings.title-over-abstract-text': 0.006,
      'headings.title-parser-level': 0.2604,
      'headings.top-section': 3.0685,
      'headings.under-title': 1.3983,
    },
    otherwise: { method: 'platt', slope: 1, offset: 0 },
    after: { method: 'platt', slope: 0.8145, offset: 3.4848 },
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
