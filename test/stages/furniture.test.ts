import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import { resolveEngineOptions } from '../../src/options.js';
import { toDocument } from '../../src/pipeline.js';
import { furnitureHabits } from '../../src/stages/furniture/habits.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { pageNumberValue } from '../../src/text/page-number.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

describe('page numbers', () => {
  it.each([
    ['7', 7],
    ['- 7 -', 7],
    ['— 12 —', 12],
    ['Page 7 of 40', 7],
    ['page 3', 3],
    ['7/40', 7],
    ['vii', 7],
    ['XIV', 14],
    ['第7页', 7],
    ['第 12 页 共 40 页', 12],
    ['第十二页', 12],
    ['12ページ', 12],
  ])('reads %s as %d', (text, value) => {
    expect(pageNumberValue(text)).toBe(value);
  });

  it.each(['Introduction', '1.2 Methods', 'Table 3', '2023 annual report', ''])(
    'does not read %s as a page number',
    (text) => {
      expect(pageNumberValue(text)).toBeUndefined();
    },
  );
});

describe('detectFurniture', () => {
  /** Six pages: running head alternating by parity, body text, page number at the bottom. */
  function sixPages(): Spec[] {
    const specs: Spec[] = [];
    for (let p = 1; p <= 6; p++) {
      specs.push({
        page: p,
        type: 'text',
        text: p % 2 ? 'Chapter 2. Networking' : 'The Debian Handbook',
        bbox: col(0.03, 0.05),
      });
      specs.push({
        page: p,
        type: 'text',
        text: `Body paragraph ${p} with enough words to be body text.`,
        bbox: col(0.2, 0.5),
      });
      specs.push({ page: p, type: 'text', text: 'Note', bbox: col(0.55, 0.57) }); // repeats, but mid-page
      specs.push({ page: p, type: 'text', text: `- ${p + 10} -`, bbox: [0.45, 0.95, 0.55, 0.97] });
    }
    return specs;
  }

  it('finds alternating running heads and page numbers, and nothing in mid-page', () => {
    const doc = makeDoc(sixPages());
    const { kinds, decisions } = detectFurniture(input(doc));
    const furniture = doc.elements.filter((e) => kinds.has(e.id));
    expect(furniture.map((e) => e.text)).toEqual(
      doc.elements
        .filter((e) => e.text.startsWith('Chapter') || e.text.startsWith('The Debian') || e.text.startsWith('-'))
        .map((e) => e.text),
    );
    expect(kinds.get(3)).toBe('page_number');
    expect(kinds.get(0)).toBe('header');
    const pn = decisions.find((d) => d.ids[0] === 3)!;
    expect(pn.ruleId).toBe('furniture.page-number-sequence');
    expect(pn.confidence).toBeGreaterThan(0.9);
    // The decisions say which evidence dropped each element.
    expect(pn.features?.map((f) => f.id)).toEqual(['furniture.page-number-pattern', 'furniture.page-sequence']);
    const head = decisions.find((d) => d.ids[0] === 0)!;
    expect(head.ruleId).toBe('furniture.repeated-text');
    // "Chapter 2. Networking" heads all three odd pages: the repetition covers every page of its parity.
    expect(head.features?.find((f) => f.id === 'furniture.repeats')?.value).toBe(1);
  });

  it('weighs the repetition and margin evidence with the furniture weights', () => {
    // Running heads small enough to stand in the top margin.
    const low = (s: Spec): Spec => (s.bbox?.[1] === 0.03 ? { ...s, bbox: col(0.03, 0.045) } : s);
    const doc = makeDoc(sixPages().map(low));
    const run = (weights: Record<string, number>) =>
      detectFurniture({ doc, options: resolveEngineOptions({ weights: { furniture: weights } }) });
    // Without the repetition evidence the running heads still stand alone in the top margin…
    const marginOnly = run({ repeats: 0, 'repeat-band': 0 });
    expect(marginOnly.kinds.get(0)).toBe('header');
    const head = marginOnly.decisions.find((d) => d.ids[0] === 0)!;
    expect(head.ruleId).toBe('furniture.margin-position');
    expect(head.features?.map((f) => f.id)).toEqual(['furniture.margin']);
    // …without that, they stand on the line where this document sets its running heads (a habit)…
    const lineOnly = run({ repeats: 0, 'repeat-band': 0, margin: 0 });
    expect(lineOnly.decisions.find((d) => d.ids[0] === 0)?.ruleId).toBe('furniture.running-line');
    // …and without that too they are body text; the page numbers are still found.
    const neither = run({ repeats: 0, 'repeat-band': 0, margin: 0, 'running-line': 0 });
    expect(neither.kinds.has(0)).toBe(false);
    expect(neither.kinds.get(3)).toBe('page_number');
  });

  it('trusts a parser footer label in the bottom band, keeps one in mid-page body in the body', () => {
    const doc = makeDoc([
      { page: 1, type: 'footer', text: 'Confidential', bbox: col(0.95, 0.97) },
      { page: 1, type: 'footer', text: 'odd footer', bbox: col(0.5, 0.52) },
    ]);
    const { kinds, decisions } = detectFurniture(input(doc));
    expect(kinds.get(0)).toBe('footer');
    expect(decisions.find((d) => d.ids[0] === 0)!.confidence).toBeGreaterThan(0.9);
    expect(decisions.find((d) => d.ids[0] === 0)!.features?.map((f) => f.id)).toEqual([
      'furniture.parser-label',
      'furniture.band',
    ]);
    // Mid-page in the body, repeated nowhere, no page number: the label alone drops nothing (issue #15).
    expect(kinds.has(1)).toBe(false);
    // Unless the weights say otherwise: the feature that kept it is named in the decision.
    const trusting = detectFurniture({
      ...input(doc),
      options: resolveEngineOptions({ weights: { furniture: { 'in-body': 0 } } }),
    });
    expect(trusting.kinds.has(1)).toBe(true);
    expect(trusting.decisions.find((d) => d.ids[0] === 1)!.features?.map((f) => f.id)).toContain('furniture.in-body');
  });

  it('uses first/last position on a page when there are no boxes', () => {
    const specs: Spec[] = [];
    for (let p = 1; p <= 4; p++) {
      specs.push({ page: p, type: 'text', text: 'ACME Corp annual report' });
      specs.push({ page: p, type: 'text', text: 'Body text.' });
      specs.push({ page: p, type: 'text', text: `Page ${p} of 4` });
    }
    const doc = makeDoc(specs);
    const { kinds } = detectFurniture(input(doc));
    expect([...kinds.keys()].sort((a, b) => a - b)).toEqual([0, 2, 3, 5, 6, 8, 9, 11]);
  });

  it('finds a running head after a page number that opens the page, and one with the number appended (no boxes)', () => {
    // As in an Unstructured layout-parser paper read without coordinates: odd pages open with the head, but on
    // one the number comes first, on another the number is part of the head; even pages open "4 Z. Shen et al.".
    const specs: Spec[] = [];
    for (let p = 2; p <= 9; p++) {
      const head = p % 2 ? 'LayoutParser: A Unified Toolkit for DL-Based DIA' : `${p} Z. Shen et al.`;
      if (p === 5) specs.push({ page: p, type: 'text', text: '5' }, { page: p, type: 'text', text: head });
      else if (p === 7) specs.push({ page: p, type: 'text', text: `${head} 7` });
      else specs.push({ page: p, type: 'text', text: head });
      const words = ['networks', 'layouts', 'tables', 'models', 'datasets', 'pipelines', 'tokens', 'regions'];
      specs.push({ page: p, type: 'text', text: `Body text on ${words[p - 2]} goes here.` });
      specs.push({ page: p, type: 'text', text: `More on ${words[9 - p]}, and so the page ends.` });
    }
    const doc = makeDoc(specs);
    const { kinds } = detectFurniture(input(doc));
    const furniture = doc.elements.filter((e) => kinds.has(e.id)).map((e) => e.text);
    expect(furniture).toContain('LayoutParser: A Unified Toolkit for DL-Based DIA'); // p5, after its number
    expect(furniture).toContain('LayoutParser: A Unified Toolkit for DL-Based DIA 7');
    expect(furniture).toContain('5');
    expect(furniture.filter((t) => /Z\. Shen/.test(t))).toHaveLength(4);
    expect(furniture.some((t) => t.startsWith('Body') || t.startsWith('More'))).toBe(false);
  });
});

