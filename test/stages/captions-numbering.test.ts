// Two figures one over the other in one column, their numbered captions nested without boxes each in the other's
// picture (MinerU 2 on the LaTeX producer's llncs chapter on SELinux, page 2, a train document): "Fig. 2: …" in the
// upper picture, "Fig. 1: …" in the lower one. The numbers run against the pictures' order, so both ties are doubted
// (`numbering`, captions/parser-ties.ts) and the label order exchanges them back (captions/label-order.ts).
// Hand-made pages imitating that input (boxes as fractions).
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function links(specs: Spec[]) {
  const doc = makeDoc(specs);
  const i = { ...input(doc), options: resolveEngineOptions({}) };
  return linkCaptions(i, detectFurniture(i)).links.map((l) => [l.caption, l.target]);
}

const box = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const body = (text: string, y: number): Spec => ({ page: 1, type: 'text', text, bbox: box(0.22, y, 0.785, y + 0.07) });

const page = (upper: string, lower: string, lowerBox = box(0.305, 0.344, 0.701, 0.491)): Spec[] => [
  body('Obviously the rights do not apply to all objects (files, directories, sockets, devices, etc.).', 0.02),
  { page: 1, type: 'image', bbox: box(0.305, 0.151, 0.701, 0.294) },
  { page: 1, type: 'image_caption', text: upper, hints: { nestedIn: '/1' } },
  { page: 1, type: 'image', bbox: lowerBox },
  { page: 1, type: 'image_caption', text: lower, hints: { nestedIn: '/3' } },
  body('By default, a program inherits its domain from the user who started it, but the standard policies.', 0.55),
];

describe('captions: two numbered captions nested in each other’s pictures', () => {
  it('exchanges them when the upper picture holds the higher number', () => {
    const got = links(
      page('Fig. 2: Automatic transitions between domains', 'Fig. 1: Security contexts and Unix users'),
    );
    expect(got).toContainEqual([2, 3]);
    expect(got).toContainEqual([4, 1]);
  });

  it('keeps the parser’s nesting when the numbers follow the pictures', () => {
    const got = links(
      page('Fig. 1: Security contexts and Unix users', 'Fig. 2: Automatic transitions between domains'),
    );
    expect(got).toContainEqual([2, 1]);
    expect(got).toContainEqual([4, 3]);
  });

  it('keeps it for pictures side by side (the layout, not the parser, may set them against their numbers)', () => {
    const specs = page('Fig. 2: Automatic transitions', 'Fig. 1: Security contexts', box(0.305, 0.151, 0.701, 0.294));
    specs[1] = { page: 1, type: 'image', bbox: box(0.1, 0.151, 0.45, 0.294) };
    specs[3] = { page: 1, type: 'image', bbox: box(0.55, 0.151, 0.9, 0.294) };
    const got = links(specs);
    expect(got).toContainEqual([2, 1]);
    expect(got).toContainEqual([4, 3]);
  });
});
