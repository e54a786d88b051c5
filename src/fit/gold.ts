// What the gold structure.json says to the question a decision answers (merge these two? a heading? a
// caption of that float? furniture?), for calibration and for fitting the weights.
import type { Decision } from '../model/decision.js';
import type { Structure } from '../model/structure.js';

export interface GoldSets {
  paragraphs: Set<string>;
  tables: Set<string>;
  furniture: Set<string>;
  headings: Set<string>;
  captions: Set<string>;
}

/** Each merge group as its consecutive links `a|b`. */
const links = (groups: string[][]) => new Set(groups.flatMap((g) => g.slice(1).map((x, i) => `${g[i]}|${x}`)));

export function goldSets(gold: Structure): GoldSets {
  return {
    paragraphs: links(gold.paragraphMerges),
    tables: links(gold.tableMerges),
    furniture: new Set(gold.furniture),
    headings: new Set(gold.headings.map((h) => h.ref)),
    captions: new Set(gold.captions.map((c) => `${c.caption}|${c.target}`)),
  };
}

/**
 * Whether the gold says yes (merged, a heading, linked, furniture) to the decision's question; undefined when
 * the gold does not answer it (a caption decision without a target, or one taken from the parser).
 */
export function goldSays(d: Decision, sets: GoldSets): boolean | undefined {
  const [first, second] = d.place.refs;
  const pair = `${first}|${second}`;
  switch (d.stage) {
    case 'text-merge':
      return sets.paragraphs.has(pair);
    case 'table-merge':
      return sets.tables.has(pair);
    case 'furniture':
      return sets.furniture.has(first);
    case 'headings':
      return sets.headings.has(first);
    case 'captions':
      return second !== undefined && d.by !== 'parser' ? sets.captions.has(pair) : undefined;
    default:
      return undefined;
  }
}
