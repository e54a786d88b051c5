// table-merge: a table note box without words ends its table in a layout-only input
// (src/stages/table-merge/silent-notes.ts), on a hand-made txt-mode model.json modelled on the real dev set's
// magic-pdf demo (Table 4 with its note at a page's foot, Table 5 under its own caption at the next page's head).
import { describe, expect, it } from 'vitest';
import { stitchSync } from '../../src/pipeline.js';
import { type ModelBox, modelInput } from '../helpers/model-json.js';

function pages(withNote: boolean): ModelBox[][] {
  const first: ModelBox[] = [
    { category: 1, box: [100, 100, 900, 600], lines: { lastFill: 0.5 } },
    { category: 6, box: [100, 640, 500, 668], lines: {} },
    { category: 5, box: [100, 680, 900, 1300] },
  ];
  if (withNote) first.push({ category: 7, box: [100, 1310, 700, 1338], lines: {} });
  return [
    first,
    [
      { category: 6, box: [100, 100, 500, 128], lines: {} },
      { category: 5, box: [100, 140, 900, 700] },
      { category: 1, box: [100, 740, 900, 1000], lines: { lastFill: 0.5 } },
    ],
  ];
}

describe('table-merge, a note box without words', () => {
  it('ends the table it stands under', () => {
    const r = stitchSync(modelInput(pages(true)));
    expect(r.structure.tableMerges).toEqual([]);
    const d = r.decisions.find((x) => x.stage === 'table-merge');
    expect(d?.features?.map((f) => f.id)).toContain('table-merge.first-has-footnote');
  });

  it('control: without the note the same two tables are one', () => {
    const r = stitchSync(modelInput(pages(false)));
    expect(r.structure.tableMerges).toEqual([['/0/layout_dets/2', '/1/layout_dets/1']]);
  });
});
