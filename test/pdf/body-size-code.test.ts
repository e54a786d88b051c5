// The PDF's body size (src/stages/headings/pdf-size.ts) leaves listings out. Numbers from debmake-doc zh-cn
// (page 25 of /usr/share/doc/debmake-doc/debmake-doc.zh-cn.pdf, the PDF as the input): its Chinese prose is set at
// 9.96 pt, its listings in LiberationMono 8.97 pt, and the listings' Latin characters outnumber the prose's Chinese
// ones, so the code's size was taken for the body's and the bold example title "下载 debhello-0.0.tar.gz" (9.96 pt)
// counted as set larger than the body text.
import { describe, expect, it } from 'vitest';
import type { Element } from '../../src/model/element.js';
import { pdfBodySize, pdfLargerThanBody } from '../../src/stages/headings/pdf-size.js';

const el = (id: number, text: string, fontName: string, fontSize: number, bold = false): Element => ({
  id,
  ref: `/pages/24/blocks/${id}`,
  page: 25,
  type: id === 1 ? 'title' : 'text',
  sourceType: id === 1 ? 'title' : 'text',
  text,
  bbox: [0.15, 0.1 + id * 0.05, 0.9, 0.14 + id * 0.05],
  hints: { pdf: { textLayer: true, fontSize, fontName, bold, italic: false, match: 1 } },
});

const prose = el(0, '我们先要获取上游源代码。这里的 C 源代码 hello.c 非常的简单。', 'BousungEG-Light-GB', 9.96);
const title = el(1, '下载 debhello-0.0.tar.gz', 'LiberationSerif-Bold', 9.96, true);
const code = el(
  2,
  '$ wget http://www.example.org/download/debhello-0.0.tar.gz\n...\n$ tar -xzf debhello-0.0.tar.gz\n$ tree',
  'LiberationMono',
  8.97,
);
const none = { kinds: new Map(), decisions: [] };

describe('the PDF body size', () => {
  it('is the prose size, not the size of a listing with more characters', () => {
    expect(code.text.length).toBeGreaterThan(prose.text.length);
    expect(pdfBodySize([prose, title, code], none)).toBe(9.96);
  });

  it('so a bold title at the prose size is not set larger than the body', () => {
    expect(pdfLargerThanBody(title, pdfBodySize([prose, title, code], none))).toBe(false);
    // a bold title really set larger than the prose still is
    const larger = el(3, '4.5 第一步：获取上游源代码', 'LiberationSerif-Bold', 14.35, true);
    expect(pdfLargerThanBody(larger, pdfBodySize([prose, larger, code], none))).toBe(true);
  });

  it('with listings alone, is unknown (no prose to compare with)', () => {
    expect(pdfBodySize([code], none)).toBeUndefined();
  });
});
