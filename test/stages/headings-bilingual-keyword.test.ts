// Hand-written pages imitating MinerU's content list of a bilingual (Chinese / English) specification sheet (the dev
// gold set's SVOLT datasheet, test-samples/gold-dev/mineru): no cover, the contents page first, every heading in
// both languages ("目 录 Contents", "1 样品电性能指标 Cell Performance"), each typed title at one level.
import { describe, expect, it } from 'vitest';
import { isTopKeyword } from '../../src/text/numbering.js';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const title = (page: number, y: number, text: string): Spec => ({
  page,
  type: 'title',
  text,
  bbox: [0.09, y, 0.6, y + 0.019],
  hints: { level: 1 },
});
const body = (page: number, y: number, text: string): Spec => ({ page, type: 'text', text, bbox: col(y, y + 0.06) });

function datasheet(contents: string): Spec[] {
  return [
    title(1, 0.07, contents),
    body(
      1,
      0.1,
      '术语定义 Terms and Definitions .... 1\n1 样品电性能指标 Cell Performance .... 3\n1.1 主要性能 Main Performance .... 3\n2 电芯温升 Temperature rise .... 12',
    ),
    title(3, 0.07, '1 样品电性能指标 Cell Performance'),
    title(3, 0.1, '1.1 主要性能 Main Performance'),
    body(3, 0.13, '正常工作的单体电池在恒流下进行充电，该单体电池最大充电电压为三点六五伏。'),
    body(3, 0.2, 'The operating temperature of the cell is 25 degrees and the maximum charge voltage is 3.65V.'),
    title(3, 0.3, '1.2 标准充电条件 Standard Charge Condition'),
    body(3, 0.33, 'At 25 degrees, charge to 3.65V at 65.3A, then continue to charge at constant voltage.'),
    title(4, 0.07, '2 电芯温升 Temperature rise'),
    body(4, 0.1, 'In this specification, temperature rise is the difference of the temperature before and after.'),
    title(4, 0.3, '2.1 持续放电温升 Temperature rise of continuous discharge'),
    body(4, 0.33, 'The temperature rise of continuous discharge is less than 10 degrees at 65.3A.'),
  ];
}

function levelsOf(specs: Spec[]) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc);
  return (text: string) => r.levels.get(doc.elements.find((e) => e.text === text && e.type === 'title')!.id);
}

describe('a contents heading in two languages (text/numbering.ts isTopKeyword)', () => {
  it('reads a CJK keyword with its English translation as the keyword, in either order', () => {
    expect(isTopKeyword('目 录 Contents')).toBe(true);
    expect(isTopKeyword('摘要 Abstract')).toBe(true);
    expect(isTopKeyword('References 参考文献')).toBe(true);
    expect(isTopKeyword('参考文献：')).toBe(true);
  });

  it('does not read two keywords of one script run together, or a keyword beside other words', () => {
    expect(isTopKeyword('Summary Discussion')).toBe(false);
    expect(isTopKeyword('目录 目录')).toBe(false);
    expect(isTopKeyword('术语定义 Terms and Definitions')).toBe(false);
    expect(isTopKeyword('Contents 1')).toBe(false);
  });

  it('is a top section, not the document title: the numbered sections stand beside it', () => {
    const level = levelsOf(datasheet('目 录 Contents'));
    expect(level('目 录 Contents')).toBe(1);
    expect(level('1 样品电性能指标 Cell Performance')).toBe(1);
    expect(level('1.1 主要性能 Main Performance')).toBe(2);
    expect(level('2 电芯温升 Temperature rise')).toBe(1);
    expect(level('2.1 持续放电温升 Temperature rise of continuous discharge')).toBe(2);
  });

  it('as the contents heading in one language alone', () => {
    const level = levelsOf(datasheet('目 录'));
    expect(level('目 录')).toBe(1);
    expect(level('1 样品电性能指标 Cell Performance')).toBe(1);
  });
});
