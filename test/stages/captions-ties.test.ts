// Parser ties the page contradicts, and figures whose sub-figure captions stand between picture and caption
// (src/stages/captions/parser-ties.ts, src/stages/captions.ts). Hand-made pages that imitate what the
// corpora's Docling, Marker, MinerU content_list_v2 and PaddleOCR inputs give (boxes as fractions of the page).
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

function links(specs: Spec[]) {
  const doc = makeDoc(specs);
  const i = { ...input(doc), options: resolveEngineOptions({}) };
  return linkCaptions(i, detectFurniture(i)).links.map((l) => [l.caption, l.target, l.nested]);
}

const box = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const table = '<table><tr><td>Term</td><td>Description</td></tr></table>';

describe('captions: the window in reading order', () => {
  it("reaches past a row's sub-figure captions to the first picture (PaddleOCR order)", () => {
    const got = links([
      { page: 1, type: 'image', bbox: box(0.13, 0.16, 0.28, 0.25) },
      { page: 1, type: 'image', bbox: box(0.33, 0.17, 0.48, 0.25) },
      { page: 1, type: 'image_caption', text: '(a) Before the', bbox: box(0.12, 0.27, 0.29, 0.28) },
      { page: 1, type: 'image_caption', text: '(b) After the change.', bbox: box(0.32, 0.27, 0.49, 0.28) },
      { page: 1, type: 'image_caption', text: 'change.', bbox: box(0.12, 0.28, 0.18, 0.3) },
      { page: 1, type: 'image_caption', text: 'Figure 2: Two states', bbox: box(0.12, 0.31, 0.49, 0.34) },
      { page: 1, type: 'text', text: 'Body text after the figure.', bbox: col(0.37, 0.49) },
    ]);
    expect(got).toContainEqual([5, 0, false]);
  });

  it("names the row's first picture by the boxes when the parser lists the right-hand one first", () => {
    const got = links([
      { page: 1, type: 'image', bbox: box(0.55, 0.17, 0.86, 0.26) },
      { page: 1, type: 'image_caption', text: 'Figure 2: Two states', bbox: box(0.34, 0.28, 0.66, 0.3) },
      { page: 1, type: 'image', bbox: box(0.14, 0.15, 0.45, 0.24) },
    ]);
    expect(got).toEqual([[1, 2, false]]);
  });
});

