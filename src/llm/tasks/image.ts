// Image-text: which float does a free caption or footnote belong to? The candidates are the links the
// captions stage weighed (not the captions the parser nested itself); the model names a float among
// those the stage would look at, and the stage re-decides (reviseCaptions), references following.
import { CAPTION_TYPES, FLOAT_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { WINDOW } from '../../stages/captions.js';
import { reviseCaptions } from '../../stages/revise/captions.js';
import { reconcileLinks } from '../reconcile.js';
import type { RunContext } from '../run-context.js';
import { answeredOf, askChunks, type LlmTask, markAnswered, markFallbacks, outcomesOf } from './common.js';

/** Floats a caption may belong to: as near in the body and on the same or a facing page, as the stage looks. */
function floatCandidates(run: RunContext, caption: number): Element[] {
  const i = run.body.findIndex((e) => e.id === caption);
  const out: Element[] = [];
  for (let d = -WINDOW; d <= WINDOW; d++) {
    const e = run.body[i + d];
    if (e && d !== 0 && FLOAT_TYPES.has(e.type) && Math.abs(e.page - run.el(caption).page) <= 1) out.push(e);
  }
  return out;
}

export const imageTask: LlmTask<number | null> = {
  name: 'image',

  questions: (run) =>
    run.stages.captions.decisions.flatMap((d, index) => {
      if (d.by === 'parser' || d.ids.length === 0) return [];
      const c = d.ids[0];
      if (!CAPTION_TYPES.has(run.el(c)?.type ?? '')) return [];
      const rules = d.accepted && d.ids.length > 1 ? d.ids[1] : null;
      return [{ task: 'image' as const, index, decision: d, src: c, rules }];
    }),

  async ask(query, protocol) {
    if (query.asked.length === 0) return { outcomes: new Map() };
    const { run, asked } = query;
    const candidates = new Map(asked.map((q) => [q.src, floatCandidates(run, q.src)]));
    const { chunks, faults } = await askChunks('image', { ...query, candidates }, protocol);
    const rules = new Map(asked.map((q) => [q.src, q.rules]));
    const resolved = reconcileLinks(
      chunks.map((c) => ({ chunk: c.chunk, answers: c.answers, weight: run.weight(c.request.range) })),
      (src) => rules.get(src) ?? null,
      { oneSourcePerTarget: false },
    );
    return { outcomes: outcomesOf(asked, resolved, faults, (_q, target) => target) };
  },

  apply(run, stages, taskRun, engine) {
    const answered = answeredOf(taskRun);
    const revised = reviseCaptions(
      { doc: run.doc, options: engine },
      stages.captions,
      stages.references,
      answered.map(({ q, answer }) => ({ index: q.index, target: answer })),
    );
    const decisions = [...revised.captions.decisions];
    markFallbacks(run, taskRun, decisions);
    for (const { q, answer: target, conflict } of answered) {
      const what = target === null ? 'no float' : `belongs to ${run.el(target).ref}`;
      decisions[q.index] = markAnswered(run, q, target !== null, target === q.rules, what, conflict);
    }
    return { ...stages, captions: { ...revised.captions, decisions }, references: revised.references };
  },
};
