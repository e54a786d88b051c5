// A row of two sub-figures whose "(a) …" and "(b) …" the parser typed section headers (dots.ocr on the LaTeX
// producer's llncs appendix, page 6, a train document), then the figure's caption. "(b)" stands after "(a)", not right
// under a picture in reading order; passing over "(a)" as over a sub-caption typed text, it is still read as the
// caption of its picture (captions/parser-links.ts floatBefore). Hand-made page imitating that input.
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const box = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];

const page = (subType: 'title' | 'text'): Spec[] => [
  {
    page: 1,
    type: 'text',
    text: 'For Autotools based packages, autoreconf runs as an addon.',
    bbox: box(0.22, 0.05, 0.785, 0.1),
  },
  { page: 1, type: 'image', bbox: box(0.233, 0.15, 0.462, 0.247) },
  { page: 1, type: 'image', bbox: box(0.544, 0.169, 0.772, 0.247) },
  { page: 1, type: subType, text: '(a) Before the change.', bbox: box(0.274, 0.259, 0.421, 0.271) },
  { page: 1, type: subType, text: '(b) After the change.', bbox: box(0.588, 0.259, 0.728, 0.271) },
  {
    page: 1,
    type: 'image_caption',
    text: 'Fig. 2: Two states of the configuration discussed in this section.',
    bbox: box(0.278, 0.285, 0.728, 0.299),
  },
  {
    page: 1,
    type: 'text',
    text: 'This is non-obvious. But for setup.py based packages it is.',
    bbox: box(0.22, 0.327, 0.785, 0.371),
  },
];

function links(specs: Spec[]) {
  const doc = makeDoc(specs);
  const i = { ...input(doc), options: resolveEngineOptions({}) };
  return linkCaptions(i, detectFurniture(i)).links.map((l) => [l.caption, l.target]);
}

describe('captions: sub-figure captions the parser typed section headers', () => {
  it('links each to its picture, as when typed text', () => {
    for (const type of ['title', 'text'] as const) {
      const got = links(page(type));
      expect(got).toContainEqual([3, 1]);
      expect(got).toContainEqual([4, 2]);
      expect(got).toContainEqual([5, 1]);
    }
  });
});
