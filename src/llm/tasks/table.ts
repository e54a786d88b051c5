// Table merge: are two table fragments one table continued over a break? One request per candidate
// pair the table-merge stage weighed; the stage re-decides and builds any new table by its own rules
// (reviseTableMerges), joining the row cut by the break as the answer says.
import { reviseTableMerges } from '../../stages/revise/table-merge.js';
import type { TaskAnswers } from '../questions.js';
import { answeredOf, askChunks, type LlmTask, markAnswered, markFallbacks, outcomesOf } from './common.js';

type TableAnswer = TaskAnswers['table'];

/** The questions in rounds: the k-th pair a table opens goes in round k (in the order asked). */
function roundsByFirstTable<Q extends { src: number }>(asked: readonly Q[]): Q[][] {
  const rounds: Q[][] = [];
  const opened = new Map<number, number>();
  for (const q of asked) {
    const k = opened.get(q.src) ?? 0;
    opened.set(q.src, k + 1);
    if (k === rounds.length) rounds.push([]);
    rounds[k].push(q);
  }
  return rounds;
}

export const tableTask: LlmTask<TableAnswer> = {
  name: 'table',

  questions: (run) =>
    run.stages.tableMerges.decisions.flatMap((d, index) =>
      d.ids.length === 2
        ? [{ task: 'table' as const, index, decision: d, src: d.ids[0], tgt: d.ids[1], rules: d.accepted ? 1 : 0 }]
        : [],
    ),

  async ask(query, protocol) {
    // One request per pair, its answer keyed by the pair's first table. A table can open several candidate
    // pairs (the stage passes over a note box set between two fragments: table–box, table–continuation), so
    // the pairs go in rounds, each with one pair per first table, and no answer stands for another pair's.
    const outcomes: Awaited<ReturnType<LlmTask<TableAnswer>['ask']>>['outcomes'] = new Map();
    for (const asked of roundsByFirstTable(query.asked)) {
      const { chunks, faults } = await askChunks('table', { ...query, asked }, protocol);
      const resolved = new Map<number, { value: TableAnswer; conflict: boolean }>();
      for (const c of chunks) for (const [src, value] of c.answers) resolved.set(src, { value, conflict: false });
      for (const [q, outcome] of outcomesOf(asked, resolved, faults, (_q, value) => value)) outcomes.set(q, outcome);
    }
    return { outcomes };
  },

  apply(run, stages, taskRun, engine) {
    const answered = answeredOf(taskRun);
    const revised = reviseTableMerges(
      { doc: run.doc, options: engine },
      stages.furniture,
      stages.tableMerges,
      answered.map(({ q, answer }) => ({ index: q.index, merge: answer.merge, joinCutRow: answer.joinCutRow })),
    );
    const decisions = [...revised.decisions];
    markFallbacks(run, taskRun, decisions);
    for (const { q, answer } of answered) {
      const what = answer.merge ? 'one table' : 'separate tables';
      decisions[q.index] = markAnswered(run, q, answer.merge, answer.merge === q.decision.accepted, what);
    }
    return { ...stages, tableMerges: { ...revised, decisions } };
  },
};
