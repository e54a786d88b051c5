// Hand-written pages imitating MinerU's content list of a Chinese thesis (the dev gold set's zh-thesis,
// test-samples/gold-dev/mineru): running heads the parser labels header on every page, and a last page whose own
// title, typed a heading, is set as high as the running heads are.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

const HEADS = [
  '北京大学硕士学位论文',
  '第一章 引言',
  '北京大学硕士学位论文',
  '第二章 文献综述',
  '北京大学硕士学位论文',
];

function thesis(headType: Spec['type']): Spec[] {
  const pages: Spec[] = HEADS.flatMap((head, i): Spec[] => [
    { page: i + 1, type: headType, text: head, bbox: [0.41, 0.066, 0.59, 0.082] },
    {
      page: i + 1,
      type: 'text',
      text: `第${i + 1}页的正文，论述数字普惠金融与中小企业信用风险之间的关系。`,
      bbox: col(0.1, 0.85),
    },
  ]);
  return [
    ...pages,
    { page: 6, type: 'title', text: '北京大学学位论文原创性声明和使用授权说明', bbox: [0.25, 0.06, 0.75, 0.083] },
    { page: 6, type: 'title', text: '原创性声明', bbox: [0.44, 0.11, 0.56, 0.133] },
    {
      page: 6,
      type: 'text',
      text: '本人郑重声明：所呈交的学位论文，是本人在导师的指导下，独立进行研究工作所取得的成果。',
      bbox: col(0.17, 0.25),
    },
  ];
}

const taken = (specs: Spec[]) => {
  const doc = makeDoc(specs);
  const { kinds } = detectFurniture(input(doc));
  return (text: string) => kinds.has(doc.elements.find((e) => e.text === text)!.id);
};

describe('a heading on the running line where the parser labels the running heads (furniture/labelled-heads.ts)', () => {
  it('stays body: the parser told it from the running heads it labelled header', () => {
    const isFurniture = taken(thesis('header'));
    expect(isFurniture('北京大学学位论文原创性声明和使用授权说明')).toBe(false);
    expect(isFurniture('第一章 引言')).toBe(true);
  });

  it('is a running head where the parser labels none (its heads typed text): the habit decides', () => {
    const isFurniture = taken(thesis('text'));
    expect(isFurniture('北京大学学位论文原创性声明和使用授权说明')).toBe(true);
  });
});
