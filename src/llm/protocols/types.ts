// The one interface every protocol implements: how a task's questions become requests, and how a
// reply becomes per-item answers in the task's terms. Tasks never look at which protocol runs.
import type { LlmProtocol } from '../options.js';
import type { Reading, TaskAnswers, TaskName, TaskQuery } from '../questions.js';
import type { ChunkRequest, Reply } from '../run-context.js';

export type AnsweredReply = Extract<Reply, { content: string }>;

export interface Protocol {
  readonly name: LlmProtocol;
  buildRequests(task: TaskName, query: TaskQuery): ChunkRequest[];
  parseAnswer<T extends TaskName>(
    task: T,
    query: TaskQuery,
    request: ChunkRequest,
    reply: AnsweredReply,
  ): Reading<TaskAnswers[T]>;
}

/** One task's side of a protocol. */
export interface TaskCodec<A> {
  requests(query: TaskQuery): ChunkRequest[];
  read(query: TaskQuery, request: ChunkRequest, reply: AnsweredReply): Reading<A>;
}

export type Codecs = { [T in TaskName]: TaskCodec<TaskAnswers[T]> };

/** A protocol from its per-task codecs. */
export function protocolFrom(name: LlmProtocol, codecs: Codecs): Protocol {
  return {
    name,
    buildRequests: (task, query) => codecs[task].requests(query),
    parseAnswer: (task, query, request, reply) => codecs[task].read(query, request, reply),
  };
}
