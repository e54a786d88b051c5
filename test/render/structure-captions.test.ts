// structure.json's caption links hold only what ../shared/spec/structure.md names: a caption linked to the image,
// chart or table it belongs to. A listing's caption (Switch Transformers' "Figure 14: Pseudo code …" over a code
// block, Marker, in the dev gold set) is linked to its code block in the tree, not in structure.json.
import { describe, expect, it } from 'vitest';
import { stitchSync } from '../../src/pipeline.js';
import { makeDoc } from '../helpers/doc.js';

const box = (x0: number, y0: number, x1: number, y1: number): [number, number, number, number] => [x0, y0, x1, y1];

const doc = makeDoc([
  { page: 1, type: 'text', text: 'The router sends each token to one expert, as the pseudo code below shows.' },
  {
    page: 1,
    type: 'image_caption',
    text: 'Figure 14: Pseudo code for the router in Mesh TensorFlow.',
    bbox: box(0.12, 0.2, 0.88, 0.23),
  },
  {
    page: 1,
    type: 'code',
    text: 'def router(inputs, capacity):\n  logits = mtf.einsum([inputs, weights])\n  return logits',
    bbox: box(0.12, 0.24, 0.88, 0.45),
  },
  { page: 1, type: 'image', bbox: box(0.2, 0.5, 0.8, 0.75) },
  {
    page: 1,
    type: 'image_caption',
    text: 'Figure 15: Scaling of the expert count.',
    bbox: box(0.12, 0.76, 0.88, 0.79),
  },
]);

describe('structure.json caption links', () => {
  const result = stitchSync(doc);
  const linkOf = (caption: number) => result.stages.captions.links.find((l) => l.caption === caption);

  it('lists the image caption and leaves out the listing caption the tree keeps', () => {
    expect(linkOf(4)?.target).toBe(3);
    expect(linkOf(1)?.target).toBe(2);
    expect(result.structure.captions).toEqual([{ caption: '/4', target: '/3' }]);
  });

  it('loses nothing: the listing caption is placed, not dropped', () => {
    expect(result.dropped.map((d) => d.place.refs[0])).not.toContain('/1');
    expect(JSON.stringify(result.tree)).toContain('Figure 14: Pseudo code');
  });
});
