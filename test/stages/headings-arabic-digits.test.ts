// Heading numbers in Arabic-Indic digits (issue #15, "numbering in more languages"): an Arabic report's sections
// "١ المقدمة", "١.١ …", "٢ …" nest by their numbers as "1", "1.1", "2" do, every heading set at one size (as a
// parser that gives no levels leaves them). Hand-made; the same run with the digits written as words is the control.
import { describe, expect, it } from 'vitest';
import { foldDigits } from '../../src/text/digits.js';
import { parseNumbering } from '../../src/text/numbering.js';
import { headingRun } from '../helpers/headings.js';

const LAYOUT = {
  body: 'يتناول هذا الفصل الموضوع بالتفصيل، ويعرض الأدلة والنتائج في فقرات متتالية.',
  headingHeight: 0.018,
  bodyHeight: 0.05,
  charWidth: 0.015,
};

const REPORT = ['١ المقدمة', '١.١ خلفية الدراسة', '١.٢ أهداف الدراسة', '٢ المنهجية', '٢.١ جمع البيانات', '٣ النتائج'];

describe('Arabic-Indic section numbers', () => {
  it('fold to ASCII digits for the numbering parser, the Arabic decimal separator to a stop', () => {
    expect(foldDigits('١.٢ أهداف')).toBe('1.2 أهداف');
    expect(foldDigits('۳٫۴ روش')).toBe('3.4 روش');
    expect(foldDigits('Section 2')).toBe('Section 2');
    expect(parseNumbering('١.٢ أهداف الدراسة')).toMatchObject({ ladder: 'decimal', rank: 2, values: [1, 2] });
    expect(parseNumbering('٢ المنهجية')).toMatchObject({ ladder: 'decimal', rank: 1, values: [2] });
  });

  it('nest the sections of an Arabic report by their numbers', () => {
    const { level } = headingRun('تقرير عن التحول الرقمي في التعليم', REPORT, LAYOUT);
    expect(REPORT.map(level)).toEqual([2, 3, 3, 2, 3, 2]);
  });

  it('leave the same headings flat when nothing numbers them (the control)', () => {
    const words = ['المقدمة', 'خلفية الدراسة', 'أهداف الدراسة', 'المنهجية', 'جمع البيانات', 'النتائج'];
    const { level } = headingRun('تقرير عن التحول الرقمي في التعليم', words, LAYOUT);
    expect(new Set(words.map(level)).size).toBe(1);
  });
});
