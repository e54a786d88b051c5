// Caption classes seen on real parser outputs (the dev gold set, test-samples/gold-dev/) and on the regenerated
// corpora's train/dev splits (issue #15): a parser tie against the document's habit, two numbered captions on one
// float, a float's note without a label, two figures one above the other (src/stages/captions/parser-ties.ts,
// roles.ts, habits.ts, sub-figures.ts, pair-evidence.ts). Hand-made pages that imitate
// the Docling, MinerU content list, Unstructured and dots.ocr inputs they were seen in (boxes as fractions of the page).
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

function links(specs: Spec[]) {
  const doc = makeDoc(specs);
  const i = { ...input(doc), options: resolveEngineOptions({}) };
  return linkCaptions(i, detectFurniture(i)).links.map((l) => [l.caption, l.target]);
}

const box = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const table = '<table><tr><td>Dataset</td><td>Classes</td></tr><tr><td>SST-2</td><td>2</td></tr></table>';

describe('captions: a parser tie against the document habit', () => {
  // Docling (2203.01017v2, page 8): figures captioned below on every other page; Figure 5's caption, under its
  // picture (whose last label line Docling typed text and reaching into the picture), is tied to the next picture.
  const page = (tie: boolean): Spec[] => [
    { page: 1, type: 'image', bbox: col(0.1, 0.3) },
    { page: 1, type: 'image_caption', text: 'Figure 1: The pipeline.', bbox: col(0.31, 0.34) },
    { page: 1, type: 'text', text: 'Body text of the first page.', bbox: col(0.36, 0.6) },
    { page: 2, type: 'image', bbox: col(0.1, 0.3) },
    { page: 2, type: 'image_caption', text: 'Figure 2: The network.', bbox: col(0.31, 0.34) },
    { page: 2, type: 'text', text: 'Body text of the second page.', bbox: col(0.36, 0.6) },
    { page: 3, type: 'image', bbox: box(0.08, 0.12, 0.9, 0.37) },
    { page: 3, type: 'text', text: 'Text is aligned to match original', bbox: box(0.62, 0.369, 0.9, 0.377) },
    {
      page: 3,
      type: 'image_caption',
      text: 'Figure 5: One of the benefits of TableFormer is that it is language agnostic.',
      bbox: box(0.08, 0.405, 0.89, 0.462),
      hints: tie ? { captionOf: '/9' } : undefined,
    },
    { page: 3, type: 'image', bbox: box(0.08, 0.479, 0.89, 0.56) },
    { page: 3, type: 'image_caption', text: 'Figure 6: An example of predictions.', bbox: box(0.1, 0.58, 0.87, 0.59) },
    { page: 3, type: 'text', text: 'Body text after the figures.', bbox: col(0.62, 0.9) },
  ];

  it("moves the caption to the uncaptioned picture on the habit's side, and the next caption takes its own picture", () => {
    const got = links(page(true));
    expect(got).toContainEqual([8, 6]);
    expect(got).toContainEqual([10, 9]);
    expect(got).not.toContainEqual([8, 9]);
  });

  it('places the caption the same way without the parser tie (a label line reaching into a picture stands apart from nothing)', () => {
    expect(links(page(false))).toContainEqual([8, 6]);
  });

  it('keeps the tie when the picture above already has a caption of its own from the parser', () => {
    const specs = page(true);
    // Figure 4's caption, without a box, tied to the picture above; Figure 5's tie now names element 10.
    specs.splice(7, 0, { page: 3, type: 'image_caption', text: 'Figure 4: Alignment.', hints: { captionOf: '/6' } });
    specs[9] = { ...specs[9], hints: { captionOf: '/10' } };
    const got = links(specs);
    expect(got).toContainEqual([7, 6]);
    expect(got).toContainEqual([9, 10]);
  });
});