describe('captions: a parser tie the page contradicts', () => {
  it('moves a figure caption nested in a table to the picture of its page, and keeps a table caption nested in a picture when the page has no table', () => {
    const moved = links([
      { page: 1, type: 'image', bbox: col(0.1, 0.3) },
      { page: 1, type: 'text', text: 'Body text between.', bbox: col(0.32, 0.4) },
      { page: 1, type: 'text', text: 'More body text.', bbox: col(0.41, 0.48) },
      { page: 1, type: 'text', text: 'And more.', bbox: col(0.49, 0.55) },
      { page: 1, type: 'text', text: 'And the last.', bbox: col(0.56, 0.6) },
      { page: 1, type: 'table', html: table, bbox: col(0.62, 0.8) },
      { page: 1, type: 'table_caption', text: 'Figure 2: Two states', hints: { nestedIn: '/5' } },
    ]);
    expect(moved).toEqual([[6, 0, false]]);
    const kept = links([
      { page: 1, type: 'image', bbox: col(0.1, 0.3) },
      { page: 1, type: 'image_caption', text: 'Table 2: Costs per year', hints: { nestedIn: '/0' } },
    ]);
    expect(kept).toEqual([[1, 0, true]]);
  });

  it('moves a boxless sub-figure caption whose letter names another picture of the row (MinerU content_list_v2)', () => {
    const got = links([
      { page: 1, type: 'image', bbox: box(0.51, 0.7, 0.78, 0.8) },
      { page: 1, type: 'image_caption', text: '(a) Before the change.', hints: { nestedIn: '/0' } },
      { page: 1, type: 'image', bbox: box(0.15, 0.72, 0.42, 0.8) },
      { page: 1, type: 'image_caption', text: '(b) After the change.', hints: { nestedIn: '/2' } },
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        [1, 2, false],
        [3, 0, false],
      ]),
    );
    expect(got).toHaveLength(2);
  });

  it('gives two tables side by side the captions over them when the parser exchanged their links (Docling)', () => {
    const got = links([
      {
        page: 1,
        type: 'table_caption',
        text: 'Table 11.1. Answers',
        bbox: box(0.14, 0.5, 0.47, 0.53),
        hints: { captionOf: '/3' },
      },
      {
        page: 1,
        type: 'table_caption',
        text: 'Table 11.2. Settings',
        bbox: box(0.51, 0.51, 0.81, 0.53),
        hints: { captionOf: '/2' },
      },
      { page: 1, type: 'table', html: table, bbox: box(0.14, 0.53, 0.49, 0.7) },
      { page: 1, type: 'table', html: table, bbox: box(0.51, 0.54, 0.86, 0.8) },
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        [0, 2, false],
        [1, 3, false],
      ]),
    );
  });

  it("moves a row's caption the parser grouped with the right-hand picture to the first one (Marker)", () => {
    const got = links([
      { page: 1, type: 'image', bbox: box(0.54, 0.24, 0.77, 0.32) },
      {
        page: 1,
        type: 'image_caption',
        text: 'Fig. 2: Two states',
        bbox: box(0.28, 0.36, 0.73, 0.37),
        hints: { captionOf: '/0' },
      },
      { page: 1, type: 'image', bbox: box(0.23, 0.24, 0.46, 0.32) },
      {
        page: 1,
        type: 'image_caption',
        text: '(b) After the change.',
        bbox: box(0.59, 0.33, 0.73, 0.34),
        hints: { captionOf: '/0' },
      },
      { page: 1, type: 'text', text: '(a) Before the change.', bbox: box(0.27, 0.33, 0.42, 0.34) },
    ]);
    expect(got).toContainEqual([1, 2, false]);
  });

  it('places captions the parser tied to floats of the other kind by the page, far from them in reading order (Docling)', () => {
    const got = links([
      { page: 1, type: 'image', bbox: box(0.22, 0.15, 0.46, 0.25) },
      {
        page: 1,
        type: 'image_caption',
        text: '(a) 修改之前。',
        bbox: box(0.29, 0.26, 0.39, 0.27),
        hints: { captionOf: '/0' },
      },
      {
        page: 1,
        type: 'image_caption',
        text: '表 1: 本文所用术语一览',
        bbox: box(0.21, 0.52, 0.79, 0.55),
        hints: { captionOf: '/0' },
      },
      { page: 1, type: 'image', bbox: box(0.54, 0.16, 0.77, 0.25) },
      {
        page: 1,
        type: 'image_caption',
        text: '(b) 修改之后。',
        bbox: box(0.61, 0.26, 0.71, 0.27),
        hints: { captionOf: '/3' },
      },
      { page: 1, type: 'code', text: '$ cd package-vcs', bbox: box(0.22, 0.33, 0.59, 0.39) },
      {
        page: 1,
        type: 'text',
        text: '“debmake -k” 命令可以完整解析 debian/copyright。',
        bbox: box(0.21, 0.41, 0.79, 0.46),
      },
      { page: 1, type: 'text', text: '在您编辑自动生成的 debian/copyright 文件时。', bbox: box(0.21, 0.47, 0.79, 0.5) },
      {
        page: 1,
        type: 'table_caption',
        text: '图 2: 本节讨论的配置的两种状态。',
        bbox: box(0.37, 0.29, 0.63, 0.3),
        hints: { captionOf: '/9' },
      },
      { page: 1, type: 'table', html: table, bbox: box(0.22, 0.56, 0.79, 0.82) },
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        [2, 9, false],
        [8, 0, false],
      ]),
    );
  });
});

describe('captions: label order', () => {
  it("exchanges two boxless numbered captions the parser set before each other's tables (Unstructured)", () => {
    const specs: Spec[] = [
      { page: 1, type: 'table_caption', text: 'Table 11.2. Configuring the package:' },
      { page: 1, type: 'table', html: table },
      { page: 1, type: 'table_caption', text: 'Table 11.1. Answers to the questions' },
      { page: 1, type: 'table', html: table },
    ];
    expect(links(specs)).toEqual(
      expect.arrayContaining([
        [0, 3, false],
        [2, 1, false],
      ]),
    );
    // With boxes the page decides: each caption stays over the table under it.
    const boxed = specs.map((s, i) => ({ ...s, bbox: col(0.1 + i * 0.2, 0.28 + i * 0.2) }));
    expect(links(boxed)).toEqual(
      expect.arrayContaining([
        [0, 1, false],
        [2, 3, false],
      ]),
    );
  });

  it('exchanges them when the second table stands beyond the window from the first caption (Mistral OCR)', () => {
    const body = (n: number): Spec[] =>
      Array.from({ length: n }, () => ({ page: 1, type: 'text', text: 'Body text.' }));
    const got = links([
      { page: 1, type: 'text', text: '表 11.2. Configuring the package:' },
      { page: 1, type: 'table', html: table },
      ...body(7),
      { page: 1, type: 'text', text: '表 11.1. 对脚本询问的问题的回答' },
      { page: 1, type: 'table', html: table },
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        [0, 10, false],
        [9, 1, false],
      ]),
    );
  });
});

describe('captions: sub-figure captions typed text', () => {
  it("takes a boxless (b) … after the figure's own caption for the second picture's (Mistral OCR)", () => {
    const got = links([
      { page: 1, type: 'image', bbox: box(0.54, 0.27, 0.79, 0.36) },
      { page: 1, type: 'image', bbox: box(0.21, 0.29, 0.46, 0.36) },
      { page: 1, type: 'text', text: '(a) Before the change.' },
      { page: 1, type: 'text', text: 'Figure 2: Two states of the configuration.' },
      { page: 1, type: 'text', text: '(b) After the change.' },
      { page: 1, type: 'list_item', text: 'Debian already has packages for most kinds of programs.' },
    ]);
    expect(got).toContainEqual([4, 0, false]);
  });
});

