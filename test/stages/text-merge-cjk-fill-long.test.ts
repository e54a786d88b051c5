// The columns of cjkLastLineFills (src/stages/text-merge/cjk-fill.ts) over a long CJK document: each block's upper
// decile of characters per line among the blocks of its width, kept in a window over the blocks sorted by width
// (columnUpperDeciles), against the definition (filter each block's column, sort it, take the value at ⌊0.9 n⌋).
import { describe, expect, it } from 'vitest';
import { cjkLastLineFills, columnUpperDeciles } from '../../src/stages/text-merge/cjk-fill.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { rng as random } from '../helpers/rng.js';

/** The definition, quadratic in the blocks. */
function byFilter(widths: readonly number[], perLine: readonly number[]): (number | undefined)[] {
  return widths.map((w) => {
    const column = perLine.filter((_, o) => Math.abs(widths[o] - w) <= 0.02).sort((x, y) => x - y);
    return column.length < 3 ? undefined : column[Math.min(column.length - 1, Math.floor(column.length * 0.9))];
  });
}

describe('columnUpperDeciles', () => {
  it('gives each block the decile its column gives by the definition', () => {
    const rnd = random(5150);
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(rnd() * (round < 280 ? 40 : 1500));
      // Blocks near a few column widths (two columns, one, a table's cells), spaced about the tolerance apart.
      const columns = [0.37, 0.758, 0.39, 0.2 + rnd() * 0.6];
      const widths = Array.from({ length: n }, () => {
        const c = columns[Math.floor(rnd() * columns.length)];
        return rnd() < 0.3 ? c : c + Math.round((rnd() - 0.5) * 80) / 1000;
      });
      const perLine = Array.from({ length: n }, () => (rnd() < 0.3 ? 46 : Math.round(rnd() * 920) / 20));
      expect(columnUpperDeciles(widths, perLine)).toEqual(byFilter(widths, perLine));
    }
  });
});

describe('cjkLastLineFills over a long document', () => {
  const PER_LINE = 46;
  const prose = (n: number) =>
    `${'監視ツールはシステムの状態を記録して管理者に知らせます'.repeat(10).slice(0, n - 1)}。`;
  const block = (page: number, top: number, chars: number): Spec => {
    const lines = Math.ceil(chars / PER_LINE);
    return { page, type: 'text', text: prose(chars), bbox: [0.121, top, 0.879, top + 0.015 + (lines - 1) * 0.0218] };
  };
  const page = (n: number): Spec[] =>
    [75, 120, 180, 40, 92, 200, n % 2 ? 138 : 100].map((chars, i) => block(n, 0.1 + 0.11 * i, chars));

  it('reads every page of 3,000 as it reads the pages alone', () => {
    const one = [cjkLastLineFills(makeDoc([...page(1), ...page(2)]).elements)];
    const long = cjkLastLineFills(makeDoc(Array.from({ length: 3000 }, (_, i) => page(i + 1)).flat()).elements);
    expect(one[0].get(6)).toBe(1); // 138 characters fill three lines of 46
    expect(one[0].get(13)).toBeCloseTo((100 - 2 * PER_LINE) / PER_LINE, 5);
    expect(long.size).toBe(1500 * one[0].size);
    for (let p = 0; p < 3000; p++) {
      for (let i = 0; i < 7; i++) expect(long.get(7 * p + i)).toBe(one[0].get(7 * (p % 2) + i));
    }
  });
});
