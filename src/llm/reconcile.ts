// Reconciling the answers of overlapping chunks into one set of document-level answers.
//
// Links (text continuation, caption → float): the union of the chunks' answers with one target per
// source. A source answered by several chunks (it lies in shared pages) takes the answer of the chunk
// that gives it the most context on its thinner side (`centrality`); a tie goes to the answer that
// agrees with the rules, then to the earlier chunk. For continuation links a target also has one
// source: a second source claiming it loses by the same order.
//
// Heading levels: each chunk's model levels are mapped to document levels by a monotone per-level
// mapping fitted on anchors — titles whose document level is already known: from earlier chunks (the
// overlap), fixed anchors (in `unsure` mode the sure titles' rule levels), and titles sharing a
// numbering key ("decimal:2") with a title already placed. Each model level takes the offset most of
// its anchors agree on; a level without anchors borrows the offset of the nearest anchored level
// below it (else above; else no offset). This is better than MinerU-Popo's single rounded average
// offset per chunk (inference.py, "Chunk level Synchronization"): a chunk whose model merged or split
// two levels is still placed right, and numbering carries the hierarchy across chunks with no shared
// title. Overlap conflicts go to the more central answer, as for links.
import type { PageRange } from './chunking.js';

export interface ChunkLinkAnswer {
  chunk: number;
  /** Sources this chunk answered for, with their target (null = continues into nothing / no float). */
  answers: Map<number, number | null>;
  /** Context the chunk gives each answered source (see chunking.centrality). */
  weight: (src: number) => number;
}

export interface Resolved<T> {
  value: T;
  chunk: number;
  /** Other chunks answered differently. */
  conflict: boolean;
}

export function reconcileLinks(
  chunks: readonly ChunkLinkAnswer[],
  rules: (src: number) => number | null | undefined,
  options: { oneSourcePerTarget: boolean },
): Map<number, Resolved<number | null>> {
  type Candidate = { src: number; tgt: number | null; chunk: number; weight: number; agrees: boolean };
  const bySource = new Map<number, Candidate[]>();
  for (const c of chunks) {
    for (const [src, tgt] of c.answers) {
      const list = bySource.get(src) ?? [];
      list.push({ src, tgt, chunk: c.chunk, weight: c.weight(src), agrees: rules(src) === tgt });
      bySource.set(src, list);
    }
  }
  const better = (a: Candidate, b: Candidate) =>
    a.weight !== b.weight ? a.weight > b.weight : a.agrees !== b.agrees ? a.agrees : a.chunk < b.chunk;
  const chosen = new Map<number, Candidate & { conflict: boolean }>();
  for (const [src, list] of bySource) {
    let best = list[0];
    for (const c of list.slice(1)) if (better(c, best)) best = c;
    chosen.set(src, { ...best, conflict: list.some((c) => c.tgt !== best.tgt) });
  }
  if (options.oneSourcePerTarget) {
    const byTarget = new Map<number, Candidate & { conflict: boolean }>();
    for (const c of [...chosen.values()].sort((a, b) => a.src - b.src)) {
      if (c.tgt === null) continue;
      const other = byTarget.get(c.tgt);
      if (!other) byTarget.set(c.tgt, c);
      else {
        const [win, lose] = better(c, other) ? [c, other] : [other, c];
        byTarget.set(c.tgt, win);
        chosen.set(lose.src, { ...lose, tgt: null, conflict: true });
      }
    }
  }
  return new Map([...chosen].map(([src, c]) => [src, { value: c.tgt, chunk: c.chunk, conflict: c.conflict }]));
}

export interface ChunkLevelAnswer {
  chunk: number;
  range: PageRange;
  /** Model level per title id (−1 = not a title). */
  levels: Map<number, number>;
  weight: (id: number) => number;
}

