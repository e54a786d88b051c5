// npm run fit -- [CORPUS_DIR …] [--fit-split train] [--select-split dev] [--report-split test] [--adopt auto|STAGES]
//   [--out FILE]… [--l2 N]
// Refit the weights table and the calibration maps (issue #15). Runs the engine over the corpora with the hand-set
// weights and its confidences uncalibrated, labels every decision the gold answers, and per stage:
//   weights      text-merge and table-merge (whose score is the log-odds of "yes"): a logistic regression on the
//                recorded features of the rules' decisions of the fitting split, pulled toward the hand-set table
//                (src/fit/weights.ts; the setting chosen by group cross-validation); prints macro F1 over families
//                of hand-set vs fitted on each split and the families a fit loses. `--adopt auto` makes the fitted
//                table the default where its out-of-fold macro F1 beats the hand-set one and no family (out of
//                fold, and on the select split) loses more than 0.01; `--adopt text-merge,…` forces it. The other
//                stages' fits are printed only (their tables are confidences of rules in an order of precedence).
//                A `.json` `--out` gets the two fitted tables as a weights file (`--weights F.json`).
//   parser trust each input format's trust in its own heading levels where they and the size class disagree
//                (`parser-trust-<format>`, stages/headings/parser-levels.ts): the fitting split run twice (size
//                deciding every such conflict, then the parser's level), the headings whose level differs counted
//                for the side that gives their gold level, trust = ln((parser + 5) / (size + 5)) (src/fit/parser-trust.ts).
//                Always written into the headings table of the `.ts` / `.json` out (no --adopt needed): 0 or less
//                leaves size deciding, as the hand-set 0 does.
//   calibration  a map from the raw confidence (of the adopted weights) to P(right): none, Platt or isotonic, for
//                the stage or per side (yes / no decisions), or a logistic regression on the features (alone or through a Platt curve), chosen by
//                the log loss in 5-fold cross-validation over the fitting split's groups of documents
//                (family × source, src/fit/select.ts); prints raw → calibrated reliability on the select and
//                report splits. With `--out src/weights/fitted.ts` the maps and the adopted weights are written as
//                the module the engine loads.
// Deterministic: the same corpora give the same bytes.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Judged } from '../src/fit/calibration.js';
import { collectDecisions, type Labelled } from '../src/fit/collect.js';
import { fitLogistic, predict } from '../src/fit/logistic.js';
import { countConflicts, trustReport, trustTable } from '../src/fit/parser-trust.js';
import { calibrationLine } from '../src/fit/report.js';
import { CANDIDATES, chooseCalibration } from '../src/fit/select.js';
import {
  chooseSetting,
  type Example,
  fitWith,
  handJudged,
  type Judgement,
  losses,
  macroF1,
  type Prior,
  SETTINGS,
  settingName,
} from '../src/fit/weights.js';
import { defaultEngineOptions } from '../src/options.js';
import { type CalibrationMap, calibrate } from '../src/weights/calibration.js';
import { featureTables, hand, type Weights } from '../src/weights/index.js';

interface Args {
  dirs: string[];
  fitSplit: string;
  selectSplit: string;
  reportSplit: string;
  out: string[];
  l2: number;
  /** Stages whose fitted weights become the engine's defaults (written to the .ts module). */
  adopt: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { dirs: [], fitSplit: 'train', selectSplit: 'dev', reportSplit: 'test', l2: 1, out: [], adopt: [] };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--fit-split') a.fitSplit = argv[++i];
    else if (v === '--select-split') a.selectSplit = argv[++i];
    else if (v === '--report-split') a.reportSplit = argv[++i];
    else if (v === '--out') a.out.push(argv[++i]);
    else if (v === '--adopt') a.adopt = argv[++i].split(',').filter(Boolean);
    else if (v === '--l2') a.l2 = Number(argv[++i]);
    else if (v.startsWith('--')) throw new Error(`unknown option ${v}`);
    else a.dirs.push(v);
  }
  if (a.dirs.length === 0) a.dirs = ['corpus'];
  for (const s of a.adopt)
    if (s !== 'auto' && !(s in THRESHOLD))
      throw new Error(`--adopt: one or more of ${Object.keys(THRESHOLD).join(', ')}, not ${s}`);
  return a;
}

const STAGES = ['furniture', 'text-merge', 'table-merge', 'headings', 'captions'] as const;

