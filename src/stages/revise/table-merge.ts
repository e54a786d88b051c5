// Table merges re-decided with outside answers (the LLM path's): each answer says whether a candidate
// pair is one table, and may say whether the second's first row completes the first's last. A group
// the stage formed itself keeps its table; a new one is built by the stage's own rules (headerEvidence, cutRowOf:
// the repeated header rows dropped, a row cut by the break joined unless the answer says otherwise).
import { groupsFromPairs } from '../../layout/columns.js';
import { columnCount, concatTables, parseTable } from '../../table/html.js';
import { cutRowOf, type Fragment, headerEvidence } from '../table-merge.js';
import type { FurnitureResult, StageInput, TableMergeResult } from '../types.js';
import { acceptedPairs, sortedPairs } from './text-merge.js';

export interface TableMergeAnswer {
  /** Index of the candidate's decision in the stage's list (a two-fragment decision). */
  index: number;
  merge: boolean;
  /** The second fragment's first row completes the first's last row (absent: the stage's rule says). */
  joinCutRow?: boolean;
}

export function reviseTableMerges(
  input: StageInput,
  // Not read: every revise takes the stage's own arguments, and table merges need no furniture here.
  _furniture: FurnitureResult,
  result: TableMergeResult,
  answers: readonly TableMergeAnswer[],
): TableMergeResult {
  const pairs = acceptedPairs(result);
  const decisions = [...result.decisions];
  const joinOf = new Map<number, boolean | undefined>();
  for (const answer of answers) {
    const d = result.decisions[answer.index];
    const [a, b] = d.ids;
    if (answer.merge) {
      pairs.set(`${a}>${b}`, [a, b]);
      joinOf.set(b, answer.joinCutRow);
    } else pairs.delete(`${a}>${b}`);
    decisions[answer.index] = { ...d, accepted: answer.merge };
  }
  const groups = groupsFromPairs(sortedPairs(pairs));
  const kept = new Map(result.groups.map((g) => [g.join(','), g[0]]));
  const html = new Map<number, string>();
  for (const g of groups) {
    const old = kept.get(g.join(','));
    const same = old !== undefined ? result.html.get(old) : undefined;
    html.set(g[0], same ?? mergeGroup(input, g, joinOf));
  }
  return { groups, html, decisions };
}

/** A group's table as the stage builds one: its header and cut-row rules, pair by pair. */
function mergeGroup(input: StageInput, group: number[], joinOf: ReadonlyMap<number, boolean | undefined>): string {
  const fragments: Fragment[] = group.map((id) => {
    const el = input.doc.elements[id];
    const table = parseTable(el.html ?? '');
    // Captions weigh only in the pair's score, which is not asked here.
    return { el, table, columns: columnCount(table.rows), captions: [], footnotes: [] };
  });
  const skip: number[] = [0];
  const joins: Array<boolean | 'last-cell'> = [false];
  for (let i = 1; i < fragments.length; i++) {
    const [a, b] = [fragments[i - 1], fragments[i]];
    // The stage's own rules: its repeated-header count and its cut-row test (the features are not needed).
    const repeatedHeaderRows = headerEvidence(a, b, []);
    const cutRow = cutRowOf(a, b, repeatedHeaderRows);
    const answered = joinOf.get(b.el.id);
    skip.push(repeatedHeaderRows);
    joins.push(answered === undefined ? cutRow : answered && (cutRow || true));
  }
  return concatTables(
    fragments.map((f) => f.table),
    skip,
    joins,
  );
}
