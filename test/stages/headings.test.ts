import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/model/decision.js';
import { type EngineOptionsInput, resolveEngineOptions } from '../../src/options.js';
import { parseNumbering } from '../../src/text/numbering.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function levels(specs: Spec[], engine: EngineOptionsInput = {}, format = 'test') {
  const doc = { ...makeDoc(specs), format };
  const r = headingsOf(doc, engine);
  return { levels: doc.elements.map((e) => r.levels.get(e.id)), result: r };
}

const title = (text: string, page = 1): Spec => ({ page, type: 'title', text });
const text = (t: string, page = 1): Spec => ({ page, type: 'text', text: t });
/** The feature ids a decision about element `id` records. */
const featuresOf = (result: { decisions: Decision[] }, id: number) =>
  result.decisions.find((d) => d.ids[0] === id)?.features?.map((f) => f.id);
const body = (page = 1): Spec => ({
  page,
  type: 'text',
  text: 'Body text of the section, long enough to be a paragraph of its own.',
});

describe('parseNumbering', () => {
  it.each([
    ['1 Introduction', 'decimal', 1],
    ['2.1 Data', 'decimal', 2],
    ['3.2.1. Setup', 'decimal', 3],
    ['A.1 Proofs', 'decimal', 2],
    ['Chapter 4 Results', 'decimal', 1],
    ['第三章 实证分析', 'decimal', 1],
    ['第二节 研究设计', 'decimal', 2],
    ['1.1研究背景', 'decimal', 2],
    ['II. RELATED WORK', 'outline', 1],
    ['B. Datasets', 'outline', 2],
    ['一、总体要求', 'cjk', 1],
    ['（二）主要任务', 'cjk', 2],
    ['（3）具体措施', 'cjk', 4],
    // A template's opener or a legal chapter before the section's own number: a series of its own.
    ['01 7.1. debdiff', 'series', 1],
    ['第一章 4.1. Packaging tarball', 'series', 1],
    ['第 2 部 6.1.1. Python module', 'series', 0],
    ['Chapter 7. Tips', 'decimal', 1],
    // A legal text's articles, below any other numbering; "§ 4.2" is a decimal section.
    ['Article 12', 'article', 1],
    ['ĐIỀU 4.', 'article', 1],
    ['§ 3', 'article', 1],
    ['第五条 适用范围', 'article', 1],
    ['제 3 조 (목적)', 'article', 1],
    ['§ 4.2 Scope', 'decimal', 2],
    ['CHƯƠNG II Description', 'decimal', 1],
    // A trailing zero names the level above: "3.0" is section 3 ("1.0 Introduction" before "1.1 Scope").
    ['3.0 source format', 'decimal', 1],
    ['1.0 Introduction', 'decimal', 1],
    ['2.1.0 Overview', 'decimal', 2],
    // An appendix's sections are one rank deeper per part, as "A.1" alone.
    ['Appendix B. debian/rules', 'decimal', 1],
    ['Appendix B.1. dh', 'decimal', 2],
    ['Appendix C.2.1 Tables', 'decimal', 3],
  ])('%s → %s rank %d', (text, ladder, rank) => {
    expect(parseNumbering(text)).toMatchObject({ ladder, rank });
  });

  it.each([
    'Introduction',
    '2023 was a good year',
    'Results and discussion',
    'Articles of association',
    'Art history',
    // A standard's name, not an appendix section (fresh IEEEtran/revtex papers titled "X.509 certificates").
    'X.509 certificates',
    'H.264 streams',
  ])('%s is unnumbered', (text) => {
    expect(parseNumbering(text)).toBeUndefined();
  });
});

