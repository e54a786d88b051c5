// Text merges re-decided with outside answers (the LLM path's): each answer says whether a candidate
// pair is one paragraph. Paragraphs stay chains, as the stage builds them: an answer that would give
// a fragment a second successor or predecessor beside a pair kept as the stage decided is refused.
// Pairs no stage considered may be added where neither fragment is linked that way yet.
import { groupsFromPairs } from '../../layout/columns.js';
import type { Decision } from '../../model/decision.js';
import type { MergeResult } from '../types.js';

export interface MergeAnswer {
  /** Index of the candidate's decision in the stage's list (a two-fragment decision). */
  index: number;
  merge: boolean;
}

export interface AddedPair {
  pair: [number, number];
  /** The decision recording it (appended when the pair is taken). */
  decision: Decision;
}

export interface RevisedTextMerges {
  result: MergeResult;
  /** Answers refused: they contradict a pair kept as decided. */
  refused: Set<MergeAnswer>;
  /** Added pairs taken. */
  added: AddedPair[];
}

const key = (a: number, b: number) => `${a}>${b}`;

/** Accepted two-fragment pairs of a merge result, by `a>b`. */
export function acceptedPairs(result: { decisions: Decision[] }): Map<string, [number, number]> {
  const pairs = new Map<string, [number, number]>();
  for (const d of result.decisions)
    if (d.accepted && d.ids.length === 2) pairs.set(key(d.ids[0], d.ids[1]), [d.ids[0], d.ids[1]]);
  return pairs;
}

export function sortedPairs(pairs: Map<string, [number, number]>): Array<[number, number]> {
  return [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

export function reviseTextMerges(
  result: MergeResult,
  answers: readonly MergeAnswer[],
  added: readonly AddedPair[] = [],
): RevisedTextMerges {
  const pairs = acceptedPairs(result);
  const decisions = [...result.decisions];
  const answered = new Set(answers.map((a) => decisionKey(result.decisions[a.index])));
  // Pairs that stay as decided constrain the answers: one successor and one predecessor.
  const fixedSucc = new Map<number, number>();
  const fixedPred = new Map<number, number>();
  for (const [k, [a, b]] of pairs) {
    if (answered.has(k)) continue;
    fixedSucc.set(a, b);
    fixedPred.set(b, a);
  }
  const refused = new Set<MergeAnswer>();
  for (const answer of answers) {
    const d = result.decisions[answer.index];
    const [a, b] = d.ids;
    if (answer.merge && ((fixedSucc.get(a) ?? b) !== b || (fixedPred.get(b) ?? a) !== a)) {
      refused.add(answer);
      continue;
    }
    if (answer.merge) pairs.set(key(a, b), [a, b]);
    else pairs.delete(key(a, b));
    decisions[answer.index] = { ...d, accepted: answer.merge };
  }
  const taken: AddedPair[] = [];
  for (const extra of added) {
    const [a, b] = extra.pair;
    if ([...pairs.values()].some(([x, y]) => x === a || y === b)) continue;
    pairs.set(key(a, b), [a, b]);
    decisions.push(extra.decision);
    taken.push(extra);
  }
  return { result: { groups: groupsFromPairs(sortedPairs(pairs)), decisions }, refused, added: taken };
}

function decisionKey(d: Decision): string {
  return key(d.ids[0], d.ids[1]);
}
