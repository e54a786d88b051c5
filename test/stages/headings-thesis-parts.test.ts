// Three leftovers of the dev thesis (MinerU content list of a Chinese master's thesis, test-samples/gold-dev/mineru/
// pipeline-zh-thesis_content_list, session 21), on a hand-made thesis of the same shape (our own words, not the
// sample's): the English title over the English abstract after the Chinese one is no heading
// (`demoted-abstract-title`, headings/abstract-title.ts); the declaration page's parts whose names its heading holds
// stand one rank below it (`named-in-parent`, headings/named-in-parent.ts), the first though its box measures as a
// chapter's; a remark wholly in brackets is no heading (`demoted-parenthesized`, headings/parenthesized.ts).
// Controls: each weight at 0 gives the old reading back; a paper's title over its only abstract stays the title.
import { describe, expect, it } from 'vitest';
import { namesPart } from '../../src/stages/headings/named-in-parent.js';
import { isParenthesizedNote } from '../../src/stages/headings/parenthesized.js';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const ZH = '本文以中小企业为对象，讨论融资约束与信用风险之间的关系，并给出相应的政策建议与后续研究方向。';
const EN =
  'This thesis studies how small firms borrow and what their credit risk depends on, with evidence from ten years.';

/** A heading of `h` (box height) at the top of its page, one body paragraph under it. */
const heading = (page: number, text: string, y: number, h: number): Spec[] => [
  { page, type: 'title', text, bbox: col(y, y + h) },
  { page, type: 'text', text: ZH, bbox: col(y + h + 0.01, y + h + 0.08) },
];

function thesis(weights: Record<string, number> = {}) {
  const doc = makeDoc([
    { page: 1, type: 'title', text: '中小企业融资约束研究', bbox: col(0.3, 0.36) },
    ...heading(2, '摘要', 0.1, 0.023),
    { page: 3, type: 'title', text: 'A Study of Financing Constraints of Small Firms', bbox: col(0.1, 0.13) },
    { page: 3, type: 'text', text: 'Li Ming (Finance) Directed by Professor Zhang Wei', bbox: col(0.15, 0.19) },
    { page: 3, type: 'title', text: 'ABSTRACT', bbox: col(0.2, 0.217) },
    { page: 3, type: 'text', text: EN, bbox: col(0.23, 0.5) },
    ...heading(4, '第一章 引言', 0.1, 0.023),
    ...heading(4, '1.1 研究背景', 0.3, 0.02),
    ...heading(5, '第二章 研究设计', 0.1, 0.023),
    ...heading(5, '2.1 数据来源', 0.3, 0.02),
    ...heading(6, '参考文献', 0.1, 0.023),
    ...heading(7, '学位论文独创性声明和使用授权书', 0.06, 0.023),
    ...heading(7, '独创性声明', 0.2, 0.023),
    ...heading(7, '使用授权书', 0.4, 0.02),
    { page: 7, type: 'title', text: '（涉密论文在解密后适用本授权书）', bbox: col(0.6, 0.618) },
    { page: 7, type: 'text', text: ZH, bbox: col(0.63, 0.7) },
  ]);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  return { level: (t: string) => r.levels.get(at(t)), demoted: (t: string) => r.demoted.has(at(t)) };
}

describe("a thesis's translated abstract and declaration page", () => {
  it('the English title over the second abstract is no heading; the abstract heading is a top section', () => {
    const t = thesis();
    expect(t.demoted('A Study of Financing Constraints of Small Firms')).toBe(true);
    expect(t.level('ABSTRACT')).toBe(2);
    expect(t.level('摘要')).toBe(2);
  });

  it('the parts the declaration heading names stand one rank below it', () => {
    const t = thesis();
    expect(t.level('学位论文独创性声明和使用授权书')).toBe(2);
    expect(t.level('独创性声明')).toBe(3);
    expect(t.level('使用授权书')).toBe(3);
    expect(t.level('第二章 研究设计')).toBe(2);
  });

  it('a remark wholly in brackets is no heading', () => {
    expect(thesis().demoted('（涉密论文在解密后适用本授权书）')).toBe(true);
  });

  it('controls: each weight at 0 gives the old reading', () => {
    expect(thesis({ 'demoted-abstract-title': 0 }).level('A Study of Financing Constraints of Small Firms')).toBe(2);
    expect(thesis({ 'named-in-parent': 0 }).level('独创性声明')).toBe(2);
    expect(thesis({ 'demoted-parenthesized': 0 }).demoted('（涉密论文在解密后适用本授权书）')).toBe(false);
  });

  it("control: a paper's title over its only abstract stays its title", () => {
    const doc = makeDoc([
      { page: 1, type: 'title', text: 'A Study of Financing Constraints of Small Firms', bbox: col(0.1, 0.13) },
      { page: 1, type: 'text', text: 'Li Ming, Zhang Wei', bbox: col(0.15, 0.17) },
      { page: 1, type: 'title', text: 'Abstract', bbox: col(0.2, 0.215) },
      { page: 1, type: 'text', text: EN, bbox: col(0.22, 0.4) },
      { page: 1, type: 'title', text: '1 Introduction', bbox: col(0.45, 0.465) },
      { page: 1, type: 'text', text: EN, bbox: col(0.47, 0.7) },
    ]);
    const r = headingsOf(doc);
    expect(r.levels.get(0)).toBe(1);
    expect(r.levels.get(2)).toBe(2);
  });
});

describe('the evidence alone', () => {
  it('namesPart: a whole word or CJK run inside a longer title', () => {
    expect(namesPart('Results and Discussion', 'Results')).toBe(true);
    expect(namesPart('学位论文独创性声明和使用授权书', '使用授权书')).toBe(true);
    expect(namesPart('Smart Contracts', 'Art')).toBe(false);
    expect(namesPart('Methods', 'Methods')).toBe(false);
    expect(namesPart('研究设计', '研究方法')).toBe(false);
  });

  it('isParenthesizedNote: the whole text in one pair of brackets', () => {
    expect(isParenthesizedNote('(to be filled in by the library)')).toBe(true);
    expect(isParenthesizedNote('（一）数字普惠金融')).toBe(false);
    expect(isParenthesizedNote('Results (preliminary)')).toBe(false);
    expect(isParenthesizedNote('(a) Before (and after)')).toBe(false);
  });
});
