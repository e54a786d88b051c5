// text-merge.caption-tail with a boxed caption (src/stages/text-merge/caption-tail-boxed.ts), on hand-made pages
// modelled on the real dev set's middle.json files (long122: a paragraph's tail set as the caption of the table at the
// next column's head; SVOLT: a clause's rest set as its table's caption right under it).
import { describe, expect, it } from 'vitest';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, left, makeDoc, right, type Spec } from '../helpers/doc.js';

const noFurniture = { kinds: new Map(), decisions: [] };
const merged = (specs: Spec[]) => mergeTextFragments(input(makeDoc(specs)), noFurniture).groups;

describe('text-merge.caption-tail, boxed', () => {
  it("joins a caption at the next column's head that goes on with the paragraph's open sentence", () => {
    expect(
      merged([
        { page: 1, type: 'text', text: 'Instruction-tuned models are, we think, unlikely to', bbox: left(0.7, 0.92) },
        {
          page: 1,
          type: 'table_caption',
          text: '“understand” it (Ouyang et al., 2022). More here.',
          bbox: right(0.08, 0.13),
        },
        { page: 1, type: 'table', text: 'a\tb', bbox: right(0.14, 0.4) },
      ]),
    ).toEqual([[0, 1]]);
  });

  it('joins a caption right under the clause it ends', () => {
    expect(
      merged([
        {
          page: 1,
          type: 'text',
          text: '1.6.2 Regenerative pulse charge current and',
          bbox: [0.09, 0.596, 0.82, 0.615],
        },
        { page: 1, type: 'table_caption', text: 'continuous time (BOL)', bbox: [0.14, 0.627, 0.35, 0.643] },
        { page: 1, type: 'table', text: 'a\tb', bbox: [0.09, 0.65, 0.9, 0.9] },
      ]),
    ).toEqual([[0, 1]]);
  });

  it('leaves a caption elsewhere on the page, and a caption cut after its label typed text, apart', () => {
    expect(
      merged([
        { page: 1, type: 'text', text: 'The results are shown in the', bbox: left(0.1, 0.3) },
        { page: 1, type: 'table_caption', text: 'results of the second run', bbox: left(0.5, 0.52) },
        { page: 1, type: 'table', text: 'a\tb', bbox: left(0.53, 0.7) },
      ]),
    ).toEqual([]);
    expect(
      merged([
        { page: 1, type: 'text', text: 'Table 3: Results of the', bbox: left(0.1, 0.12) },
        { page: 1, type: 'table_caption', text: 'second run', bbox: left(0.125, 0.14) },
        { page: 1, type: 'table', text: 'a\tb', bbox: left(0.15, 0.4) },
      ]),
    ).toEqual([]);
  });
});
