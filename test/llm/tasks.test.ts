// Each task module on its own, with a fake protocol behind the one interface (no server, no prompt
// format): the task picks its stage's candidates, asks, reads the answers per item and has its
// stage re-decide; a decision the model answered is marked `by: 'llm'`, one it did not keeps the rules'.
import { describe, expect, it } from 'vitest';
import { popo } from '../../src/llm/protocols/popo.js';
import type { Protocol } from '../../src/llm/protocols/types.js';
import type { Question, TaskAnswers, TaskName } from '../../src/llm/questions.js';
import type { RunContext } from '../../src/llm/run-context.js';
import type { LlmTask } from '../../src/llm/tasks/common.js';
import { imageTask } from '../../src/llm/tasks/image.js';
import { tableTask } from '../../src/llm/tasks/table.js';
import { textTask } from '../../src/llm/tasks/text.js';
import { titleTask } from '../../src/llm/tasks/title.js';
import { defaultEngineOptions } from '../../src/options.js';
import { col, makeDoc } from '../helpers/doc.js';
import { context, requestText, sample, TABLE, TABLE2 } from './context.js';

/** A protocol that sends one request per task holding the asked ids and answers from `answers`. */
function fakeProtocol<T extends TaskName>(answers: Map<number, TaskAnswers[T]>, faults = new Map<number, string>()) {
  const sent: Question[][] = [];
  const protocol: Protocol = {
    name: 'json',
    buildRequests: (_task, query) => {
      sent.push(query.asked);
      const ids = [...new Set(query.asked.map((q) => q.src))];
      return [{ range: { start: 1, end: 3 }, ids, content: 'question' }];
    },
    // biome-ignore lint/suspicious/noExplicitAny: the fake answers every task with what it was given
    parseAnswer: () => ({ answers: answers as Map<number, any>, faults }),
  };
  return { protocol, sent };
}

// biome-ignore lint/suspicious/noExplicitAny: one helper for the four tasks
async function runTask(task: LlmTask<any>, run: RunContext, protocol: Protocol) {
  const all = task.questions(run);
  const taskRun = await task.ask({ run, asked: all, all }, protocol);
  return { all, stages: task.apply(run, run.stages, taskRun, defaultEngineOptions) };
}

describe('text task', () => {
  it('asks about the text-merge candidates and has the stage re-decide', async () => {
    const run = context(sample());
    const { protocol, sent } = fakeProtocol<'text'>(new Map([[1, 2]]));
    const { all, stages } = await runTask(textTask, run, protocol);
    expect(all.map((q) => [q.src, q.tgt])).toEqual([[1, 2]]);
    expect(sent[0]).toEqual(all);
    expect(stages.textMerges.groups).toEqual([[1, 2]]);
    const d = stages.textMerges.decisions[0];
    expect([d.by, d.accepted, d.ruleId]).toEqual(['llm', true, run.stages.textMerges.decisions[0].ruleId]);
    expect(run.report.answered).toBe(1);
    expect(d.llm).toEqual({ model: 'fake', protocol: 'popo', answer: 'one paragraph', changed: false });
    expect(d.reason).toBe(run.stages.textMerges.decisions[0].reason);
  });

  it('an answer naming no continuation splits the pair', async () => {
    const run = context(sample());
    expect(run.stages.textMerges.groups).toEqual([[1, 2]]);
    const { stages } = await runTask(textTask, run, fakeProtocol<'text'>(new Map([[1, null]])).protocol);
    expect(stages.textMerges.groups).toEqual([]);
    expect(stages.textMerges.decisions[0].accepted).toBe(false);
  });
});

describe('table task', () => {
  it('asks about the table-merge candidates; a merge answer builds the table', async () => {
    const run = context(sample());
    const answer = { merge: true, joinCutRow: false };
    const { all, stages } = await runTask(tableTask, run, fakeProtocol<'table'>(new Map([[6, answer]])).protocol);
    expect(all.map((q) => [q.src, q.tgt])).toEqual([[6, 7]]);
    expect(stages.tableMerges.groups).toEqual([[6, 7]]);
    expect(stages.tableMerges.html.get(6)).toContain('<td>b</td>');
    expect(stages.tableMerges.decisions[0].by).toBe('llm');
  });

  it('a fault keeps the rules’ decision', async () => {
    const run = context(sample());
    const fake = fakeProtocol<'table'>(new Map(), new Map([[6, 'the answer was malformed']]));
    const { stages } = await runTask(tableTask, run, fake.protocol);
    expect(stages.tableMerges).toEqual({ ...run.stages.tableMerges, decisions: stages.tableMerges.decisions });
    expect(stages.tableMerges.decisions[0].by).toBe('rules');
    expect(run.report.fallbacks).toBe(1);
    expect(stages.tableMerges.decisions[0].llm).toEqual({
      model: 'fake',
      protocol: 'popo',
      fallback: 'the answer was malformed',
    });
  });
});

