import { describe, expect, it } from 'vitest';
import { linkCaptions, linkReferences } from '../../src/stages/captions.js';
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
    expect(captions.decisions[0].message).toMatch(/page break/);
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

describe('linkCaptions with a float already captioned', () => {
  it('gives a stray caption nothing rather than a second caption to a float the parser captioned', () => {
    // MinerU nested "Figure 2.12" in its image; the nearby "Figure 2.11" line belongs to no image.
    const r = run([
      { page: 1, type: 'text', text: 'Figure 2.11. Syntax of compound cost components', bbox: col(0.5, 0.52) },
      { page: 1, type: 'image', bbox: col(0.55, 0.8) },
      { page: 1, type: 'image_caption', text: 'Figure 2.12. Safety cost levels', hints: { nestedIn: '/1' } },
    ]);
    expect(r.captions.links).toEqual([{ caption: 2, target: 1, nested: true }]);
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
