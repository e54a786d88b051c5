// Two code blocks with a caption between them are two listings (after Marker's Switch Transformers paper in the dev
// gold set: Figure 15's pseudo code ends over its caption at the foot of page 34, Figure 16's opens page 35).
// Hand-made pages in Marker's shape; the same pages without the caption are the control.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { captionBetween } from '../../src/stages/text-merge/code-caption.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function pages(caption: string | undefined) {
  const specs: Spec[] = [
    {
      page: 1,
      type: 'code',
      text: 'def router(inputs):\n  gate = mtf.softmax(logits)',
      bbox: [0.16, 0.37, 0.79, 0.79],
    },
    {
      page: 1,
      type: 'code',
      text: 'return dispatch tensor, combine tensor, aux loss',
      bbox: [0.17, 0.796, 0.48, 0.805],
    },
  ];
  if (caption) specs.push({ page: 1, type: 'text', text: caption, bbox: [0.17, 0.832, 0.83, 0.846] });
  specs.push(
    { page: 2, type: 'code', text: 'import mesh tensorflow as mtf', bbox: [0.15, 0.122, 0.34, 0.132] },
    { page: 2, type: 'code', text: 'def switch_layer(inputs, n):\n  return outputs', bbox: [0.16, 0.165, 0.81, 0.808] },
  );
  const inp = input(makeDoc(specs));
  return mergeTextFragments(inp, detectFurniture(inp));
}

describe('a caption between two code blocks (text-merge.caption-between-listings)', () => {
  it('keeps the listings apart across the page break', () => {
    const r = pages('Figure 15: Pseudo code for the router for Switch Transformers in Mesh Tensorflow.');
    const across = r.decisions.find((d) => d.ids.includes(1) && d.ids.includes(3));
    expect(across?.accepted).toBe(false);
    expect(across?.features?.map((f) => f.id)).toContain('text-merge.caption-between-listings');
    expect(r.groups.some((g) => g.includes(1) && g.includes(3))).toBe(false);
  });

  it('joins them when nothing stands between (a listing cut by the page break)', () => {
    const r = pages(undefined);
    expect(r.groups.some((g) => g.includes(1) && g.includes(2))).toBe(true);
  });

  it('does not count a "continued" note or a sentence as a caption', () => {
    const el = (text: string) => ({ type: 'text', text }) as never;
    expect(captionBetween([el('Listing 3: The build script.')])).toBe(true);
    expect(captionBetween([el('(continued)')])).toBe(false);
    expect(captionBetween([el('Figure 3 shows how the router splits the tokens over the experts.')])).toBe(false);
  });
});