/** A monotone map from model levels to document levels, fitted on (model, document) anchor pairs. */
export function fitLevelMapping(pairs: ReadonlyArray<[number, number]>, modelLevels: readonly number[]) {
  const votes = new Map<number, Map<number, number>>();
  for (const [m, r] of pairs) {
    const v = votes.get(m) ?? new Map<number, number>();
    v.set(r - m, (v.get(r - m) ?? 0) + 1);
    votes.set(m, v);
  }
  const offsetOf = new Map<number, number>();
  for (const [m, v] of votes) {
    const best = [...v].sort((a, b) => b[1] - a[1] || Math.abs(a[0]) - Math.abs(b[0]) || a[0] - b[0])[0];
    offsetOf.set(m, best[0]);
  }
  const anchored = [...offsetOf.keys()].sort((a, b) => a - b);
  const levels = [...new Set([...modelLevels.filter((m) => m >= 1), ...anchored])].sort((a, b) => a - b);
  const mapping = new Map<number, number>();
  let previous = 0;
  for (const m of levels) {
    let offset = offsetOf.get(m);
    if (offset === undefined) {
      const below = anchored.filter((a) => a < m);
      const above = anchored.filter((a) => a > m);
      offset = below.length ? offsetOf.get(below[below.length - 1])! : above.length ? offsetOf.get(above[0])! : 0;
    }
    const level = Math.max(1, m + offset, previous);
    mapping.set(m, level);
    previous = level;
  }
  return (m: number) => (m < 1 ? -1 : (mapping.get(m) ?? Math.max(1, m)));
}

export function reconcileLevels(
  chunks: readonly ChunkLevelAnswer[],
  options: {
    /** Document levels known before any chunk (sure titles in `unsure` mode). */
    anchors?: ReadonlyMap<number, number>;
    /** Numbering key ("decimal:2") of titles that have one. */
    numberingKey?: ReadonlyMap<number, string>;
    rules?: (id: number) => number | undefined;
  } = {},
): Map<number, Resolved<number>> {
  const anchors = options.anchors ?? new Map<number, number>();
  const keys = options.numberingKey ?? new Map<number, string>();
  const result = new Map<number, Resolved<number> & { weight: number }>();
  const keyVotes = new Map<string, Map<number, number>>();
  const keyLevel = (key: string) => {
    const v = keyVotes.get(key);
    return v ? [...v].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0] : undefined;
  };
  for (const [id, level] of anchors) {
    const key = keys.get(id);
    if (key && level >= 1) {
      const v = keyVotes.get(key) ?? new Map<number, number>();
      v.set(level, (v.get(level) ?? 0) + 1);
      keyVotes.set(key, v);
    }
  }
  const ordered = [...chunks].sort((a, b) => a.range.start - b.range.start || a.chunk - b.chunk);
  for (const chunk of ordered) {
    const pairs: Array<[number, number]> = [];
    for (const [id, m] of chunk.levels) {
      if (m < 1) continue;
      const known = anchors.get(id) ?? result.get(id)?.value;
      const key = keys.get(id);
      const reference = known !== undefined && known >= 1 ? known : key ? keyLevel(key) : undefined;
      if (reference !== undefined) pairs.push([m, reference]);
    }
    const map = fitLevelMapping(pairs, [...chunk.levels.values()]);
    const placed: Array<[number, number]> = [];
    for (const [id, m] of chunk.levels) {
      const level = map(m);
      const weight = chunk.weight(id);
      const existing = result.get(id);
      if (!existing) {
        result.set(id, { value: level, chunk: chunk.chunk, conflict: false, weight });
        placed.push([id, level]);
      } else if (existing.value !== level) {
        const agrees = options.rules?.(id) === level;
        const existingAgrees = options.rules?.(id) === existing.value;
        const wins = weight !== existing.weight ? weight > existing.weight : agrees && !existingAgrees;
        if (wins) {
          result.set(id, { value: level, chunk: chunk.chunk, conflict: true, weight });
          placed.push([id, level]);
        } else existing.conflict = true;
      }
    }
    for (const [id, level] of placed) {
      const key = keys.get(id);
      if (!key || level < 1) continue;
      const v = keyVotes.get(key) ?? new Map<number, number>();
      v.set(level, (v.get(level) ?? 0) + 1);
      keyVotes.set(key, v);
    }
  }
  return new Map([...result].map(([id, r]) => [id, { value: r.value, chunk: r.chunk, conflict: r.conflict }]));
}