describe('assignHeadingLevels', () => {
  it('levels a paper: title, keyword sections, decimal numbering', () => {
    const { levels: l } = levels([
      { page: 1, type: 'title', text: 'Attention Is All You Need', bbox: [0.2, 0.08, 0.8, 0.11] },
      { page: 1, type: 'title', text: 'Abstract', bbox: [0.1, 0.2, 0.3, 0.215] },
      body(),
      { page: 1, type: 'title', text: '1 Introduction', bbox: [0.1, 0.4, 0.3, 0.415] },
      body(),
      { page: 2, type: 'title', text: '1.1 Background', bbox: [0.1, 0.1, 0.3, 0.115] },
      body(2),
      { page: 2, type: 'title', text: '2 Model Architecture', bbox: [0.1, 0.3, 0.4, 0.315] },
      { page: 2, type: 'title', text: '2.1 Encoder and Decoder Stacks', bbox: [0.1, 0.4, 0.5, 0.415] },
      { page: 2, type: 'title', text: '2.1.1 Encoder', bbox: [0.1, 0.5, 0.3, 0.515] },
      body(2),
      { page: 3, type: 'title', text: 'References', bbox: [0.1, 0.1, 0.3, 0.115] },
    ]);
    expect(l).toEqual([1, 2, undefined, 2, undefined, 3, undefined, 2, 3, 4, undefined, 2]);
  });

  it('takes a large keyword heading opening a part of a book for its title, not for a sibling', () => {
    // The Debian Administrator's Handbook's foreword printed alone: "Foreword" in the chapter size,
    // then numbered sections in the section size.
    const { levels: l } = levels([
      { page: 1, type: 'title', text: 'Foreword', bbox: [0.1, 0.08, 0.35, 0.12] },
      body(),
      { page: 1, type: 'title', text: '1. Why This Book?', bbox: [0.1, 0.4, 0.4, 0.42] },
      body(),
      { page: 2, type: 'title', text: '2. Who Is This Book For?', bbox: [0.1, 0.1, 0.45, 0.12] },
      body(2),
    ]);
    expect(l).toEqual([1, undefined, 2, undefined, 2, undefined]);
  });

  it('keeps a numbered question as a heading (an FAQ) and demotes note labels and lower-case names', () => {
    // Debian FAQ and Installation Guide through MinerU: questions as numbered titles, "Note" boxes and
    // definition terms ("partman") as titles.
    const { levels: l, result } = levels([
      title('Chapter 5. The Debian GNU/Linux Software'),
      title('5.1. What types of applications and development software are available for Debian GNU/Linux?'),
      body(),
      title('Note'),
      body(),
      title('注意'),
      body(),
      title('partman'),
      body(),
      title('5.2. Who wrote all that software?'),
    ]);
    expect(l).toEqual([1, 2, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 2]);
    expect(result.decisions.filter((d) => !d.accepted).map((d) => d.ruleId)).toEqual([
      'headings.admonition',
      'headings.admonition',
      'headings.term',
    ]);
    // Each demotion records the one piece of evidence that decided it.
    expect([3, 5, 7].map((id) => featuresOf(result, id))).toEqual([
      ['headings.demoted-note-label'],
      ['headings.demoted-note-label'],
      ['headings.demoted-lowercase-name'],
    ]);
  });

  it('keeps a keyword heading of the section size a sibling of the numbered sections', () => {
    const { levels: l } = levels([
      { page: 1, type: 'title', text: 'Abstract', bbox: [0.1, 0.2, 0.3, 0.215] },
      body(),
      { page: 1, type: 'title', text: '1 Introduction', bbox: [0.1, 0.4, 0.3, 0.415] },
      body(),
    ]);
    expect(l).toEqual([1, undefined, 1, undefined]);
  });

  it('levels a Chinese thesis: 第X章 > 1.1 > 1.1.1, with 参考文献 at the top level', () => {
    const { levels: l } = levels([
      title('第一章 绪论'),
      title('1.1 研究背景'),
      title('1.1.1 数字普惠金融'),
      title('1.2 研究意义'),
      title('第二章 文献综述', 2),
      title('2.1 国内研究', 2),
      title('参考文献', 3),
    ]);
    expect(l).toEqual([1, 2, 3, 2, 1, 2, 1]);
  });

  it('levels Chinese official numbering: 一、 > （一） > 1. ', () => {
    const { levels: l } = levels([
      title('一、总体要求'),
      title('（一）指导思想'),
      title('1. 坚持党的领导'),
      title('（二）基本原则'),
      title('二、主要任务'),
    ]);
    expect(l).toEqual([1, 2, 3, 2, 1]);
  });

  it('levels IEEE outline numbering: I. > A.', () => {
    const { levels: l } = levels([
      title('I. INTRODUCTION'),
      title('A. Motivation'),
      title('B. Contributions'),
      title('II. METHOD'),
      title('A. Model'),
    ]);
    expect(l).toEqual([1, 2, 2, 1, 2]);
  });

  it.each([0.3, 0])(
    'an unnumbered heading not in capitals under capital top sections is one of the deeper ones (revtex \\subsection*), weight %s',
    (weight) => {
      // Hand-made, after a revtex dev document (MinerU): every section heading centred at one height, the top sections
      // in capitals ("IX. DGIT", "CHROOT" a \section*), the subsections not ("A. Snapshot …", and the
      // unnumbered "Upstream git repository"): sizes tell nothing, the case habit does.
      let y = 0.05;
      const h = (t: string, height = 0.013): Spec => {
        y += 0.06;
        return { page: 1, type: 'title', text: t, bbox: [0.3, y, 0.7, y + height] };
      };
      const specs = [
        h('Tips', 0.018),
        h('I. DEBDIFF'),
        h('II. GIT-BUILDPACKAGE'),
        h('A. gbp import-dscs'),
        h('Upstream git repository'),
        h('III. DGIT'),
        h('A. Snapshot upstream tarball'),
        h('CHROOT'),
        h('IV. CDBS'),
      ];
      const { levels: l, result } = levels(specs, { weights: { headings: { 'mixed-below-caps': weight } } });
      if (weight > 0) {
        expect(l).toEqual([1, 2, 2, 3, 3, 2, 3, 2, 2]);
        expect(featuresOf(result, 4)).toContain('headings.mixed-below-caps');
      } else expect(l[4]).toBe(2);
    },
  );

  it.each([0.3, 0])(
    'one deeper numbered heading not in capitals is enough for the case habit (acmart \\subsection*), weight %s',
    (weight) => {
      // Hand-made, after an acmart document of /tmp/latex-extra (dev, MinerU): the sections in capitals, one numbered
      // subsection ("3.1 Restricting Access"), and the \subsection* "Requiring Authentication" before it, all of one size.
      let y = 0.05;
      const h = (t: string, height = 0.013): Spec => {
        y += 0.06;
        return { page: 1, type: 'title', text: t, bbox: [0.1, y, 0.6, y + height] };
      };
      const specs = [
        h('Web Server (HTTP)', 0.018),
        h('1 INSTALLING APACHE'),
        h('2 ADDING SUPPORT FOR SSL'),
        h('3 COMMON DIRECTIVES'),
        h('Requiring Authentication'),
        h('3.1 Restricting Access'),
        h('A LOG ANALYZERS'),
      ];
      // (inside-numbering, the numbering running on around it, would nest it too: off here, to see this habit alone)
      const off = { 'mixed-below-caps': weight, 'inside-numbering': 0 };
      const { levels: l, result } = levels(specs, { weights: { headings: off } });
      if (weight > 0) {
        expect(l).toEqual([1, 2, 2, 2, 3, 3, 2]);
        expect(featuresOf(result, 4)).toContain('headings.mixed-below-caps');
      } else expect(l[4]).toBe(2);
    },
  );

  it.each([0.3, 0])(
    'an unnumbered heading opening a page with no running head is a chapter when the numbered chapters open theirs (page-opener-top %s)',
    (weight) => {
      // Hand-made, after ctexbook and report documents as Mistral OCR and Unstructured write them (no sizes, level
      // hints that contradict the numbering): "注意事项" (a \chapter*) opens its page as the numbered chapters do;
      // "其他说明" stands first under the page's running head, a section that happens to open the page.
      const specs: Spec[] = [
        title('Basics', 1),
        body(1),
        title('第一章 概述', 2),
        body(2),
        title('1.1 范围', 2),
        body(2),
        title('第二章 描述', 3),
        body(3),
        title('2.1 可选参数', 3),
        body(3),
        title('注意事项', 4),
        body(4),
        title('第三章 示例', 5),
        body(5),
        { page: 6, type: 'header', text: '第三章 示例' },
        title('其他说明', 6),
        body(6),
      ];
      const { levels: l, result } = levels(specs, { weights: { headings: { 'page-opener-top': weight } } });
      expect([l[0], l[2], l[4], l[6], l[8], l[12]]).toEqual([1, 2, 3, 2, 3, 2]);
      if (weight > 0) {
        expect(l[10]).toBe(2);
        expect(featuresOf(result, 10)).toContain('headings.page-opener-top');
      } else expect(l[10]).toBeGreaterThan(2);
      expect(l[15]).toBeGreaterThan(2);
    },
  );

  it('sizes a key by its numbered headings, and reads no kind from level hints that never vary (MinerU, report class)', () => {
    // Hand-made, after a report-class train document as MinerU's content list writes it: every title at
    // text_level 1; "Abstract" (a keyword, set small) takes the chapters' key but does not size it, so the
    // unnumbered "Python module" (a \section*, smaller than the chapters) nests under "Chapter 1".
    let y = 0.05;
    const h = (t: string, height: number, page: number): Spec => {
      y += 0.05;
      return { page, type: 'title', text: t, bbox: [0.1, y, 0.5, y + height], hints: { level: 1 } };
    };
    const { levels: l } = levels([
      h('debmake options', 0.036, 1),
      h('Abstract', 0.016, 1),
      body(1),
      h('Chapter 1', 0.028, 2),
      body(2),
      h('Python module', 0.021, 2),
      body(2),
      h('Chapter 2', 0.028, 3),
      body(3),
    ]);
    expect([l[0], l[1], l[3], l[5], l[7]]).toEqual([1, 2, 2, 3, 2]);
  });

  it('levels unnumbered headings by size', () => {
    const big = (t: string, y: number): Spec => ({ page: 1, type: 'title', text: t, bbox: [0.1, y, 0.5, y + 0.03] });
    const mid = (t: string, y: number): Spec => ({ page: 1, type: 'title', text: t, bbox: [0.1, y, 0.5, y + 0.022] });
    const small = (t: string, y: number): Spec => ({ page: 1, type: 'title', text: t, bbox: [0.1, y, 0.5, y + 0.016] });
    const { levels: l } = levels([
      big('User Guide', 0.05),
      mid('Installation', 0.1),
      small('From npm', 0.15),
      small('From source', 0.2),
      mid('Usage', 0.3),
    ]);
    expect(l).toEqual([1, 2, 3, 3, 2]);
  });

  it('demotes table-of-contents entries and keeps the chapters they list', () => {
    const { levels: l, result } = levels([
      title('目录'),
      title('第一章 引言 1'),
      title('1.1 研究背景 1'),
      title('第二章 文献综述 7'),
      title('Appendix ........ 42'),
      title('第一章 引言', 2),
      title('1.1 研究背景', 2),
    ]);
    expect(l).toEqual([1, undefined, undefined, undefined, undefined, 1, 2]);
    expect(result.decisions.filter((d) => d.ruleId === 'headings.toc-entry')).toHaveLength(4);
  });

  it('keeps bare articles ("Article 2") as headings, not contents lines, and nests them under chapters', () => {
    // Hand-written, in the shape of the office legal template: an article before the first chapter is a
    // sibling of the chapters; the articles of a chapter sit under it, without any size to tell them apart.
    const { levels: l, result } = levels([
      title('Name'),
      title('Article 1'),
      text('The name of the program and what it does.'),
      title('Chapter I Synopsis'),
      title('Article 2'),
      text('How the program is called from the command line.'),
      title('Article 3'),
      text('Its options, one by one.'),
      // Three bare labels in a row, each ending in a number: still no table of contents.
      title('Article 4'),
      title('Chapter II Description', 2),
      title('§ 5', 2),
      text('What the program does with its input.', 2),
    ]);
    expect(l).toEqual([1, 2, undefined, 2, 3, undefined, 3, undefined, 3, 2, 3, undefined]);
    expect(result.decisions.filter((d) => d.ruleId === 'headings.toc-entry')).toHaveLength(0);
  });

  it('takes a header kept in the body for a heading when numbered or a keyword', () => {
    // Hand-written: a chapter's opener labelled header, mid-page (no band, so the furniture stage has only
    // the parser's label; with the running heads repeating, a lone header stays in the body). A header
    // repeated on two pages is no lone one: set aside as furniture, it heads nothing.
    const mid = (t: string, page: number): Spec => ({ page, type: 'header', text: t, bbox: [0.1, 0.4, 0.5, 0.43] });
    const run = (t: string, page: number): Spec => ({ page, type: 'header', text: t, bbox: [0.1, 0.02, 0.5, 0.04] });
    const { levels: l } = levels([
      title('A Guide to Packaging'),
      run('Packaging guide', 2),
      mid('Preface', 2),
      text('Why this guide was written, and for whom.', 2),
      run('Packaging guide', 3),
      mid('Chapter 2 Setup', 3),
      text('What to install before the first package.', 3),
      run('Packaging guide', 4),
      { page: 4, type: 'header', text: '3.1 Tools' },
      text('The tools, one by one.', 4),
      run('Packaging guide', 5),
      { page: 5, type: 'header', text: '3.1 Tools' },
      text('More on the tools, on the next page.', 5),
    ]);
    // The opener and the keyword head their sections; a header whose text stands on two pages heads none.
    expect([l[0], l[2], l[5], l[8], l[11]]).toEqual([1, 2, 2, undefined, undefined]);
  });

  it('keeps the top sections directly under the title even after a second large unnumbered heading', () => {
    const big = (t: string): Spec => ({ page: 1, type: 'title', text: t, bbox: [0.2, 0.1, 0.8, 0.14] });
    const mid = (t: string, page = 1): Spec => ({ page, type: 'title', text: t, bbox: [0.1, 0.3, 0.5, 0.32] });
    const { levels: l } = levels([
      big('硕士研究生学位论文'),
      mid('摘要'),
      {
        page: 2,
        type: 'title',
        text: 'Research on the Impact of Digital Inclusive Finance',
        bbox: [0.1, 0.1, 0.9, 0.13],
      },
      mid('ABSTRACT', 2),
      mid('第一章 引言', 3),
      mid('1.1 研究背景', 3),
    ]);
    // The English title over the second abstract is no heading (headings/abstract-title.ts, session 21).
    expect(l).toEqual([1, 2, undefined, 2, 2, 3]);
  });

  it('demotes option terms, configuration keys and note/sidebar titles, but keeps bilingual headings', () => {
    const { levels: l } = levels([
      title('1 Configuration'),
      title('--allow-new-upgrades'),
      title('APT::Periodic::Update-Package-Lists'),
      title('NOTE NSS and DNS'),
      title('BACK TO BASICS Netiquette applies'),
      title('注意 Release 和 Release.gpg 的发展'),
      title('术语定义 Terms and Definitions'),
      title('API Reference'),
    ]);
    // The two kept headings are unnumbered after a numbered one, with no sizes: they nest under it.
    expect(l).toEqual([1, undefined, undefined, undefined, undefined, undefined, 2, 2]);
  });

  it('nests "1.1" sections under unnumbered chapter titles set in a larger size', () => {
    const chapter = (t: string, page: number): Spec => ({ page, type: 'title', text: t, bbox: [0.1, 0.1, 0.7, 0.14] });
    const section = (t: string, page: number): Spec => ({ page, type: 'title', text: t, bbox: [0.1, 0.3, 0.5, 0.32] });
    const { levels: l } = levels([
      chapter('Securing and protecting data', 1),
      section('1.1 Security fundamentals', 1),
      section('1.2 Current state', 2),
      chapter('Roles and separation of duties', 3),
      section('2.1 Roles', 3),
    ]);
    expect(l).toEqual([1, 2, 2, 1, 2]);
  });

  it('demotes false titles: a figure label, a sentence, a bare number', () => {
    const { levels: l, result } = levels([
      title('1 Introduction'),
      title('Figure 3: Overview of the pipeline'),
      title(
        'We show that the proposed method outperforms all the baselines on every benchmark we tried, by a wide margin in most cases.',
      ),
      title('42'),
      title('2 Method'),
    ]);
    expect(l).toEqual([1, undefined, undefined, undefined, 1]);
    expect([...result.demoted].sort()).toEqual([1, 2, 3]);
    expect(result.decisions.filter((d) => !d.accepted).map((d) => d.ruleId)).toEqual([
      'headings.caption-label',
      'headings.sentence',
      'headings.bare-number',
    ]);
    expect([1, 2, 3].map((id) => featuresOf(result, id))).toEqual([
      ['headings.demoted-caption-label'],
      ['headings.demoted-sentence'],
      ['headings.demoted-bare-number'],
    ]);
  });
});

