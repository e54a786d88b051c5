// Issue #15 §3 (audit 20b): the parser's own levels are evidence with a weight per parser family, not overridden by
// size alone. Hand-made pages after Marker's output (boxes and Markdown `#` depths) where a subsection's box measures
// taller than its section's (a wrapped line, a larger glyph run): the size class and the parser's level disagree, and
// the heavier weight decides (parser-levels.ts sizeOrHint). Controls: the default weights (size first, as before),
// and another family's weight raised, which leaves Marker's document alone.
import { describe, expect, it } from 'vitest';
import { sizeOrHint } from '../../src/stages/headings/parser-levels.js';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The tool reads every page of the input and writes one document, with its sections in order.';

/** [text, Markdown depth, box height] in reading order, each over one body paragraph, one page. */
function marker(rows: [string, number, number][]) {
  let y = 0.05;
  const specs: Spec[] = rows.flatMap(([text, level, h]): Spec[] => {
    const heading: Spec = { page: 1, type: 'title', text, bbox: col(y, y + h), hints: { level } };
    const body: Spec = { page: 1, type: 'text', text: BODY, bbox: col(y + h + 0.01, y + h + 0.05) };
    y += h + 0.07;
    return [heading, body];
  });
  return { doc: { ...makeDoc(specs), format: 'marker' }, specs };
}

const ROWS: [string, number, number][] = [
  ['Stitching Parser Output', 1, 0.04],
  ['Overview', 2, 0.02],
  ['Inputs', 3, 0.012],
  ['Outputs and their formats', 3, 0.026], // measured taller than its section
  ['Usage', 2, 0.02],
];

function levels(weights: Record<string, number> = {}) {
  const { doc, specs } = marker(ROWS);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  return ROWS.map(([t]) => r.levels.get(at(t)));
}

describe("size against the parser's level", () => {
  it("a Markdown writer's levels weighed above size keep the subsection under its section", () => {
    expect(levels({ 'parser-level-markdown': 2.2 })).toEqual([1, 2, 3, 3, 2]);
  });

  it('control: with the default weights size decides, as before (the taller subsection is set above)', () => {
    const d = levels();
    expect(d[3]).not.toBe(3);
  });

  it("control: another family's weight leaves a Marker document alone", () => {
    expect(levels({ 'parser-level-document': 2.2 })).toEqual(levels());
  });

  it('decides by weight only where the two disagree', () => {
    expect(sizeOrHint(true, false, 1.735, 2.2)).toBe('hint');
    expect(sizeOrHint(true, false, 1.735, 1.1)).toBe('size');
    expect(sizeOrHint(true, true, 1.735, 2.2)).toBe('size');
    expect(sizeOrHint(undefined, false, 1.735, 1.1)).toBe('hint');
    expect(sizeOrHint(undefined, undefined, 1.735, 1.1)).toBeUndefined();
  });
});
