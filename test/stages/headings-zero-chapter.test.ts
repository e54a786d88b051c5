// Sections numbered under a chapter counter of 0 ("0.1", "0.2") belong to unnumbered chapters: the top is the rank
// above them (src/stages/headings/zero-chapter.ts, `zero-chapter-top`). Hand-made after a fresh ctexbook chapter (session
// 24, head10's set; a train source): "邮件服务器" is a `\chapter*`, so its sections print "0.1 配置虚拟域", "0.2 …"; the
// chapter, "前言", "致谢" and "参考文献" share one size, the sections a smaller one, the subsections one smaller again.
// Before, the "0.x" sections were the top and stood beside their own chapter, in every format with sizes.
import { describe, expect, it } from 'vitest';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = '公司的管理员选择了一个邮件服务器软件，因为它比其他软件更容易配置，也更容易维护和扩展。';

/** A heading of `height` over two lines of body text, at `y` on `page`. */
const heading = (page: number, y: number, text: string, height: number): Spec[] => [
  { page, type: 'title', text, bbox: col(y, y + height) },
  { page, type: 'text', text: BODY, bbox: col(y + height + 0.015, y + height + 0.047) },
];

const CHAPTER = 0.027;
const SECTION = 0.019;
const SUBSECTION = 0.0165;

function book(headings: Spec[], weights: Record<string, number> = {}, boxes = true) {
  const specs: Spec[] = [
    { page: 1, type: 'title', text: '网络服务', bbox: col(0.32, 0.37) },
    { page: 1, type: 'text', text: BODY, bbox: col(0.4, 0.43) },
    ...headings,
  ];
  const doc = makeDoc(boxes ? specs : specs.map((s) => ({ ...s, bbox: null })));
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}

const BOOK = [
  ...heading(3, 0.2, '前言', CHAPTER),
  ...heading(5, 0.2, '邮件服务器', CHAPTER),
  ...heading(5, 0.5, '安装 Postfix', SECTION),
  ...heading(6, 0.3, '0.1 配置虚拟域', SECTION),
  ...heading(6, 0.5, '0.1.1 虚拟别名域', SUBSECTION),
  ...heading(7, 0.2, '0.1.2 虚拟邮箱域', SUBSECTION),
  ...heading(8, 0.4, '0.2 接收邮件和发送邮件的限制', SECTION),
  ...heading(8, 0.6, '0.2.1 基于 IP 的访问限制', SUBSECTION),
  ...heading(9, 0.2, '致谢', CHAPTER),
  ...heading(11, 0.2, '参考文献', CHAPTER),
];

describe('sections numbered "0.x" under an unnumbered chapter', () => {
  it('nest under the chapter, the keywords stay beside it', () => {
    const { level, features } = book(BOOK);
    expect(level('前言')).toBe(2);
    expect(level('邮件服务器')).toBe(2);
    expect(level('安装 Postfix')).toBe(3);
    expect(level('0.1 配置虚拟域')).toBe(3);
    expect(level('0.1.1 虚拟别名域')).toBe(4);
    expect(level('0.2 接收邮件和发送邮件的限制')).toBe(3);
    expect(level('0.2.1 基于 IP 的访问限制')).toBe(4);
    expect(level('致谢')).toBe(2);
    expect(features('0.1 配置虚拟域')).toContain('headings.zero-chapter-top');
  });

  it('off (weight 0): the "0.x" sections are the top, beside their chapter', () => {
    const { level } = book(BOOK, { 'zero-chapter-top': 0 });
    expect(level('0.1 配置虚拟域')).toBe(2);
  });

  it('without sizes (no boxes), a "0.x" section closes the unnumbered section before it: their sibling', () => {
    const { level } = book(BOOK, {}, false);
    expect(level('安装 Postfix')).toBe(3);
    expect(level('0.1 配置虚拟域')).toBe(3);
    expect(level('0.2 接收邮件和发送邮件的限制')).toBe(3);
    expect(level('0.2.1 基于 IP 的访问限制')).toBe(4);
  });

  it('not when the shallowest sections are numbered from 1 (a section "0" of rank 1 sets the top itself)', () => {
    const { level, features } = book([
      ...heading(3, 0.2, '0 引言', SECTION),
      ...heading(3, 0.5, '0.1 总则', SUBSECTION),
      ...heading(4, 0.2, '1 范围', SECTION),
      ...heading(4, 0.5, '1.1 适用对象', SUBSECTION),
      ...heading(5, 0.2, '参考文献', SECTION),
    ]);
    expect(level('0 引言')).toBe(2);
    expect(level('0.1 总则')).toBe(3);
    expect(level('1 范围')).toBe(2);
    expect(features('0.1 总则')).not.toContain('headings.zero-chapter-top');
  });
});