describe('captions: two numbered captions on one float', () => {
  // MinerU content list (long122, page 5): Table 4's caption nested with Table 5's in Table 5's entry, no box.
  const specs = (nested: string): Spec[] => [
    { page: 1, type: 'text', text: 'We report our results below.', bbox: col(0.05, 0.3) },
    { page: 1, type: 'table', html: table, bbox: box(0.12, 0.38, 0.48, 0.49) },
    {
      page: 1,
      type: 'table_caption',
      text: 'Table 4: Statistics of evaluation datasets.',
      hints: { nestedIn: nested },
    },
    {
      page: 1,
      type: 'table_caption',
      text: 'Table 5: Language models used in experiments.',
      hints: { nestedIn: '/4' },
    },
    { page: 1, type: 'table', html: table, bbox: box(0.12, 0.56, 0.48, 0.67) },
    { page: 1, type: 'text', text: 'Natural language separators are effective.', bbox: col(0.73, 0.86) },
  ];

  it('gives the lower number to the uncaptioned table before', () => {
    const got = links(specs('/4'));
    expect(got).toContainEqual([2, 1]);
    expect(got).toContainEqual([3, 4]);
  });

  it('keeps both ties when the parser already captions each table', () => {
    expect(links(specs('/1'))).toEqual(
      expect.arrayContaining([
        [2, 1],
        [3, 4],
      ]),
    );
  });
});

describe("captions: a float's note without a label", () => {
  it('links a footnote typed caption ("1 For each dataset …") to the table above, beside its caption (Unstructured, no boxes)', () => {
    const got = links([
      { page: 1, type: 'text', text: 'Body text before.' },
      { page: 1, type: 'text', text: 'Table 1: Current layout detection models in the model zoo' },
      { page: 1, type: 'table', html: table },
      { page: 1, type: 'table_caption', text: '1 For each dataset, we train several models of different sizes.' },
      { page: 1, type: 'text', text: 'layout data structures, which are optimized for efficiency.' },
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        [1, 2],
        [3, 2],
      ]),
    );
  });

  it('links "Note:" and "* …" lines typed caption under a captioned table, but not a second numbered caption', () => {
    const got = links([
      { page: 1, type: 'table_caption', text: 'Table 2: Results.', bbox: col(0.1, 0.12) },
      { page: 1, type: 'table', html: table, bbox: col(0.13, 0.3) },
      { page: 1, type: 'table_caption', text: 'Note: Higher is better.', bbox: col(0.31, 0.33) },
      { page: 1, type: 'table_caption', text: '* Trained on PubTabNet.', bbox: col(0.33, 0.35) },
      { page: 1, type: 'table_caption', text: 'Table 3: Other results.', bbox: col(0.36, 0.38) },
    ]);
    expect(got).toContainEqual([0, 1]);
    expect(got).toContainEqual([2, 1]);
    expect(got).toContainEqual([3, 1]);
    expect(got).not.toContainEqual([4, 1]);
  });
});

describe('captions: two figures one above the other', () => {
  it("does not count the figure above in the row's run of pictures (dots.ocr, a right-hand column)", () => {
    const got = links([
      { page: 1, type: 'image', bbox: box(0.58, 0.1, 0.87, 0.225) },
      { page: 1, type: 'image_caption', text: 'Figure 2: Use of a Provides field.', bbox: box(0.52, 0.24, 0.94, 0.26) },
      { page: 1, type: 'image', bbox: box(0.76, 0.28, 0.93, 0.38) },
      { page: 1, type: 'image', bbox: box(0.52, 0.3, 0.7, 0.38) },
      { page: 1, type: 'title', text: '(a) Before the change.', bbox: box(0.55, 0.39, 0.68, 0.4) },
      { page: 1, type: 'image_caption', text: '(b) After the change.', bbox: box(0.78, 0.39, 0.9, 0.4) },
      { page: 1, type: 'image_caption', text: 'Figure 3: Two states.', bbox: box(0.52, 0.41, 0.93, 0.42) },
      { page: 1, type: 'text', text: 'Body text after the figures.', bbox: box(0.52, 0.45, 0.94, 0.55) },
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        [1, 0],
        [4, 3],
        [5, 2],
        [6, 3],
      ]),
    );
    expect(got).toHaveLength(4);
  });
});
