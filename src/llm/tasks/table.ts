// Table merge: are two table fragments one table continued over a break? One request per candidate
// pair the table-merge stage weighed; the stage re-decides and builds any new table by its own rules
// (reviseTableMerges), joining the row cut by the break as the answer says.
import { reviseTableMerges } from '../../stages/revise/table-merge.js';
import type { TaskAnswers } from '../questions.js';
import { answeredOf, askChunks, type LlmTask, markAnswered, markFallbacks, outcomesOf } from './common.js';

type TableAnswer = TaskAnswers['table'];

export const tableTask: LlmTask<TableAnswer> = {
  name: 'table',

  questions: (run) =>
    run.stages.tableMerges.decisions.flatMap((d, index) =>
      d.ids.length === 2
        ? [{ task: 'table' as const, index, decision: d, src: d.ids[0], tgt: d.ids[1], rules: d.accepted ? 1 : 0 }]
        : [],
    ),

  async ask(query, protocol) {
    const { chunks, faults } = await askChunks('table', query, protocol);
    // One request per pair, and a table is the first fragment of one candidate pair at most.
    const resolved = new Map<number, { value: TableAnswer; conflict: boolean }>();
    for (const c of chunks) for (const [src, value] of c.answers) resolved.set(src, { value, conflict: false });
    return { outcomes: outcomesOf(query.asked, resolved, faults, (_q, value) => value) };
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
