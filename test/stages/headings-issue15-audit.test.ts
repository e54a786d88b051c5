// Bullets of issue #15 §3 that had a rule but no test, or neither (session 19 audit, /work/notes/gold3/audit.md):
// lone letters typed Title without coordinates, Korean chapter/section/article numbering, headings ending in a colon.
// Hand-made documents in the shape of the parsers' output; each with the case that must not change.
import { describe, expect, it } from 'vitest';
import { parseNumbering } from '../../src/text/numbering.js';
import { boxlessRun, headingRun } from '../helpers/headings.js';

const BODY = 'Body text of the section that runs on for a while and ends with a full stop.';

describe('documents without coordinates: a lone letter is no heading (Unstructured Title without boxes)', () => {
  const headings = ['1 Introduction', 'A', 'Ö', 'x', '2 Method', '2.1 Data'];

  it('demotes single letters (a chart label, a logo, the stamp read letter by letter), keeps the sections', () => {
    const r = boxlessRun('A Study of Household Savings', BODY, headings);
    for (const letter of ['A', 'Ö', 'x']) expect(r.level(letter), letter).toBeUndefined();
    expect(r.features('A')).toContain('headings.demoted-letter-scrap');
    expect(headings.filter((h) => h.length > 1).map(r.level)).toEqual([2, 2, 3]);
  });

  it('weight 0 switches it off: the capital letter is a heading again', () => {
    const r = boxlessRun('A Study of Household Savings', BODY, headings, { 'demoted-letter-scrap': 0 });
    expect(r.level('A')).toBe(2);
  });

  it('with boxes the rule does not apply (the figure the letter stands in decides, headings/inside.ts)', () => {
    const r = headingRun('A Study of Household Savings', ['1 Introduction', 'B', '2 Method'], {
      body: BODY,
      headingHeight: 0.018,
      bodyHeight: 0.05,
      charWidth: 0.015,
    });
    expect(r.features('B')).not.toContain('headings.demoted-letter-scrap');
  });
});

describe('Korean numbering: 제n장 > 제n절, 제n조 an article', () => {
  it('parses chapter, section and article', () => {
    expect(parseNumbering('제1장 총칙')).toMatchObject({ ladder: 'decimal', rank: 1, values: [1] });
    expect(parseNumbering('제 2 절 목적')).toMatchObject({ ladder: 'decimal', rank: 2, values: [2] });
    expect(parseNumbering('제3조 정의')).toMatchObject({ ladder: 'article', rank: 1, values: [3] });
  });

  it('nests sections under chapters and articles under sections', () => {
    const hs = ['제1장 총칙', '제1절 목적', '제1조 목적', '제2조 정의', '제2장 보험금', '제1절 지급사유'];
    const r = headingRun('보험약관', hs, {
      body: '이 약관은 보험계약의 내용을 정하며 다음 각 호의 사항을 포함한다.',
      headingHeight: 0.018,
      bodyHeight: 0.05,
      charWidth: 0.02,
    });
    expect(hs.map(r.level)).toEqual([2, 3, 4, 4, 2, 3]);
  });
});

describe('a numbered heading ending in a colon', () => {
  it('is a heading at its number’s depth, as without the colon', () => {
    const hs = ['1 Overview', '1.1 Configuring PAM:', '1.2 What is debmake?', '2 Setup'];
    const r = headingRun('Guide', hs, { body: BODY, headingHeight: 0.018, bodyHeight: 0.05, charWidth: 0.015 });
    expect(hs.map(r.level)).toEqual([2, 3, 3, 2]);
  });
});
