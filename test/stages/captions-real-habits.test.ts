// How real parsers print captions, one test per habit (issue #15, the samples in ../shared/samples: Unstructured
// hi_res and coordinates runs, Textract layout, Marker, Azure DI). Hand-made pages modelled on those outputs
// (boxes as fractions of the page); each names the sample page it imitates.
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
const table = '<table><tr><td>Year</td><td>2022</td></tr><tr><td>World output</td><td>3.4</td></tr></table>';

describe('captions: a caption the parser typed title', () => {
  it('links a table caption typed title above its table (Unstructured with coordinates, Textract LAYOUT_TITLE)', () => {
    // imf-weo-2023jan page 7: "Table 1. Overview of the World Economic Outlook Projections" as a Title.
    const got = links([
      {
        page: 1,
        type: 'text',
        text: 'Body text of the report before the table, a sentence.',
        bbox: box(0.1, 0.04, 0.9, 0.08),
      },
      {
        page: 1,
        type: 'title',
        text: 'Table 1. Overview of the Projections (Percent change)',
        bbox: box(0.12, 0.1, 0.46, 0.12),
      },
      { page: 1, type: 'table', html: table, bbox: box(0.12, 0.12, 0.88, 0.6) },
    ]);
    expect(got).toEqual([[1, 2]]);
  });
});

describe('captions: figures captioned above, a source note typed caption under each', () => {
  // imf-weo-2023jan page 11 (a box in the right column): "Figure 1.1. …" as NarrativeText above its chart, then
  // "Sources: …" as FigureCaption under it, then "Figure 1.2. …" above the next chart.
  const page: Spec[] = [
    {
      page: 1,
      type: 'text',
      text: 'Figure 1.1. Global Financial Conditions: Selected Regions',
      bbox: box(0.62, 0.12, 0.82, 0.15),
    },
    { page: 1, type: 'image', bbox: box(0.62, 0.16, 0.85, 0.32) },
    {
      page: 1,
      type: 'image_caption',
      text: 'Sources: Bloomberg Finance L.P.; national data sources.',
      bbox: box(0.62, 0.33, 0.84, 0.37),
    },
    {
      page: 1,
      type: 'text',
      text: 'Figure 1.2. Market-Implied Expectations of Policy Rates',
      bbox: box(0.61, 0.38, 0.84, 0.41),
    },
    { page: 1, type: 'image', bbox: box(0.61, 0.43, 0.87, 0.63) },
    {
      page: 1,
      type: 'text',
      text: 'Financial conditions have eased since October, a sentence of body.',
      bbox: box(0.1, 0.12, 0.5, 0.3),
    },
  ];

  it('gives each figure its caption above and the source note to the chart it stands under', () => {
    const got = links(page);
    expect(got).toContainEqual([0, 1]);
    expect(got).toContainEqual([2, 1]);
    expect(got).toContainEqual([3, 4]);
    expect(got).not.toContainEqual([3, 1]);
  });
});

describe('captions: sub-figure captions inside the picture', () => {
  it("links the figure's caption after a picture whose text holds its sub-captions (Unstructured hi_res, no coordinates)", () => {
    // layout-parser-paper page 13: the Image's OCR text reads "(a) Partial table at the bottom (b) Full page
    // table (c) …", then "Fig. 6: …" as FigureCaption.
    const got = links([
      { page: 1, type: 'text', text: 'The detector finds tables in documents of many kinds, a sentence.' },
      {
        page: 1,
        type: 'image',
        text: '(a) Partial table at the bottom (b) Full page table (c) Partial table at the top',
      },
      { page: 1, type: 'image_caption', text: 'Fig. 6: This lightweight table detector can identify tables.' },
      { page: 1, type: 'title', text: '6 Conclusion' },
    ]);
    expect(got).toEqual([[2, 1]]);
  });

  it('keeps one caption holding two sub-captions on its picture, and a "Figure" caption grouped with a table goes to the picture (Marker)', () => {
    // multicolcnn page 7: "(a) UCSD upscale split. (b) UCSD original split." in the picture's group, and "Figure 3. …"
    // typed table caption in the next group, beside the table's own caption.
    const got = links([
      { page: 1, type: 'image', bbox: box(0.1, 0.08, 0.9, 0.3) },
      {
        page: 1,
        type: 'image_caption',
        text: '(a) UCSD upscale split. (b) UCSD original split.',
        bbox: box(0.15, 0.31, 0.85, 0.33),
        hints: { captionOf: '/0' },
      },
      {
        page: 1,
        type: 'table_caption',
        text: 'Figure 3. UCSD crowd counting dataset.',
        bbox: box(0.1, 0.34, 0.9, 0.37),
      },
      { page: 1, type: 'table', html: table, bbox: box(0.55, 0.4, 0.9, 0.55) },
      {
        page: 1,
        type: 'table_caption',
        text: 'Table 3. Mean absolute error of various methods.',
        bbox: box(0.55, 0.56, 0.9, 0.59),
      },
    ]);
    expect(got).toContainEqual([1, 0]);
    expect(got).toContainEqual([2, 0]);
    expect(got).toContainEqual([4, 3]);
  });
});

describe("captions: a table's key line the parser typed text", () => {
  // Docling, 2203.01017v2 page 7: the table, "Table 2: Structure results …" and "FT: Model was trained on PubTabNet
  // then finetuned." both typed text under it; "FT" is a value of the table's Dataset column.
  const ptn =
    '<table><tr><td>Model</td><td>Dataset</td><td>TEDS</td></tr><tr><td>EDD</td><td>PTN</td><td>89.9</td></tr>' +
    '<tr><td>TableFormer</td><td>FT</td><td>96.8</td></tr></table>';
  const page = (key: string): Spec[] => [
    {
      page: 1,
      type: 'text',
      text: 'Structure. As shown in Tab. 2, our model outperforms all others.',
      bbox: box(0.08, 0.3, 0.47, 0.5),
    },
    {
      page: 1,
      type: 'table',
      html: ptn,
      text: 'Model Dataset TEDS EDD PTN 89.9 TableFormer FT 96.8',
      bbox: box(0.09, 0.52, 0.46, 0.73),
    },
    {
      page: 1,
      type: 'text',
      text: 'Table 2: Structure results on PubTabNet (PTN) and FinTabNet (FT).',
      bbox: box(0.08, 0.75, 0.47, 0.77),
    },
    { page: 1, type: 'text', text: key, bbox: box(0.08, 0.78, 0.43, 0.79) },
    {
      page: 1,
      type: 'text',
      text: 'Cell Detection. Like any object detector, ours predicts boxes.',
      bbox: box(0.08, 0.81, 0.47, 0.9),
    },
  ];

  it('links the key line to the table beside its caption', () => {
    const got = links(page('FT: Model was trained on PubTabNet then finetuned.'));
    expect(got).toContainEqual([2, 1]);
    expect(got).toContainEqual([3, 1]);
  });

  it('leaves a word with a colon that stands in the table ("Model: …"), and a key line set far below the caption', () => {
    expect(links(page('Model: the network the authors trained for this comparison.'))).toEqual([[2, 1]]);
    const far = page('FT: Model was trained on PubTabNet then finetuned.');
    far[3] = { ...far[3], bbox: box(0.08, 0.86, 0.43, 0.87) };
    expect(links(far)).toEqual([[2, 1]]);
  });

  it('leaves a line "Word: …" whose word is not in the table body text', () => {
    const got = links(page('Example: a model trained on another data set entirely.'));
    expect(got).toEqual([[2, 1]]);
  });
});