describe('assignHeadingLevels: running heads marked continued', () => {
  // Hand-written, imitating a PP-StructureV3 page whose section title repeats on the next page.
  it.each([
    'SUMMARY OF FEES (continued)',
    'TÓM TẮT CÁC LOẠI PHÍ (tiếp theo)',
    'TÓM TT CÁC LOI PHÍ (tip theo)', // the OCR lost the diacritics
    '费用说明（续）',
    'Übersicht (Fortsetzung)',
  ])('"%s" is no heading', (text) => {
    const { levels: l, result } = levels([title('1 Fees'), body(), title(text, 2), title('2 Charges', 2)]);
    expect(l).toEqual([1, undefined, undefined, 1]);
    expect(featuresOf(result, 2)).toEqual(['headings.demoted-continued']);
  });

  it('keeps a title that only mentions continuing', () => {
    expect(levels([title('1 Continued education'), title('2 Continuation (of work)')]).levels).toEqual([1, 1]);
  });
});

describe("assignHeadingLevels: the parser's own levels", () => {
  // Hand-written levels as a Markdown writer and a whole-document parser give them.
  const h = (text: string, page: number, level: number): Spec => ({ page, type: 'title', text, hints: { level } });
  const specs = [h('Annual report', 1, 1), h('Revenue', 1, 2), body(1), h('Costs', 2, 2), body(2), h('Outlook', 3, 1)];

  it.each([
    ['mistral-ocr', 'headings.parser-level-markdown'],
    ['docling', 'headings.parser-level-document'],
    ['dots-ocr', 'headings.parser-level'],
  ])("weighs the levels %s gives with its family's feature (%s)", (format, feature) => {
    const { levels: l, result } = levels(specs, {}, format);
    expect(l).toEqual([1, 2, undefined, 2, undefined, 1]);
    expect(featuresOf(result, 1)).toEqual([feature]);
  });

  it("switches one family's levels off by its weight alone", () => {
    const off = { weights: { headings: { 'parser-level-markdown': 0 } } };
    expect(featuresOf(levels(specs, off, 'mistral-ocr').result, 1)).not.toContain('headings.parser-level-markdown');
    expect(featuresOf(levels(specs, off, 'docling').result, 1)).toEqual(['headings.parser-level-document']);
  });
});