/**
 * The stages whose score is the log-odds of "yes" against a threshold (engine option), so a logistic fit can
 * replace their weights: the fitted bias is moved by the threshold and `scale` set to 1, and the confidence is
 * the fitted probability of the decision taken. (The headings, furniture and captions tables are confidences
 * of the rule that decided, in an order of precedence: a fit of "is it a heading" cannot replace them.)
 */
const THRESHOLD: Record<string, number> = {
  'text-merge': defaultEngineOptions.textMerge.threshold,
  'table-merge': defaultEngineOptions.tableMerge.threshold,
};

/** The weights-table key of a stage ('text-merge' → 'textMerge') and of a feature (prefix dropped). */
const stageKey = (stage: string) =>
  stage.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof typeof featureTables;
const featureKey = (id: string) => id.slice(id.indexOf('.') + 1);

const judgedRaw = (ls: readonly Labelled[]): Judged[] =>
  ls.map((l) => ({ confidence: l.decision.confidence, correct: l.correct }));

/** One stage's logistic fit on its rules' decisions; the partial weights table, or undefined with the reason printed. */
function fitStageWeights(stage: string, all: readonly Labelled[], args: Args): Record<string, number> | undefined {
  const ruled = all.filter((l) => l.stage === stage && l.decision.by === 'rules' && l.decision.features);
  const sample = (l: Labelled) => ({
    x: Object.fromEntries((l.decision.features ?? []).map((f) => [f.id, f.value])),
    y: (l.yes ? 1 : 0) as 0 | 1,
  });
  const fitOn = ruled.filter((l) => l.case.split === args.fitSplit);
  const report = ruled.filter((l) => l.case.split === args.reportSplit);
  console.log(`  weights: fitted on ${fitOn.length} rules' decisions (${args.fitSplit}), reported on ${report.length}`);
  if (fitOn.length < 20 || new Set(fitOn.map((l) => l.yes)).size < 2) {
    console.log('    too few or one-sided decisions to fit; weights left as they are');
    return undefined;
  }
  const model = fitLogistic(fitOn.map(sample), { l2: args.l2 });
  if (report.length) {
    console.log(calibrationLine('current', judgedRaw(report), 12));
    const fitted = report.map((l) => {
      const p = predict(model, sample(l).x);
      return { confidence: Math.max(p, 1 - p), correct: p >= 0.5 === l.yes };
    });
    console.log(calibrationLine('fitted', fitted, 12));
  }
  const known = featureTables[stageKey(stage)]?.features ?? {};
  const unknown = Object.keys(model.weights).filter((id) => !(featureKey(id) in known));
  if (unknown.length) console.log(`    not in the weights table, left out: ${unknown.join(', ')}`);
  const table: Record<string, number> = { bias: round(model.bias) };
  for (const [id, w] of Object.entries(model.weights)) if (featureKey(id) in known) table[featureKey(id)] = round(w);
  return table;
}

/** The hand-set table of a threshold stage in log-odds units (the fit's prior and starting point). */
function priorOf(stage: string): Prior {
  const table = hand[stageKey(stage)] as Record<string, number>;
  const scale = table.scale ?? 1;
  const prefix = featureTables[stageKey(stage)].prefix;
  const weights = Object.fromEntries(
    Object.entries(table)
      .filter(([id]) => id !== 'bias' && id !== 'scale')
      .map(([id, w]) => [`${prefix}.${id}`, w / scale]),
  );
  return { bias: (table.bias - THRESHOLD[stage]) / scale, weights };
}

/**
 * A threshold stage's weights fitted toward the hand-set table (src/fit/weights.ts), the setting chosen by group
 * cross-validation on the fitting split. The table (log-odds units, every feature the stage knows: the fitted
 * weight, or the prior's where the data never shows the feature) and whether `--adopt auto` adopts it: when its
 * out-of-fold F1 on the fitting split is above the hand-set weights' and its F1 on the select split is not below.
 */
