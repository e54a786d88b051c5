// text-merge.layout-only (src/stages/text-merge/layout-only.ts) on a hand-made txt-mode model.json modelled on the
// real dev set's magic-pdf demo (two columns, no text, OCR line boxes only): a block that fills its last line at its
// column's foot goes on in the next column's first block when that one starts flush.
import { describe, expect, it } from 'vitest';
import { stitchSync } from '../../src/pipeline.js';
import { type ModelBox, modelInput } from '../helpers/model-json.js';

const text = (box: ModelBox['box'], indent: number, lastFill: number, words?: string): ModelBox => ({
  category: 1,
  box,
  lines: { indent, lastFill },
  text: words,
});

function pages(words?: string): ModelBox[][] {
  return [
    [
      { category: 2, box: [100, 40, 900, 60] },
      text([100, 100, 480, 380], 30, 0.5, words), // A
      text([100, 400, 480, 1300], 30, 1, words), // B: full last line at the column's foot
      text([520, 100, 900, 380], 0, 0.4, words), // C: flush at the next column's head
      text([520, 400, 900, 1300], 30, 0.3, words), // D: short last line at the page's foot
    ],
    [
      text([100, 100, 480, 600], 0, 1, words), // E: flush at the next page's head
      text([100, 620, 480, 1300], 30, 1, words), // F: full last line at the column's foot
      text([520, 100, 900, 600], 30, 1, words), // G: indented at the next column's head
      text([520, 620, 900, 1000], 30, 0.6, words), // H
    ],
    [text([100, 100, 480, 600], 30, 1, words)], // I: full last line, but the page ends half-way down
    [text([100, 100, 480, 600], 0, 0.5, words)], // J: flush at the next page's head
  ];
}

describe('text-merge.layout-only', () => {
  it('joins a full last line at a column foot with the flush block at the next column head, and no other pair', () => {
    const r = stitchSync(modelInput(pages()));
    expect(r.structure.paragraphMerges).toEqual([['/0/layout_dets/2', '/0/layout_dets/3']]);
    const d = r.decisions.find((x) => x.ruleId === 'text-merge.layout-only');
    expect(d?.place.refs).toEqual(['/0/layout_dets/2', '/0/layout_dets/3']);
    expect(d?.features?.map((f) => f.id)).toEqual(['text-merge.last-line-full']);
  });

  it('leaves an input with text to the text evidence', () => {
    const r = stitchSync(modelInput(pages('words of the line')));
    expect(r.decisions.some((x) => x.ruleId === 'text-merge.layout-only')).toBe(false);
  });
});
