// LibreOffice prints a table's repeated head row (`table:table-header-rows`) on every page the table reaches, but
// tags only the first copy: the copies at the top of the next pages are artifacts, which the corpus reader would
// take for running heads (furniture in the gold, a head row the continuation fragment lacks). A parser sees a
// table fragment that opens with its head row, so the copies are given back to the table: on a page, the artifact
// lines right above a run of table rows whose text is a head row of the document's tables become a TR leaf (TH
// cells, columns by the x of the rows below) in front of those rows; build.ts then reads it as a repeat.
// Applied to the office kinds only (kinds.ts), so the corpora of the other office families stay byte-identical.
import { alignKey, type Block } from '../blocks.js';
import type { Leaf, PageData, Run } from '../readback.js';

/** The characters of a text's alignment key, sorted: a head row whose cells wrap prints them interleaved. */
const chars = (s: string) => [...alignKey(s)].sort().join('');

/** Artifact runs grouped into printed lines, top to bottom. */
function artifactLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [];
  for (const r of [...runs].sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0)) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0].y1 - r.y1) < 2) last.push(r);
    else lines.push([r]);
  }
  return lines;
}

/** The left edge of each column, from the cells of the rows below (undefined where every cell is empty). */
function columnStarts(rows: Leaf[]): (number | undefined)[] {
  const n = Math.max(0, ...rows.map((r) => r.cells?.length ?? 0));
  return Array.from({ length: n }, (_, i) => {
    const xs = rows.flatMap((r) => (r.cells?.[i]?.runs ?? []).filter((x) => x.str.trim()).map((x) => x.x0));
    return xs.length ? Math.min(...xs) : undefined;
  });
}

function headLeaf(runs: Run[], rows: Leaf[]): Leaf {
  const starts = columnStarts(rows);
  const cells = starts.map(() => ({ tag: 'TH', runs: [] as Run[] }));
  for (const r of runs) {
    let best = 0;
    starts.forEach((x, i) => {
      if (x !== undefined && x <= r.x0 + 2) best = i;
    });
    cells[best]?.runs.push(r);
  }
  for (const c of cells) c.runs.sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0);
  return { role: 'TR', runs: cells.flatMap((c) => c.runs), cells };
}

export function restoreRepeatedHeads(pages: PageData[], blocks: Block[]): number {
  const heads = new Set<string>();
  for (const b of blocks)
    if (b.kind === 'table') for (const r of b.headRows) if (r.join('').trim()) heads.add(chars(r.join('')));
  if (heads.size === 0) return 0;
  let restored = 0;
  for (const page of pages) {
    const lines = artifactLines(page.artifacts);
    for (let i = 0; i < page.leaves.length; i++) {
      const leaf = page.leaves[i];
      if (leaf.role !== 'TR' || page.leaves[i - 1]?.role === 'TR') continue;
      const top = Math.min(...leaf.runs.map((r) => r.y0));
      const prevBottom = i > 0 ? Math.max(...page.leaves[i - 1].runs.map((r) => r.y1)) : 0;
      const above = lines.filter((l) => l[0].y1 <= top + 1 && l[0].y0 >= prevBottom - 1);
      // the lines right above the rows, from the bottom up, until their text is a head row
      for (let k = above.length - 1; k >= 0; k--) {
        const runs = above.slice(k).flat();
        if (!heads.has(chars(runs.map((r) => r.str).join('')))) continue;
        let j = i;
        while (page.leaves[j]?.role === 'TR') j++;
        page.leaves.splice(i, 0, headLeaf(runs, page.leaves.slice(i, j)));
        const used = new Set(runs);
        page.artifacts = page.artifacts.filter((r) => !used.has(r));
        restored++;
        i++;
        break;
      }
    }
  }
  return restored;
}
