// What the four tasks share: asking a query's requests concurrently, gathering the per-chunk
// readings, and recording on a decision how the model took part.
import type { Decision } from '../../model/decision.js';
import type { EngineOptions } from '../../options.js';
import type { StageResults } from '../../stages/types.js';
import type { Protocol } from '../protocols/index.js';
import type { Question, TaskAnswers, TaskName, TaskQuery } from '../questions.js';
import type { ChunkRequest, RunContext } from '../run-context.js';

/** What the model said about one question, or why it said nothing usable. */
export interface Outcome<A> {
  answer?: A;
  fallback?: string;
  /** Overlapping chunks answered differently; the more central answer was taken. */
  conflict?: boolean;
}

export interface TaskRun<A> {
  outcomes: Map<Question, Outcome<A>>;
  /** Text task, `all` mode: continuations the model found that no stage considered. */
  proposals?: Array<[number, number]>;
}

/** One task; `A` is its answer to one question (a merge flag, a level, a float …). */
export interface LlmTask<A> {
  readonly name: TaskName;
  /** The stage decisions this task can ask about. */
  questions(run: RunContext): Question[];
  /** Ask the model about `query.asked` and read its answers. */
  ask(query: TaskQuery, protocol: Protocol): Promise<TaskRun<A>>;
  /** Have the stage re-decide with the answers, and record the model's part on its decisions. */
  apply(run: RunContext, stages: StageResults, taskRun: TaskRun<A>, engine: EngineOptions): StageResults;
}

export interface ChunkAnswers<A> {
  chunk: number;
  request: ChunkRequest;
  answers: Map<number, A>;
}

/** Every request of the query, asked concurrently; faults by item id (the last one reported wins). */
export async function askChunks<T extends TaskName>(
  task: T,
  query: TaskQuery,
  protocol: Protocol,
): Promise<{ chunks: Array<ChunkAnswers<TaskAnswers[T]>>; faults: Map<number, string> }> {
  const requests = protocol.buildRequests(task, query);
  const faults = new Map<number, string>();
  const chunks: Array<ChunkAnswers<TaskAnswers[T]>> = [];
  await Promise.all(
    requests.map(async (request, k) => {
      const reply = await query.run.ask(request);
      if ('fault' in reply) {
        for (const id of request.ids) faults.set(id, reply.fault);
        return;
      }
      const reading = protocol.parseAnswer(task, query, request, reply);
      for (const [id, why] of reading.faults) faults.set(id, why);
      chunks.push({ chunk: k, request, answers: reading.answers });
    }),
  );
  chunks.sort((a, b) => a.chunk - b.chunk);
  return { chunks, faults };
}

/** The outcome of each asked question: its resolved answer, else the fault that kept it from one. */
export function outcomesOf<A, R>(
  asked: readonly Question[],
  resolved: ReadonlyMap<number, { value: R; conflict: boolean }>,
  faults: ReadonlyMap<number, string>,
  answerOf: (q: Question, value: R) => A,
): Map<Question, Outcome<A>> {
  const outcomes = new Map<Question, Outcome<A>>();
  for (const q of asked) {
    const r = resolved.get(q.src);
    if (r) outcomes.set(q, { answer: answerOf(q, r.value), conflict: r.conflict });
    else outcomes.set(q, { fallback: faults.get(q.src) ?? 'the model did not answer' });
  }
  return outcomes;
}

export const LLM_CONFIDENCE = 0.8;
const CHANGED_CONFIDENCE = 0.75;

/** The model and protocol, as a decision records them. */
export const modelOf = (run: RunContext) => ({ model: run.llm.model, protocol: run.llm.protocol ?? 'popo' });

/** The question was sent but not answered usably: the rules' decision stands, saying why. */
export function markFallback(run: RunContext, q: Question, why: string): Decision {
  run.report.fallbacks++;
  return { ...q.decision, llm: { ...modelOf(run), fallback: why } };
}

/** The model answered: the stage's revised decision, marked as the model's. */
export function markAnswered(
  run: RunContext,
  q: Question,
  accepted: boolean,
  agrees: boolean,
  answer: string,
  conflict?: boolean,
): Decision {
  run.report.answered++;
  if (!agrees) run.report.changed++;
  return {
    ...q.decision,
    accepted,
    by: 'llm',
    confidence: agrees ? Math.max(q.decision.confidence, LLM_CONFIDENCE) : CHANGED_CONFIDENCE,
    llm: { ...modelOf(run), answer, changed: !agrees, ...(conflict ? { conflict } : {}) },
  };
}

/** The questions of a task the model answered, in asking order. */
export function answeredOf<A>(taskRun: TaskRun<A>): Array<{ q: Question; answer: A; conflict?: boolean }> {
  const answered: Array<{ q: Question; answer: A; conflict?: boolean }> = [];
  for (const [q, o] of taskRun.outcomes)
    if (o.answer !== undefined) answered.push({ q, answer: o.answer, conflict: o.conflict });
  return answered;
}

/** Marks, in a stage's revised decisions, the questions the model left unanswered. */
export function markFallbacks<A>(run: RunContext, taskRun: TaskRun<A>, decisions: Decision[]): void {
  for (const [q, o] of taskRun.outcomes)
    if (o.answer === undefined) decisions[q.index] = markFallback(run, q, o.fallback ?? 'the model did not answer');
}
