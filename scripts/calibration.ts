// npm run eval:calibration [-- CORPUS_DIR …] [--split train|dev|test] [--by family] [--markdown]
// Are the engine's confidences honest? Runs the engine over the corpora with its confidences uncalibrated,
// labels every decision the gold answers (src/fit/gold.ts), and prints per stage the reliability table and
// the expected calibration error (ECE, 0.1-wide bins) and Brier score of the raw confidences beside the
// calibrated ones the engine gives (src/weights/calibration.ts, the maps `npm run fit` wrote); with
// `--by family`, the same per family × producer. The calibrated confidence of a decision is its stage's map
// applied to the raw one, exactly as the engine applies it (src/stages/calibrate.ts).
import type { Judged } from '../src/fit/calibration.js';
import { collectDecisions, type Labelled } from '../src/fit/collect.js';
import { calibrationLine, ece, reliabilityMarkdown } from '../src/fit/report.js';
import { calibrate, defaultCalibration } from '../src/weights/calibration.js';

const args = process.argv.slice(2);
const dirs: string[] = [];
let split: string | undefined;
let byFamily = false;
let markdown = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--split') split = args[++i];
  else if (a === '--by') byFamily = args[++i] === 'family';
  else if (a === '--markdown') markdown = true;
  else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
  else dirs.push(a);
}
if (dirs.length === 0) dirs.push('corpus');

const all = collectDecisions(dirs, { calibrate: false }, (c) => split === undefined || c.split === split);
const raw = (ls: readonly Labelled[]): Judged[] =>
  ls.map((l) => ({ confidence: l.decision.confidence, correct: l.correct }));
const calibrated = (ls: readonly Labelled[]): Judged[] =>
  ls.map((l) => ({
    confidence:
      Math.round(
        calibrate(defaultCalibration[l.stage], l.decision.confidence, l.decision.accepted, l.decision.features) * 1000,
      ) / 1000,
    correct: l.correct,
  }));
const stages = [...new Set(all.map((l) => l.stage))].sort();

console.log(
  `Calibration: ${dirs.join(', ')}${split ? `, split ${split}` : ''} (${all.length} decisions the gold answers)`,
);
for (const stage of stages) {
  const mine = all.filter((l) => l.stage === stage);
  console.log(`${stage} (map: ${defaultCalibration[stage]?.method ?? 'none'})`);
  console.log(calibrationLine('raw', raw(mine), 12));
  console.log(calibrationLine('calibrated', calibrated(mine), 12));
  if (markdown) {
    console.log('\n| confidence | decisions | mean confidence | share right |\n| --- | ---: | ---: | ---: |');
    console.log(`${reliabilityMarkdown(calibrated(mine)).join('\n')}\n`);
  }
}

if (byFamily) {
  const families = [...new Set(all.map((l) => `${l.case.family} × ${l.case.producer}`))].sort();
  console.log(`\nECE raw → calibrated (decisions) per family × producer`);
  console.log(`${'family × producer'.padEnd(28)}${stages.map((s) => s.padStart(22)).join('')}`);
  for (const f of families) {
    const cells = stages.map((s) => {
      const ls = all.filter((l) => l.stage === s && `${l.case.family} × ${l.case.producer}` === f);
      if (ls.length === 0) return '—'.padStart(22);
      return `${ece(raw(ls)).toFixed(3)} → ${ece(calibrated(ls)).toFixed(3)} (${ls.length})`.padStart(22);
    });
    console.log(`${f.padEnd(28)}${cells.join('')}`);
  }
}