describe('running heads beside the page number without boxes (issue #15)', () => {
  it('finds section-name heads paired with the page number at the top edge, in either order', () => {
    // Hand-made, as Mistral and Unstructured give the train documents ctexart ch07 ("5 DPUT" | "2") and book
    // ch02 ("6" | "CHAPTER 1. PEOPLE AROUND DEBIAN"): the head changes from page to page, so nothing repeats.
    const heads = ['5 DPUT', '7 GIT-BUILDPACKAGE', 'A DGIT', 'B CHROOT', 'References'];
    const words = ['uploads', 'branches', 'pushes', 'builds', 'sources'];
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Tools' },
      { page: 1, type: 'text', text: 'First page.' },
    ];
    for (let p = 2; p <= 6; p++) {
      const pair: Spec[] = [
        { page: p, type: 'text', text: heads[p - 2] },
        { page: p, type: 'text', text: `${p}` },
      ];
      specs.push(...(p % 2 ? pair.reverse() : pair));
      specs.push({ page: p, type: 'text', text: `The body on ${words[p - 2]} runs on for a while here.` });
      // A short list item at the foot: never a running line.
      specs.push({ page: p, type: 'list_item', text: `(2) dput the ${words[6 - p]}` });
    }
    const doc = makeDoc(specs);
    const { kinds, decisions } = detectFurniture(input(doc));
    const furniture = doc.elements.filter((e) => kinds.has(e.id)).map((e) => e.text);
    expect(furniture).toEqual(expect.arrayContaining([...heads, '2', '3', '4', '5', '6']));
    expect(furniture).toHaveLength(10);
    expect(decisions.filter((d) => d.ruleId === 'furniture.beside-page-number')).toHaveLength(5);
  });

  it('needs the habit: one short line beside a number is not enough', () => {
    const specs: Spec[] = [];
    for (let p = 1; p <= 6; p++) {
      if (p === 4) specs.push({ page: p, type: 'text', text: 'Results' });
      specs.push({ page: p, type: 'text', text: `${p}` });
      specs.push({ page: p, type: 'text', text: `The body of page ${p} runs on for a while, and ends.` });
      specs.push({ page: p, type: 'text', text: `More of page ${p}: the text goes on and on until the end.` });
    }
    const doc = makeDoc(specs);
    const { kinds } = detectFurniture(input(doc));
    expect(doc.elements.filter((e) => kinds.has(e.id)).map((e) => e.text)).not.toContain('Results');
  });

  it('drops the section-name heads of a real page run (Unstructured, ctexart)', () => {
    const file = fileURLToPath(
      new URL('../../corpus-latex/latex-ctexart-debmake-zh-ch02/unstructured/elements.json', import.meta.url),
    );
    const doc = toDocument(loadInput(file), {});
    const { kinds } = detectFurniture(input(doc));
    const gold = JSON.parse(readFileSync(file.replace('elements.json', 'gold.structure.json'), 'utf8'));
    const found = doc.elements.filter((e) => kinds.has(e.id)).map((e) => e.ref);
    expect(found.sort()).toEqual([...gold.furniture].sort());
  });
});

