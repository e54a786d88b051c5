// headings: the document title of a layout-only input (src/stages/headings/layout-title.ts), on a hand-made txt-mode
// model.json modelled on the real dev set's magic-pdf demo: the paper's title set in taller lines than its section
// titles heads the document, the sections under it.
import { describe, expect, it } from 'vitest';
import { stitchSync } from '../../src/pipeline.js';
import { type ModelBox, modelInput } from '../helpers/model-json.js';

const title = (box: ModelBox['box'], height: number): ModelBox => ({ category: 0, box, lines: { height } });
const text = (box: ModelBox['box']): ModelBox => ({ category: 1, box, lines: { lastFill: 0.5 } });

function pages(titleHeight: number): ModelBox[][] {
  return [
    [
      title([200, 100, 800, 100 + titleHeight], titleHeight),
      text([100, 200, 900, 400]),
      title([100, 440, 300, 460], 20),
      text([100, 480, 900, 900]),
    ],
    [title([100, 100, 300, 120], 20), text([100, 140, 900, 700])],
  ];
}

describe('headings: a layout-only document title', () => {
  it('takes the first title set in clearly taller lines for the title, the sections under it', () => {
    const levels = stitchSync(modelInput(pages(34))).structure.headings.map((h) => [h.ref, h.level]);
    expect(levels).toEqual([
      ['/0/layout_dets/0', 1],
      ['/0/layout_dets/2', 2],
      ['/1/layout_dets/0', 2],
    ]);
  });

  it('control: a first title as tall as the others is one of them', () => {
    const levels = stitchSync(modelInput(pages(21))).structure.headings.map((h) => h.level);
    expect(levels).toEqual([1, 1, 1]);
  });
});
