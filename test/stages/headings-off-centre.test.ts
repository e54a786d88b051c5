// The document centres its headings: a title flush left in its column is a term, not a heading
// (headings/centred.ts, `demoted-off-centre`). Hand-made after a fresh amsart paper as MinerU middle gives it
// (session 22, head8's set; train source aptitude "customizing the display layout"): sections centred in a column
// from 0.207 to 0.793 ("1. Display elements", "Placement of display elements", "Acknowledgments"), and the
// description term "MainWidget" flush left at 0.207, typed a title.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const LEFT = 0.207;
const RIGHT = 0.793;

function paper(termLeft = LEFT, numberedLeft = false): Spec[] {
  const specs: Spec[] = [];
  let y = 0.15;
  let page = 1;
  const line = (type: Spec['type'], text: string, x0: number, x1: number, h = 0.015) => {
    if (y > 0.85) [page, y] = [page + 1, 0.12];
    specs.push({ page, type, text, bbox: [x0, y, x1, y + h] });
    y += h + 0.01;
  };
  const centred = (text: string, width: number, h = 0.015) => line('title', text, 0.5 - width / 2, 0.5 + width / 2, h);
  const body = () => {
    line(
      'text',
      'The layout is stored in the configuration group of the program, one element a line.',
      LEFT,
      RIGHT,
      0.03,
    );
    line('text', 'Each element is named, typed and placed in the table of rows and columns.', LEFT, RIGHT, 0.03);
  };
  centred('CUSTOMIZING THE DISPLAY LAYOUT', 0.4, 0.03);
  body();
  if (numberedLeft) line('title', '1. Display elements', LEFT, 0.38);
  else centred('1. Display elements', 0.18);
  body();
  line('title', 'MainWidget', termLeft, termLeft + 0.111);
  body();
  centred('Placement of display elements', 0.286);
  body();
  centred('2. Display layout option reference', 0.326);
  body();
  centred('Acknowledgments', 0.168);
  body();
  return specs;
}

function headings(specs: Spec[], weights: Record<string, number> = {}) {
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  return (t: string) => r.levels.get(specs.findIndex((s) => s.text === t));
}

describe('a title flush left where the document centres its headings', () => {
  it('is no heading; the centred ones stand', () => {
    const level = headings(paper());
    expect(level('MainWidget')).toBeUndefined();
    expect(level('1. Display elements')).toBe(2);
    expect(level('Placement of display elements')).toBe(2);
  });

  it('off (weight 0), it is a top section', () => {
    const level = headings(paper(), { 'demoted-off-centre': 0 });
    expect(level('MainWidget')).toBe(2);
  });

  it('stands when it is centred too', () => {
    const level = headings(paper(0.5 - 0.111 / 2));
    expect(level('MainWidget')).toBe(2);
  });

  it('stands when a numbered heading is flush left (the document does not centre its headings)', () => {
    const level = headings(paper(LEFT, true));
    expect(level('MainWidget')).toBe(2);
  });
});
