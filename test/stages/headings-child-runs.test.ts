// The DEV set's thesis leftover (issue #15, gold3's "noticed"): "（一）…（三）" under "2.2.3", set at the subsection's size,
// were placed beside it. Hand-made pages after that thesis (MinerU title boxes, one size for "2.2.3" and "（一）"):
// a numbering's one run from 1, between a heading of another ladder and that ladder going on, nests under it
// (child-runs.ts), and "2.3.1" after "（三）" and "2.3" is no restart under "（…）" (restarts.ts: its parent "2.3" stands
// between). Control: the same run at the document's end, closed by nothing, is left to the sizes.
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

const LAYOUT = {
  body: '数字普惠金融的发展对中小企业信用风险具有显著的抑制作用，这一作用主要通过覆盖广度和使用深度两个子维度实现。',
  headingHeight: 0.018,
  bodyHeight: 0.05,
  charWidth: 0.02,
};

const CHAPTER = [
  '第二章 文献综述',
  '2.1 理论基础',
  '2.1.1 信息不对称理论',
  '2.2 数字普惠金融相关研究',
  '2.2.1 数字普惠金融的定义',
  '2.2.3 数字普惠金融的影响',
  '（一）数字普惠金融对宏观经济影响',
  '（二）数字普惠金融对居民活动影响',
  '（三）数字普惠金融对企业创新活动影响',
  '2.3 融资约束相关研究',
  '2.3.1 融资约束的影响因素',
];

describe('a numbering run nested once under a subsection', () => {
  it('"（一）…（三）" between "2.2.3" and "2.3" are its children, and "2.3.1" stays under "2.3"', () => {
    const r = headingRun('数字普惠金融对中小企业信用风险影响研究', CHAPTER, LAYOUT);
    expect(CHAPTER.map(r.level)).toEqual([2, 3, 4, 3, 4, 4, 5, 5, 5, 3, 4]);
    expect(r.features('（一）数字普惠金融对宏观经济影响')).toContain('headings.numbering-child-run');
  });

  it('weight 0 switches it off: the run is not nested under the subsection', () => {
    const r = headingRun('数字普惠金融对中小企业信用风险影响研究', CHAPTER, LAYOUT, { 'numbering-child-run': 0 });
    expect(r.level('（一）数字普惠金融对宏观经济影响')).not.toBe(5);
  });

  it('control: a run at the end, closed by no heading of the other ladder, is left to the sizes', () => {
    const hs = CHAPTER.slice(0, 9);
    const r = headingRun('数字普惠金融对中小企业信用风险影响研究', hs, LAYOUT);
    expect(r.features('（一）数字普惠金融对宏观经济影响')).not.toContain('headings.numbering-child-run');
    expect(r.level('（一）数字普惠金融对宏观经济影响')).not.toBe(5);
  });
});
