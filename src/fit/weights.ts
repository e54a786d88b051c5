// Fitting a merge stage's weights (issue #15): a logistic regression of "the gold says yes" on the features the
// rules' decisions recorded, pulled toward the hand-set table (the prior: an L2 penalty on the difference, in
// log-odds units), so a weight moves only as far as the data pays for and a feature the data rarely shows keeps
// about its hand weight. How hard it pulls, whether the two classes count equally and whether the penalty is in
// units of each feature's spread are chosen by group cross-validation on the fitting split (folds by family ×
// source, as for the calibration maps, src/fit/select.ts): the setting with the best out-of-fold F1 of the
// "yes" answers, averaged over the families (macro, as the evaluation reports: a big family does not outvote
// the small ones), among the settings that lose no family (F1 lower than the hand-set weights' by more than
// 0.01), wins; the more conservative one (stronger pull, unbalanced, unstandardised) on a near tie.
import { fitLogistic, type LogisticModel, predict } from './logistic.js';
import { foldOf } from './select.js';

/** One decision of the stage, as the fit sees it. */
export interface Example {
  /** `producer/family/source` (src/fit/collect.ts): the fold unit; its first two parts are the family. */
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
/** A decision as judged: what it said and what the gold says, in which group. */
export interface Judgement {
  group: string;
  said: boolean;
  yes: boolean;
}

/** `producer/family` of a group. */
export const familyOf = (group: string) => group.split('/').slice(0, 2).join('/');

/** F1 per family (families where neither the gold nor the decisions say yes are left out: F1 is undefined there). */
export function familyF1(judged: readonly Judgement[]): Map<string, number> {
  const byFamily = new Map<string, Judgement[]>();
  for (const j of judged) byFamily.set(familyOf(j.group), [...(byFamily.get(familyOf(j.group)) ?? []), j]);
  const out = new Map<string, number>();
  for (const [family, js] of [...byFamily].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (js.some((j) => j.said || j.yes)) out.set(family, yesF1(js));
  return out;
}

/** The mean of the families' F1 (0 when no family has one). */
export function macroF1(judged: readonly Judgement[]): number {
  const f = [...familyF1(judged).values()];
  return f.length ? f.reduce((a, b) => a + b, 0) / f.length : 0;
}

export function fitWith(examples: readonly Example[], prior: Prior, setting: Setting): LogisticModel {
  const model = fitLogistic(
    examples.map((e) => ({ x: e.x, y: e.yes ? 1 : 0 })),
    { ...setting, prior: prior.weights, priorBias: prior.bias },
  );
  return { ...model, weights: { ...prior.weights, ...model.weights } };
}

/** Out-of-fold decisions of one setting over the groups' folds. */
export function crossValidated(examples: readonly Example[], prior: Prior, setting: Setting, folds = 5): Judgement[] {
  const judged: Judgement[] = [];
  for (let f = 0; f < folds; f++) {
    const held = examples.filter((e) => foldOf(e.group, folds) === f);
    const train = examples.filter((e) => foldOf(e.group, folds) !== f);
    if (held.length === 0 || new Set(train.map((e) => e.yes)).size < 2) continue;
    const model = fitWith(train, prior, setting);
    for (const e of held) judged.push({ group: e.group, said: predict(model, e.x) >= 0.5, yes: e.yes });
  }
  return judged;
}

/** The hand-set weights' decisions, judged. */
export const handJudged = (examples: readonly Example[]): Judgement[] =>
  examples.map((e) => ({ group: e.group, said: e.accepted, yes: e.yes }));

/**
 * The chosen setting, every setting's out-of-fold macro F1 (in SETTINGS order), the hand-set weights' macro F1
 * and the chosen setting's out-of-fold decisions.
 */
export function chooseSetting(
  examples: readonly Example[],
  prior: Prior,
  tie = 0.002,
): { setting: Setting; scores: number[]; hand: number; judged: Judgement[] } {
  const runs = SETTINGS.map((s) => crossValidated(examples, prior, s));
  const scores = runs.map(macroF1);
  const hand = handJudged(examples);
  // a setting that loses a family out of fold is a last resort: the gain of some families is no excuse
  const loses = runs.map((r) => losses(r, hand).families.length > 0);
  let best = 0;
  for (let i = 1; i < scores.length; i++) {
    const better = loses[best] && !loses[i] ? true : loses[i] && !loses[best] ? false : scores[i] > scores[best] + tie;
    if (better) best = i;
  }
  return { setting: SETTINGS[best], scores, hand: macroF1(hand), judged: runs[best] };
}

/**
 * Whether the fitted decisions lose to the hand-set ones: a family's F1 lower by more than `margin`, or the
 * macro F1 lower. Returns the families that lose (with both F1s) and whether the macro does.
 */
export function losses(fitted: readonly Judgement[], hand: readonly Judgement[], margin = 0.01) {
  const [f, h] = [familyF1(fitted), familyF1(hand)];
  const families = [...new Set([...f.keys(), ...h.keys()])]
    .sort()
    .filter((k) => (f.get(k) ?? 0) < (h.get(k) ?? 0) - margin)
    .map((k) => `${k} ${(h.get(k) ?? 0).toFixed(3)} → ${(f.get(k) ?? 0).toFixed(3)}`);
  return { families, macro: macroF1(fitted) < macroF1(hand) };
}
