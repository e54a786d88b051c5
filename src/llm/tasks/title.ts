// Heading levels: the model gives each title its level (or none). Titles are sent whole; chunk levels
// are reconciled into one hierarchy, anchored on the sure titles' levels and on numbering, and the
// headings stage re-decides (reviseHeadingLevels).
import { reviseHeadingLevels } from '../../stages/revise/headings.js';
import { parseNumbering } from '../../text/numbering.js';
import { reconcileLevels } from '../reconcile.js';
import { answeredOf, askChunks, type LlmTask, markAnswered, markFallbacks, outcomesOf } from './common.js';

export const titleTask: LlmTask<number> = {
  name: 'title',

  questions: (run) =>
    run.stages.headings.decisions.flatMap((d, index) =>
      d.ids.length === 1
        ? [
            {
              task: 'title' as const,
              index,
              decision: d,
              src: d.ids[0],
              rules: run.stages.headings.levels.get(d.ids[0]) ?? -1,
            },
          ]
        : [],
    ),

  async ask(query, protocol) {
    if (query.asked.length === 0) return { outcomes: new Map() };
    const { run, all } = query;
    const { chunks, faults } = await askChunks('title', query, protocol);
    const askedIds = new Set(query.asked.map((q) => q.src));
    const anchors = new Map<number, number>();
    for (const q of all) if (!askedIds.has(q.src) && q.rules !== null && q.rules >= 1) anchors.set(q.src, q.rules);
    const numberingKey = new Map<number, string>();
    for (const q of all) {
      const n = parseNumbering(run.el(q.src).text);
      if (n) numberingKey.set(q.src, `${n.ladder}:${n.rank}`);
    }
    const rules = new Map(all.map((q) => [q.src, q.rules ?? -1]));
    const resolved = reconcileLevels(
      chunks.map((c) => ({
        chunk: c.chunk,
        range: c.request.range,
        levels: c.answers,
        weight: run.weight(c.request.range),
      })),
      { anchors, numberingKey, rules: (id) => rules.get(id) },
    );
    return { outcomes: outcomesOf(query.asked, resolved, faults, (_q, level) => level) };
  },

  apply(run, stages, taskRun) {
    const answered = answeredOf(taskRun);
    const revised = reviseHeadingLevels(
      stages.headings,
      answered.map(({ q, answer }) => ({ index: q.index, level: answer })),
    );
    const decisions = [...revised.decisions];
    markFallbacks(run, taskRun, decisions);
    for (const { q, answer: level, conflict } of answered) {
      const what = level >= 1 ? `level ${level}` : 'not a heading';
      const marked = markAnswered(run, q, level >= 1, level === q.rules, what, conflict);
      decisions[q.index] = level >= 1 ? { ...marked, level } : marked;
    }
    return { ...stages, headings: { ...revised, decisions } };
  },
};
