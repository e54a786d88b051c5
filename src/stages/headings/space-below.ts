// The space a heading leaves below it, as evidence of its kind (`space-below-of-numbered`). A document that sets
// its sections and subsections alike at the body size (elsarticle: bold and italic, both at body size) still
// leaves them different space before the text they open (elsarticle: 9pt after a section, 6pt after a subsection,
// with the line's own leading twice that ratio on the page). Decided once per document: each numbered kind of the
// top ladder measured at least twice, the kinds' spaces apart (every space of the one larger than every space of
// the other, by a clear factor). An unnumbered body-size heading is then of the kind whose space its own is
// nearest; with the kinds not apart, or its space unknown, the case habit decides as before (candidates.ts).
// Precedence: after the contents level, a keyword's top key and the PDF font (levels.ts keyUnnumbered reads the
// style this sets), before the case style habit.
import { PositionIndex } from '../../layout/positions.js';
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import type { Candidate } from './types.js';

export const SPACE_BELOW = 'headings.space-below-of-numbered';

/** How much larger every space of the roomier kind must be than every space of the tighter kind. */
const APART = 1.5;

/**
 * The space below each candidate (page units): from its box's bottom to the top of the next body element in
 * reading order, when that element is on the same page, below it, overlapping it across, and no heading.
 */
export function spacesBelow(
  candidates: readonly Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
): Map<Candidate, number> {
  const index = new PositionIndex(elements);
  const heading = new Set(candidates.map((c) => c.el.id));
  const out = new Map<Candidate, number>();
  for (const c of candidates) {
    const box = c.el.bbox;
    const at = index.get(c.el.id);
    if (!box || at === undefined) continue;
    let next: Element | undefined;
    for (let i = at + 1; i < elements.length && !next; i++) {
      const e = elements[i];
      if (!furniture.kinds.has(e.id) && e.text.trim()) next = e;
    }
    if (!next?.bbox || next.page !== c.el.page || heading.has(next.id)) continue;
    const across = Math.min(box[2], next.bbox[2]) - Math.max(box[0], next.bbox[0]);
    const gap = next.bbox[1] - box[3];
    if (across > 0 && gap >= 0) out.set(c, gap);
  }
  return out;
}

/**
 * The numbered kinds (ladder and rank) of the given body-size numbered headings, with their measured spaces, when
 * two kinds or more of one ladder are each measured twice and their spaces lie apart; else undefined. `topSamples`
 * (the top keywords at body size: "Acknowledgments", "References") count as measures of the top kind (rank 1) when
 * it is measured. Kinds whose spaces do not lie apart are one group, standing for its shallowest kind
 * (`space-below-groups`: elsarticle's subsections and subsubsections leave 6pt and 4pt, its sections 9pt).
 */
export function kindsBySpace(
  numbered: readonly Candidate[],
  spaces: ReadonlyMap<Candidate, number>,
  topSamples: readonly Candidate[] = [],
  groups = false,
): { kind: string; first: Candidate; low: number; high: number }[] | undefined {
  const byKind = new Map<string, Candidate[]>();
  for (const c of numbered) {
    if (!spaces.has(c)) continue;
    const kind = `${c.numbering!.ladder}:${c.numbering!.rank}`;
    byKind.set(kind, [...(byKind.get(kind) ?? []), c]);
  }
  const topKind = [...byKind.keys()].find((k) => k.endsWith(':1'));
  if (topKind) byKind.set(topKind, [...byKind.get(topKind)!, ...topSamples.filter((c) => spaces.has(c))]);
  const kinds = [...byKind]
    .filter(([, cs]) => cs.length >= 2)
    .map(([kind, cs]) => {
      const gaps = cs.map((c) => spaces.get(c)!);
      return { kind, first: cs[0], low: Math.min(...gaps), high: Math.max(...gaps) };
    })
    .sort((a, b) => a.low - b.low);
  if (kinds.length < 2) return undefined;
  const out = [kinds[0]];
  for (const k of kinds.slice(1)) {
    const last = out[out.length - 1];
    if (k.low >= last.high * APART && last.high > 0) out.push(k);
    else if (!groups) return undefined;
    else out[out.length - 1] = merged(last, k);
  }
  return out.length >= 2 ? out : undefined;
}

type Kind = { kind: string; first: Candidate; low: number; high: number };

/** Two kinds whose spaces do not lie apart as one: their range, standing for the shallower (lower rank). */
function merged(a: Kind, b: Kind): Kind {
  const top = a.first.numbering!.rank <= b.first.numbering!.rank ? a : b;
  return { kind: top.kind, first: top.first, low: Math.min(a.low, b.low), high: Math.max(a.high, b.high) };
}

/** The kind whose spaces this space lies nearest (by ratio; inside a kind's range, that kind). */
export function nearestKind<K extends { low: number; high: number }>(kinds: readonly K[], space: number): K {
  const distance = (k: K) =>
    space >= k.low && space <= k.high
      ? 0
      : Math.abs(Math.log(Math.max(space, 1e-6) / (space < k.low ? k.low : Math.max(k.high, 1e-6))));
  return kinds.reduce((best, k) => (distance(k) < distance(best) ? k : best));
}
