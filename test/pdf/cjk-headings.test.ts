// Chinese PDFs as the input lost most of their headings (debmake-doc zh-cn, heading F1 0.54 against the outline).
// Three causes, each tested here on hand-made runs, lines and elements in the geometry of that PDF (our own text):
// - a Chinese line with a few Latin words in a bold font ("为 /usr。…在 debian/rules 文件中添加名为
//   override_dh_auto_install") read as bold by counting characters, and the paragraph's last lines, short and bold,
//   as title candidates: a CJK character is two columns wide, and weighs so;
// - a short block ending in a full-width stop "。" is a sentence, as one ending in "." is;
// - the outline's entry "仓库状况" tied between the running head "2.7. 仓库状况" (10 pt, first in reading order) and the
//   heading "2.7 仓库状况" (14 pt): no letter case tells them apart in Chinese; the larger type wins the tie. And an
//   appendix's numbering "A.1 名称" is numbering, as "1.1 名称" is.
import { describe, expect, it } from 'vitest';
import { readPdfDocument } from '../../src/adapters/pdf.js';
import type { Element } from '../../src/model/element.js';
import { matchOutline, withoutNumbering } from '../../src/pdf/outline.js';
import { groupLines, type PdfData, type PdfLine, type Run } from '../../src/pdf/read.js';
import { columns } from '../../src/pdf/scripts.js';

const W = 595;
const H = 842;

describe('a line of Chinese text with Latin words in bold', () => {
  const fonts = new Map([
    ['cjk', { name: 'BousungEG-Light-GB', bold: false, italic: false }],
    ['bold', { name: 'LiberationSerif-Bold', bold: true, italic: false }],
    ['roman', { name: 'LiberationSerif', bold: false, italic: false }],
  ]);
  let x = 0.15;
  const runs = (parts: Array<[string, string]>): Run[] =>
    parts.map(([font, str]) => {
      const w = columns(str) * 0.0084;
      const r: Run = { str, x0: x * W, x1: (x + w) * W, y: 400, top: 392, bottom: 402, size: 9.96, font, eol: false };
      x += w;
      return r;
    });
  const boldOf = (parts: Array<[string, string]>) => {
    x = 0.15;
    return groupLines(runs(parts), fonts, W, H)[0].bold;
  };

  it('is bold only when most of its width is bold: a CJK character counts two columns', () => {
    expect(columns('为 /usr。')).toBe(2 + 1 + 4 + 2);
    // 28 CJK characters (56 columns) against 40 bold Latin ones: not bold (by characters alone it was)
    expect(
      boldOf([
        ['cjk', '为'],
        ['bold', '/usr'],
        ['cjk', '。要做到这点，可以按照下面给出的方法，在'],
        ['bold', 'debian/rules'],
        ['cjk', '文件中添加名为'],
        ['bold', 'override_dh_auto_install'],
      ]),
    ).toBe(false);
    // a line set in bold for the most part still is
    expect(
      boldOf([
        ['bold', 'debhello-debsym_0.0-1_amd64.deb'],
        ['cjk', '包含'],
      ]),
    ).toBe(true);
  });

  it('weighs Latin runs as before: one column a character', () => {
    expect(
      boldOf([
        ['roman', 'see the file'],
        ['bold', 'debian/rules'],
      ]),
    ).toBe(false);
    expect(
      boldOf([
        ['roman', 'see'],
        ['bold', 'debian/rules'],
      ]),
    ).toBe(true);
  });
});

describe('a short block ending in a full-width stop', () => {
  const line = (text: string, top: number, x1: number, bold = false): PdfLine => ({
    text,
    bbox: [0.143, top, x1, top + 0.013],
    fontSize: 9.96,
    fontName: bold ? 'LiberationSerif-Bold' : 'BousungEG-Light-GB',
    bold,
    italic: false,
    cjk: true,
  });
  const body = Array.from({ length: 8 }, (_, i) =>
    line('作为维护者，要制作一个合适的软件包当然需要对模板内容进行一些手工的调整，这里给出例子。', 0.1 + i * 0.03, 0.9),
  );
  const data: PdfData = {
    path: 'hand-made.pdf',
    pageCount: 1,
    pages: [
      {
        page: 1,
        width: W,
        height: H,
        hasText: true,
        images: [],
        lines: [...body, line('定为 /usr。', 0.5, 0.3, true), line('第三步：编辑模板文件', 0.6, 0.4, true)],
      },
    ],
    outline: [],
    warnings: [],
  };
  const doc = readPdfDocument(data, 'hand-made.pdf');
  const typeOf = (text: string) => doc.elements.find((e) => e.text === text)?.type;

  it('is text, not a title candidate, though set in bold; a bold line without a stop stays a candidate', () => {
    expect(typeOf('定为 /usr。')).toBe('text');
    expect(typeOf('第三步：编辑模板文件')).toBe('title');
  });
});

describe('the outline in Chinese', () => {
  it("reads an appendix's letter and numbers as numbering", () => {
    expect(withoutNumbering('A.1 名称')).toBe('名称');
    expect(withoutNumbering('A.3.1 可选参数：')).toBe('可选参数：');
    // a letter alone with its point stays (no number follows it): "A. The package" is not stripped here
    expect(withoutNumbering('A. The package')).toBe('A. The package');
  });

  it('gives a tied entry to the heading in the larger type, not the running head above it', () => {
    const el = (id: number, text: string, top: number, fontSize: number): Element => ({
      id,
      ref: `/pages/14/blocks/${id}`,
      page: 15,
      type: 'title',
      sourceType: 'pdf-title-candidate',
      text,
      bbox: [0.143, top, 0.6, top + 0.015],
      hints: { pdf: { textLayer: true, fontSize, match: 1 } },
    });
    const elements = [el(1, '2.7. 仓库状况', 0.042, 9.96), el(18, '2.7 仓库状况', 0.6, 14.35)];
    const pdf: PdfData = {
      path: 'hand-made.pdf',
      pageCount: 15,
      pages: [],
      outline: [{ title: '仓库状况', level: 2, page: 15, index: 0 }],
      warnings: [],
    };
    expect(matchOutline(elements, pdf, [])).toBe(1);
    expect(elements.map((e) => e.hints?.outlineLevel)).toEqual([undefined, 2]);
  });
});
