// Heading levels re-decided with outside answers (the LLM path's): each answer gives a title's level,
// or says it is no heading (level < 1), which demotes it as the stage demotes a title.
import type { HeadingResult } from '../types.js';

export interface LevelAnswer {
  /** Index of the heading's decision in the stage's list (a one-element decision). */
  index: number;
  /** 1 = top; below 1: not a heading. */
  level: number;
}

export function reviseHeadingLevels(result: HeadingResult, answers: readonly LevelAnswer[]): HeadingResult {
  const levels = new Map(result.levels);
  const demoted = new Set(result.demoted);
  const decisions = [...result.decisions];
  for (const answer of answers) {
    const d = result.decisions[answer.index];
    const id = d.ids[0];
    if (answer.level >= 1) {
      levels.set(id, answer.level);
      demoted.delete(id);
    } else {
      levels.delete(id);
      demoted.add(id);
    }
    decisions[answer.index] = { ...d, accepted: answer.level >= 1 };
  }
  return { levels, demoted, decisions };
}
