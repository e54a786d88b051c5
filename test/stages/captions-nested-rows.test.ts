// A two-column IEEE page as MinerU's content list gives it, captions nested without boxes (the LaTeX producer's
// ieeetran chapter on installation steps, page 4, a train document): in the left column a row of two sub-figures
// with "(a) …" and the figure's caption "Fig. 6: …" nested in the left picture and "(b) …" in the right one, then a
// picture with "Fig. 7: …" under the row; in the right column, at the row's height, a picture with "Fig. 8: …".
//  - The figure's caption nested between two pictures of one row does not close a figure there (captions/
//    sub-figures.ts closesFigure): "(b)" names the right picture of the row, not the picture under it.
//  - A caption the page doubts (Fig. 8's picture stands in a row after the left column's pictures) that the evidence
//    puts back in the entry the parser nested it in is still nested there: no link of its own in structure.json.
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
  return linkCaptions(i, detectFurniture(i)).links.map((l) => ({ pair: [l.caption, l.target], nested: l.nested }));
}

const box = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const leftText = (text: string, y: number): Spec => ({
  page: 1,
  type: 'text',
  text,
  bbox: box(0.08, y, 0.49, y + 0.1),
});

const page: Spec[] = [
  { page: 1, type: 'image', bbox: box(0.089, 0.068, 0.255, 0.15) },
  { page: 1, type: 'image_caption', text: '(a) Before the change.', hints: { nestedIn: '/0' } },
  {
    page: 1,
    type: 'image_caption',
    text: 'Fig. 6: Two states of the configuration discussed in this section.',
    hints: { nestedIn: '/0' },
  },
  { page: 1, type: 'image', bbox: box(0.315, 0.072, 0.481, 0.15) },
  { page: 1, type: 'image_caption', text: '(b) After the change.', hints: { nestedIn: '/3' } },
  { page: 1, type: 'image', bbox: box(0.142, 0.218, 0.429, 0.397) },
  { page: 1, type: 'image_caption', text: 'Fig. 7: Administrator Password', hints: { nestedIn: '/5' } },
  leftText('Administrator password: the root user’s password should be long (12 characters or more).', 0.45),
  { page: 1, type: 'title', text: 'IX. Creating the First User', bbox: box(0.17, 0.71, 0.4, 0.73) },
  leftText('Debian also imposes the creation of a standard user account so that the administrator does not.', 0.74),
  { page: 1, type: 'image', bbox: box(0.571, 0.068, 0.858, 0.179) },
  { page: 1, type: 'image_caption', text: 'Fig. 8: Name of the first user', hints: { nestedIn: '/10' } },
];

describe('captions: a row of sub-figures and a figure beside it, captions nested without boxes', () => {
  it('keeps "(b)" in the right picture of the row, not the picture under the row', () => {
    const got = links(page);
    expect(got).toContainEqual({ pair: [4, 3], nested: true });
    expect(got.some((l) => l.pair[0] === 4 && l.pair[1] !== 3)).toBe(false);
  });

  it('every caption stays nested in its picture: none needs a link of its own', () => {
    const got = links(page);
    for (const [caption, target] of [
      [1, 0],
      [2, 0],
      [4, 3],
      [6, 5],
      [11, 10],
    ])
      expect(got).toContainEqual({ pair: [caption, target], nested: true });
  });
});

describe('captions: a figure over a row of sub-figures whose last caption the parser ran into the figure caption', () => {
  // MinerU 2 on the LaTeX producer's elsarticle chapter on package meta-information, page 4 (a dev document):
  // "Figure 2: …" nested in a picture, the row of two sub-figures under it, "(b) …" nested in the right one, and
  // "(a) …" run together with "Figure 3: …" in the left one. Figure 2's caption closes its figure (the next picture
  // stands wholly under its own), so "(b)" names the right picture of the row, as the parser nested it.
  const body = (text: string, y: number): Spec => ({
    page: 1,
    type: 'text',
    text,
    bbox: box(0.515, y, 0.937, y + 0.03),
  });
  const row: Spec[] = [
    body('The Provides field is also interesting when the content of a package is included in a larger one.', 0.05),
    { page: 1, type: 'image', bbox: box(0.578, 0.101, 0.874, 0.225) },
    { page: 1, type: 'image_caption', text: 'Figure 2: Use of a Provides field.', hints: { nestedIn: '/1' } },
    { page: 1, type: 'image', bbox: box(0.757, 0.282, 0.927, 0.379) },
    { page: 1, type: 'image_caption', text: '(b) After the change.', hints: { nestedIn: '/3' } },
    { page: 1, type: 'image', bbox: box(0.525, 0.298, 0.695, 0.379) },
    {
      page: 1,
      type: 'image_caption',
      text: '(a) Before the change.Figure 3: Two states of the configuration discussed in this section.',
      hints: { nestedIn: '/5' },
    },
    body('deleted, since it no longer had any purpose when old Perl versions were removed.', 0.448),
  ];

  it('keeps "(b)" in the right picture of the row', () => {
    expect(links(row)).toContainEqual({ pair: [4, 3], nested: true });
  });
});