function fitMergeWeights(stage: string, all: readonly Labelled[], args: Args) {
  const ruled = all.filter((l) => l.stage === stage && l.decision.by === 'rules' && l.decision.features);
  const example = (l: Labelled): Example => ({
    group: l.group,
    x: Object.fromEntries((l.decision.features ?? []).map((f) => [f.id, f.value])),
    yes: l.yes,
    accepted: l.decision.accepted,
  });
  const of = (split: string) => ruled.filter((l) => l.case.split === split).map(example);
  const [fitOn, select, report] = [of(args.fitSplit), of(args.selectSplit), of(args.reportSplit)];
  console.log(`  weights: fitted on ${fitOn.length} rules' decisions (${args.fitSplit}), toward the hand-set table`);
  if (fitOn.length < 20 || new Set(fitOn.map((e) => e.yes)).size < 2) {
    console.log('    too few or one-sided decisions to fit; weights left as they are');
    return undefined;
  }
  const prior = priorOf(stage);
  const { setting, scores, hand: handF1, judged } = chooseSetting(fitOn, prior);
  console.log(
    `    cross-validated macro F1 over families (${args.fitSplit}): hand-set ${handF1.toFixed(3)}; ${SETTINGS.map((s, i) => `${settingName(s)} ${scores[i].toFixed(3)}`).join(', ')}`,
  );
  const model = fitWith(fitOn, prior, setting);
  const said = (es: readonly Example[]): Judgement[] =>
    es.map((e) => ({ group: e.group, said: predict(model, e.x) >= 0.5, yes: e.yes }));
  for (const [split, es] of [
    [args.selectSplit, select],
    [args.reportSplit, report],
  ] as const)
    if (es.length)
      console.log(
        `    macro F1 ${split} (${es.length} decisions): hand-set ${macroF1(handJudged(es)).toFixed(3)}, fitted ${macroF1(said(es)).toFixed(3)}`,
      );
  const lost = [losses(judged, handJudged(fitOn)), losses(said(select), handJudged(select))];
  for (const [i, split] of [`${args.fitSplit} (out of fold)`, args.selectSplit].entries())
    if (lost[i].families.length || lost[i].macro)
      console.log(`    loses on ${split}: ${lost[i].macro ? 'macro F1; ' : ''}${lost[i].families.join('; ')}`);
  const adopt = scores[SETTINGS.indexOf(setting)] > handF1 && lost.every((l) => !l.macro && l.families.length === 0);
  console.log(
    `    kept: ${settingName(setting)}; ${adopt ? 'adopted by --adopt auto' : 'not adopted by --adopt auto'}`,
  );
  const prefix = featureTables[stageKey(stage)].prefix;
  const table: Record<string, number> = { bias: round(model.bias) };
  for (const id of Object.keys(featureTables[stageKey(stage)].features)) {
    const full = `${prefix}.${id}`;
    table[id] = round(model.weights[full] ?? prior.weights[full]);
  }
  return { table, adopt };
}

/** One stage's calibration map, chosen by cross-validation on the fitting split (src/fit/select.ts). */
function fitStageCalibration(stage: string, all: readonly Labelled[], args: Args): CalibrationMap | undefined {
  const mine = all.filter((l) => l.stage === stage);
  const of = (split: string) => mine.filter((l) => l.case.split === split);
  const [fitOn, select, report] = [of(args.fitSplit), of(args.selectSplit), of(args.reportSplit)];
  console.log(
    `  calibration: fitted on ${fitOn.length} decisions (${args.fitSplit}), reported on ${select.length} (${args.selectSplit}) and ${report.length} (${args.reportSplit})`,
  );
  if (fitOn.length < 20) {
    console.log('    too few decisions to fit; confidences left as they are');
    return undefined;
  }
  const observed = fitOn.map((l) => ({
    group: l.group,
    raw: l.decision.confidence,
    accepted: l.decision.accepted,
    correct: l.correct,
    ...(l.decision.features ? { x: Object.fromEntries(l.decision.features.map((f) => [f.id, f.value])) } : {}),
  }));
  const { map, name, scores, brier } = chooseCalibration(observed);
  console.log(
    `    cross-validated log loss (Brier): ${CANDIDATES.map(([n], i) => `${n} ${scores[i].toFixed(4)} (${brier[i].toFixed(4)})`).join(', ')}; kept: ${name}`,
  );
  const through = (ls: readonly Labelled[]): Judged[] =>
    ls.map((l) => ({
      confidence: calibrate(map, l.decision.confidence, l.decision.accepted, l.decision.features),
      correct: l.correct,
    }));
  for (const [split, ls] of [
    [args.selectSplit, select],
    [args.reportSplit, report],
  ] as const) {
    if (ls.length === 0) continue;
    console.log(calibrationLine(`raw ${split}`, judgedRaw(ls), 16));
    console.log(calibrationLine(`calibrated ${split}`, through(ls), 16));
  }
  return map;
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

function writeModule(file: string, maps: Record<string, CalibrationMap>, adopted: object, args: Args): void {
  const body = [
    '// Written by `npm run fit -- … --out src/weights/fitted.ts` (scripts/fit-weights.ts): do not edit by hand.',
    `// Fitted on the ${args.fitSplit} documents of ${args.dirs.join(', ')}: per stage, the calibration map`,
    '// (src/weights/calibration.ts) and, for the stages adopted (--adopt), the weights that replace the hand-set ones.',
    '',
    "type Curve = { method: 'platt'; slope: number; offset: number } | { method: 'isotonic'; points: [number, number][] };",
    'type Map =',
    '  | Curve',
    "  | { method: 'sides'; accepted: Curve; rejected: Curve }",
    "  | { method: 'features'; bias: number; weights: Record<string, number>; otherwise: Curve; after?: Curve };",
    '',
    `export const fittedCalibration: Record<string, Map> = ${JSON.stringify(maps)};`,
    '',
    `export const fittedWeights: Record<string, Record<string, number>> = ${JSON.stringify(adopted)};`,
    '',
  ].join('\n');
  writeFileSync(file, body);
  try {
    execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'ignore' });
  } catch {
    // outside the project biome formats nothing: the file is valid TypeScript as written
  }
}