describe('without coordinates: a line beside the page number that repeats', () => {
  it('drops the author line over the page number on the versos, though no page has it at its very edge', () => {
    // Hand-made, as Unstructured gives (no boxes) the dev document ctexbook ch07: each verso holds the chapter's
    // running head, the author's name and the page number, in that order; the rectos a section and their number.
    const specs: Spec[] = [];
    for (let p = 1; p <= 8; p++) {
      if (p % 2 === 0) {
        specs.push({ page: p, type: 'text', text: '提示' });
        specs.push({ page: p, type: 'text', text: '赵敏' });
      } else {
        specs.push({ page: p, type: 'title', text: ['', '打包', '', '上传', '', '检查', '', '补丁'][p] });
        specs.push({ page: p, type: 'text', text: `正文第 ${p} 页。这里有一些值得注意的提示。` });
      }
      specs.push({ page: p, type: 'text', text: String(p) });
    }
    const doc = makeDoc(specs);
    const { kinds } = detectFurniture(input(doc));
    const names = doc.elements.filter((e) => e.text === '赵敏');
    expect(names.filter((e) => kinds.has(e.id))).toEqual(names);
    expect(doc.elements.filter((e) => e.page % 2 === 1 && e.type === 'title' && kinds.has(e.id))).toEqual([]);
  });
});

