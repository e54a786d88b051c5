import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import { type EngineOptionsInput, resolveEngineOptions } from '../../src/options.js';
import { stitchSync } from '../../src/pipeline.js';
import { linkCaptions, linkReferences, looksLikeCaption } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { isContinuationNote, parseCaptionLabel } from '../../src/text/caption-label.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

function run(specs: Spec[], engine: EngineOptionsInput = {}) {
  const doc = makeDoc(specs);
  const i = { ...input(doc), options: resolveEngineOptions(engine) };
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
    const figure = captions.decisions.find((d) => d.ids[0] === 3)!;
    expect(figure.features?.map((f) => f.id)).toEqual([
      'captions.kind-match',
      'captions.labelled',
      'captions.reading-order',
      'captions.distance',
      'captions.same-page',
      'captions.gap',
      'captions.side',
    ]);
    expect(figure.features?.find((f) => f.id === 'captions.gap')?.value).toBeCloseTo(0.01);
  });

  it('lets the side weight decide between a figure above and a figure below', () => {
    // The caption sits exactly between two pictures: below the first (the usual side) and above the second.
    const specs: Spec[] = [
      { page: 1, type: 'image', bbox: col(0.1, 0.3) },
      { page: 1, type: 'image_caption', text: 'Figure 1: A picture', bbox: col(0.32, 0.34) },
      { page: 1, type: 'image', bbox: col(0.36, 0.6) },
    ];
    expect(run(specs).captions.links.map((l) => l.target)).toEqual([0]);
    const reversed = run(specs, { weights: { captions: { side: -0.3 } } });
    expect(reversed.captions.links.map((l) => l.target)).toEqual([2]);
  });

  it('links a caption on the previous page to the table that opens the next page', () => {
    const { captions } = run([
      { page: 1, type: 'text', text: 'Body text.', bbox: col(0.1, 0.85) },
      { page: 1, type: 'table_caption', text: 'Table 2: Costs per year', bbox: col(0.9, 0.92) },
      { page: 2, type: 'table', html: '<table><tr><td>1</td></tr></table>', bbox: col(0.08, 0.4) },
    ]);
    expect(captions.links.map((l) => [l.caption, l.target])).toEqual([[1, 2]]);
    expect(captions.decisions[0].features?.map((f) => f.id)).toContain('captions.page-break');
    expect(captions.decisions[0].features?.map((f) => f.id)).not.toContain('captions.gap');
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
    expect(captions.decisions[0].by).toBe('parser');
    expect(captions.decisions[0].features?.map((f) => f.id)).toEqual(['captions.nested-by-parser']);
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

  it('takes a title of words after the label for a caption, and a sentence after it for body text', () => {
    // Mistral OCR gives the Office reports' table captions as paragraphs (aptitude manual, train and dev):
    // "Basic" is one capitalised word, not the lower-case run "asic cost components" of a sentence.
    expect(looksLikeCaption('表 2.1 Basic cost components')).toBe(true);
    expect(looksLikeCaption('表 2.2 Default safety cost levels')).toBe(true);
    expect(looksLikeCaption('Table 4 Results of the second run')).toBe(true);
    expect(looksLikeCaption('Table 2.3 Options of the resolver are listed here.')).toBe(false);
    expect(looksLikeCaption('Figure 2 Then the value of the cost goes up.')).toBe(false);
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
    expect(references.decisions.map((d) => d.features?.map((f) => f.id))).toEqual([
      ['captions.label-match'],
      ['captions.label-match'],
    ]);
  });
});

