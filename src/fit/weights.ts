// Fitting a merge stage's weights (issue #15): a logistic regression of "the gold says yes" on the features the
// rules' decisions recorded, pulled toward the hand-set table (the prior: an L2 penalty on the difference, in
// log-odds units), so a weight moves only as far as the data pays for and a feature the data rarely shows keeps
// about its hand weight. How hard it pulls, whether the two classes count equally and whether the penalty is in
// units of each feature's spread are chosen by group cross-validation on the fitting split (folds by family ×
// source, as for the calibration maps, src/fit/select.ts): the setting with the best out-of-fold F1 of the
// "yes" answers wins, the more conservative one (stronger pull, unbalanced, unstandardised) on a near tie.
import { fitLogistic, type LogisticModel, predict } from './logistic.js';
import { foldOf } from './select.js';

/** One decision of the stage, as the fit sees it. */
export interface Example {
  group: string;
  x: Readonly<Record<string, number>>;
  /** What the gold says. */
  yes: boolean;
  /** What the hand-set weights said. */
  accepted: boolean;
}

/** The hand-set table in log-odds units: weight / scale, bias (bias − threshold) / scale. */
export interface Prior {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

export interface Setting {
  l2: number;
  balance: boolean;
  standardise: boolean;
}

/** The settings tried, most conservative first (the order breaks near ties). */
export const SETTINGS: readonly Setting[] = [1000, 300, 100, 30, 10, 3, 1].flatMap((l2) =>
  [false, true].flatMap((balance) => [false, true].map((standardise) => ({ l2, balance, standardise }))),
);

export const settingName = (s: Setting) =>
  `l2 ${s.l2}${s.balance ? ' balanced' : ''}${s.standardise ? ' standardised' : ''}`;

/** F1 of the "yes" answers: `said` is the decision, `yes` the gold. */
export function yesF1(judged: ReadonlyArray<{ said: boolean; yes: boolean }>): number {
  const tp = judged.filter((j) => j.said && j.yes).length;
  const fp = judged.filter((j) => j.said && !j.yes).length;
  const fn = judged.filter((j) => !j.said && j.yes).length;
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** The fit; a feature the examples never show keeps the prior's weight. */
export function fitWith(examples: readonly Example[], prior: Prior, setting: Setting): LogisticModel {
  const model = fitLogistic(
    examples.map((e) => ({ x: e.x, y: e.yes ? 1 : 0 })),
    { ...setting, prior: prior.weights, priorBias: prior.bias },
  );
  return { ...model, weights: { ...prior.weights, ...model.weights } };
}

/** Out-of-fold F1 of one setting over the groups' folds. */
export function crossValidatedF1(examples: readonly Example[], prior: Prior, setting: Setting, folds = 5): number {
  const judged: { said: boolean; yes: boolean }[] = [];
  for (let f = 0; f < folds; f++) {
    const held = examples.filter((e) => foldOf(e.group, folds) === f);
    const train = examples.filter((e) => foldOf(e.group, folds) !== f);
    if (held.length === 0 || new Set(train.map((e) => e.yes)).size < 2) continue;
    const model = fitWith(train, prior, setting);
    for (const e of held) judged.push({ said: predict(model, e.x) >= 0.5, yes: e.yes });
  }
  return yesF1(judged);
}

/** The chosen setting, every setting's out-of-fold F1 (in SETTINGS order) and the hand-set weights' F1. */
export function chooseSetting(
  examples: readonly Example[],
  prior: Prior,
  tie = 0.002,
): { setting: Setting; scores: number[]; hand: number } {
  const scores = SETTINGS.map((s) => crossValidatedF1(examples, prior, s));
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best] + tie) best = i;
  const hand = yesF1(examples.map((e) => ({ said: e.accepted, yes: e.yes })));
  return { setting: SETTINGS[best], scores, hand };
}
