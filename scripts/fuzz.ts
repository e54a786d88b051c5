// The long fuzzing run: `npm run fuzz -- --runs 100000 [--seed N] [--budget-ms 20000]`.
// Mutated fixtures (test/helpers/fuzz.ts) through the whole pipeline; counts crashes (exit 70 or an
// undocumented code), hangs (one case over the time budget), accounting and schema failures, and
// nondeterminism; prints the first few of each and exits 1 on any.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { type Case, caseArbitrary, loadSeeds, type Outcome, runCase, runCaseTwice } from '../test/helpers/fuzz.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    'budget-ms': { type: 'string', default: '20000' },
    'every-nth-twice': { type: 'string', default: '10' },
  },
});
const runs = Number(values.runs);
const budgetMs = Number(values['budget-ms']);
const twiceEvery = Number(values['every-nth-twice']);
const seedValue = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

const seeds = loadSeeds();
const counts = { cases: 0, ok: 0, errors: 0, crashes: 0, hangs: 0, accounting: 0, schema: 0, nondeterministic: 0 };
const byCode = new Map<number, number>();
const examples: string[] = [];
const started = performance.now();
let slowest = { ms: 0, seed: '' };

const report = (kind: string, c: Case, outcome: Outcome | undefined, extra = '') => {
  if (examples.length < 20) {
    examples.push(
      `${kind} on ${seeds[c.seed].name}: ${JSON.stringify(c)}\n  ${extra}${outcome?.violation ?? ''} ${outcome?.message?.split('\n').slice(0, 4).join('\n  ') ?? ''}`,
    );
  }
};

const cases = fc.sample(caseArbitrary(seeds.length), { numRuns: runs, seed: seedValue });
for (const [i, c] of cases.entries()) {
  const t0 = performance.now();
  const outcome = i % twiceEvery === 0 ? runCaseTwice(seeds[c.seed], c) : runCase(seeds[c.seed], c);
  const ms = performance.now() - t0;
  counts.cases++;
  byCode.set(outcome.code, (byCode.get(outcome.code) ?? 0) + 1);
  if (ms > slowest.ms) slowest = { ms, seed: seeds[c.seed].name };
  if (ms > budgetMs) {
    counts.hangs++;
    report('HANG', c, outcome, `${Math.round(ms)} ms; `);
  }
  const v = outcome.violation;
  if (!v) outcome.code === 0 ? counts.ok++ : counts.errors++;
  else if (v.startsWith('exit code')) {
    counts.crashes++;
    report('CRASH', c, outcome);
  } else if (v.startsWith('accounting')) {
    counts.accounting++;
    report('ACCOUNTING', c, outcome);
  } else if (v.includes('different outputs')) {
    counts.nondeterministic++;
    report('NONDETERMINISTIC', c, outcome);
  } else {
    counts.schema++;
    report('SCHEMA', c, outcome);
  }
  if ((i + 1) % 1000 === 0) {
    process.stderr.write(`${i + 1}/${runs} cases, ${Math.round((performance.now() - started) / 1000)} s\n`);
  }
}

const codes = [...byCode.entries()]
  .sort((a, b) => a[0] - b[0])
  .map(([code, n]) => `${code}: ${n}`)
  .join(', ');
process.stdout.write(
  `fuzz: ${counts.cases} cases from ${seeds.length} seeds (fast-check seed ${seedValue}) in ${Math.round((performance.now() - started) / 1000)} s\n` +
    `  exit codes: ${codes}\n` +
    `  crashes ${counts.crashes}, hangs ${counts.hangs} (budget ${budgetMs} ms; slowest ${Math.round(slowest.ms)} ms on ${slowest.seed}), ` +
    `accounting mismatches ${counts.accounting}, schema failures ${counts.schema}, nondeterministic ${counts.nondeterministic}\n`,
);
for (const e of examples) process.stdout.write(`${e}\n`);
const bad = counts.crashes + counts.hangs + counts.accounting + counts.schema + counts.nondeterministic;
process.exit(bad > 0 ? 1 : 0);
