// The fitted trust of a parser's own levels against size (src/fit/parser-trust.ts): the count of the headings
// two runs (size deciding every conflict, the parser's level deciding it) place differently, by the side whose
// level the gold gives, and the log-odds with its prior. The end-to-end case is the hand-made Marker page of
// headings-size-vs-hint.test.ts (a subsection's box measured taller than its section's), with its true levels.
import { describe, expect, it } from 'vitest';
import { countDocument, PRIOR, type TrustCount, trustOf, trustTable } from '../../src/fit/parser-trust.js';
import type { Structure } from '../../src/model/structure.js';
import { stitchSync } from '../../src/pipeline.js';
import { hand } from '../../src/weights/index.js';
import { markerPage } from '../helpers/marker-page.js';

const structure = (levels: number[]): Structure => ({
  version: 1,
  headings: levels.map((level, i) => ({ ref: `/${2 * i}`, level })),
  paragraphMerges: [],
  tableMerges: [],
  captions: [],
  furniture: [],
});

describe('countDocument', () => {
  it('counts a heading for the side that gives its gold level, and neither when both or none do', () => {
    const counts = new Map<string, TrustCount>();
    // headings 2 and 3 differ between the runs: the parser run is right on 2, size on none of 3 (gold 1)
    countDocument(counts, 'marker', structure([1, 2, 3, 1]), structure([1, 2, 2, 3]), structure([1, 2, 3, 2]));
    expect(counts.get('marker')).toEqual({ documents: 1, conflicted: 1, parser: 1, size: 0 });
    countDocument(counts, 'marker', structure([1, 2]), structure([1, 2]), structure([1, 2]));
    expect(counts.get('marker')).toEqual({ documents: 2, conflicted: 1, parser: 1, size: 0 });
    countDocument(counts, 'docling', structure([1, 2]), structure([1, 2]), structure([1, 1]));
    expect(counts.get('docling')).toEqual({ documents: 1, conflicted: 1, parser: 0, size: 1 });
  });
});

describe('trustOf', () => {
  it('is the log-odds of the parser being right, pulled to 0 by the prior', () => {
    expect(PRIOR).toBe(5);
    expect(trustOf({ parser: 0, size: 0 })).toBe(0);
    expect(trustOf({ parser: 10, size: 0 })).toBeCloseTo(Math.log(3), 10);
    expect(trustOf({ parser: 0, size: 10 })).toBeCloseTo(-Math.log(3), 10);
    // a lead of one heading moves little: size still decides below 0, the parser just above it
    expect(trustOf({ parser: 1, size: 2 })).toBeLessThan(0);
    expect(trustOf({ parser: 2, size: 1 })).toBeLessThan(0.2);
  });

  it('writes one weight per levelled format read, none for a format without levels', () => {
    const counts = new Map<string, TrustCount>([
      ['marker', { documents: 3, conflicted: 1, parser: 10, size: 0 }],
      ['textract', { documents: 3, conflicted: 0, parser: 0, size: 0 }],
    ]);
    expect(trustTable(counts)).toEqual({ 'parser-trust-marker': 1.0986 });
  });
});

describe('the two runs on a page where size and the parser disagree', () => {
  it("count the taller subsection for the parser's level", () => {
    const { doc } = markerPage([
      ['Stitching Parser Output', 1, 0.04],
      ['Overview', 2, 0.02],
      ['Inputs', 3, 0.012],
      ['Outputs and their formats', 3, 0.026],
      ['Usage', 2, 0.02],
    ]);
    const run = (trust: number) =>
      stitchSync(structuredClone(doc), {
        summaries: false,
        engine: {
          calibrate: false,
          weights: { ...hand, headings: { ...hand.headings, 'parser-trust-marker': trust } },
        },
      }).structure;
    const counts = new Map<string, TrustCount>();
    countDocument(counts, 'marker', structure([1, 2, 3, 3, 2]), run(-1), run(1));
    const c = counts.get('marker')!;
    expect(c.conflicted).toBe(1);
    expect(c.parser).toBeGreaterThan(0);
    expect(c.size).toBe(0);
  });
});
