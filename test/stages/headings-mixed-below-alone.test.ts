// The case habit below capitals with no deeper numbered heading (headings/case-below.ts, `mixed-below-caps-alone`).
// Hand-made, after an acmart paper as Docling gives it: every section_header at level 1 and one line tall, the top
// sections numbered in capitals ("5 EXPERIMENTS"), the subsections unnumbered in mixed case ("Learning Curve").
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function levels(headings: string[], weights: Record<string, number> = {}) {
  const specs: Spec[] = [];
  let y = 0.05;
  let page = 1;
  const add = (type: Spec['type'], text: string, height: number) => {
    if (y > 0.85) [page, y] = [page + 1, 0.05];
    specs.push({ page, type, text, bbox: [0.1, y, 0.1 + Math.min(0.8, text.length * 0.012), y + height] });
    y += height + 0.02;
  };
  add('title', 'DocLayNet: A Large Human-Annotated Dataset for Document-Layout Analysis', 0.04);
  for (const h of headings) {
    add('title', h, 0.012);
    add('text', 'A paragraph of body text that runs over a few lines in the column of the page, ending here.', 0.06);
  }
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}

const PAPER = [
  'ABSTRACT',
  '1 INTRODUCTION',
  '2 RELATED WORK',
  '3 THE DOCLAYNET DATASET',
  '4 EXPERIMENTS',
  'Baselines for Object Detection',
  'Learning Curve',
  '5 CONCLUSION',
  'REFERENCES',
];

describe('unnumbered mixed-case headings under numbered top sections in capitals, nothing numbered deeper', () => {
  it('are one rank below the top sections', () => {
    const { level, features } = levels(PAPER);
    expect(level('4 EXPERIMENTS')).toBe(2);
    expect(level('Baselines for Object Detection')).toBe(3);
    expect(level('Learning Curve')).toBe(3);
    expect(level('5 CONCLUSION')).toBe(2);
    expect(level('REFERENCES')).toBe(2);
    expect(features('Learning Curve')).toContain('headings.mixed-below-caps-alone');
  });

  it('not when the top sections are in mixed case themselves', () => {
    const mixed = PAPER.map((h) =>
      /^\d/.test(h) ? h.replace(/ (\S+)/g, (_m, w: string) => ` ${w[0]}${w.slice(1).toLowerCase()}`) : h,
    );
    const { level } = levels(mixed);
    expect(level('Learning Curve')).toBe(level('4 Experiments'));
  });

  it('off (weight 0), they are siblings of the top sections by their size', () => {
    const { level } = levels(PAPER, { 'mixed-below-caps-alone': 0 });
    expect(level('Learning Curve')).toBe(2);
  });
});
