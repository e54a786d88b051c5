import { describe, expect, it } from 'vitest';
import { linkCaptions, linkReferences, looksLikeCaption } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

function run(specs: Spec[]) {
  const doc = makeDoc(specs);
  const i = input(doc);
  const captions = linkCaptions(i, detectFurniture(i));
  return { captions, references: linkReferences(i, captions) };
}

describe('linkCaptions', () => {
  it('links a caption above its table and a caption below its figure on one page', () => {
    const { captions } = run([
      { page: 1, type: 'table_caption', text: 'Table 1: Accuracy', bbox: col(0.1, 0.12) },
      { page: 1, type: 'table', html: '<table><tr><td>1</td></tr></table>', bbox: col(0.13, 0.3) },
      { page: 1, type: 'image', bbox: col(0.35, 0.6) },
      { page: 1, type: 'image_caption', text: 'Figure 1: The model', bbox: col(0.61, 0.63) },
      { page: 1, type: 'image_footnote', text: 'Source: the authors.', bbox: col(0.64, 0.66) },
    ]);
    const pairs = captions.links.map((l) => [l.caption, l.target]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [0, 1],
        [3, 2],
        [4, 2],
      ]),
    );
    expect(pairs).toHaveLength(3);
  });

  it('links a caption on the previous page to the table that opens the next page', () => {
    const { captions } = run([
      { page: 1, type: 'text', text: 'Body text.', bbox: col(0.1, 0.85) },
      { page: 1, type: 'table_caption', text: 'Table 2: Costs per year', bbox: col(0.9, 0.92) },
      { page: 2, type: 'table', html: '<table><tr><td>1</td></tr></table>', bbox: col(0.08, 0.4) },
    ]);
    expect(captions.links.map((l) => [l.caption, l.target])).toEqual([[1, 2]]);
    expect(captions.decisions[0].reason).toMatch(/page break/);
  });

  it('uses the label to pick the table over a nearer image', () => {
    const { captions } = run([
      { page: 1, type: 'image', bbox: col(0.1, 0.3) },
      { page: 1, type: 'image_caption', text: 'Table 3. Parameters', bbox: col(0.31, 0.33) },
      { page: 1, type: 'table', html: '<table><tr><td>1</td></tr></table>', bbox: col(0.34, 0.5) },
    ]);
    expect(captions.links.map((l) => [l.caption, l.target])).toEqual([[1, 2]]);
  });

  it('takes a caption the parser nested in its table as is', () => {
    const doc = makeDoc([
      { page: 1, type: 'table_caption', text: 'Table 1', hints: { nestedIn: '/1' } },
      { page: 1, type: 'table', html: '<table><tr><td>1</td></tr></table>' },
    ]);
    const i = input(doc);
    const captions = linkCaptions(i, detectFurniture(i));
    expect(captions.links).toEqual([{ caption: 0, target: 1, nested: true }]);
  });
});

describe('looksLikeCaption', () => {
  it('tells a caption the parser called text or title from body text citing the float', () => {
    expect(looksLikeCaption('Figure 3.2. Backups')).toBe(true);
    expect(looksLikeCaption('表 11.1 migrate_all_online.sh スクリプトからの質問に対する回答')).toBe(true);
    expect(looksLikeCaption('Table 2.3 lists the default safety cost levels of the resolver.')).toBe(false);
    expect(looksLikeCaption('Table 1 shows the results')).toBe(false);
    expect(looksLikeCaption('如表 2 所示，数字普惠金融的发展对中小企业信用风险具有显著的抑制作用。')).toBe(false);
  });
});

describe('linkCaptions with a float already captioned', () => {
  it('gives a stray caption nothing rather than a second caption to a float the parser captioned', () => {
    // aptitude manual, two columns, MinerU: "Figure 2.11" (a figure that is no image) ends the left
    // column; the right column opens with an image whose own caption "Figure 2.12" MinerU nested in it.
    const r = run([
      { page: 1, type: 'text', text: 'Figure 2.11. Syntax of compound cost components', bbox: [0.07, 0.57, 0.4, 0.58] },
      {
        page: 1,
        type: 'text',
        text: 'Note that each basic component can be multiplied by a scaling factor.',
        bbox: [0.07, 0.6, 0.48, 0.75],
      },
      { page: 1, type: 'title', text: 'Safety costs', bbox: [0.52, 0.08, 0.7, 0.1] },
      { page: 1, type: 'image', bbox: [0.52, 0.12, 0.93, 0.36] },
      { page: 1, type: 'image_caption', text: 'Figure 2.12. Safety cost levels', hints: { nestedIn: '/3' } },
    ]);
    expect(r.captions.links).toEqual([{ caption: 4, target: 3, nested: true }]);
  });

  it('gives a picture holding two figures the second caption right under it', () => {
    // Docling, TableFormer paper p. 14: one picture spans Figures 12 and 14; Docling links only Figure 12.
    const r = run([
      { page: 1, type: 'image', bbox: [0.08, 0.54, 0.87, 0.85] },
      {
        page: 1,
        type: 'image_caption',
        text: 'Figure 12: Simple table predictions',
        bbox: [0.09, 0.85, 0.46, 0.86],
        hints: { captionOf: '/0' },
      },
      {
        page: 1,
        type: 'image_caption',
        text: 'Figure 14: Example with multi-line text.',
        bbox: [0.56, 0.86, 0.83, 0.87],
      },
    ]);
    expect(r.captions.links).toContainEqual({ caption: 2, target: 0, nested: false });
  });
});

describe('linkReferences', () => {
  it('links "see Figure 2" and "如表 1 所示" to the floats with those labels', () => {
    const { references } = run([
      {
        page: 1,
        type: 'text',
        text: 'As shown in Fig. 2, accuracy rises; 如表 1 所示，成本下降。Table 9 does not exist.',
        bbox: col(0.05, 0.1),
      },
      { page: 1, type: 'table_caption', text: '表 1 成本', bbox: col(0.1, 0.12) },
      { page: 1, type: 'table', html: '<table><tr><td>1</td></tr></table>', bbox: col(0.13, 0.3) },
      { page: 1, type: 'image', bbox: col(0.35, 0.6) },
      { page: 1, type: 'image_caption', text: 'Figure 2: Accuracy', bbox: col(0.61, 0.63) },
    ]);
    expect(references.links.map((l) => [l.from, l.to, l.label])).toEqual([
      [0, 3, 'Fig. 2'],
      [0, 2, '表 1'],
    ]);
  });
});
