// Label order: the numbered captions of one kind of float follow their floats' order on the page ("Table 11.1"
// goes with the first table, "Table 11.2" with the second). Used only where the page gives no geometry: for
// captions without a box, placed by reading order alone, a parser that set two captions in each other's places
// (before the other table) pins each on the wrong float; their numbers put them back. With boxes the geometry
// decides (a figure spanning both columns may float above an earlier-numbered one).
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';

interface Pair {
  caption: Element;
  target: Element;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function roman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    total += i + 1 < s.length && v < ROMAN[s[i + 1]] ? -v : v;
  }
  return total;
}

/** A caption's number as parts to compare ("11.2" → [11, 2], "IV" → [4]); undefined when it has none. */
export function captionNumber(caption: Element): { kind: string; parts: number[] } | undefined {
  const label = parseCaptionLabel(caption.text);
  if (!label || label.continued || (label.kind !== 'table' && label.kind !== 'image')) return undefined;
  const n = label.number;
  if (/^[IVXLC]+$/.test(n)) return { kind: label.kind, parts: [roman(n)] };
  if (!/^\d+(?:[.\-–]\d+)*$/.test(n)) return undefined;
  return { kind: label.kind, parts: n.split(/[.\-–]/).map(Number) };
}

export function compareNumbers(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * The chosen pairs whose boxless, numbered captions of one kind on one page run against their floats' order,
 * as [first, second] index pairs into `chosen`, to exchange when `allowed` (both crossed pairs reach the threshold).
 */
export function labelOrderSwaps(
  chosen: readonly Pair[],
  position: ReadonlyMap<number, number>,
  allowed: (caption: Element, target: Element) => boolean,
): Array<[number, number]> {
  const swaps: Array<[number, number]> = [];
  const numbered = chosen
    .map((p, i) => ({ i, p, n: p.caption.bbox ? undefined : captionNumber(p.caption) }))
    .filter((x) => x.n !== undefined && x.p.caption.page === x.p.target.page);
  const used = new Set<number>();
  for (const a of numbered) {
    for (const b of numbered) {
      if (used.has(a.i) || used.has(b.i) || a.n!.kind !== b.n!.kind || a.p.caption.page !== b.p.caption.page) continue;
      const earlier = position.get(a.p.target.id)! < position.get(b.p.target.id)!;
      if (!earlier || compareNumbers(a.n!.parts, b.n!.parts) <= 0) continue;
      if (!allowed(a.p.caption, b.p.target) || !allowed(b.p.caption, a.p.target)) continue;
      swaps.push([a.i, b.i]);
      used.add(a.i).add(b.i);
    }
  }
  return swaps;
}
