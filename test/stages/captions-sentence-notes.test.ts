// A table's note given as one sentence without a label and typed text, on hand-made pages modelled on the office kinds'
// insurance rules and financial statements under Textract, Azure DI and Mistral (session 29:
// src/stages/captions/sentence-notes.ts): "Rates per 1,000 of the sum insured, payable yearly." set tight under a rate
// table, one line; without boxes, between a table and its caption printed under it.
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { reconstruct } from '../../src/pipeline.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const b = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const links = (specs: Spec[]) =>
  reconstruct(makeDoc(specs), resolveEngineOptions({})).captions.links.map((l) => [l.caption, l.target]);

const ROWS = `<table>${[18, 19, 20, 21, 22].map((a) => `<tr><td>${a}</td><td>1.${a}</td><td>2.${a}</td><td>3.${a}</td></tr>`).join('')}</table>`;
const table = (y1: number, y2: number): Spec => ({ page: 1, type: 'table', html: ROWS, bbox: b(0.14, y1, 0.81, y2) });
const line = (t: string, y1: number, y2: number, x2 = 0.5): Spec => ({
  page: 1,
  type: 'text',
  text: t,
  bbox: b(0.14, y1, x2, y2),
});
const NOTE = 'Rates per 1,000 of the sum insured, payable yearly.';
const NOTE_ZH = '费率按每千元保险金额计，按年交纳。';
const AFTER = 'The premium is payable for the whole term of the policy, in one sum or in yearly parts.';

/** ids: 0 heading, 1 caption above, 2 the table, 3 the note, 4 a paragraph after. */
const above = (note: string, gap: number): Spec[] => [
  { page: 1, type: 'title', text: 'Annex 1 Premium rates', bbox: b(0.14, 0.09, 0.54, 0.11) },
  line('TABLE 1 Annual premium rates', 0.13, 0.144, 0.34),
  table(0.148, 0.5),
  line(note, 0.5 + gap, 0.51 + gap),
  line(AFTER, 0.56, 0.6, 0.86),
];

describe('captions: a table’s one-sentence note typed as body', () => {
  it('set tight under the table, one line: the table’s note (Latin and CJK)', () => {
    expect(links(above(NOTE, 0.002))).toContainEqual([3, 2]);
    expect(links(above(NOTE_ZH, 0.002))).toContainEqual([3, 2]);
    expect(links(above(NOTE, 0.002))).toContainEqual([1, 2]);
  });

  it('a sentence a paragraph’s space under the table is body', () => {
    expect(links(above(NOTE, 0.02)).filter(([c]) => c === 3)).toEqual([]);
  });

  it('after the table’s note line, a sentence set as tight is the body going on', () => {
    const specs = above('Source: Statistics Department.', 0.002);
    specs.splice(4, 0, line('Let’s assume this upstream tarball to be debhello-0.0.tar.gz.', 0.515, 0.53, 0.63));
    const got = links(specs);
    expect(got).toContainEqual([3, 2]);
    expect(got.filter(([c]) => c === 4)).toEqual([]);
  });

  it('without boxes: between the table and its caption under it, the note; before the next table’s caption, body', () => {
    const strip = (s: Spec[]) => s.map((x) => ({ ...x, bbox: null }));
    const below = strip([
      table(0.1, 0.5),
      line(NOTE, 0.5, 0.51),
      line('Table 1. Annual premium rates', 0.52, 0.53),
      line(AFTER, 0.56, 0.6),
    ]);
    expect(links(below)).toContainEqual([1, 0]);
    expect(links(below)).toContainEqual([2, 0]);
    const next = strip([
      table(0.1, 0.3),
      line(NOTE, 0.32, 0.33),
      line('Table 2. Rates for a second life', 0.4, 0.41),
      table(0.42, 0.6),
    ]);
    expect(links(next).filter(([c]) => c === 1)).toEqual([]);
  });
});
