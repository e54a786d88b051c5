// Dynamic chunking by pages for long documents (the idea of MinerU-Popo's adaptive_chunk in
// post_processing/inference.py, which cuts every ~50 pages at the page holding most candidates and
// lets neighbouring chunks share one page on each side; our own algorithm):
//  - a chunk is a page range whose units fit the budget: at most `maxPages` pages and `maxChars`
//    characters of serialized input (the model's context, less room for the answer);
//  - consecutive chunks share `overlap` pages; among the feasible ends near the limit, the end is put
//    where those shared pages hold the most units (candidates answered twice are what the
//    reconciliation aligns on), the later end winning a tie (fewer requests);
//  - a page too large for the budget on its own forms a chunk alone.

export interface ChunkUnit {
  page: number;
  /** Serialized size (characters). */
  cost: number;
}

export interface ChunkPlanOptions {
  maxPages: number;
  maxChars: number;
  /** Pages shared by neighbouring chunks. */
  overlap: number;
}

export interface PageRange {
  start: number;
  end: number;
}

export const defaultChunking: ChunkPlanOptions = { maxPages: 50, maxChars: 60_000, overlap: 2 };

export function planChunks(units: readonly ChunkUnit[], options: ChunkPlanOptions = defaultChunking): PageRange[] {
  if (units.length === 0) return [];
  const count = new Map<number, number>();
  const cost = new Map<number, number>();
  for (const u of units) {
    count.set(u.page, (count.get(u.page) ?? 0) + 1);
    cost.set(u.page, (cost.get(u.page) ?? 0) + u.cost);
  }
  const pages = [...count.keys()].sort((a, b) => a - b);
  const first = pages[0];
  const last = pages[pages.length - 1];
  const overlap = Math.max(0, Math.min(Math.floor(options.overlap), Math.floor(options.maxPages) - 1));
  const costOf = (a: number, b: number) => pages.filter((p) => p >= a && p <= b).reduce((s, p) => s + cost.get(p)!, 0);
  const countOf = (a: number, b: number) =>
    pages.filter((p) => p >= a && p <= b).reduce((s, p) => s + count.get(p)!, 0);

  const ranges: PageRange[] = [];
  let start = first;
  for (;;) {
    // Farthest feasible end (at least one page further than the overlap, so that chunks advance).
    const minEnd = start + overlap;
    let end = start;
    while (end < last && end + 1 - start + 1 <= options.maxPages && costOf(start, end + 1) <= options.maxChars) end++;
    end = Math.max(end, Math.min(last, minEnd));
    if (end >= last) {
      ranges.push({ start, end: last });
      return ranges;
    }
    // Among the ends in the last quarter of the reach, the one whose shared pages hold most units.
    const window = Math.max(1, Math.floor((end - start) / 4));
    let best = end;
    let bestCount = -1;
    for (let e = end; e >= Math.max(minEnd, end - window); e--) {
      const c = overlap > 0 ? countOf(e - overlap + 1, e) : 0;
      if (c > bestCount) {
        best = e;
        bestCount = c;
      }
    }
    ranges.push({ start, end: best });
    start = overlap > 0 ? best - overlap + 1 : best + 1;
  }
}

/** The units of each range (a unit in shared pages belongs to both chunks). */
export function assignUnits<T extends { page: number }>(units: readonly T[], ranges: readonly PageRange[]): T[][] {
  return ranges.map((r) => units.filter((u) => u.page >= r.start && u.page <= r.end));
}

/**
 * How much context a chunk gives a unit on the page: pages on its thinner side within the chunk
 * (a side at the document's edge counts as complete). Used to settle conflicting overlap answers.
 */
export function centrality(page: number, range: PageRange, documentRange: PageRange): number {
  const before = range.start <= documentRange.start ? Number.POSITIVE_INFINITY : page - range.start;
  const after = range.end >= documentRange.end ? Number.POSITIVE_INFINITY : range.end - page;
  const c = Math.min(before, after);
  return c === Number.POSITIVE_INFINITY ? 1e6 : c;
}
