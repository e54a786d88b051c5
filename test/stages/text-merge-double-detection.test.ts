// text-merge.double-detection (src/stages/text-merge/double-detection.ts) on a hand-made model.json modelled on the
// real dev set's SVOLT datasheet: a line the layout model detected twice, as a title and as a text over one box, is
// one element; two lines one under the other, or two boxes over one area saying different things, are not.
import { describe, expect, it } from 'vitest';
import { stitchSync } from '../../src/pipeline.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc } from '../helpers/doc.js';
import { type ModelBox, modelInput } from '../helpers/model-json.js';

const line = (category: number, box: ModelBox['box']): ModelBox => ({ category, box, lines: {} });

const noFurniture = { kinds: new Map(), decisions: [] } as never;

function page(): ModelBox[][] {
  return [
    [
      line(0, [100, 100, 600, 128]), // a heading
      line(1, [101, 101, 600, 128]), // the same line again, as text
      { category: 1, box: [100, 160, 900, 400], lines: { lastFill: 0.5 } },
      line(0, [100, 440, 600, 468]), // a heading alone
      line(1, [100, 476, 600, 504]), // the line under it
    ],
  ];
}

describe('text-merge.double-detection', () => {
  it('joins two boxes over one line and nothing else', () => {
    const r = stitchSync(modelInput(page()));
    expect(r.structure.paragraphMerges).toEqual([['/0/layout_dets/0', '/0/layout_dets/1']]);
    expect(r.decisions.find((d) => d.ruleId === 'text-merge.double-detection')?.place.refs).toEqual([
      '/0/layout_dets/0',
      '/0/layout_dets/1',
    ]);
  });

  it('keeps two boxes over one area apart when they say different things, and joins them when they say the same', () => {
    const doc = (second: string) =>
      makeDoc([
        { page: 1, type: 'title', text: '1.3 Scope', bbox: [0.1, 0.07, 0.6, 0.09] },
        { page: 1, type: 'text', text: second, bbox: [0.1, 0.07, 0.6, 0.09] },
        { page: 1, type: 'text', text: 'The body of the section.', bbox: [0.1, 0.12, 0.9, 0.3] },
      ]);
    const rule = (second: string) =>
      mergeTextFragments(input(doc(second)), noFurniture).decisions.filter(
        (d) => d.ruleId === 'text-merge.double-detection',
      );
    expect(rule('Terms and definitions')).toEqual([]);
    expect(rule('1.3 Scope').map((d) => d.place.refs)).toEqual([['/0', '/1']]);
  });
});
