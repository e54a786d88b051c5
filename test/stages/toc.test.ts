import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { assignHeadingLevels } from '../../src/stages/headings.js';
import { entryTitle, findTableOfContents } from '../../src/stages/toc.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function run(specs: Spec[]) {
  const doc = makeDoc(specs);
  const i = input(doc);
  const furniture = detectFurniture(i);
  const toc = findTableOfContents(i, furniture);
  return { toc, headings: assignHeadingLevels(i, furniture, { groups: [], decisions: [] }, toc) };
}

const line = (x: number, y: number): [number, number, number, number] => [x, y, 0.9, y + 0.02];

describe('entryTitle', () => {
  it('reads the title before the page number, after dot leaders or a space', () => {
    expect(entryTitle('2.1 Methods ........ 12')).toBe('2.1 Methods');
    expect(entryTitle('Preface iii')).toBe('Preface');
    expect(entryTitle('第二章 文献综述 7')).toBe('第二章 文献综述');
    expect(entryTitle('2.2.1 数字普惠金融的定义.. 9')).toBe('2.2.1 数字普惠金融的定义');
    expect(entryTitle('The results are shown in the next section.')).toBeUndefined();
    expect(entryTitle('12')).toBeUndefined();
  });
});

describe('findTableOfContents', () => {
  // The shape of the contents pages of the Chinese thesis in ../shared/samples (MinerU marks some
  // entries as titles, keeps some lines together in one block, and drops one page number).
  const thesis: Spec[] = [
    { page: 1, type: 'title', text: '目录', bbox: [0.47, 0.1, 0.53, 0.13] },
    { page: 1, type: 'title', text: '第一章 引言', bbox: line(0.121, 0.16) },
    { page: 1, type: 'text', text: '1.1 研究背景\n1.2 研究意义 3\n1.3 研究内容 4', bbox: [0.129, 0.19, 0.88, 0.25] },
    { page: 1, type: 'title', text: '第二章 文献综述 7', bbox: line(0.126, 0.31) },
    { page: 1, type: 'title', text: '2.1 理论基础 7', bbox: line(0.131, 0.34) },
    { page: 1, type: 'text', text: '参考文献 . 54', bbox: line(0.117, 0.74) },
    { page: 1, type: 'text', text: '致谢 . 61', bbox: line(0.115, 0.77) },
    { page: 2, type: 'title', text: '第一章 引言', bbox: [0.41, 0.13, 0.58, 0.16] },
    { page: 2, type: 'title', text: '1.1 研究背景', bbox: [0.12, 0.2, 0.28, 0.22] },
    {
      page: 2,
      type: 'text',
      text: '自1978年实施改革开放政策后，我国中小型经济实体在国民经济格局中的战略定位发生了质的飞跃。',
    },
  ];

  it('finds the list under its heading, its entries and their levels', () => {
    const { toc } = run(thesis);
    expect([...toc.elements]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(toc.entries.map((e) => [e.title, e.level])).toEqual([
      ['第一章 引言', 1],
      ['1.1 研究背景', 2],
      ['1.2 研究意义', 2],
      ['1.3 研究内容', 2],
      ['第二章 文献综述', 1],
      ['2.1 理论基础', 2],
      ['参考文献', 1],
      ['致谢', 1],
    ]);
  });

  it('demotes the entries the parser called titles, and keeps the chapter heading after the list', () => {
    const { headings } = run(thesis);
    for (const id of [1, 3, 4]) expect(headings.demoted.has(id)).toBe(true);
    for (const id of [1, 3, 4]) {
      const demotion = headings.decisions.find((d) => d.ids[0] === id)!;
      expect(demotion.features?.map((f) => f.id)).toEqual(['headings.demoted-toc-entry']);
    }
    // No document title here: the chapter is a top heading, a sibling of the list's own heading "目录".
    expect(headings.levels.get(0)).toBe(1);
    expect(headings.levels.get(7)).toBe(1);
    expect(headings.levels.get(8)).toBe(2);
  });

  it('nests unnumbered headings as the indents of an unnumbered table of contents say', () => {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Contents', bbox: [0.1, 0.1, 0.3, 0.13] },
      { page: 1, type: 'text', text: 'Getting started 1', bbox: line(0.1, 0.2) },
      { page: 1, type: 'text', text: 'Installing the tools 2', bbox: line(0.14, 0.23) },
      { page: 1, type: 'text', text: 'Configuring a project 5', bbox: line(0.14, 0.26) },
      { page: 1, type: 'text', text: 'Reference 9', bbox: line(0.1, 0.29) },
      { page: 2, type: 'title', text: 'Getting started', bbox: [0.1, 0.1, 0.5, 0.13] },
      { page: 2, type: 'title', text: 'Installing the tools', bbox: [0.1, 0.3, 0.5, 0.33] },
      { page: 3, type: 'title', text: 'Configuring a project', bbox: [0.1, 0.1, 0.5, 0.13] },
      { page: 4, type: 'title', text: 'Reference', bbox: [0.1, 0.1, 0.5, 0.13] },
    ];
    const { toc, headings } = run(specs);
    expect(toc.entries.map((e) => e.level)).toEqual([1, 2, 2, 1]);
    // Same size, no numbers: only the contents list says that the middle two are subsections.
    expect([5, 6, 7, 8].map((id) => headings.levels.get(id))).toEqual([1, 2, 2, 1]);
    expect(headings.decisions.find((d) => d.place.refs[0] === '/6')?.ruleId).toBe('headings.table-of-contents');
    expect(headings.decisions.find((d) => d.place.refs[0] === '/6')?.features?.map((f) => f.id)).toEqual([
      'headings.toc-level',
    ]);
  });

  it('ranks by indent where the numbers stand against it (plain question numbers under lettered chapters)', () => {
    // The shape of ctex-faq.pdf (texlive-doc, read as the input): its contents list sets the questions "1 …" – "89 …"
    // in from the lettered chapters and their "G.1 …" sections (left edges 0.154 and 0.121, as the adapter read them).
    // By numbering alone the questions (rank 1) would hold the chapters, the "G.1" sections' indent (rank 2).
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Contents', bbox: [0.121, 0.1, 0.3, 0.13] },
      { page: 1, type: 'text', text: 'A 关于 FAQ 5', bbox: line(0.121, 0.16) },
      { page: 1, type: 'text', text: '1 CTEX 是干什么的？ . . . . . . 5', bbox: line(0.154, 0.19) },
      { page: 1, type: 'text', text: '2 CTEX 网站包括几个部分？ . . . . 5', bbox: line(0.154, 0.22) },
      { page: 1, type: 'text', text: 'G 数学公式 18', bbox: line(0.121, 0.25) },
      { page: 1, type: 'title', text: 'G.1 编号 18', bbox: line(0.121, 0.28) },
      { page: 1, type: 'text', text: '45 如何实现定理、定义、推论等的统一编号？ . . . 18', bbox: line(0.154, 0.31) },
      { page: 1, type: 'title', text: 'G.2 字体 19', bbox: line(0.121, 0.34) },
      {
        page: 1,
        type: 'text',
        text: '49 实数域 R 或复数域 C 等的字体该用什么命令？ . . . 19',
        bbox: line(0.154, 0.37),
      },
      { page: 2, type: 'title', text: 'A 关于 FAQ', bbox: [0.121, 0.1, 0.5, 0.13] },
      { page: 2, type: 'title', text: '1 CTEX 是干什么的？', bbox: [0.121, 0.2, 0.5, 0.23] },
      { page: 2, type: 'title', text: '2 CTEX 网站包括几个部分？', bbox: [0.121, 0.4, 0.5, 0.43] },
      { page: 3, type: 'title', text: 'G 数学公式', bbox: [0.121, 0.1, 0.5, 0.13] },
      { page: 3, type: 'title', text: 'G.1 编号', bbox: [0.121, 0.2, 0.5, 0.23] },
      { page: 3, type: 'title', text: '45 如何实现定理、定义、推论等的统一编号？', bbox: [0.121, 0.3, 0.6, 0.33] },
      { page: 4, type: 'title', text: 'G.2 字体', bbox: [0.121, 0.1, 0.5, 0.13] },
      { page: 4, type: 'title', text: '49 实数域 R 或复数域 C 等的字体该用什么命令？', bbox: [0.121, 0.2, 0.6, 0.23] },
    ];
    const { toc, headings } = run(specs);
    expect(toc.indentsOverNumbering).toBe(true);
    expect(toc.entries.map((e) => e.level)).toEqual([1, 2, 2, 1, 1, 2, 1, 2]);
    const level = (id: number) => headings.levels.get(id)!;
    // A question stands under its chapter (or its "G.1" section), never over the next chapter.
    expect(level(10)).toBeGreaterThan(level(9));
    expect(level(11)).toBe(level(10));
    expect(level(12)).toBe(level(9));
    expect(level(14)).toBeGreaterThan(level(13));
  });

  it('demotes a run of titles ending in page numbers outside any list found', () => {
    // No contents heading and too few numbered entries for a list: the titles themselves read as entries.
    const { toc, headings } = run([
      { page: 1, type: 'title', text: 'Preface iii' },
      { page: 1, type: 'title', text: 'Acknowledgements v' },
      { page: 1, type: 'title', text: 'Introduction 1' },
      { page: 2, type: 'title', text: 'Introduction' },
    ]);
    expect(toc.elements.size).toBe(0);
    expect([0, 1, 2].map((id) => headings.decisions.find((d) => d.ids[0] === id)?.features?.map((f) => f.id))).toEqual([
      ['headings.demoted-toc-line'],
      ['headings.demoted-toc-line'],
      ['headings.demoted-toc-line'],
    ]);
    expect(headings.levels.get(3)).toBe(1);
  });

  it('finds no list in body text that merely ends in numbers', () => {
    const { toc } = run([
      { page: 1, type: 'text', text: 'The sample holds 3 cells rated at 196', bbox: line(0.1, 0.2) },
      {
        page: 1,
        type: 'text',
        text: 'A second paragraph of ordinary prose that runs over many words.',
        bbox: line(0.1, 0.3),
      },
    ]);
    expect(toc.elements.size).toBe(0);
  });
});
