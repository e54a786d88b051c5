// npm run eval:llm [-- DIR] [--protocol popo|json] [--unsure-below F] [--json FILE]
// How much of the gap to perfect the LLM path closes, measured with scripted servers on 127.0.0.1:
//  - deterministic: the rules alone;
//  - unsure + gold model: only the decisions below `unsureBelow` (the engine's, or --unsure-below) are sent,
//    answered from the gold file;
//  - all + gold model: every candidate sent (the most the model path can reach with a perfect model);
//  - unsure + wrong model: the same requests answered wrongly.
// DIR is any folder holding (input, gold) pairs: every folder below it with a `gold.structure.json`
// and one other `.json` file (the parser output) is a case (the corpus/ layout
// `<doc>/<format>/{content_list.json,gold.structure.json}` included).
// Prints the metric table, the fraction of decisions sent, the gap closed per metric, and checks
// that with the wrong model no decision it was not asked about differs from the rules.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { aggregate, type CorpusScores, type DocumentScores, evaluate } from '../src/eval/metrics.js';
import { formatTable, readStructureFile } from '../src/eval/report.js';
import { loadInput } from '../src/io/load.js';
import type { LlmMode, LlmProtocol } from '../src/llm/refine.js';
import { stitchSync, toDocument } from '../src/pipeline.js';
import { type StitchResult, stitch } from '../src/stitch.js';
import { startServer } from '../test/llm/server.js';
import { makeOracle, type OracleKind } from './llm-oracle.js';

export interface EvalCase {
  id: string;
  input: string;
  gold: string;
}

export function listCases(dir: string): EvalCase[] {
  const out: EvalCase[] = [];
  const walk = (d: string) => {
    const names = readdirSync(d).sort();
    if (names.includes('gold.structure.json')) {
      const input = names.find((n) => n.endsWith('.json') && n !== 'gold.structure.json' && n !== 'meta.json');
      if (input) out.push({ id: relative(dir, d) || '.', input: join(d, input), gold: join(d, 'gold.structure.json') });
    }
    for (const n of names) if (statSync(join(d, n)).isDirectory()) walk(join(d, n));
  };
  walk(dir);
  return out;
}

interface Run {
  system: string;
  scores: DocumentScores[];
  sent: number;
  decisions: number;
  /** Decisions not sent that differ from the rules' (must be 0). */
  unaskedChanged: number;
}

const key = (d: { stage: string; place: { refs?: string[] } }) => `${d.stage}:${(d.place.refs ?? []).join(' ')}`;

