// A heading the parser typed as such on the running-line height stays body where the parser labels the document's
// other running lines (after the MinerU thesis of the dev set: the declaration page's title sits where the other
// pages carry their running head). Hand-made pages; the same page with unlabelled running heads is the control.
import { describe, expect, it } from 'vitest';
import type { BlockType } from '../../src/model/element.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

const CHAPTERS = ['第一章 引言', '第二章 文献综述', '第三章 研究设计', '第四章 实证结果'];

function thesis(headType: BlockType): { specs: Spec[]; title: number } {
  const specs: Spec[] = [];
  for (let p = 1; p <= 8; p++) {
    const head = p % 2 === 1 ? '北京大学硕士学位论文' : CHAPTERS[(p / 2 - 1) % CHAPTERS.length];
    specs.push({ page: p, type: headType, text: head, bbox: [0.44, 0.067, 0.56, 0.082] });
    specs.push({
      page: p,
      type: 'text',
      text: `正文第${p}页的段落，足够长，是一段完整的正文内容。`.repeat(4),
      bbox: col(0.11, 0.85),
    });
    specs.push({
      page: p,
      type: headType === 'header' ? 'page_number' : 'text',
      text: String(p),
      bbox: [0.49, 0.916, 0.51, 0.927],
    });
  }
  const title = specs.length;
  specs.push({
    page: 9,
    type: 'title',
    text: '北京大学学位论文原创性声明和使用授权说明',
    bbox: [0.247, 0.062, 0.754, 0.081],
  });
  specs.push({ page: 9, type: 'title', text: '原创性声明', bbox: [0.445, 0.112, 0.557, 0.133] });
  specs.push({
    page: 9,
    type: 'text',
    text: '本人郑重声明：所呈交的学位论文，是本人在导师的指导下，独立进行研究工作所取得的成果。',
    bbox: col(0.16, 0.25),
  });
  return { specs, title };
}

describe('a heading on the running-line height (furniture.heading-on-labelled-line)', () => {
  it('keeps the declaration page title in the body when the parser labels the running heads', () => {
    const { specs, title } = thesis('header');
    const r = detectFurniture(input(makeDoc(specs)));
    expect(r.kinds.has(title)).toBe(false);
    // The labelled running heads and page numbers are still furniture.
    expect(specs.filter((s) => s.type === 'header').length).toBe(8);
    expect([...r.kinds.keys()].filter((id) => specs[id].type === 'header').length).toBe(8);
    // Without the feature's weight its place alone drops it.
    const i = input(makeDoc(specs));
    i.options.weights.furniture = { ...i.options.weights.furniture, 'heading-on-labelled-line': 0 };
    expect(detectFurniture(i).kinds.get(title)).toBe('header');
  });

  it('drops it when its words are a heading elsewhere (a running head naming its section, typed title)', () => {
    const { specs, title } = thesis('header');
    const text = specs[title].text;
    specs.splice(1, 0, { page: 1, type: 'title', text, bbox: [0.2, 0.1, 0.8, 0.12] });
    const r = detectFurniture(input(makeDoc(specs)));
    expect(r.kinds.get(title + 1)).toBe('header');
    // A contents line carrying the words with its page number (typed text) is no such repeat.
    specs[1] = { page: 1, type: 'text', text: `${text} 62`, bbox: [0.12, 0.8, 0.87, 0.82] };
    expect(detectFurniture(input(makeDoc(specs))).kinds.has(title + 1)).toBe(false);
  });

  it('drops it as a running line when the parser labels none of the running heads (its place is all there is)', () => {
    const { specs, title } = thesis('text');
    const r = detectFurniture(input(makeDoc(specs)));
    expect(r.kinds.get(title)).toBe('header');
    const d = r.decisions.find((x) => x.ids[0] === title);
    expect(d?.ruleId).toBe('furniture.running-line');
  });
});
