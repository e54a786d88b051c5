// A numbered CJK line set in a Hei / Gothic face at the body size, among prose in a Song face, is a title candidate
// (src/pdf/block-type.ts `cjkSetOff`). Lines as /usr/share/doc/texlive-doc/latex/ctex-faq/ctex-faq.pdf (pages 6 and
// 14) gives them: the questions "32 在 CJK 中都可以使用哪些矢量字库？" in SimHei, 9.96 pt like the SimSun body, not
// bold by name — so none of them was a heading when the PDF was read alone (heading F1 0.434 against its outline).
import { describe, expect, it } from 'vitest';
import { blockType, bodyCjkFont, cjkSetOff } from '../../src/pdf/block-type.js';
import type { Block } from '../../src/pdf/blocks.js';
import type { PdfLine } from '../../src/pdf/read.js';

function line(text: string, fontName: string, cjk = true): PdfLine {
  return { text, bbox: [0.121, 0.114, 0.437, 0.127], fontSize: 9.96, fontName, bold: false, italic: false, cjk };
}
const block = (l: PdfLine): Block => ({ lines: [l], page: 14, index: 2 });

const question = line('32 在 CJK 中都可以使用哪些矢量字库？', 'SimHei');
const prose = [
  line('在 CJK 中可以使用 Type1 字库和 TrueType 字库，都能产生很好效果的输出，但有许多', 'SimSun'),
  line('输出结果取决于所用的工具。下面根据转换工具和输出文件类型来比较它们的差异。', 'SimSun'),
  question,
];

describe('a numbered line in a Hei face among Song prose', () => {
  it('the body face is the one carrying most CJK characters', () => {
    expect(bodyCjkFont(prose)).toBe('SimSun');
  });

  it('is a title candidate', () => {
    expect(cjkSetOff(question, 'SimSun')).toBe(true);
    expect(blockType(block(question), question.text, 9.96, 'SimSun')).toBe('title');
    // without the body face known, as before: text
    expect(blockType(block(question), question.text, 9.96)).toBe('text');
  });

  it('its Latin letters in a bold face outweighing the Han ones: also a candidate', () => {
    const mixed = line('7 什么是 AMS-TEX/AMS-LATEX？', 'CMBX10', false);
    expect(blockType(block(mixed), mixed.text, 9.96, 'SimSun')).toBe('title');
  });

  it('not when the body itself is set in a Gothic face, nor unnumbered, nor in the body face', () => {
    expect(cjkSetOff(question, 'IPAexGothic')).toBe(false);
    expect(cjkSetOff(line('在 CJK 中都可以使用哪些矢量字库？', 'SimHei'), 'SimSun')).toBe(false);
    expect(cjkSetOff(line('32 在 CJK 中都可以使用哪些矢量字库？', 'SimSun'), 'SimSun')).toBe(false);
    expect(blockType(block(prose[0]), prose[0].text, 9.96, 'SimSun')).toBe('text');
  });

  it('nor a list step numbered "4." in the Hei face (debmake-doc zh-cn, page 62)', () => {
    expect(cjkSetOff(line('4. 安装二进制文件（“make install”）', 'SimHei'), 'SimSun')).toBe(false);
    expect(cjkSetOff(line('4.2 安装二进制文件', 'SimHei'), 'SimSun')).toBe(true);
  });
});
