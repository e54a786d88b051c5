// A picture's own title typed a heading (`demoted-figure-title`, headings/figure-title.ts), on a hand-made page (our
// own words) modelled on the real dev set's Marker paper: two diagrams, each with a title line right above it, centred
// on it and typed SectionHeader, between sections numbered at the column's left edge. Controls: the weight at 0 keeps
// them headings; a numbered heading over a figure, and an unnumbered one at the column's left edge, stay headings.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'Each core holds a slice of the weights and of the batch, and the two are split in different ways.';
const heading = (text: string, y: number, x0 = 0.15, x1 = 0.5): Spec => ({
  page: 1,
  type: 'title',
  text,
  bbox: [x0, y, x1, y + 0.015],
  hints: { level: 3 },
});
const body = (y: number): Spec => ({ page: 1, type: 'text', text: BODY, bbox: [0.15, y, 0.85, y + 0.06] });
const picture = (y0: number, y1: number): Spec => ({ page: 1, type: 'image', text: '', bbox: [0.15, y0, 0.85, y1] });

function run(specs: Spec[], weights: Record<string, number> = {}) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  return { level: (t: string) => r.levels.get(at(t)), demoted: (t: string) => r.demoted.has(at(t)) };
}

const page: Spec[] = [
  heading('A.1 Splitting the model', 0.05),
  body(0.08),
  picture(0.2, 0.35),
  heading('How the weights are split over cores', 0.185, 0.32, 0.68),
  heading('How the data is split over cores', 0.37, 0.35, 0.65),
  picture(0.386, 0.5),
  body(0.55),
  heading('A.2 Splitting the data', 0.65),
  body(0.68),
];

describe("a picture's title typed a heading", () => {
  it('is no heading', () => {
    const r = run(page);
    expect(r.demoted('How the weights are split over cores')).toBe(true);
    expect(r.demoted('How the data is split over cores')).toBe(true);
    expect(r.level('A.2 Splitting the data')).toBe(r.level('A.1 Splitting the model'));
  });

  it('control: the weight at 0 keeps them headings', () => {
    const r = run(page, { 'demoted-figure-title': 0 });
    expect(r.demoted('How the weights are split over cores')).toBe(false);
  });

  it('control: a numbered heading, or one at the left edge, over a figure stays a heading', () => {
    const r = run([
      heading('A.1 Splitting the model', 0.05),
      body(0.08),
      heading('A.2 Results', 0.185, 0.32, 0.68),
      picture(0.2, 0.35),
      body(0.4),
      heading('Related designs', 0.5, 0.15, 0.4),
      picture(0.516, 0.6),
      body(0.65),
    ]);
    expect(r.demoted('A.2 Results')).toBe(false);
    expect(r.demoted('Related designs')).toBe(false);
  });
});