describe('table task: one table opening several candidate pairs', () => {
  // A table at the foot of page 2; on page 3 a note box (a float set between the fragments) and then the
  // table's continuation: the stage weighs (table, box) and (table, continuation), both opened by table 6.
  const NOTE = '<table><tr><td>Note: the box</td></tr><tr><td>set apart</td></tr></table>';
  const doc = () =>
    makeDoc([
      { page: 1, type: 'title', text: '1 Introduction', bbox: col(0.1, 0.13) },
      { page: 1, type: 'text', text: 'Some text of the section.', bbox: col(0.2, 0.9) },
      { page: 2, type: 'title', text: '1.1 Details', bbox: col(0.1, 0.12) },
      { page: 2, type: 'text', text: 'The values are these.', bbox: col(0.2, 0.6) },
      { page: 2, type: 'text', text: 'Here they are.', bbox: col(0.6, 0.68) },
      { page: 2, type: 'table', html: TABLE, bbox: col(0.7, 0.9) },
      { page: 3, type: 'table', html: NOTE, bbox: col(0.1, 0.2) },
      { page: 3, type: 'table', html: TABLE2, bbox: col(0.25, 0.35) },
    ]);
  it('each pair gets its own answer (the box stays apart, the continuation joins)', async () => {
    // the model says "one table" only for the continuation
    const run = context(doc(), { protocol: 'popo' }, (request) =>
      requestText({
        range: { start: 0, end: 0 },
        ids: [],
        content: request.messages.at(-1)?.content as never,
      }).includes('Note: the box')
        ? '[]'
        : '[0]',
    );
    const all = tableTask.questions(run);
    expect(all.map((q) => [q.src, q.tgt])).toEqual([
      [5, 6],
      [5, 7],
    ]);
    const taskRun = await tableTask.ask({ run, asked: all, all }, popo);
    const stages = tableTask.apply(run, run.stages, taskRun, defaultEngineOptions);
    expect(stages.tableMerges.groups).toEqual([[5, 7]]);
    expect(stages.tableMerges.decisions.map((d) => [d.ids, d.accepted, d.by])).toEqual([
      [[5, 6], false, 'llm'],
      [[5, 7], true, 'llm'],
    ]);
  });
});

describe('title task', () => {
  it('asks about every title and sets or demotes levels', async () => {
    const run = context(sample());
    const fake = fakeProtocol<'title'>(
      new Map([
        [0, 1],
        [5, -1],
      ]),
    );
    const { all, stages } = await runTask(titleTask, run, fake.protocol);
    expect(all.map((q) => q.src)).toEqual([0, 5]);
    expect(stages.headings.levels.get(0)).toBe(1);
    expect(stages.headings.demoted.has(5)).toBe(true);
    const d5 = stages.headings.decisions.find((d) => d.ids[0] === 5)!;
    expect([d5.by, d5.accepted]).toEqual(['llm', false]);
  });
});

describe('image task', () => {
  it('asks about the free captions and links them to the answered float', async () => {
    const run = context(sample());
    const { all, stages } = await runTask(imageTask, run, fakeProtocol<'image'>(new Map([[4, 3]])).protocol);
    expect(all.map((q) => q.src)).toEqual([4]);
    expect(stages.captions.links).toContainEqual({ caption: 4, target: 3, nested: false });
    expect(stages.captions.decisions[all[0].index].by).toBe('llm');
    const none = await runTask(imageTask, context(sample()), fakeProtocol<'image'>(new Map([[4, null]])).protocol);
    expect(none.stages.captions.links.filter((l) => l.caption === 4)).toEqual([]);
  });

  it('leaves out captions the parser nested in their float', () => {
    const doc = sample();
    doc.elements[4].hints = { nestedIn: '/3' };
    expect(imageTask.questions(context(doc))).toEqual([]);
  });
});