describe('assignHeadingLevels: evidence as data', () => {
  const sentence =
    'We show that the proposed method outperforms all the baselines on every benchmark we tried, by a wide margin in most cases.';

  it("records the numbering as the evidence of a numbered heading's level, and the weak evidence across ladders", () => {
    const { result } = levels([title('一、总体要求'), title('（一）指导思想'), title('1. 坚持党的领导')]);
    expect(featuresOf(result, 1)).toEqual(['headings.numbering-depth']);
    expect(result.decisions.find((d) => d.ids[0] === 1)!.confidence).toBeGreaterThanOrEqual(0.9);
    // "1." and "（一）" are different ladders: only first appearance nests the one under the other.
    expect(featuresOf(result, 2)).toEqual(['headings.first-appearance']);
    expect(result.decisions.find((d) => d.ids[0] === 2)!.confidence).toBeLessThan(0.7);
  });

  it('records the size class as the evidence between unnumbered headings of different sizes', () => {
    const box = (t: string, y: number, h: number): Spec => ({
      page: 1,
      type: 'title',
      text: t,
      bbox: [0.1, y, 0.5, y + h],
    });
    const { result } = levels([
      box('User Guide', 0.05, 0.03),
      box('Installation', 0.1, 0.022),
      box('From npm', 0.15, 0.016),
    ]);
    expect(featuresOf(result, 1)).toEqual(['headings.under-title']);
    expect(featuresOf(result, 2)).toEqual(['headings.size-class']);
  });

  it('keeps a sentence-like title as a heading when the sentence evidence is weighed at 0', () => {
    const specs = [title('1 Introduction'), title(sentence), title('2 Method')];
    expect(levels(specs).levels).toEqual([1, undefined, 1]);
    const off = levels(specs, { weights: { headings: { 'demoted-sentence': 0 } } });
    // Kept, and (unnumbered, nothing else known, beside top sections numbered alone) one of them.
    expect(off.levels).toEqual([1, 1, 1]);
    expect(off.result.demoted.size).toBe(0);
  });

  it('falls back to weaker evidence when the numbering evidence is switched off', () => {
    // （一） before 一、: the numbering puts 一、 above it; without it, first appearance nests 一、 under it.
    const specs = [title('（一）指导思想'), title('一、总体要求'), title('（二）基本原则')];
    expect(levels(specs).levels).toEqual([1, 1, 2]);
    const off = levels(specs, { weights: { headings: { 'numbering-depth': 0 } } });
    expect(off.levels).toEqual([1, 2, 1]);
    expect(featuresOf(off.result, 1)).toEqual(['headings.first-appearance']);
    // The weakest evidence leaves the decision unsure.
    expect(off.result.decisions.find((d) => d.ids[0] === 1)!.confidence).toBeLessThan(0.7);
  });

  it('rejects a weight for evidence the stage does not have, naming it', () => {
    expect(() => resolveEngineOptions({ weights: { headings: { 'numbering-dept': 1 } } as never })).toThrow(
      /numbering-dept/,
    );
  });
});
