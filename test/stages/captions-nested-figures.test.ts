// Two figures one after the other, their captions nested in the pictures' entries with no box (MinerU content list,
// the full LaTeX corpus's elsarticle chapter on package meta-information, page 4): "Figure 2: …" in the first
// picture, then a row of two sub-figures, "(b) …" nested in the right one, "(a) …" and "Figure 3: …" in the left
// one. Figure 2's caption closes its figure: its picture is no sub-figure of Figure 3, and the letters keep the
// parser's nesting (captions/sub-figures.ts closesFigure). Hand-made pages imitating that input (boxes as fractions).
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
const body = (text: string, y: number): Spec => ({ page: 1, type: 'text', text, bbox: box(0.52, y, 0.92, y + 0.06) });

describe('captions: a figure before a row of sub-figures, captions nested without boxes', () => {
  const page: Spec[] = [
    body('The Provides field is also interesting when a package is included in a larger one.', 0.04),
    { page: 1, type: 'image', bbox: box(0.55, 0.12, 0.9, 0.26) },
    { page: 1, type: 'image_caption', text: 'Figure 2: Use of a Provides field.', hints: { nestedIn: '/1' } },
    { page: 1, type: 'image', bbox: box(0.74, 0.29, 0.92, 0.39) },
    { page: 1, type: 'image_caption', text: '(b) After the change.', hints: { nestedIn: '/3' } },
    { page: 1, type: 'image', bbox: box(0.54, 0.3, 0.72, 0.39) },
    { page: 1, type: 'image_caption', text: '(a) Before the change.', hints: { nestedIn: '/5' } },
    {
      page: 1,
      type: 'image_caption',
      text: 'Figure 3: Two states of the configuration discussed in this section.',
      hints: { nestedIn: '/5' },
    },
    body('deleted, since it no longer had any purpose when old Perl versions were removed.', 0.45),
  ];

  it('keeps every caption in the picture the parser nested it in', () => {
    const got = links(page);
    expect(got).toContainEqual([2, 1]);
    expect(got).toContainEqual([4, 3]);
    expect(got).toContainEqual([6, 5]);
    expect(got).toContainEqual([7, 5]);
  });

  it('with the figure caption alone among the pictures, a letter nested in the wrong picture still moves', () => {
    // The same row with Figure 3's caption nested in the right picture and "(b)" in the left one (llncs, MinerU 2).
    const row: Spec[] = [
      body('The Debian BTS has other functional features, as well.', 0.04),
      { page: 1, type: 'image', bbox: box(0.74, 0.12, 0.92, 0.22) },
      {
        page: 1,
        type: 'image_caption',
        text: 'Fig. 3: Two states of the configuration discussed in this section.',
        hints: { nestedIn: '/1' },
      },
      { page: 1, type: 'image', bbox: box(0.54, 0.13, 0.72, 0.22) },
      { page: 1, type: 'image_caption', text: '(b) After the change.', hints: { nestedIn: '/3' } },
      body('Users can also use the command line to send bug reports.', 0.3),
    ];
    expect(links(row)).toContainEqual([4, 1]);
  });
});
