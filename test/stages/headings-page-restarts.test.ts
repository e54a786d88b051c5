// Issue #15 §3 (audit 20c): level hints that restart on every page are not trusted. Hand-made pages after a
// Mistral OCR run (no boxes; each page read alone, its first heading at `#`, the levels below it counted from there,
// a later section on the page clamped to `#` as well), with the document whose hints are right as the control.
import { describe, expect, it } from 'vitest';
import type { Spec } from '../helpers/doc.js';
import { makeDoc } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The survey asked every household about its income, its spending and what it put aside each month.';

/** [page, heading, hint] in reading order, each heading over one body paragraph; no boxes. */
function doc(rows: [number, string, number][]): Spec[] {
  return rows.flatMap(([page, text, level]): Spec[] => [
    { page, type: 'title', text, bbox: null, hints: { level } },
    { page, type: 'text', text: BODY, bbox: null },
  ]);
}

function run(specs: Spec[], weights: Record<string, number> = {}) {
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}

// The true outline: Report > Background > Prior surveys; Method > Survey design, Sampling; Results > Weighting, Income.
const RESTARTING = doc([
  [1, 'Household Savings Report', 1],
  [1, 'Background', 2],
  [1, 'Prior surveys', 3],
  [2, 'Method', 1],
  [2, 'Survey design', 2],
  [2, 'Sampling', 2],
  [3, 'Response rates', 1], // continues Method: truly a third subsection
  [3, 'Results', 1], // clamped: truly a section
  [3, 'Weighting', 2],
  [4, 'Income groups', 1], // continues Results
  [4, 'Regional spread', 1],
]);

describe('level hints that restart on every page', () => {
  it('are set aside: a page-opening subsection is not taken for a section holding the next one', () => {
    const r = run(RESTARTING);
    expect(r.features('Response rates')).toContain('headings.hints-restart-per-page');
    // With the hints, "Response rates" (page 3's `#`) would hold "Results" … nothing else knows: siblings.
    expect(r.level('Results')).toBe(r.level('Method'));
    expect(r.level('Response rates')).toBe(r.level('Results'));
  });

  it('weight 0 keeps them (the old behaviour: page 3 opens a top-level heading that holds Weighting)', () => {
    const r = run(RESTARTING, { 'hints-restart-per-page': 0 });
    expect(r.features('Response rates')).not.toContain('headings.hints-restart-per-page');
    expect(r.level('Weighting')! > r.level('Results')!).toBe(true);
  });

  it('control: right hints (a page opens with a deeper heading) are kept', () => {
    const r = run(
      doc([
        [1, 'Household Savings Report', 1],
        [1, 'Background', 2],
        [1, 'Prior surveys', 3],
        [2, 'Method', 2],
        [2, 'Survey design', 3],
        [3, 'Sampling', 3],
        [3, 'Results', 2],
        [4, 'Weighting', 3],
      ]),
    );
    expect(r.features('Method')).not.toContain('headings.hints-restart-per-page');
    expect(
      ['Background', 'Prior surveys', 'Method', 'Survey design', 'Sampling', 'Results', 'Weighting'].map(r.level),
    ).toEqual([2, 3, 2, 3, 3, 2, 3]);
  });
});