describe("a table's header row cut out where the table runs onto the next page (issue #15)", () => {
  const table = (rows: string[][]) =>
    `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  it('drops the cut-out header cells above the rest of the table, keeps other lines above a table', () => {
    // Hand-made, as Docling gives the dev document office report handbook zh ldap-directory: "问题" | "回答"
    // typed page_header on the page the table runs onto, under the running head.
    const specs: Spec[] = [
      { page: 1, type: 'header', text: 'Debian 管理员手册', bbox: [0.09, 0.05, 0.2, 0.06] },
      { page: 1, type: 'text', text: 'The installer asks these questions.', bbox: col(0.2, 0.25) },
      {
        page: 1,
        type: 'table',
        html: table([
          ['问题', '回答'],
          ['LDAP URI', 'ldapi://'],
        ]),
        bbox: col(0.5, 0.9),
      },
      { page: 2, type: 'header', text: 'Debian 管理员手册', bbox: [0.09, 0.05, 0.2, 0.06] },
      { page: 2, type: 'header', text: '问题', bbox: [0.1, 0.12, 0.13, 0.14] },
      { page: 2, type: 'header', text: '回答', bbox: [0.5, 0.12, 0.54, 0.14] },
      { page: 2, type: 'table', html: table([['搜索基础', 'dc=falcot']]), bbox: col(0.15, 0.3) },
      { page: 2, type: 'text', text: 'Results', bbox: col(0.4, 0.42) },
      { page: 2, type: 'table', html: table([['a', 'b']]), bbox: col(0.45, 0.6) },
      { page: 3, type: 'header', text: 'Debian 管理员手册', bbox: [0.09, 0.05, 0.2, 0.06] },
      { page: 3, type: 'text', text: 'Results', bbox: col(0.1, 0.12) },
      { page: 3, type: 'table', html: table([['c', 'd']]), bbox: col(0.15, 0.3) },
    ];
    const doc = makeDoc(specs);
    const { kinds, decisions } = detectFurniture(input(doc));
    expect(decisions.filter((d) => d.ruleId === 'furniture.table-head').map((d) => d.ids[0])).toEqual([4, 5]);
    // "Results" above the next page's table is no cell of the table ending page 2 ("a" | "b"): body.
    expect(kinds.has(10)).toBe(false);
  });

  it('knows the cut-out row on every page the table runs over, two cells set on one line too (no boxes)', () => {
    // Hand-made, as Mistral OCR gives the train document office report aptitude ja ch02s05s01: a long table's
    // header row is cut out into paragraphs on each page it runs onto, "デフォルトサイズ" and "伸長可能か?"
    // on one line; the table on those pages starts with data rows.
    const head = ['エスケープ表記', '名前', 'デフォルトサイズ', '伸長可能か?', '説明'];
    const specs: Spec[] = [
      { page: 1, type: 'text', text: '書式指定文字列では以下の % エスケープが利用可能です。' },
      { page: 1, type: 'table', html: table([head, ['%%', 'リテラル %', '1', 'いいえ', 'エスケープ']]) },
    ];
    for (let p = 2; p <= 4; p++) {
      for (const cell of ['エスケープ表記', '名前', 'デフォルトサイズ伸長可能か?', '説明'])
        specs.push({ page: p, type: 'text', text: cell });
      specs.push({ page: p, type: 'table', html: table([[`%${p}`, 'フラグ', '1', 'いいえ', '説明文']]) });
    }
    const doc = makeDoc(specs);
    const { kinds, decisions } = detectFurniture(input(doc));
    const lines = doc.elements.filter((e) => e.page > 1 && e.type === 'text').map((e) => e.id);
    expect(lines.filter((id) => !kinds.has(id))).toEqual([]);
    // the line of two cells is taken by this rule alone (the first lines of a page also repeat at its top)
    const cut = decisions.filter((d) => d.ruleId === 'furniture.table-head' && d.accepted).map((d) => d.ids[0]);
    expect(cut).toEqual(expect.arrayContaining([4, 9, 14]));
  });
});

describe('a chapter title the parser labelled header, repeated by the running heads (issue #15)', () => {
  it('keeps the title mid-page in the body, drops the running heads in the band', () => {
    // Hand-made, as Docling and MinerU give the train document ctexbook ch02: the chapter opener's title typed
    // page_header at a quarter of the page, the same text as the running heads of the chapter's other pages.
    const specs: Spec[] = [
      { page: 1, type: 'header', text: '第一章如何做出贡献', bbox: [0.26, 0.24, 0.67, 0.28] },
      { page: 1, type: 'text', text: '请参考下列内容来学习如何为 Debian 做出贡献。', bbox: col(0.3, 0.4) },
    ];
    for (let p = 2; p <= 4; p++) {
      specs.push({ page: p, type: 'header', text: '第一章如何做出贡献', bbox: [0.1, 0.05, 0.4, 0.07] });
      specs.push({ page: p, type: 'text', text: `正文第 ${p} 页的内容在这里继续。`, bbox: col(0.1, 0.8) });
    }
    const { kinds } = detectFurniture(input(makeDoc(specs)));
    expect(kinds.has(0)).toBe(false);
    expect([2, 4, 6].every((id) => kinds.has(id))).toBe(true);
  });
});

describe('blank headers mid-page (Marker empties the headers it finds; issue #15)', () => {
  it('keeps a blank title in the body, drops blank header cells above a table', () => {
    // Hand-made, as Marker gives the train documents (report zh ch03, ctexbook ch05): a chapter title typed
    // PageHeader and emptied, mid-page over its text; a table's header cells cut out and emptied over it.
    const specs: Spec[] = [
      { page: 1, type: 'header', text: '', bbox: [0.28, 0.26, 0.65, 0.29] },
      { page: 1, type: 'text', text: 'The chapter opens here and runs on.', bbox: col(0.32, 0.5) },
      { page: 1, type: 'header', text: '', bbox: [0.1, 0.55, 0.3, 0.57] },
      { page: 1, type: 'header', text: '', bbox: [0.5, 0.55, 0.7, 0.57] },
      { page: 1, type: 'table', html: '<table><tr><td>a</td><td>b</td></tr></table>', bbox: col(0.58, 0.8) },
    ];
    const { kinds } = detectFurniture(input(makeDoc(specs)));
    expect(kinds.has(0)).toBe(false);
    expect(kinds.has(2) && kinds.has(3)).toBe(true);
  });
});

describe('the document habit: where it sets its running heads (issue #15)', () => {
  it('finds section-name running heads and page numbers below the fixed band (MinerU content list, ctexart)', () => {
    // LaTeX with one-inch margins: heads at 11–12% of the page, page numbers at 88–90%; the head names the
    // current section, so it changes from page to page ("4 技术提醒", "5 DEBIAN 文档", "A 帮助资源").
    const file = fileURLToPath(
      new URL('../../corpus-latex/latex-ctexart-debmake-zh-ch02/mineru/content_list.json', import.meta.url),
    );
    const doc = toDocument(loadInput(file), {});
    const { kinds, decisions } = detectFurniture(input(doc));
    const byRef = (ref: string) => doc.elements.find((e) => e.ref === ref)!;
    const why = (ref: string) => decisions.find((d) => d.place.refs[0] === ref && d.accepted);
    for (const ref of ['/27', '/57', '/83']) {
      expect(kinds.has(byRef(ref).id), byRef(ref).text).toBe(true);
      expect(why(ref)?.ruleId).toBe('furniture.running-line');
    }
    // The page number beside the head is found by its sequence, in the band as this document sets it.
    expect(why('/28')?.ruleId).toBe('furniture.page-number-sequence');
    expect(why('/28')?.features?.map((f) => f.id)).toContain('furniture.habit-band');
    // The first body line under the head is not furniture.
    const page2 = doc.elements.filter((e) => e.page === 2 && !kinds.has(e.id));
    expect(page2.length).toBeGreaterThan(3);
  });

  it('drops running heads that name the current section and carry the page number, though each heads one page', () => {
    // Mistral OCR shape (no boxes), after a LaTeX article with section-name running heads: each header holds
    // the section current on its page and, folded in, the page number; two pages share one section's head
    // (so the document's headers do repeat), the others each name a section of their own.
    const doc = makeDoc([
      { page: 1, type: 'title', text: 'Simple Example' },
      { page: 1, type: 'text', text: 'Body one.' },
      { page: 2, type: 'header', text: '2 Big picture\n\n2' },
      { page: 2, type: 'title', text: '2 Big picture' },
      { page: 2, type: 'text', text: 'Body two.' },
      { page: 3, type: 'header', text: '3 What is debmake?\n\n3' },
      { page: 3, type: 'text', text: 'Body three.' },
      { page: 4, type: 'header', text: 'A Step 1: Get the upstream source\n\n4' },
      { page: 4, type: 'text', text: 'Body four.' },
      { page: 5, type: 'header', text: 'A Step 1: Get the upstream source\n\n5' },
      { page: 5, type: 'text', text: 'Body five.' },
    ]);
    const { kinds } = detectFurniture(input(doc));
    expect(doc.elements.filter((e) => e.type === 'header').every((e) => kinds.has(e.id))).toBe(true);
    expect(doc.elements.filter((e) => e.type !== 'header').some((e) => kinds.has(e.id))).toBe(false);
  });

  it("drops running heads in a section title's words, though each heads one page; keeps an opener", () => {
    // Unstructured shape (no boxes), after a jlreq article: the running head names the section current on the
    // page, in the words of its title, which stands on that page (typed as text) or an earlier one (a title);
    // two pages share the bibliography's head, so the document's headers repeat. The last page's header is
    // in no other element's words: a banner that opens its page, kept in the body.
    const doc = makeDoc([
      { page: 1, type: 'text', text: 'Body one.' },
      { page: 1, type: 'title', text: '2 debuild' },
      { page: 1, type: 'text', text: 'Body one, more.' },
      { page: 2, type: 'header', text: '3 debc' },
      { page: 2, type: 'text', text: 'Body two.' },
      { page: 2, type: 'text', text: '3 debc' },
      { page: 2, type: 'text', text: 'Body two, more.' },
      { page: 3, type: 'header', text: '2 debuild' },
      { page: 3, type: 'text', text: 'Body three.' },
      { page: 4, type: 'header', text: '参考文献' },
      { page: 4, type: 'text', text: 'Body four.' },
      { page: 5, type: 'header', text: '参考文献' },
      { page: 5, type: 'text', text: 'Body five.' },
      { page: 6, type: 'header', text: 'Appendix: tools' },
      { page: 6, type: 'text', text: 'Body six.' },
    ]);
    const { kinds } = detectFurniture(input(doc));
    const dropped = doc.elements.filter((e) => kinds.has(e.id)).map((e) => `${e.page} ${e.text}`);
    expect(dropped).toEqual(['2 3 debc', '3 2 debuild', '4 参考文献', '5 参考文献']);
  });

  it('keeps a header that heads no other page in the body when the document’s headers repeat', () => {
    // Mistral OCR shape (no boxes): pages 1–2 carry the release's running head, page 3 a section banner.
    const doc = makeDoc([
      { page: 1, type: 'header', text: 'FEDERAL RESERVE statistical release\n\nH.15 Selected interest rates' },
      { page: 1, type: 'text', text: 'Body one.' },
      { page: 2, type: 'header', text: 'FEDERAL RESERVE statistical release' },
      { page: 2, type: 'text', text: 'Body two.' },
      { page: 3, type: 'header', text: 'Footnotes' },
      { page: 3, type: 'text', text: 'Body three.' },
    ]);
    const { kinds, decisions } = detectFurniture(input(doc));
    expect(kinds.has(0)).toBe(true);
    expect(kinds.has(2)).toBe(true);
    expect(kinds.has(4)).toBe(false);
    expect(decisions.filter((d) => d.ids[0] === 4).every((d) => !d.accepted)).toBe(true);
  });
});

describe('running feet are found at the foot of the page', () => {
  it("does not take blank pages' lone page numbers at the top for a running foot (books: blank versos)", () => {
    // Hand-made after a MinerU 2 ctexbook output: every chapter opens on an odd page, so the even page before it
    // is blank but for its page number at the top, which is then also its bottommost element. Some odd pages
    // carry their number at the foot (fewer than the blank pages); a chapter opener (labelled a page header by
    // the parser) sits at a quarter of the page.
    const specs: Spec[] = [];
    for (let p = 1; p <= 12; p++) {
      if (p % 2 === 0) {
        specs.push({ page: p, type: 'page_number', text: String(p), bbox: [0.25, 0.117, 0.26, 0.13] });
        continue;
      }
      specs.push({ page: p, type: 'header', text: 'Debian 维护者指南', bbox: [0.6, 0.117, 0.8, 0.13] });
      specs.push({
        page: p,
        type: 'header',
        text: `第${'一二三四五六'[(p - 1) / 2]}章示例`,
        bbox: [0.35, 0.24, 0.56, 0.26],
      });
      specs.push({ page: p, type: 'text', text: `正文第 ${p} 页。`.repeat(20), bbox: col(0.3, 0.8) });
      if (p % 4 === 1) specs.push({ page: p, type: 'page_number', text: String(p), bbox: [0.45, 0.875, 0.46, 0.889] });
    }
    const doc = makeDoc(specs);
    const byPage = new Map<number, typeof doc.elements>();
    for (const e of doc.elements) byPage.set(e.page, [...(byPage.get(e.page) ?? []), e]);
    const habits = furnitureHabits(byPage, 0.3, 120);
    expect(habits.foot?.center).toBeGreaterThan(0.8);
    const { kinds } = detectFurniture(input(doc));
    const kept = doc.elements.filter((e) => !kinds.has(e.id));
    expect(kept.filter((e) => e.type === 'header').map((e) => e.text)).toEqual(
      [...'一二三四五六'].map((n) => `第${n}章示例`),
    );
    expect(doc.elements.filter((e) => e.type === 'page_number').every((e) => kinds.has(e.id))).toBe(true);
  });
});

describe('furniture never eats content (issue #15): openers, titles, years', () => {
  const ROOT = fileURLToPath(new URL('../../', import.meta.url));
  function furniture(file: string) {
    const doc = toDocument(loadInput(`${ROOT}${file}`), {});
    const { kinds } = detectFurniture(input(doc));
    const dropped = (ref: string) => kinds.has(doc.elements.find((e) => e.ref === ref)!.id);
    return { dropped };
  }

  it('keeps one-page chapters\' openers "Chapter 1" … "Chapter 8" that open consecutive pages (Mistral, no boxes)', () => {
    const { dropped } = furniture('corpus-latex/latex-report-debmake-en-ch07/mistral/ocr_response.json');
    for (let p = 3; p <= 10; p++) expect(dropped(`/pages/${p}/markdown:0`)).toBe(false);
  });

  it('keeps "Chapter 1", "Chapter 2" the parser labelled header in mid-page (PaddleOCR, book)', () => {
    const { dropped } = furniture('corpus-latex/latex-book-debmake-en-apa/paddle/res.json');
    expect(dropped('/4/parsing_res_list/0')).toBe(false);
    expect(dropped('/6/parsing_res_list/0')).toBe(false);
    // The running heads and page numbers still go.
    expect(dropped('/5/parsing_res_list/1')).toBe(true);
    expect(dropped('/5/parsing_res_list/0')).toBe(true);
  });

  it('drops a column-header row the parser labelled header on every page a table runs over, though mid-page', () => {
    // PaddleOCR shape: under the running head, the table's repeated header cells come out as page headers.
    const specs: Spec[] = [];
    for (let p = 1; p <= 3; p++) {
      specs.push({ page: p, type: 'header', text: 'Customizing the package list', bbox: [0.14, 0.092, 0.31, 0.104] });
      specs.push({ page: p, type: 'header', text: 'Escape', bbox: [0.14, 0.129, 0.25, 0.142] });
      specs.push({
        page: p,
        type: 'table',
        html: '<table><tr><td>a</td></tr></table>',
        bbox: [0.14, 0.15, 0.85, 0.85],
      });
    }
    specs.push({ page: 3, type: 'header', text: 'Chapter 3 Basics', bbox: [0.14, 0.2, 0.5, 0.24] });
    const { kinds } = detectFurniture(input(makeDoc(specs)));
    expect([1, 4, 7].every((id) => kinds.has(id))).toBe(true);
    expect(kinds.has(9)).toBe(false);
  });

  it('finds a second running line under the first on every page without boxes (Mistral, amsart)', () => {
    const { dropped } = furniture('corpus-latex/latex-amsart-debmake-en-ch04/mistral/ocr_response.json');
    for (let p = 1; p <= 11; p++) {
      expect(dropped(`/pages/${p}/markdown:0`)).toBe(true); // "Simple Example"
      expect(dropped(`/pages/${p}/markdown:1`)).toBe(true); // "Mei Lindqvist"
    }
    expect(dropped('/pages/5/markdown:2')).toBe(false);
  });

  it('keeps the title that the running heads repeat, and a year under it (Unstructured, no boxes)', () => {
    const acm = furniture('corpus-latex/latex-acmart-debmake-en-ch07/unstructured/elements.json');
    expect(acm.dropped('/0')).toBe(false); // "Tips", the paper's title
    expect(acm.dropped('/47')).toBe(true); // "Tips", the running head of page 3
    const zh = furniture('corpus-latex/latex-ctexart-debmake-zh-ch02/unstructured/elements.json');
    expect(zh.dropped('/25')).toBe(false); // "2023"
  });
});

describe('page numbers the parser labelled, mid-page by an assumed page size', () => {
  it('are dropped as page numbers all the same (PaddleOCR without image sizes, jlreq train document)', () => {
    const dir = fileURLToPath(new URL('../corpus-train/latex-jlreq-debmake-ja-ch08/paddle/', import.meta.url));
    const doc = toDocument(loadInput(`${dir}res.json`), {});
    // The results give no page size: the adapter assumes A4 at 144 DPI and the foot lands at 3/4 of the page.
    expect(doc.warnings.map((w) => w.ruleId)).toContain('paddle.page-size-assumed');
    const numbers = doc.elements.filter((e) => e.type === 'page_number');
    expect(numbers.length).toBe(13);
    expect(numbers.every((e) => (e.bbox?.[1] ?? 0) > 0.7 && (e.bbox?.[3] ?? 1) < 0.8)).toBe(true);
    const { kinds, decisions } = detectFurniture(input(doc));
    expect(numbers.filter((e) => !kinds.has(e.id)).map((e) => e.text)).toEqual([]);
    const gold = JSON.parse(readFileSync(`${dir}gold.structure.json`, 'utf8')).furniture as string[];
    expect(numbers.map((e) => e.ref).every((r) => gold.includes(r))).toBe(true);
    // Not as body text a parser mislabelled: no "in the body" evidence on a labelled page number.
    const onNumbers = decisions.filter((d) => numbers.some((e) => d.place.refs?.includes(e.ref)));
    expect(onNumbers.flatMap((d) => d.features ?? []).map((f) => f.id)).not.toContain('furniture.in-body');
  });
});
