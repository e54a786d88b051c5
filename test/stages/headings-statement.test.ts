// A title ending in a semicolon is a statement of a configuration's or a program's syntax, not a heading
// (src/stages/headings/demotions.ts, `demoted-statement`). Hand-made after a fresh amsart paper (session 22, head8;
// train source: aptitude's display layout reference) as Unstructured gives it without boxes: the option lines
// "Width width;" and "Height height;" typed Title were kept as top sections.
import { describe, expect, it } from 'vitest';
import { boxlessRun } from '../helpers/headings.js';

const BODY = 'The option sets the width of the display element, in characters, when the layout is drawn.';
const HEADS = ['1. Display elements', 'Width width;', 'Height height;', '2. Display layout option reference'];

describe('a title ending in a semicolon', () => {
  it('is not a heading; the numbered sections stand', () => {
    const { level, features } = boxlessRun('Customizing the Display Layout', BODY, HEADS);
    expect(level('Width width;')).toBeUndefined();
    expect(level('Height height;')).toBeUndefined();
    expect(level('1. Display elements')).toBe(2);
    expect(level('2. Display layout option reference')).toBe(2);
    expect(features('Width width;')).toContain('headings.demoted-statement');
  });

  it('is kept with the weight off', () => {
    const { level } = boxlessRun('Customizing the Display Layout', BODY, HEADS, { 'demoted-statement': 0 });
    expect(level('Width width;')).toBeDefined();
  });
});
