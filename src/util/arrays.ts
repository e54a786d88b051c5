// Minimum, maximum and append over arrays of any length. `Math.min(...xs)` and `a.push(...xs)` pass every
// value as an argument, and past some 100,000 of them V8 throws "Maximum call stack size exceeded" (#11).

/** `Math.min(...values)` without the argument limit (Infinity when empty, NaN when any value is NaN). */
export function minOf(values: Iterable<number>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v < min) min = v;
  }
  return min;
}

/** `Math.max(...values)` without the argument limit (-Infinity when empty, NaN when any value is NaN). */
export function maxOf(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v > max) max = v;
  }
  return max;
}

/** `target.push(...items)` without the argument limit. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Items grouped by a key: groups in the order their first item comes, items in their order. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