describe('caption labels of every shape (issue #15)', () => {
  it('reads Roman numbers, CJK labels without a space, and algorithms', () => {
    expect(parseCaptionLabel('TABLE IV. Parameters')).toMatchObject({ kind: 'table', number: 'IV' });
    expect(parseCaptionLabel('Table I: Results')).toMatchObject({ kind: 'table', number: 'I' });
    expect(parseCaptionLabel('图1说明')).toMatchObject({ kind: 'image', number: '1' });
    expect(parseCaptionLabel('表2 数据来源')).toMatchObject({ kind: 'table', number: '2' });
    expect(parseCaptionLabel('Algorithm 1 Procedure')).toMatchObject({ kind: 'code', number: '1' });
    // A lower-case word is not a Roman number.
    expect(parseCaptionLabel('Table lists the options')).toBeUndefined();
    expect(parseCaptionLabel('Figure in the middle')).toBeUndefined();
  });

  it('takes text-typed captions of any length after a separator, and CJK ones without a space', () => {
    const long = `Figure 1: Overview of the components described in this section. ${'The boxes are programs. '.repeat(8)}`;
    expect(long.length).toBeGreaterThan(120);
    expect(looksLikeCaption(long)).toBe(true);
    expect(looksLikeCaption('TABLE II. Settings')).toBe(true);
    expect(looksLikeCaption('图1说明')).toBe(true);
    expect(looksLikeCaption('Table 2 shows the results of the study in detail')).toBe(false);
  });

  it('knows a continuation line from a caption', () => {
    for (const t of [
      'Continued on next page',
      '续下页',
      '次ページへ続く',
      'Table 1 – continued from previous page',
      '表 1 – 续表',
    ])
      expect(isContinuationNote(t), t).toBe(true);
    expect(isContinuationNote('Table 2: continued fractions of the model')).toBe(false);
  });
});

describe('captions on real pages (corpus-latex)', () => {
  const ROOT = fileURLToPath(new URL('../../corpus-latex/', import.meta.url));
  function links(file: string) {
    const r = stitchSync(loadInput(`${ROOT}${file}`));
    return { r, pairs: r.structure.captions.map((c) => [c.caption, c.target]) };
  }

  it('gives a longtable its caption and its "Continued on next page" lines (dots, acmart)', () => {
    const { pairs } = links('latex-acmart-debmake-en-ch07/dots/pages.json');
    // Page 6: "Table 1. Glossary …" above the table, "Continued on next page" under it: both belong to it.
    expect(pairs).toContainEqual(['/5/3', '/5/4']);
    expect(pairs).toContainEqual(['/5/5', '/5/4']);
    // Page 7: "Table 1 – continued from previous page" above, "Continued on next page" below.
    expect(pairs).toContainEqual(['/6/2', '/6/3']);
    expect(pairs).toContainEqual(['/6/4', '/6/3']);
  });

  it('gives a row of sub-figures their "(a)"/"(b)" captions and the figure caption to the first (middle.json, report)', () => {
    // Reading order: picture a, "(a) Before the change.", "Figure 8.1: …", picture b, "(b) After the change.";
    // the figure caption sits under both pictures.
    const { r, pairs } = links('latex-report-debmake-en-ch07/middle/middle.json');
    const p = '/pdf_info/12/para_blocks';
    expect(pairs).toContainEqual([`${p}/0/blocks/1`, `${p}/0/blocks/0`]);
    expect(pairs).toContainEqual([`${p}/1/blocks/1`, `${p}/1/blocks/0`]);
    expect(pairs).toContainEqual([`${p}/0/blocks/2`, `${p}/0/blocks/0`]);
    expect(pairs).not.toContainEqual([`${p}/0/blocks/2`, `${p}/1/blocks/0`]);
    const d = r.decisions.find((x) => x.stage === 'captions' && x.place.refs[0] === `${p}/0/blocks/2`)!;
    expect(d.accepted).toBe(true);
  });

  it('names sub-figures by their letter: "(a)" the first picture of the row, "(b)" the second (Mistral, article)', () => {
    // Reading order: picture 1, picture 2, "(a) …", "(b) …", "Figure 2: …" (text typed, no boxes for the text):
    // the nearest picture to "(a)" is the second one, but its letter names the first.
    const { r, pairs } = links('latex-article-debmake-en-ch02/mistral/ocr_response.json');
    expect(pairs).toContainEqual(['/pages/5/markdown:2', '/pages/5/images/0']);
    expect(pairs).toContainEqual(['/pages/5/markdown:3', '/pages/5/images/1']);
    expect(pairs).toContainEqual(['/pages/5/markdown:4', '/pages/5/images/0']);
    const d = r.decisions.find((x) => x.stage === 'captions' && x.place.refs[0] === '/pages/5/markdown:2')!;
    expect(d.features?.map((f) => f.id)).toContain('captions.sub-order');
  });

  it("orders the row by the pictures' boxes when the parser lists the right one first (dots, ctexart)", () => {
    // The taller right-hand picture opens the reading order; "(a)" still goes to the left-hand one.
    const { pairs } = links('latex-ctexart-debmake-zh-ch02/dots/pages.json');
    expect(pairs).toContainEqual(['/2/14', '/2/13']);
    expect(pairs).toContainEqual(['/2/15', '/2/12']);
  });

  it('gives a sub-figure\'s "(a)" a picture, never the note table after the row (Marker, jlreq)', () => {
    const { pairs } = links('latex-jlreq-debmake-ja-ch02/marker/marker.json');
    expect(pairs).toContainEqual(['/children/4/children/2', '/children/4/children/0/children/0']);
    expect(pairs).toContainEqual(['/children/4/children/3', '/children/4/children/1']);
    expect(pairs).not.toContainEqual(['/children/4/children/2', '/children/4/children/4']);
  });

  it('reads an appendix table label "Table A.1:" and its continuation lines (Mistral, elsarticle)', () => {
    expect(parseCaptionLabel('Table A.1: Glossary of the terms')).toEqual({
      kind: 'table',
      number: 'A.1',
      continued: false,
    });
    const { pairs } = links('latex-elsarticle-debmake-en-ch04/mistral/ocr_response.json');
    expect(pairs).toContainEqual(['/pages/6/markdown:3', '/pages/6/markdown:4']);
    expect(pairs).toContainEqual(['/pages/7/markdown:0', '/pages/7/markdown:1']);
  });
});

