// The case habit below capitals with no deeper numbered heading (headings/case-below.ts, `mixed-below-caps-alone`).
// Hand-made, after an acmart paper as Docling gives it: every section_header at level 1 and one line tall, the top
// sections numbered in capitals ("5 EXPERIMENTS"), the subsections unnumbered in mixed case ("Learning Curve").
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

function levels(headings: string[], weights: Record<string, number> = {}) {
  return headingRun(
    'DocLayNet: A Large Human-Annotated Dataset for Document-Layout Analysis',
    headings,
    {
      body: 'A paragraph of body text that runs over a few lines in the column of the page, ending here.',
      headingHeight: 0.012,
      bodyHeight: 0.06,
      charWidth: 0.012,
    },
    weights,
  );
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
