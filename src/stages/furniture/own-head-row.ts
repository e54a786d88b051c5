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

/** A table's first line, tabs as spaces, folded as `squash` does (only the first line is read: tables are long). */
const firstRowKey = (table: Element) => {
  const nl = table.text.indexOf('\n');
  return squash((nl < 0 ? table.text : table.text.slice(0, nl)).replace(/\t/g, ' '));
};

/** The folded words of each one-line text right before a table: the only lines the rule asks about. */
function linesOverTables(byPage: ReadonlyMap<number, Element[]>): Set<string> {
  const out = new Set<string>();
  for (const els of byPage.values())
    for (let i = 0; i + 1 < els.length; i++) {
      const el = els[i];
      if (el.type !== 'text' || els[i + 1].type !== 'table' || el.text.includes('\n')) continue;
      const key = squash(el.text);
      if (key && key.length <= MAX_ROW) out.add(key);
    }
  return out;
}

/** Ids of the lines that are a table's own header row read out before its first piece. */
export function ownHeadRows(byPage: ReadonlyMap<number, Element[]>): Set<number> {
  const wanted = linesOverTables(byPage);
  if (wanted.size === 0) return new Set();
  // folding only shortens a text: one shorter than every wanted key, or far longer than a row, is none of them
  const shortest = Math.min(...[...wanted].map((k) => k.length));
  const seen = new Set<string>();
  const first = new Map<string, Element>();
  // per wanted line: how often it stands, and how often right before a table
  const lines = new Map<string, { all: number; overTable: number }>();
  const pages = [...byPage.keys()].sort((a, b) => a - b);
  for (const p of pages) {
    const els = byPage.get(p)!;
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (el.type === 'table') {
        seen.add(firstRowKey(el));
        continue;
      }
      if (el.type !== 'text' || el.text.length < shortest || el.text.length > 2 * MAX_ROW) continue;
      if (el.text.includes('\n')) continue;
      const key = squash(el.text);
      if (!wanted.has(key)) continue;
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