describe('captions: continuation lines', () => {
  it('gives a "continued" line the parser typed image caption to the long table it stands under (PaddleOCR)', () => {
    const got = links([
      { page: 1, type: 'table_caption', text: '表 1: 本文で用いる用語の一覧。', bbox: box(0.13, 0.74, 0.87, 0.77) },
      { page: 1, type: 'table', html: table, bbox: box(0.15, 0.78, 0.61, 0.82) },
      { page: 1, type: 'image_caption', text: '次ページへ続く', bbox: box(0.73, 0.83, 0.85, 0.84) },
    ]);
    expect(got).toEqual([
      [0, 1, false],
      [2, 1, false],
    ]);
  });
});

describe('captions: a row of sub-figures without any boxes', () => {
  // Unstructured without coordinates (hi_res orders a row left to right): picture, picture, "(a) …", "(b) …", the
  // figure's caption. The nearest picture to "(a)" is the second; its letter names the first in reading order.
  const specs = (): Spec[] => [
    { page: 1, type: 'text', text: 'Body text before the figure, a sentence long enough.' },
    { page: 1, type: 'image' },
    { page: 1, type: 'image' },
    { page: 1, type: 'image_caption', text: '(a) Before the change.' },
    { page: 1, type: 'image_caption', text: '(b) After the change.' },
    { page: 1, type: 'image_caption', text: 'Figure 2: Two states of the configuration.' },
    { page: 1, type: 'text', text: 'Body text after the figure, a sentence long enough.' },
  ];

  it('gives "(a)" the first picture of the run, "(b)" the second, and the figure caption the first', () => {
    const got = links(specs());
    expect(got).toContainEqual([3, 1, false]);
    expect(got).toContainEqual([4, 2, false]);
    expect(got).toContainEqual([5, 1, false]);
  });

  it('takes no order from reading order when some pictures of the run have boxes and others none', () => {
    const mixed = specs();
    mixed[2] = { ...mixed[2], bbox: box(0.5, 0.1, 0.9, 0.3) };
    const got = links(mixed);
    // no letter evidence: "(a)" is placed by nearness, to the second picture
    expect(got).toContainEqual([3, 2, false]);
  });
});

describe('captions: a sub-figure caption typed list item', () => {
  // Azure DI gives each figure one caption; the other sub-figure's "(b) …" comes as a paragraph, read as a list
  // item for its "(b)". Docling types such lines list items too.
  it('takes "(b) …" right under the second picture for its caption (after its picture in reading order)', () => {
    const got = links([
      { page: 1, type: 'image', bbox: box(0.09, 0.15, 0.26, 0.24) },
      { page: 1, type: 'image_caption', text: '(a) Before the change.', bbox: box(0.1, 0.25, 0.24, 0.265) },
      { page: 1, type: 'image', bbox: box(0.32, 0.16, 0.48, 0.24) },
      { page: 1, type: 'list_item', text: '(b) After the change.', bbox: box(0.34, 0.252, 0.46, 0.265) },
      { page: 1, type: 'text', text: 'Fig. 2: Two states of the configuration.', bbox: box(0.08, 0.273, 0.49, 0.287) },
      { page: 1, type: 'text', text: 'If you still have questions, ask on a list.', bbox: box(0.08, 0.32, 0.49, 0.35) },
    ]);
    expect(got).toContainEqual([3, 2, false]);
  });

  it('takes "(a) …" under the left picture when the parser lists it before the pictures', () => {
    const got = links([
      { page: 1, type: 'list_item', text: '(a) Before the change.', bbox: box(0.19, 0.253, 0.37, 0.267) },
      { page: 1, type: 'image', bbox: box(0.56, 0.12, 0.89, 0.24) },
      { page: 1, type: 'image_caption', text: '(b) After the change.', bbox: box(0.64, 0.253, 0.81, 0.267) },
      { page: 1, type: 'image', bbox: box(0.11, 0.12, 0.44, 0.24) },
      { page: 1, type: 'image_caption', text: 'Fig. 2. Two states.', bbox: box(0.25, 0.285, 0.75, 0.299) },
      { page: 1, type: 'text', text: 'Administrators limit instability to a few packages.', bbox: col(0.33, 0.36) },
    ]);
    expect(got).toContainEqual([0, 3, false]);
  });

  it('leaves a list "(a) …, (b) …" under a figure\'s caption a list', () => {
    const got = links([
      { page: 1, type: 'image', bbox: box(0.1, 0.1, 0.9, 0.3) },
      { page: 1, type: 'image_caption', text: 'Figure 1: The archive.', bbox: box(0.1, 0.31, 0.9, 0.33) },
      { page: 1, type: 'list_item', text: '(a) the first way to do it;', bbox: box(0.1, 0.34, 0.9, 0.36) },
      { page: 1, type: 'list_item', text: '(b) the second way to do it.', bbox: box(0.1, 0.36, 0.9, 0.38) },
    ]);
    expect(got).toEqual([[1, 0, false]]);
  });
});