describe('captions: the document habit and the parser links', () => {
  it('places an ambiguous caption on the side where the document sets its table captions', () => {
    // Three tables captioned below (the habit), then a caption between two tables: below the first.
    const t = (y1: number, y2: number): Spec => ({
      page: 1,
      type: 'table',
      html: '<table><tr><td>1</td></tr></table>',
      bbox: col(y1, y2),
    });
    const c = (text: string, y1: number): Spec => ({ page: 1, type: 'table_caption', text, bbox: col(y1, y1 + 0.02) });
    const specs: Spec[] = [
      t(0.05, 0.15),
      c('Table 1: A', 0.16),
      { page: 1, type: 'text', text: 'Body.', bbox: col(0.2, 0.25) },
    ];
    specs.push(t(0.3, 0.4), c('Table 2: B', 0.41), { page: 1, type: 'text', text: 'Body.', bbox: col(0.45, 0.5) });
    specs.push(t(0.55, 0.65), c('Table 3: C', 0.66), t(0.69, 0.8));
    const { captions } = run(specs);
    const third = captions.links.find((l) => l.caption === 7)!;
    expect(third.target).toBe(6);
    const d = captions.decisions.find((x) => x.ids[0] === 7 && x.accepted)!;
    expect(d.features?.map((f) => f.id)).toContain('captions.habit-side');
    expect(d.reason).toMatch(/side this document sets its table captions \(below/);
    // Without the habit (one clear case only) the usual side, above tables, wins.
    const lone = run([t(0.55, 0.65), c('Table 3: C', 0.66), t(0.69, 0.8)]);
    expect(lone.captions.links.map((l) => l.target)).toEqual([2]);
  });

  it('does not take a parser link whose label names another kind of float', () => {
    // Marker, multicolcnn p. 7: "Figure 3." grouped with the table under it; the figure is above it.
    const r = run([
      { page: 1, type: 'image', bbox: col(0.12, 0.39) },
      {
        page: 1,
        type: 'table_caption',
        text: 'Figure 3. UCSD crowd counting dataset.',
        bbox: col(0.41, 0.45),
        hints: { captionOf: '/2' },
      },
      { page: 1, type: 'table', html: '<table><tr><td>1</td></tr></table>', bbox: col(0.46, 0.7) },
    ]);
    expect(r.captions.links.map((l) => [l.caption, l.target])).toEqual([[1, 0]]);
  });

  it('places a sub-figure caption the parser linked to the other picture of the row by its box', () => {
    // As Docling and Marker give the train documents (amsart ch08, report ch05): "(a)" stands under the left
    // picture, the parser links it to the right one, and "(b)" the other way round.
    const r = run([
      { page: 1, type: 'image', bbox: [0.54, 0.15, 0.78, 0.23] },
      {
        page: 1,
        type: 'image_caption',
        text: '(a) Before the change.',
        bbox: [0.25, 0.24, 0.43, 0.26],
        hints: { captionOf: '/0' },
      },
      { page: 1, type: 'image', bbox: [0.22, 0.16, 0.46, 0.23] },
      {
        page: 1,
        type: 'image_caption',
        text: '(b) After the change.',
        bbox: [0.58, 0.24, 0.75, 0.26],
        hints: { captionOf: '/2' },
      },
    ]);
    const pairs = r.captions.links.map((l) => [l.caption, l.target]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [1, 2],
        [3, 0],
      ]),
    );
    expect(pairs).toHaveLength(2);
    // A caption under the picture the parser links it to keeps the parser's link.
    const kept = run([
      { page: 1, type: 'image', bbox: [0.22, 0.16, 0.46, 0.23] },
      {
        page: 1,
        type: 'image_caption',
        text: '(a) Before the change.',
        bbox: [0.25, 0.24, 0.43, 0.26],
        hints: { captionOf: '/0' },
      },
    ]);
    expect(kept.captions.decisions[0].ruleId).toBe('captions.linked-by-parser');
  });

  it('gives a numbered table caption to the table it stands under rather than the note box after it', () => {
    // As PaddleOCR gives the train document acmart ch05: "Table 1: Glossary" under its table, a "Tip" box below.
    const table = '<table><tr><td>Term</td><td>Description</td></tr><tr><td>debmake</td><td>a helper</td></tr></table>';
    const box = '<table><tr><td>Tip</td></tr><tr><td>Setting DH_VERBOSE = 1 outputs every command.</td></tr></table>';
    const r = run([
      { page: 1, type: 'table', html: table, bbox: [0.09, 0.1, 0.48, 0.33] },
      { page: 1, type: 'table_caption', text: 'Table 1: Glossary of the terms', bbox: [0.09, 0.33, 0.48, 0.37] },
      { page: 1, type: 'table', html: box, bbox: [0.09, 0.4, 0.32, 0.52] },
    ]);
    expect(r.captions.links.map((l) => [l.caption, l.target])).toEqual([[1, 0]]);
    const d = r.captions.decisions.find((x) => x.ruleId === 'captions.nearest-float')!;
    expect(d.ids).toEqual([1, 0]);
  });

  it('does not link a footnote to a table when a heading stands between them on the page', () => {
    // PP-StructureV3 shape (Vietnamese policy page): a body line labelled vision_footnote sits under the
    // heading "2.Phí bảo hiểm rủi ro", which sits under the table.
    const r = run([
      { page: 1, type: 'table', html: '<table><tr><td>1</td></tr></table>', bbox: [0.06, 0.17, 0.69, 0.24] },
      { page: 1, type: 'table_footnote', text: 'Khoản phí được khấu trừ hàng tháng', bbox: [0.06, 0.28, 0.67, 0.3] },
      { page: 1, type: 'title', text: '2.Phí bảo hiểm rủi ro', bbox: [0.04, 0.25, 0.19, 0.27] },
    ]);
    expect(r.captions.links).toEqual([]);
    // Without the heading the note is the table's.
    const bare = run([
      { page: 1, type: 'table', html: '<table><tr><td>1</td></tr></table>', bbox: [0.06, 0.17, 0.69, 0.24] },
      { page: 1, type: 'table_footnote', text: 'Khoản phí được khấu trừ hàng tháng', bbox: [0.06, 0.28, 0.67, 0.3] },
    ]);
    expect(bare.captions.links.map((l) => [l.caption, l.target])).toEqual([[1, 0]]);
  });
});
