// A caption right under its picture that the parser's reading order sets far from it (Azure DI on the LaTeX
// producer's two-column elsarticle chapter on package meta-information, page 4, a dev document): the right column's
// first picture opens the page's reading order beside the left column's algorithm, the left column follows, and only
// then "Figure 2: …" (typed text, its box right under that picture), then the next figure's two sub-figures. Nine
// blocks from its picture, the caption met only the next figure's pictures in the reading-order window and went to
// one of them. It now also weighs the floats it stands right under or over on its page (`captions.page-neighbour`,
// ./captions/page-neighbours.ts). Hand-made page imitating that input (boxes as fractions of the page).
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function result(specs: Spec[]) {
  const doc = makeDoc(specs);
  const i = { ...input(doc), options: resolveEngineOptions({}) };
  return linkCaptions(i, detectFurniture(i));
}

const box = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const leftText = (t: string, y1: number, y2: number): Spec => ({
  page: 1,
  type: 'text',
  text: t,
  bbox: box(0.063, y1, 0.485, y2),
});

function page(captionTop: number): Spec[] {
  return [
    leftText('Algorithm 1 Procedure described in this section', 0.098, 0.111),
    { page: 1, type: 'image', bbox: box(0.578, 0.1, 0.874, 0.225) },
    leftText(
      'Require: n ≥ 1 1: i ← 0 2: while i < n do 3: It is indeed located in the suggested package',
      0.116,
      0.285,
    ),
    { page: 1, type: 'title', text: '1.3.1. Providing a “Service”', bbox: box(0.063, 0.313, 0.271, 0.326) },
    leftText(
      'Let us discuss the first case in greater detail with an example: all mail servers, such as',
      0.328,
      0.526,
    ),
    leftText(
      'List of virtual packages. For virtual packages to be useful, everyone must agree on names.',
      0.539,
      0.665,
    ),
    leftText('The full list can be found on the Web.', 0.665, 0.68),
    {
      page: 1,
      type: 'title',
      text: '1.3.2. Interchangeability with Another Package',
      bbox: box(0.063, 0.762, 0.407, 0.775),
    },
    leftText(
      'The Provides field is also interesting when the content of a package is included in a larger one.',
      0.777,
      0.904,
    ),
    {
      page: 1,
      type: 'text',
      text: 'Figure 2: Use of a Provides field in order to not break dependencies',
      bbox: box(0.515, captionTop, 0.937, captionTop + 0.022),
    },
    { page: 1, type: 'image', bbox: box(0.525, 0.298, 0.695, 0.379) },
    { page: 1, type: 'image_caption', text: '(a) Before the change.', bbox: box(0.545, 0.39, 0.675, 0.399) },
    { page: 1, type: 'image', bbox: box(0.757, 0.282, 0.927, 0.379) },
    { page: 1, type: 'image_caption', text: '(b) After the change.', bbox: box(0.78, 0.39, 0.904, 0.399) },
    {
      page: 1,
      type: 'text',
      text: 'Figure 3: Two states of the configuration discussed in this section.',
      bbox: box(0.519, 0.411, 0.933, 0.422),
    },
    {
      page: 1,
      type: 'text',
      text: 'deleted, since it no longer had any purpose.',
      bbox: box(0.515, 0.448, 0.937, 0.475),
    },
  ];
}

describe('captions: a caption right under its picture, far from it in reading order', () => {
  it('goes to the picture it stands under, not to the next figure in reading order', () => {
    const got = result(page(0.24));
    const pairs = got.links.map((l) => [l.caption, l.target]);
    expect(pairs).toContainEqual([9, 1]);
    expect(pairs).toContainEqual([14, 10]);
    expect(pairs.filter(([c]) => c === 9)).toHaveLength(1);
    const rule = got.decisions.find((d) => d.accepted && d.ids[0] === 9)?.ruleId;
    expect(rule).toBe('captions.page-neighbour');
  });

  it('a caption set well below the picture is not taken for its (the page alone says nothing then)', () => {
    const got = result(page(0.262));
    expect(got.links.some((l) => l.caption === 9 && l.target === 1)).toBe(false);
  });
});
