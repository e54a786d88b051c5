// The parser's own paragraph merges as evidence. MinerU joins a paragraph cut by a page or column break
// itself: its content list moves the later block's text into the first block and leaves the later block
// empty, its middle.json marks the moved lines (the adapters record both as `hints.parserMergedWith`, the
// ref of the block it was merged with). The spec counts such a pair as one paragraph of the input's
// elements, so the emptied block joins the group of the block that took its text. The parser saw the page;
// its merge is strong evidence, weighed like any other (`text-merge.parser-merged`).

import { TEXT_LIKE } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';

/** The judge's feature, rule and reason for these pairs (src/stages/text-merge.ts: strong evidence, judged first). */
export const PARSER_MERGE = {
  feature: 'parser-merged',
  rule: 'text-merge.parser-merged',
  why: 'the parser merged the second block into the first',
} as const;

/** The pairs [absorber, absorbed] the parser merged, in reading order, both text blocks of the body. */
export function parserMergedPairs(body: readonly Element[]): Array<[Element, Element]> {
  // only the refs some block names (a Map of every block's ref was most of this pass on a long document)
  const named = new Set<string>();
  // (indexed loops, and no empty array per block: run once over every block, a for-of runs mostly unoptimised)
  for (let i = 0; i < body.length; i++) {
    const refs = body[i].hints?.parserMergedWith;
    if (refs) for (const ref of refs) named.add(ref);
  }
  if (named.size === 0) return [];
  const byRef = new Map<string, Element>();
  for (const el of body) if (TEXT_LIKE.has(el.type) && named.has(el.ref)) byRef.set(el.ref, el);
  const pairs: Array<[Element, Element]> = [];
  const seen = new Set<string>();
  for (const el of body) {
    if (!TEXT_LIKE.has(el.type)) continue;
    for (const ref of el.hints?.parserMergedWith ?? []) {
      const other = byRef.get(ref);
      // Each link is recorded on both sides (middle.json); the earlier block is the one that took the text.
      if (!other || other === el) continue;
      const [a, b] = other.id < el.id ? [other, el] : [el, other];
      const key = `${a.id}>${b.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([a, b]);
    }
  }
  return pairs.sort((x, y) => x[0].id - y[0].id || x[1].id - y[1].id);
}