/** A fitted table as the engine's weights: bias moved by the stage's threshold, scale 1 (logits). */
function asDefaults(stage: string, table: Record<string, number>): Record<string, number> {
  return { ...table, bias: round(table.bias + THRESHOLD[stage]), scale: 1 };
}

/** The hand-set tables with each stage's fitted weights laid over them (a partial table keeps the rest). */
function overlay(adopted: Record<string, Record<string, number>>): Weights {
  return Object.fromEntries(
    Object.entries(hand).map(([stage, table]) => [stage, { ...table, ...(adopted[stage] ?? {}) }]),
  ) as unknown as Weights;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  // the weights are fitted from the hand-set ones' decisions, so a refit does not feed on its own output
  const engine = { calibrate: false, weights: hand };
  let all = collectDecisions(args.dirs, engine);
  const weights: Record<string, Record<string, number>> = {};
  const adopted: Record<string, Record<string, number>> = {};
  for (const stage of STAGES) {
    console.log(`${stage}: weights`);
    if (stage in THRESHOLD) {
      const fit = fitMergeWeights(stage, all, args);
      if (!fit) continue;
      weights[stageKey(stage)] = asDefaults(stage, fit.table);
      if (args.adopt.includes(stage) || (args.adopt.includes('auto') && fit.adopt))
        adopted[stageKey(stage)] = asDefaults(stage, fit.table);
      continue;
    }
    // reported only: these tables are the confidences of rules in an order of precedence, not log-odds
    fitStageWeights(stage, all, args);
  }
  // which of size and the parser's own level decides where they disagree, per input format
  console.log("headings: the parser's levels against size, per input format");
  const counts = countConflicts(args.dirs, args.fitSplit, hand);
  for (const line of trustReport(counts)) console.log(line);
  weights.headings = adopted.headings = trustTable(counts);
  // the calibration is fitted to the confidences of the weights the engine will load
  const changed = Object.entries(adopted).some(([stage, table]) =>
    Object.entries(table).some(
      ([id, w]) => (hand as unknown as Record<string, Record<string, number>>)[stage]?.[id] !== w,
    ),
  );
  if (changed) all = collectDecisions(args.dirs, { calibrate: false, weights: overlay(adopted) });
  const maps: Record<string, CalibrationMap> = {};
  for (const stage of STAGES) {
    console.log(`${stage}: calibration${adopted[stageKey(stage)] ? ' (of the adopted fitted weights)' : ''}`);
    const map = fitStageCalibration(stage, all, args);
    if (map) maps[stage] = map;
  }
  for (const out of args.out) {
    if (out.endsWith('.ts')) writeModule(out, maps, adopted, args);
    else writeFileSync(out, `${JSON.stringify(weights, null, 2)}\n`);
    console.log(`wrote ${out}`);
  }
}

main();
