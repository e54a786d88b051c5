// mineru-model on hand-made txt-mode pages (src/adapters/mineru-model.ts), modelled on the real dev set's magic-pdf
// demo: the empty OCR line spans still give each block its line shape, and the XY-cut reads a column whole where a thin
// gap runs across both columns at one height.
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { modelInput } from '../helpers/model-json.js';

describe('mineru-model, txt mode (no OCR text)', () => {
  it('gives a block the shape of its empty OCR lines', () => {
    const { document: doc } = readWithAdapter(
      modelInput([[{ category: 1, box: [100, 100, 480, 380], lines: { indent: 38, lastFill: 0.5 } }]]),
    );
    const el = doc.elements[0];
    expect(el.text).toBe('');
    expect(el.hints?.lineCount).toBe(10);
    expect(el.hints?.lastLineFill).toBeCloseTo(0.5, 2);
    expect(el.hints?.firstLineIndent).toBeCloseTo(0.1, 2);
  });

  it('reads the left column before the right one across a gap both columns share', () => {
    const { document: doc } = readWithAdapter(
      modelInput([
        [
          { category: 2, box: [100, 40, 900, 60] }, // a running head over both columns
          { category: 1, box: [520, 715, 900, 1300] }, // right, lower
          { category: 1, box: [100, 100, 480, 700] }, // left, upper
          { category: 1, box: [520, 100, 900, 705] }, // right, upper
          { category: 1, box: [100, 720, 480, 1300] }, // left, lower
        ],
      ]),
    );
    expect(doc.elements.map((e) => e.ref)).toEqual([
      '/0/layout_dets/0',
      '/0/layout_dets/2',
      '/0/layout_dets/4',
      '/0/layout_dets/3',
      '/0/layout_dets/1',
    ]);
  });

  it('still cuts rows where a block spans the columns', () => {
    const { document: doc } = readWithAdapter(
      modelInput([
        [
          { category: 1, box: [520, 100, 900, 600] }, // right, above the wide table
          { category: 5, box: [100, 620, 900, 900] }, // a table over both columns
          { category: 1, box: [100, 100, 480, 600] }, // left, above the table
          { category: 1, box: [100, 920, 480, 1300] }, // left, under it
        ],
      ]),
    );
    expect(doc.elements.map((e) => e.ref)).toEqual([
      '/0/layout_dets/2',
      '/0/layout_dets/0',
      '/0/layout_dets/1',
      '/0/layout_dets/3',
    ]);
  });
});
