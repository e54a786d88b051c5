// A labelled list ends where it ends (src/stages/text-merge/field-lines.ts, `field-line-before`). Modelled on the real
// dev set's MinerU paper without boxes: "Group 1: Stewarts Creek, …" / "Group 2: Cathedral Peak …" at a page's foot,
// a figure, then "Group 1 exhibit both the highest reduction …" on the next page — no sentence goes on there.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import type { TextMergeWeights } from '../../src/weights/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function groups(specs: Spec[], weights: Partial<TextMergeWeights> = {}) {
  const i = input(makeDoc(specs, 2));
  i.options.weights.textMerge = { ...i.options.weights.textMerge, ...weights };
  return mergeTextFragments(i, detectFurniture(i)).groups;
}

const intro: Spec = {
  page: 1,
  type: 'text',
  text: 'The catchments fall into two groups by the speed and size of their response to planting pines on grassland.',
};
const list: Spec = {
  page: 1,
  type: 'text',
  text: 'Group 1: Elands River, Mokobulaan A and Redhill\nGroup 2: Westfalia D, Bosboukloof, Glendhu 2 and Traralgon Creek',
};
const figure: Spec = { page: 2, type: 'image', text: '' };
const next = (text: string): Spec => ({ page: 2, type: 'text', text });
const body = 'Group 1 shows the largest reduction of flows overall and the largest share of low flows lost.';

describe('a labelled list before a page break (text-merge field-line-before)', () => {
  it('keeps the list apart from the next page capital opening, and joins it with the evidence off', () => {
    expect(groups([intro, list, figure, next(body)])).toEqual([]);
    // the open end alone would carry the list into the next page's paragraph
    expect(groups([intro, list, figure, next(body)], { 'field-line-before': 0 })).toEqual([[1, 3]]);
  });

  it('still joins a wrapped paragraph whose lines open with no label', () => {
    const wrapped = {
      ...list,
      text: 'The response of every catchment was measured against its own control, and the two groups below differ in\nthe rate at which the flows of',
    };
    expect(groups([intro, wrapped, figure, next('Group 1 fell within five years of planting.')])).toEqual([[1, 3]]);
  });

  it('reads a single "Field: value" line as before', () => {
    const field = { ...list, text: 'Catchments: 17' };
    expect(groups([intro, field, figure, next(body)])).toEqual([]);
  });
});
