// A table's own header row that the parser read as a line of text before the table's first piece ("Escape Name
// Default size Expandable Description" over the first rows, Mistral): the same words repeat before each later piece
// as a running head does, and those repeats are the page's, but the first is the table's head — body. Evidence: a
// line right before a table on its page whose words (spaces folded) no earlier table's first row and no earlier line
// carries, and that stands right before a table wherever it stands (twice or more): a running line (an author's
// name) stands over a table only now and then. Precedence: set apart from a repetition group (../furniture.ts
// `markRepeats`), whose count it still makes; the cut-out copies on later pages stay furniture (./table-heads.ts).
import type { Element } from '../../model/element.js';

const squash = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
/** Longest line taken for a header row. */
const MAX_ROW = 200;

/** Ids of the lines that are a table's own header row read out before its first piece. */
export function ownHeadRows(byPage: ReadonlyMap<number, Element[]>): Set<number> {
  const seen = new Set<string>();
  const first = new Map<string, Element>();
  // per text line: how often it stands, and how often right before a table
  const lines = new Map<string, { all: number; overTable: number }>();
  const pages = [...byPage.keys()].sort((a, b) => a - b);
  for (const p of pages) {
    const els = byPage.get(p)!;
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (el.type === 'table') {
        seen.add(squash((el.text.split('\n')[0] ?? '').replace(/\t/g, ' ')));
        continue;
      }
      if (el.type !== 'text' || el.text.includes('\n')) continue;
      const key = squash(el.text);
      if (!key || key.length > MAX_ROW) continue;
      const count = lines.get(key) ?? { all: 0, overTable: 0 };
      count.all++;
      const overTable = els[i + 1]?.type === 'table';
      if (overTable) count.overTable++;
      lines.set(key, count);
      if (overTable && !seen.has(key) && !first.has(key)) first.set(key, el);
      seen.add(key);
    }
  }
  const out = new Set<number>();
  // a head row stands over a table wherever it stands: a running line only now and then
  for (const [key, el] of first) {
    const count = lines.get(key)!;
    if (count.overTable >= 2 && count.overTable === count.all) out.add(el.id);
  }
  return out;
}