export async function evalLlm(
  cases: EvalCase[],
  protocol: LlmProtocol = 'popo',
  unsureBelow?: number,
): Promise<{ table: string; runs: Run[]; summary: string }> {
  const systems: Array<{ system: string; mode?: LlmMode; oracle?: OracleKind }> = [
    { system: 'deterministic' },
    { system: 'unsure + gold model', mode: 'unsure', oracle: 'gold' },
    { system: 'all + gold model', mode: 'all', oracle: 'gold' },
    { system: 'unsure + wrong model', mode: 'unsure', oracle: 'wrong' },
  ];
  const runs: Run[] = systems.map((s) => ({ system: s.system, scores: [], sent: 0, decisions: 0, unaskedChanged: 0 }));
  for (const c of cases) {
    const gold = readStructureFile(c.gold);
    const doc = toDocument(loadInput(c.input), {});
    const base = stitchSync(doc);
    for (const [k, s] of systems.entries()) {
      let result: StitchResult = base;
      if (s.mode && s.oracle) {
        const answer = makeOracle(doc, gold, s.oracle);
        // biome-ignore lint/suspicious/noExplicitAny: the oracle reads the request body loosely
        const ask = (body: any) => answer(body);
        const server = await startServer((body) => ({ content: ask(body) }));
        try {
          result = await stitch(doc, {
            llm: {
              baseURL: server.url,
              model: 'oracle',
              mode: s.mode,
              protocol,
              retries: 0,
              concurrency: 8,
              ...(unsureBelow === undefined ? {} : { unsureBelow }),
            },
          });
        } finally {
          await server.close();
        }
        const sent = new Set(result.llm?.sentKeys ?? []);
        runs[k].sent += result.llm?.sent ?? 0;
        const rules = new Map(base.decisions.map((d) => [key(d), d.accepted]));
        for (const d of result.decisions) {
          if (sent.has(key(d)) || !rules.has(key(d))) continue;
          if (rules.get(key(d)) !== d.accepted || d.by === 'llm') runs[k].unaskedChanged++;
        }
      }
      runs[k].decisions += base.decisions.length;
      runs[k].scores.push(evaluate(gold, result.structure));
    }
  }
  const corpus = (r: Run): CorpusScores => aggregate(r.scores.map((scores, i) => ({ id: cases[i].id, scores })));
  const table = formatTable(runs.map((r) => ({ system: r.system, scores: corpus(r) })));
  const det = corpus(runs[0]);
  const unsure = corpus(runs[1]);
  const lines: string[] = [];
  for (const r of runs.slice(1)) {
    lines.push(
      `${r.system}: ${r.sent} of ${r.decisions} decisions sent (${((100 * r.sent) / Math.max(1, r.decisions)).toFixed(1)}%); ${r.unaskedChanged} decisions not sent differ from the rules`,
    );
  }
  const gap = (name: string, a: number | undefined, b: number | undefined, documents = 1) => {
    if (a === undefined || b === undefined || documents === 0) return `${name} n/a`;
    return a >= 1 ? `${name} already perfect` : `${name} ${(((b - a) / (1 - a)) * 100).toFixed(0)}%`;
  };
  lines.push(
    `gap to perfect closed by unsure + gold model (macro F1 / accuracy): ${[
      gap('TEDS', det.teds.macro.teds, unsure.teds.macro.teds, det.teds.macro.documents),
      gap('headings', det.headings.macro.f1, unsure.headings.macro.f1, det.headings.macro.documents),
      gap('levels', det.levels.macro.accuracy, unsure.levels.macro.accuracy, det.levels.macro.documents),
      gap(
        'paragraphs',
        det.paragraphMerges.macro.f1,
        unsure.paragraphMerges.macro.f1,
        det.paragraphMerges.macro.documents,
      ),
      gap('tables', det.tableMerges.macro.f1, unsure.tableMerges.macro.f1, det.tableMerges.macro.documents),
      gap('captions', det.captions.macro.f1, unsure.captions.macro.f1, det.captions.macro.documents),
    ].join(', ')}`,
  );
  return { table, runs, summary: `${lines.join('\n')}\n` };
}

async function cli() {
  const args = process.argv.slice(2);
  const at = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const protocol = (at('--protocol') ?? 'popo') as LlmProtocol;
  const jsonPath = at('--json');
  const below = at('--unsure-below');
  const unsureBelow = below === undefined ? undefined : Number(below);
  if (unsureBelow !== undefined && !(unsureBelow > 0 && unsureBelow <= 1)) {
    console.error(`--unsure-below: a number in (0, 1], not ${below}`);
    process.exit(1);
  }
  const flags = ['--protocol', '--json', '--unsure-below'];
  const dir = args.find((a, i) => !a.startsWith('--') && !flags.includes(args[i - 1])) ?? 'corpus';
  const cases = listCases(dir);
  if (cases.length === 0) {
    console.error(`no (input, gold.structure.json) pairs under ${dir}`);
    process.exit(1);
  }
  const { table, summary, runs } = await evalLlm(cases, protocol, unsureBelow);
  process.stdout.write(`protocol ${protocol}, ${cases.length} cases under ${dir}\n${table}${summary}`);
  if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(runs, null, 2)}\n`);
}

if (process.argv[1] && /eval-llm\.ts$/.test(process.argv[1])) await cli();
