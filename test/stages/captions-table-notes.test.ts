// A table's notes typed caption under it, on hand-made pages modelled on the office kinds' datasheets, statements and
// rules (session 28: src/stages/captions/table-notes.ts): a table cut over two pages, and under its second fragment
// a numbered note ("1. Guaranteed by design, …") or a sentence without a label ("Rates per 1,000 of …", "费率按…。"),
// then the caption "Table 1. …". The note is the table's note (any number per table), so the caption keeps the
// table's one caption slot and goes with the fragment it stands under, not across the page break to the first.
import { describe, expect, it } from 'vitest';
import type { BBox, BlockType } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { reconstruct } from '../../src/pipeline.js';
import { roleOf } from '../../src/stages/captions/roles.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const b = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const links = (specs: Spec[]) =>
  reconstruct(makeDoc(specs), resolveEngineOptions({})).captions.links.map((l) => [l.caption, l.target]);

const ROWS = (from: number) =>
  `<table>${[0, 1, 2, 3, 4, 5].map((k) => `<tr><td>Setting ${from + k}</td><td>VDD = 3.3 V</td><td>${from + k}.25</td><td>mA</td></tr>`).join('')}</table>`;
const table = (page: number, y1: number, y2: number, from: number): Spec => ({
  page,
  type: 'table',
  html: ROWS(from),
  bbox: b(0.15, y1, 0.85, y2),
});
const text = (page: number, t: string, y1: number, y2: number, type: BlockType = 'text'): Spec => ({
  page,
  type,
  text: t,
  bbox: b(0.15, y1, 0.85, y2),
});

const cut = (notes: string[], caption: string): Spec[] => [
  text(
    1,
    'The device is described by the characteristics in the table below, measured at room temperature.',
    0.1,
    0.14,
  ),
  table(1, 0.16, 0.9, 1),
  table(2, 0.08, 0.4, 7),
  ...notes.map((n, k) => text(2, n, 0.41 + k * 0.02, 0.425 + k * 0.02, 'table_caption')),
  text(2, caption, 0.46, 0.475, 'table_caption'),
  text(2, 'The next section describes how the device starts and how long it takes to start.', 0.5, 0.54),
];

describe('captions: a table’s notes typed caption above its caption, under its last fragment', () => {
  it('numbered notes: both notes and the caption go with the fragment they stand under', () => {
    const got = links(
      cut(
        ['1. Guaranteed by design, not tested in production.', '2. Measured with a 10 uF decoupling capacitor.'],
        'Table 1. Electrical characteristics',
      ),
    );
    expect(got).toContainEqual([5, 2]);
    expect(got).toContainEqual([3, 2]);
    expect(got).toContainEqual([4, 2]);
  });

  it('a sentence with no label (Latin and CJK) is the table’s note', () => {
    const en = links(cut(['Rates per 1,000 of the sum insured, payable yearly.'], 'Table 1. Annual premium rates'));
    expect(en).toContainEqual([4, 2]);
    expect(en).toContainEqual([3, 2]);
    const zh = links(cut(['费率按每千元保险金额计，按年交纳。'], '表1 年交保险费率'));
    expect(zh).toContainEqual([4, 2]);
    expect(zh).toContainEqual([3, 2]);
  });

  it('a caption without a label that is a title, or one with a label, stays the caption proper', () => {
    const el = (text: string) => ({ ...makeDoc([text1(text)]).elements[0] });
    const text1 = (t: string): Spec => text(1, t, 0.1, 0.12, 'table_caption');
    expect(roleOf(el('Annual premium rates'))).toBe('main');
    expect(roleOf(el('Consolidated statement of financial position (in thousands of euros)'))).toBe('main');
    expect(roleOf(el('Table 2. Results of the tests run on the device.'))).toBe('main');
    expect(roleOf(el('1. Guaranteed by design, not tested in production.'))).toBe('note');
  });
});
