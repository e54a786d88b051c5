// A numbered note under a table typed as a title (src/stages/headings/table-note.ts, `demoted-table-note`). Hand-made
// after the office-kinds datasheets as Textract gives them (session 29, head15; train sources): a spec table, the notes
// "1. Guaranteed by design, not tested in production." and "2. Measured with a 10 uF decoupling capacitor." typed
// section headers under it, then the table's caption; the notes stood as top sections. The counter-cases: a numbered
// heading right under a table that is no sentence, and a numbered sentence that is no note (not under a table).
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function sheet(): Spec[] {
  const specs: Spec[] = [];
  let y = 0.05;
  const add = (type: Spec['type'], text: string, height = 0.02, page = 1) => {
    specs.push({ page, type, text, bbox: [0.12, y, 0.12 + Math.min(0.75, text.length * 0.011), y + height] });
    y += height + 0.012;
  };
  add('title', 'Power Monitor', 0.04);
  add('text', 'The monitor measures the supply of a board and reports it over the bus.');
  add('title', '1. Electrical characteristics');
  add('text', 'The values hold over the whole range of operating temperatures.');
  add('table', 'Parameter\tMin\tMax\nSupply voltage\t1.8\t5.5', 0.12);
  add('title', '1. Guaranteed by design, not tested in production.');
  add('title', '2. Measured with a 10 uF decoupling capacitor.');
  add('table_caption', 'Table 1 Electrical characteristics');
  add('text', 'The supply must stay inside these limits at all times.');
  add('table', 'Parameter\tMin\tMax\nClock\t1\t20', 0.1);
  add('title', '2. Timing');
  add('text', 'The clock may run at any rate in the range.');
  add('title', '3. Keep the bus idle while the board starts.');
  add('text', 'The first transfer may start once the supply is stable.');
  return specs;
}

function levels(weights: Record<string, number> = {}) {
  const specs = sheet();
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  return (t: string) => r.levels.get(specs.findIndex((s) => s.text === t));
}

describe('a numbered note under a table', () => {
  it('is no heading; a numbered heading under a table and a numbered sentence elsewhere stay', () => {
    const level = levels();
    expect(level('1. Guaranteed by design, not tested in production.')).toBeUndefined();
    expect(level('2. Measured with a 10 uF decoupling capacitor.')).toBeUndefined();
    expect(level('1. Electrical characteristics')).toBe(2);
    expect(level('2. Timing')).toBe(2);
    expect(level('3. Keep the bus idle while the board starts.')).toBe(2);
  });

  it('with the rule off the notes stand as sections', () => {
    const level = levels({ 'demoted-table-note': 0 });
    expect(level('1. Guaranteed by design, not tested in production.')).toBeDefined();
    expect(level('2. Measured with a 10 uF decoupling capacitor.')).toBeDefined();
  });
});
