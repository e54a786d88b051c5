// Text merge: is a fragment cut by a break continued by the next? The candidates are the pairs the
// text-merge stage weighed; the model names each fragment's continuation (or none), chunk answers are
// reconciled with one source per target, and the stage re-decides (reviseTextMerges). In `all` mode a
// continuation no stage considered is proposed when the two fragments are next to each other in the text.
import { TEXT_LIKE } from '../../model/block-kinds.js';
import { decision } from '../../model/decision.js';
import { type AddedPair, reviseTextMerges } from '../../stages/revise/text-merge.js';
import type { StageResults } from '../../stages/types.js';
import { reconcileLinks } from '../reconcile.js';
import type { RunContext } from '../run-context.js';
import {
  answeredOf,
  askChunks,
  LLM_CONFIDENCE,
  type LlmTask,
  markAnswered,
  markFallback,
  markFallbacks,
  modelOf,
  outcomesOf,
} from './common.js';

/** Both fragments text of the body, with no text, title or equation between them. */
function adjacentText(run: RunContext, a: number, b: number): boolean {
  if (b <= a || !TEXT_LIKE.has(run.el(a).type) || !TEXT_LIKE.has(run.el(b).type)) return false;
  if (run.furniture.has(a) || run.furniture.has(b)) return false;
  return run.body
    .filter((e) => e.id > a && e.id < b)
    .every((e) => !TEXT_LIKE.has(e.type) && e.type !== 'title' && e.type !== 'equation' && e.type !== 'page_title');
}

export const textTask: LlmTask<boolean> = {
  name: 'text',

  questions: (run) =>
    run.stages.textMerges.decisions.flatMap((d, index) =>
      d.ids.length === 2
        ? [
            {
              task: 'text' as const,
              index,
              decision: d,
              src: d.ids[0],
              tgt: d.ids[1],
              rules: d.accepted ? d.ids[1] : null,
            },
          ]
        : [],
    ),

  async ask(query, protocol) {
    if (query.asked.length === 0) return { outcomes: new Map() };
    const { run } = query;
    const { chunks, faults } = await askChunks('text', query, protocol);
    const rulesTarget = new Map<number, number>();
    for (const q of query.all) if (q.rules !== null) rulesTarget.set(q.src, q.rules);
    const resolved = reconcileLinks(
      chunks.map((c) => ({ chunk: c.chunk, answers: c.answers, weight: run.weight(c.request.range) })),
      (src) => rulesTarget.get(src) ?? null,
      { oneSourcePerTarget: true },
    );
    const outcomes = outcomesOf(query.asked, resolved, faults, (q, target) => target === q.tgt);
    const proposals: Array<[number, number]> = [];
    if (run.mode === 'all') {
      const considered = new Set(query.all.map((q) => `${q.src}>${q.tgt}`));
      for (const [src, r] of resolved) {
        if (r.value === null || considered.has(`${src}>${r.value}`)) continue;
        if (adjacentText(run, src, r.value)) proposals.push([src, r.value]);
        else run.note(`ignored a continuation ${src}→${r.value} across other text`);
      }
    }
    return { outcomes, proposals };
  },

  apply(run, stages, taskRun): StageResults {
    const answered = answeredOf(taskRun);
    const added: AddedPair[] = (taskRun.proposals ?? []).map(([a, b]) => ({
      pair: [a, b],
      decision: {
        ...decision(
          'text-merge',
          'llm.continuation',
          'no rule had considered this pair',
          LLM_CONFIDENCE,
          [run.el(a), run.el(b)],
          true,
          'llm',
        ),
        llm: { ...modelOf(run), answer: 'one paragraph', changed: true },
      },
    }));
    const answers = answered.map(({ q, answer }) => ({ index: q.index, merge: answer }));
    const revised = reviseTextMerges(stages.textMerges, answers, added);
    const decisions = [...revised.result.decisions];
    markFallbacks(run, taskRun, decisions);
    answered.forEach(({ q, answer: merge, conflict }, i) => {
      if (revised.refused.has(answers[i])) {
        decisions[q.index] = markFallback(run, q, 'its answer contradicts a sure decision');
        return;
      }
      const what = merge ? 'one paragraph' : 'separate paragraphs';
      decisions[q.index] = markAnswered(run, q, merge, merge === q.decision.accepted, what, conflict);
    });
    run.report.added += revised.added.length;
    return { ...stages, textMerges: { groups: revised.result.groups, decisions } };
  },
};
