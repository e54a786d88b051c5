// Captions as reports set them, on hand-made pages (boxes as fractions of the page):
//  - tables stacked on one page, each captioned below (`captions.one-each`, ./captions/one-each.ts): "Table 1"
//    stands between the two tables, on the usual side (above) of the lower one, and "Table 2" under the lower table
//    has no other float; each caption gets the table above it;
//  - a table's or a chart's notes typed text under it ("Note: …", "Source: …"; Mistral's Markdown gives no types at
//    all, Docling and Textract type them text): the float's notes (parser-links.ts noteLineOfFloat).
import { describe, expect, it } from 'vitest';
import type { BBox, BlockType } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function result(specs: Spec[]) {
  const doc = makeDoc(specs);
  const i = { ...input(doc), options: resolveEngineOptions({}) };
  return linkCaptions(i, detectFurniture(i));
}
const pairs = (specs: Spec[]) => result(specs).links.map((l) => [l.caption, l.target]);

const b = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const table = (y1: number, y2: number): Spec => ({
  page: 1,
  type: 'table',
  html: '<table><tr><td>Region</td><td>2023</td></tr><tr><td>North</td><td>4.1</td></tr></table>',
  bbox: b(0.1, y1, 0.9, y2),
});
const line = (type: BlockType, text: string, y1: number, y2: number): Spec => ({
  page: 1,
  type,
  text,
  bbox: b(0.1, y1, 0.7, y2),
});
const body = line('text', 'We now turn to the results shown in the two tables above, region by region.', 0.62, 0.68);

function stacked(type: BlockType): Spec[] {
  return [
    table(0.1, 0.3),
    line(type, 'Table 1: Output growth by region, in per cent.', 0.31, 0.33),
    table(0.35, 0.55),
    line(type, 'Table 2: Employment growth by region, in per cent.', 0.56, 0.58),
    body,
  ];
}

describe('captions: tables stacked on one page, each captioned below', () => {
  it('gives each caption the table above it (typed caption)', () => {
    const got = result(stacked('table_caption'));
    const links = got.links.map((l) => [l.caption, l.target]);
    expect(links).toContainEqual([1, 0]);
    expect(links).toContainEqual([3, 2]);
    expect(got.decisions.filter((d) => d.ruleId === 'captions.one-each')).toHaveLength(2);
  });

  it('and when the parser typed the captions text', () => {
    const links = pairs(stacked('text'));
    expect(links).toContainEqual([1, 0]);
    expect(links).toContainEqual([3, 2]);
  });

  it('tables captioned above keep their captions (no swap when every caption has its float)', () => {
    const above = [
      line('table_caption', 'Table 1: Output growth by region, in per cent.', 0.07, 0.09),
      table(0.1, 0.3),
      line('table_caption', 'Table 2: Employment growth by region, in per cent.', 0.32, 0.34),
      table(0.35, 0.55),
      body,
    ];
    const got = result(above);
    expect(got.links.map((l) => [l.caption, l.target])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(got.decisions.some((d) => d.ruleId === 'captions.one-each')).toBe(false);
  });
});

describe("captions: a float's notes typed text under it", () => {
  const page = (withBoxes: boolean): Spec[] =>
    [
      line('text', 'Revenue grew in every segment, as the table below shows in some detail.', 0.05, 0.09),
      line('text', 'Table 2. Revenue by segment', 0.1, 0.12),
      table(0.13, 0.4),
      line('text', 'Note: Figures in millions of dollars.', 0.41, 0.425),
      line('text', 'Source: Company filings.', 0.43, 0.445),
      line('text', 'The services segment grew fastest, driven by new contracts in the second half.', 0.48, 0.53),
      { page: 1, type: 'image', bbox: b(0.1, 0.55, 0.9, 0.8) } as Spec,
      line('text', 'Sources: Haver Analytics; staff estimates.', 0.81, 0.825),
    ].map((s) => (withBoxes ? s : { ...s, bbox: null }));

  for (const withBoxes of [true, false]) {
    it(`links "Note: …" and "Source: …" to the float above them (${withBoxes ? 'boxes' : 'no boxes, Mistral'})`, () => {
      const links = pairs(page(withBoxes));
      expect(links).toContainEqual([1, 2]);
      expect(links).toContainEqual([3, 2]);
      expect(links).toContainEqual([4, 2]);
      expect(links).toContainEqual([7, 6]);
    });
  }

  it('leaves a note line in the body, after a paragraph, alone', () => {
    const specs = page(true);
    const moved = [...specs.slice(0, 3), specs[5], specs[3], ...specs.slice(6)];
    moved[4] = { ...moved[4], bbox: b(0.1, 0.54, 0.7, 0.555) };
    expect(pairs(moved).some(([c]) => c === 4)).toBe(false);
  });

  it('leaves a note line set well below the table alone', () => {
    const specs = page(true);
    specs[3] = { ...specs[3], bbox: b(0.1, 0.45, 0.7, 0.465) };
    specs[4] = { ...specs[4], bbox: b(0.1, 0.47, 0.7, 0.485) };
    const links = pairs(specs);
    expect(links.some(([c]) => c === 3 || c === 4)).toBe(false);
  });
});
