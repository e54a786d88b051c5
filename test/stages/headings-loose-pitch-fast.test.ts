// loosePitch (src/stages/headings/sizes.ts) finds the largest single-line height that explains a wrapped heading's box
// by bisection over the sorted heights, instead of scanning every height for every heading (quadratic in the
// headings). Compared with the scan it replaces, the definition, on random and boundary inputs.
import { describe, expect, it } from 'vitest';
import { loosePitch } from '../../src/stages/headings/sizes.js';
import { rng as random } from '../helpers/rng.js';

/** The definition: every single height tried, the largest that fits one of 2–4 lines. */
function scan(h: number, em: number, width: number, singles: readonly number[]): number {
  let best: number | undefined;
  for (const s of singles) {
    if (!(s > 0) || (best !== undefined && s <= best)) continue;
    for (let lines = 2; lines <= 4; lines++) {
      const fits = h >= lines * 0.9 * s && h <= s + (lines - 1) * 1.7 * s;
      if (fits && em * (s / 1.2) >= width * (lines - 1) * 0.9) best = s;
    }
  }
  return best ?? h;
}

const fast = (h: number, em: number, width: number, singles: readonly number[]) =>
  loosePitch(
    h,
    em,
    width,
    singles.filter((s) => s > 0).sort((a, b) => a - b),
  );

describe('loosePitch by bisection', () => {
  it('gives what the scan of every height gives, on random and boundary boxes', () => {
    const rnd = random(20261205);
    let taken = 0;
    for (let round = 0; round < 4000; round++) {
      const n = 1 + Math.floor(rnd() * 40);
      const singles = Array.from({ length: n }, () => {
        const r = rnd();
        if (r < 0.03) return 0;
        if (r < 0.05) return -0.01;
        if (r < 0.06) return Number.NaN;
        return 0.005 + Math.round(rnd() * 400) / 10000; // repeats, as boxes on a grid give
      });
      const s = singles[Math.floor(rnd() * n)];
      const lines = 2 + Math.floor(rnd() * 3);
      // Boxes on the bounds themselves, between them and outside them.
      const pick = rnd();
      const h =
        pick < 0.25 ? lines * 0.9 * s : pick < 0.5 ? s + (lines - 1) * 1.7 * s : pick < 0.55 ? Number.NaN : rnd() * 0.2;
      const em = rnd() < 0.05 ? 0 : rnd() * 60;
      const width = rnd() < 0.5 ? (em * (s / 1.2)) / ((lines - 1) * 0.9) : rnd() * 0.6;
      const want = scan(h, em, width, singles);
      expect(fast(h, em, width, singles)).toBe(want);
      if (want !== h && !Number.isNaN(want)) taken++;
    }
    // The random boxes reach the rule often, not only its fall-back.
    expect(taken).toBeGreaterThan(500);
  });

  it('takes the largest height that fits, and the box itself when none does', () => {
    // A 0.095 box of two lines beside 0.037 single lines (aip's capitals, headings-wrapped-pitch.test.ts).
    expect(fast(0.095, 40, 0.36, [0.016, 0.037, 0.037, 0.02])).toBe(0.037);
    expect(fast(0.095, 40, 0.36, [0.016, 0.02])).toBe(0.095);
    expect(fast(0.095, 40, 0.36, [])).toBe(0.095);
  });
});
