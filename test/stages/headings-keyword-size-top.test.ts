// An unnumbered heading in the one size of the top keyword headings is a top section (src/stages/headings/
// keyword-size.ts, `size-of-top-keywords`). Hand-made, after a fresh ctexbook chapter as MinerU's content list gives it
// (session 20, head6): "前言", "挑选最好的模板" (a `\chapter*`), "致谢" and "参考文献" open their pages in one size, the one
// numbered chapter "第一章 无 Makefile（shell，命令行界面）" over two lines measures larger; the unnumbered chapter stood
// under "前言" in six formats of nine.
import { describe, expect, it } from 'vitest';
import { col, makeDoc } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = '本章展示了更多的打包示例，读者可以按照这些步骤在自己的系统上构建软件包并检查结果。';

function book(weights: Record<string, number> = {}) {
  const chapter = (page: number, text: string, height: number) => [
    { page, type: 'title' as const, text, bbox: col(0.236, 0.236 + height) },
    { page, type: 'text' as const, text: BODY, bbox: col(0.36, 0.6) },
  ];
  const doc = makeDoc([
    { page: 1, type: 'title', text: '更多示例', bbox: col(0.396, 0.419) },
    { page: 1, type: 'text', text: BODY, bbox: col(0.45, 0.5) },
    ...chapter(3, '前言', 0.027),
    ...chapter(5, '挑选最好的模板', 0.027),
    ...chapter(9, '第一章 无 Makefile（shell，命令行界面）', 0.066),
    ...chapter(17, '致谢', 0.027),
    ...chapter(19, '参考文献', 0.027),
  ]);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  return (t: string) => r.levels.get(at(t));
}

describe('an unnumbered chapter in the size of the top keywords', () => {
  it('is a top section, beside the keywords and the numbered chapter', () => {
    const level = book();
    expect(level('前言')).toBe(2);
    expect(level('挑选最好的模板')).toBe(2);
    expect(level('第一章 无 Makefile（shell，命令行界面）')).toBe(2);
    expect(level('参考文献')).toBe(2);
  });

  it('off (weight 0), its size sets it under the preface', () => {
    expect(book({ 'size-of-top-keywords': 0 })('挑选最好的模板')).toBe(3);
  });
});
