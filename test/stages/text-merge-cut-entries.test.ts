// Hand-written pages imitating MinerU's content list of a Chinese master's thesis (the dev gold set's zh-thesis,
// test-samples/gold-dev/mineru): its reference list cut into blocks at line boundaries, so one block ends in the
// middle of an entry and the next goes on with it, often with the next entries glued on.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { opensEntry, stopsInEntry } from '../../src/stages/text-merge/cut-entries.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

const text = (page: number, y: number, t: string): Spec => ({ page, type: 'text', text: t, bbox: col(y, y + 0.03) });

function merged(specs: Spec[]) {
  const inp = input(makeDoc(specs));
  const r = mergeTextFragments(inp, detectFurniture(inp));
  const links = new Set(r.groups.flatMap((g) => g.slice(1).map((b, i) => `${g[i]}|${b}`)));
  return { links, r };
}

const list = (heading: string, type: Spec['type'] = 'title'): Spec[] => [
  { page: 1, type, text: heading, bbox: [0.44, 0.1, 0.55, 0.13] },
  text(1, 0.16, '陈三毛,钱晓萍.2014.中国各省金融包容性指数及其测算[J].金融论坛,19(09):3-8.'),
  text(1, 0.2, '戴静,杨筝,刘贯春等.2020.银行业竞争、创新资源配置和企业创新产出——基于中国工业企业的经验'),
  text(1, 0.24, '证据[J].金融研究,(02):51-70.丁志国,丁垣竹,金龙.2021.违约边界与效率缺口[J].中国工业经济,(04):175-'),
  text(1, 0.28, '192. 董小红,周雅茹,戴德明.2020.或有事项信息披露影响企业违约风险吗?[J].现代财经,40(11):37-52.'),
  text(1, 0.32, '黄倩,李政.2019.县域普惠金融发展与经济包容性增长——基于云南省 120 个县域数据的实证分析[J].'),
  text(1, 0.36, '云南财经大学学报,35(01):52-66.'),
  text(1, 0.4, '李淑锦,吴王滢.2021.基于AEN-logistic模型的中小企业信用风险评估[J].信息与管理研究.'),
  text(1, 0.44, '刘若阳,申威,唐长虹.2021.基于变权 Markov 链的中小物流企业信用风险集对预测[J].系统工'),
  text(2, 0.1, '程,39(02):138-149.'),
  text(
    2,
    0.14,
    'Buch C M , Kesternich I , Lipponer A ,et al.2014.Financial constraints and foreign direct investment: firm-level evidence[J]. Asia Pacific',
  ),
  text(2, 0.18, 'Management Review'),
  text(
    2,
    0.22,
    'Malmendier U, Tate G and Yan J. 2011.Overconfidence and early-life experiences[J]. Journal of Finance,66(5):1687-1733.',
  ),
  { page: 3, type: 'title', text: '致谢', bbox: [0.44, 0.1, 0.55, 0.13] },
  text(3, 0.16, '在此，我首先要向伟大的祖国表达最诚挚的感谢，感谢我的导师在论文写作过程中给予的悉心指导和'),
  text(3, 0.2, '帮助，使我顺利完成了学业。'),
];

describe('reference entries the parser cut at line boundaries (text-merge/cut-entries.ts)', () => {
  it('tells an entry cut in its middle from one that ends, and an entry opening from its rest', () => {
    expect(stopsInEntry('…基于中国工业企业的经验')).toBe(true);
    expect(stopsInEntry('…[J].中国工业经济,(04):175-')).toBe(true);
    expect(stopsInEntry('…120 个县域数据的实证分析[J].')).toBe(true);
    expect(stopsInEntry('…[J]. Asia Pacific')).toBe(true);
    expect(stopsInEntry('…[J].金融论坛,19(09):3-8.')).toBe(false);
    expect(stopsInEntry('…风险评估[J].信息与管理研究.')).toBe(false);
    expect(opensEntry('黄倩,李政.2019.县域普惠金融发展')).toBe(true);
    expect(opensEntry('戴静,杨筝,刘贯春等.2020.银行业竞争')).toBe(true);
    expect(opensEntry('Malmendier U, Tate G and Yan J. 2011.')).toBe(true);
    expect(opensEntry('Buch C M , Kesternich I')).toBe(true);
    expect(opensEntry('证据[J].金融研究,(02):51-70.')).toBe(false);
    expect(opensEntry('云南财经大学学报,35(01):52-66.')).toBe(false);
    expect(opensEntry('192. 董小红,周雅茹')).toBe(false);
    expect(opensEntry('Management Review')).toBe(false);
  });

  it('joins each cut block with the block that goes on with its entry, in one column and over a page break', () => {
    const { links, r } = merged(list('参考文献'));
    for (const l of ['2|3', '3|4', '5|6', '8|9', '10|11']) expect(links.has(l), l).toBe(true);
    // Entries that end stay apart: "…3-8." | "戴静…", "…37-52." | "黄倩…", "…研究." | "刘若阳…", "Review" | "Malmendier".
    for (const l of ['1|2', '4|5', '7|8', '11|12']) expect(links.has(l), l).toBe(false);
    const d = r.decisions.find((x) => x.ruleId === 'text-merge.reference-cut');
    expect(d?.features?.map((f) => f.id)).toContain('text-merge.reference-cut');
  });

  it('takes no rest across a blank wider than a line: the lines between were lost', () => {
    // "…的实证研究[J].会计" | three lines' blank | "理世界,37(07):…" (the real dev set's thesis: the parser lost lines)
    const entry = (restAt: number) => [
      list('参考文献')[0],
      text(1, 0.16, '黄倩,李政.2019.县域普惠金融发展与经济包容性增长——基于云南省 120 个县域数据的实证分析[J].'),
      text(1, restAt, '云南财经大学学报,35(01):52-66.'),
    ];
    expect(merged(entry(0.2)).links.has('1|2')).toBe(true);
    expect(merged(entry(0.27)).links.has('1|2')).toBe(false);
  });

  it('only in a reference list: the same lines after another heading are left to the other rules', () => {
    const { r } = merged(list('附录'));
    // (a full line left on a letter may still go on by text-merge/parser-split.ts: "…的经验" | "证据[J]…")
    expect(r.decisions.filter((d) => d.ruleId === 'text-merge.reference-cut')).toEqual([]);
  });
});
