// A table's own header row that the parser read as a line of text before the table's first piece ("Escape Name
// Default size Expandable Description" over the first rows, Mistral): the same words repeat before each later piece
// as a running head does, and those repeats are the page's, but the first is the table's head — body. Evidence: a
// line right before a table on its page whose words (spaces folded) no earlier table's first row and no earlier such
// line carries. Precedence: set apart from a repetition group (../furniture.ts `withoutSetApart`), as a title-block
// line is; the cut-out copies on later pages stay furniture (./table-heads.ts).
import type { Element } from '../../model/element.js';

const squash = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
/** Longest line taken for a header row. */
const MAX_ROW = 200;

/** Ids of the lines that are a table's own header row read out before its first piece. */
export function ownHeadRows(byPage: ReadonlyMap<number, Element[]>): Set<number> {
  const seen = new Set<string>();
  const out = new Set<number>();
  const pages = [...byPage.keys()].sort((a, b) => a - b);
  for (const p of pages) {
    const els = byPage.get(p)!;
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (el.type === 'table') {
        const first = el.text.split('\n')[0] ?? '';
        seen.add(squash(first.replace(/\t/g, ' ')));
        continue;
      }
      if (el.type !== 'text' || els[i + 1]?.type !== 'table') continue;
      const key = squash(el.text);
      if (!key || key.length > MAX_ROW || el.text.includes('\n')) continue;
      if (!seen.has(key)) out.add(el.id);
      seen.add(key);
    }
  }
  return out;
}
