// A paragraph's or heading's tail that MinerU's middle.json gives as its table's caption sub-block, with a box of its
// own (session 29: src/stages/text-merge/caption-tail.ts), modelled on the real dev set's middle.json files: a
// datasheet's heading "1.6.2 … Regenerative pulse charge current and" | caption "continuous time (BOL)" right under it
// over the table; a paper's "… a small model is unlikely to" at a column's foot | caption "“understand” it …" heading
// the next column over its table. Hand-made pages, not the samples.
import { describe, expect, it } from 'vitest';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import type { TextMergeWeights } from '../../src/weights/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function run(specs: Spec[], weights: Partial<TextMergeWeights> = {}) {
  const i = input(makeDoc(specs));
  i.options.weights.textMerge = { ...i.options.weights.textMerge, ...weights };
  const furniture = detectFurniture(i);
  const text = mergeTextFragments(i, furniture);
  const captions = linkCaptions(i, furniture, new Set(text.groups.flat()));
  return { groups: text.groups, links: captions.links.map((l) => [l.caption, l.target]) };
}

const ROWS =
  '<table><tr><td>Cell temperature</td><td>Current, A</td><td>Time, s</td></tr><tr><td>-20</td><td>20</td><td>10</td></tr></table>';

describe('a paragraph’s tail given as its table’s caption, with a box of its own', () => {
  const heading: Spec = {
    page: 12,
    type: 'text',
    text: '1.6.2 Regenerative pulse charge current and',
    bbox: [0.094, 0.596, 0.82, 0.615],
  };
  const tail: Spec = {
    page: 12,
    type: 'table_caption',
    text: 'continuous time (BOL)',
    bbox: [0.139, 0.627, 0.345, 0.643],
  };
  const table: Spec = { page: 12, type: 'table', html: ROWS, bbox: [0.092, 0.647, 0.906, 0.917] };

  it('right under the line it goes on: merged, no caption', () => {
    const r = run([heading, tail, table]);
    expect(r.groups).toEqual([[0, 1]]);
    expect(r.links).toEqual([]);
    expect(run([heading, tail, table], { 'caption-tail': 0 }).links).toEqual([[1, 2]]);
  });

  it('heading the next column, the paragraph at its column’s foot: merged', () => {
    const para: Spec = {
      page: 7,
      type: 'text',
      text: 'Given the complexity of the meta prompt, a small model is unlikely to',
      bbox: [0.11, 0.71, 0.49, 0.92],
    };
    const head: Spec = {
      page: 7,
      type: 'table_caption',
      text: '“understand” it (Ouyang et al., 2022). Nor do we see a gain.',
      bbox: [0.508, 0.084, 0.884, 0.134],
    };
    const t: Spec = { page: 7, type: 'table', html: ROWS, bbox: [0.514, 0.15, 0.879, 0.235] };
    expect(run([para, head, t]).groups).toEqual([[0, 1]]);
  });

  it('a caption set apart from the paragraph (another block’s place) stays a caption', () => {
    const apart: Spec = { ...tail, bbox: [0.139, 0.66, 0.345, 0.676] };
    const low: Spec = { ...table, bbox: [0.092, 0.68, 0.906, 0.917] };
    const r = run([heading, apart, low]);
    expect(r.groups).toEqual([]);
    expect(r.links).toEqual([[1, 2]]);
  });
});
