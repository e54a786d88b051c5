// Issue #15 §3 (audit 20b): the parser's own levels are evidence with a trust per input format, not overridden by
// size alone. Hand-made pages after Marker's output (boxes and Markdown `#` depths) where a subsection's box measures
// taller than its section's (a wrapped line, a larger glyph run): the size class and the parser's level disagree, and
// the format's trust decides (parser-levels.ts sizeOrHint; fitted by `npm run fit`, src/fit/parser-trust.ts).
// Controls: the default weights (trust 0: size decides, as before), and another format's trust raised, which leaves
// Marker's document alone.
import { describe, expect, it } from 'vitest';
import { parserTrustFeature, sizeOrHint } from '../../src/stages/headings/parser-levels.js';
import { headingsOf } from '../helpers/headings.js';
import { markerPage } from '../helpers/marker-page.js';

const ROWS: [string, number, number][] = [
  ['Stitching Parser Output', 1, 0.04],
  ['Overview', 2, 0.02],
  ['Inputs', 3, 0.012],
  ['Outputs and their formats', 3, 0.026], // measured taller than its section
  ['Usage', 2, 0.02],
];

function levels(weights: Record<string, number> = {}) {
  const { doc, specs } = markerPage(ROWS);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  return ROWS.map(([t]) => r.levels.get(at(t)));
}

describe("size against the parser's level", () => {
  it("Marker's levels trusted above size keep the subsection under its section", () => {
    expect(levels({ 'parser-trust-marker': 0.7 })).toEqual([1, 2, 3, 3, 2]);
  });

  it('a trust of 0 or less leaves size deciding', () => {
    expect(levels({ 'parser-trust-marker': -0.7 })).toEqual(levels());
  });

  it("the family's confidence weight alone no longer lets the parser's level win", () => {
    expect(levels({ 'parser-level-markdown': 2.2 })).toEqual(levels());
  });

  it('control: with the default weights size decides, as before (the taller subsection is set above)', () => {
    const d = levels();
    expect(d[3]).not.toBe(3);
  });

  it("control: another format's trust leaves a Marker document alone", () => {
    expect(levels({ 'parser-trust-mistral-ocr': 0.7, 'parser-trust-docling': 0.7 })).toEqual(levels());
  });

  it('decides by trust only where the two disagree', () => {
    expect(sizeOrHint(true, false, 0.4)).toBe('hint');
    expect(sizeOrHint(true, false, 0)).toBe('size');
    expect(sizeOrHint(true, false, -0.4)).toBe('size');
    expect(sizeOrHint(true, true, 0.4)).toBe('size');
    expect(sizeOrHint(undefined, false, -0.4)).toBe('hint');
    expect(sizeOrHint(undefined, undefined, 0.4)).toBeUndefined();
  });

  it('gives no trust feature to a format without levels', () => {
    expect(parserTrustFeature('marker')).toBe('parser-trust-marker');
    expect(parserTrustFeature('textract')).toBeUndefined();
  });
});
