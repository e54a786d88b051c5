// The optional LLM path: the deterministic engine's decisions, revised by an OpenAI-compatible model.
//
// 1. Questions: each task (tasks/: text merge, table merge, heading levels, caption links) takes the
//    candidates its stage recorded (accepted or rejected) — not furniture or body references (no model
//    task for them), nor captions the parser nested itself. `unsure` mode asks about those below
//    `unsureBelow`, `all` about every one (as MinerU-Popo does), `off` about none.
// 2. Requests in the chosen protocol (protocols/: `popo`, MinerU-Popo's own; `json`, ours), looked up
//    by name behind one interface, chunked by pages (chunking.ts) and run concurrently through the
//    client (client.ts).
// 3. Answers are validated per item, reconciled over overlapping chunks (reconcile.ts), and each task
//    has its stage re-decide with them (src/stages/revise/), so no rule exists twice. A decision the
//    model answered is marked `by: 'llm'`; one it could not answer (timeout, error status, malformed,
//    partial or out-of-range answer) keeps the rules' decision and says why. The run always completes.
import type { ParsedDocument } from '../model/element.js';
import type { EngineOptions } from '../options.js';
import { allDecisions, type StageResults } from '../stages/types.js';
import { loadOpenAI } from './openai-sdk.js';
import { emptyReport, type LlmOptions, type LlmReport, llmClient } from './options.js';
import { protocolNamed } from './protocols/index.js';
import type { Question, TaskName } from './questions.js';
import { RunContext } from './run-context.js';
import type { LlmTask, TaskRun } from './tasks/common.js';
import { imageTask } from './tasks/image.js';
import { tableTask } from './tasks/table.js';
import { textTask } from './tasks/text.js';
import { titleTask } from './tasks/title.js';

export {
  emptyReport,
  formatLlmReport,
  type LlmMode,
  type LlmOptions,
  type LlmProtocol,
  type LlmReport,
  llmClient,
} from './options.js';

/** The engine options the deterministic stages ran with, and the path's own. */
export interface RefineOptions {
  llm: LlmOptions;
  engine: EngineOptions;
}

// biome-ignore lint/suspicious/noExplicitAny: each task's answers are typed inside the task
const TASKS: ReadonlyArray<LlmTask<any>> = [textTask, tableTask, titleTask, imageTask];

export async function refineWithLlm(
  doc: ParsedDocument,
  stages: StageResults,
  options: RefineOptions,
): Promise<{ stages: StageResults; report: LlmReport }> {
  const llm = options.llm;
  const report = emptyReport(llm, allDecisions(stages).length);
  const mode = llm.mode ?? 'unsure';
  const client = llmClient(llm);
  const run = new RunContext(doc, stages, llm, mode, client, report);
  const questions = TASKS.flatMap((task) => task.questions(run));
  report.candidates = questions.length;
  if (mode === 'off') return { stages, report };
  await loadOpenAI(); // a missing SDK stops the run here, before any question would fail quietly
  const threshold = llm.unsureBelow ?? options.engine.unsureBelow;
  const asked = mode === 'all' ? questions : questions.filter((q) => q.decision.confidence < threshold);
  report.sent = asked.length;
  report.sentKeys = asked.map((q) => `${q.decision.stage}:${q.decision.place.refs.join(' ')}`);
  if (asked.length === 0) return { stages, report };

  const protocol = protocolNamed(llm.protocol ?? 'popo');
  const of = (name: TaskName, list: Question[]) => list.filter((q) => q.task === name);
  const runs: Array<TaskRun<unknown>> = await Promise.all(
    TASKS.map((task) => task.ask({ run, asked: of(task.name, asked), all: of(task.name, questions) }, protocol)),
  );
  let revised = stages;
  TASKS.forEach((task, i) => {
    revised = task.apply(run, revised, runs[i], options.engine);
  });
  Object.assign(report, {
    requests: client.account.requests,
    cacheHits: client.account.cacheHits,
    retries: client.account.retries,
    failures: client.account.failures,
    promptTokens: client.account.promptTokens,
    completionTokens: client.account.completionTokens,
    ms: client.account.ms,
  });
  return { stages: revised, report };
}
