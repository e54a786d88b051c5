// Issue #15 §3 (audit 28b): without coordinates, word-sized labels typed Title ("Nov.", "GDP") are not headings.
// Hand-made pages after Unstructured's output without boxes: a chart's axis labels read as a run of short elements
// between two paragraphs, some typed Title; the controls are short headings over their body text.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'Household saving rose through the year, as the chart below shows for each quarter of the survey.';

const t = (page: number, text: string): Spec => ({ page, type: 'title', text, bbox: null });
const p = (page: number, text: string): Spec => ({ page, type: 'text', text, bbox: null });

function run(specs: Spec[], weights: Record<string, number> = {}) {
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const at = (x: string) => specs.findIndex((s) => s.text === x);
  const features = (x: string) => r.decisions.find((d) => d.ids[0] === at(x))?.features?.map((f) => f.id) ?? [];
  return { level: (x: string) => r.levels.get(at(x)), features };
}

const CHART = [
  t(1, 'Household Savings in 2020'),
  t(1, '1 Introduction'),
  p(1, BODY),
  p(1, '12'),
  t(1, 'GDP'),
  p(1, '8'),
  t(1, 'Nov.'),
  p(1, 'Dec.'),
  p(1, BODY),
  t(2, 'Summary'),
  p(2, BODY),
  t(2, 'FAQ'),
  p(2, 'How was the sample drawn? At random from the register of addresses, once a quarter.'),
  t(2, '2 Data'),
  p(2, BODY),
];

describe('documents without coordinates: word-sized labels in a run are no headings', () => {
  it("demotes the chart's labels typed Title, keeps short headings over their text", () => {
    const r = run(CHART);
    expect(r.level('GDP')).toBeUndefined();
    expect(r.level('Nov.')).toBeUndefined();
    expect(r.features('Nov.')).toContain('headings.demoted-word-label');
    expect(['1 Introduction', 'Summary', 'FAQ', '2 Data'].map(r.level)).toEqual([2, 2, 2, 2]);
  });

  it('weight 0 switches it off: the labels are headings again', () => {
    const r = run(CHART, { 'demoted-word-label': 0 });
    expect(r.level('GDP')).toBeDefined();
  });

  it('control: two empty sections in a row (headings alone) stay headings', () => {
    const r = run([
      t(1, 'Report'),
      t(1, '1 Scope'),
      p(1, BODY),
      t(1, 'Notes'),
      t(1, 'Index'),
      t(1, 'Credits'),
      p(1, BODY),
    ]);
    expect(['Notes', 'Index', 'Credits'].map(r.level).every((l) => l !== undefined)).toBe(true);
  });

  it("control: a short title over its author's name and mark (no number among them) stays a heading", () => {
    const r = run([t(1, 'Tool Setups'), p(1, 'Elif Demir'), p(1, 'a'), p(1, BODY), t(1, '1 Setup'), p(1, BODY)]);
    expect(r.level('Tool Setups')).toBe(1);
  });

  it('control: a short CJK heading among short lines stays a heading', () => {
    const r = run([
      t(1, '打包指南'),
      t(1, '1 简介'),
      p(1, BODY),
      p(1, '12'),
      t(1, '预备知识'),
      p(1, '$ make'),
      p(1, BODY),
    ]);
    expect(r.level('预备知识')).toBeDefined();
  });

  it('control: with boxes the rule does not apply', () => {
    const boxed = CHART.map((s, i): Spec => ({ ...s, bbox: [0.1, 0.05 + (i % 9) * 0.09, 0.5, 0.09 + (i % 9) * 0.09] }));
    expect(run(boxed).features('Nov.')).not.toContain('headings.demoted-word-label');
  });
});
