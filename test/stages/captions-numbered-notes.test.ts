// A table's numbered notes typed text, title or list item, on hand-made pages modelled on the office kinds' datasheets
// under Textract, Mistral and Azure DI (session 29: src/stages/captions/numbered-notes.ts, headings/table-note.ts): a
// table cut over two pages, under its second fragment "1. Guaranteed by design, …" | "2. Measured with a 10 uF …" set
// tight, then the caption "TABLE 1 …". Read as body, the first note stood between the fragment and the caption and
// pushed the caption across the page break onto the first fragment; typed a title it became a top section.
import { describe, expect, it } from 'vitest';
import type { BBox, BlockType } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { reconstruct } from '../../src/pipeline.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const b = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const run = (specs: Spec[], weights = {}) => {
  const r = reconstruct(makeDoc(specs), resolveEngineOptions({ weights: { headings: weights } }));
  return { links: r.captions.links.map((l) => [l.caption, l.target]), headings: [...r.headings.levels.keys()] };
};

const ROWS = (from: number) =>
  `<table>${[0, 1, 2, 3, 4, 5].map((k) => `<tr><td>Setting ${from + k}</td><td>VDD = 3.3 V</td><td>${from + k}.25</td><td>mA</td></tr>`).join('')}</table>`;
const table = (page: number, y1: number, y2: number, from: number): Spec => ({
  page,
  type: 'table',
  html: ROWS(from),
  bbox: b(0.15, y1, 0.85, y2),
});
const line = (page: number, t: string, y1: number, y2: number, type: BlockType = 'text', x2 = 0.6): Spec => ({
  page,
  type,
  text: t,
  bbox: b(0.15, y1, x2, y2),
});
const NOTES = ['1. Guaranteed by design, not tested in production.', '2. Measured with a 10 uF decoupling capacitor.'];

/** ids: 0 heading, 1 paragraph, 2 and 3 the fragments, 4 and 5 the notes, 6 the caption, 7 the paragraph after. */
const page = (type: BlockType, notes = NOTES, boxes = true): Spec[] => {
  const specs: Spec[] = [
    line(1, 'Electrical characteristics', 0.06, 0.08, 'title'),
    line(1, 'The device is described by the characteristics below, measured at room temperature.', 0.1, 0.14),
    table(1, 0.16, 0.9, 1),
    table(2, 0.08, 0.4, 7),
    ...notes.map((n, k) => line(2, n, 0.402 + k * 0.014, 0.412 + k * 0.014, type)),
    line(2, 'TABLE 1 Electrical characteristics', 0.432, 0.444, 'text', 0.45),
    line(2, 'The next section describes how the device starts and how long it takes.', 0.46, 0.5, 'text', 0.85),
  ];
  return boxes ? specs : specs.map((s) => ({ ...s, bbox: null }));
};

describe('captions: a table’s numbered notes typed as body', () => {
  it('typed text: the notes and the caption go with the fragment they stand under', () => {
    const { links } = run(page('text'));
    expect(links).toContainEqual([4, 3]);
    expect(links).toContainEqual([5, 3]);
    expect(links).toContainEqual([6, 3]);
  });

  it('typed list item without boxes (Markdown): the same', () => {
    const { links } = run(page('list_item', NOTES, false));
    expect(links).toContainEqual([4, 3]);
    expect(links).toContainEqual([5, 3]);
    expect(links).toContainEqual([6, 3]);
  });

  it('typed title: no top section, the table’s notes', () => {
    const { links, headings } = run(page('title'));
    expect(headings).not.toContain(4);
    expect(links).toContainEqual([4, 3]);
    expect(links).toContainEqual([6, 3]);
    // with the demotion off, the note stays a heading (and no caption)
    const off = run(page('title'), { 'demoted-table-note': 0 });
    expect(off.headings).toContain(4);
  });

  it('the run’s first note typed caption (Azure DI’s table caption), the second a list item: both notes', () => {
    const specs = page('list_item');
    specs[4] = { ...specs[4], type: 'table_caption' };
    const { links } = run(specs);
    expect(links).toContainEqual([5, 3]);
    expect(links).toContainEqual([6, 3]);
  });

  it('a numbered list that does not start at 1, or a line set apart from the table, is body', () => {
    const later = run(page('text', ['2. Guaranteed by design, not tested in production.', NOTES[1]]));
    expect(later.links.filter(([c]) => c === 4 || c === 5)).toEqual([]);
    const apart = page('text', NOTES.slice(0, 1));
    apart[4] = line(2, NOTES[0], 0.45, 0.46);
    apart[5] = line(2, 'TABLE 1 Electrical characteristics', 0.47, 0.48, 'text', 0.45);
    expect(run(apart).links.filter(([c]) => c === 4)).toEqual([]);
  });
});
