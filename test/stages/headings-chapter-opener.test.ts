// A chapter's number in words typed as text that opens its page is a chapter where the parser typed no heading of that
// numbering (src/stages/headings/chapter-opener.ts, `promoted-chapter-opener`). Hand-made after a ctexbook chapter and
// a report as Mistral OCR gives them (corpora train, session 24 head10's fresh set): every chapter line typed as text,
// only the front and end matter typed as titles, so no typed "第…章" vouched for the number.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const body = (n: number) =>
  `Debian 社会契约第 ${n} 条说明了项目对用户和自由软件社区的承诺，以及这些承诺如何影响日常工作。`;

function book(chapterFirst: boolean, weights: Record<string, number> = {}) {
  const specs: Spec[] = [
    { page: 1, type: 'title', text: '基础文件', bbox: null },
    { page: 1, type: 'text', text: body(0), bbox: null },
    { page: 3, type: 'title', text: '前言', bbox: null },
    { page: 3, type: 'text', text: body(1), bbox: null },
    ...(chapterFirst ? [] : [{ page: 5, type: 'text' as const, text: body(2), bbox: null }]),
    { page: 5, type: 'text', text: '第一章对用户的承诺', bbox: null },
    { page: 5, type: 'text', text: body(3), bbox: null },
    { page: 7, type: 'text', text: '第二章 Debian 自由软件指导方针', bbox: null },
    { page: 7, type: 'text', text: body(4), bbox: null },
    { page: 9, type: 'title', text: '致谢', bbox: null },
    { page: 9, type: 'text', text: body(5), bbox: null },
  ];
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  return (t: string) => r.levels.get(doc.elements.findIndex((e) => e.text === t));
}

describe('a chapter number in words typed as text', () => {
  it('opening its page, with no typed heading so numbered: a chapter', () => {
    const level = book(true);
    expect(level('第一章对用户的承诺')).toBe(2);
    expect(level('第二章 Debian 自由软件指导方针')).toBe(2);
    expect(level('致谢')).toBe(2);
  });

  it('off (weight 0): left as text', () => {
    expect(book(true, { 'promoted-chapter-opener': 0 })('第一章对用户的承诺')).toBeUndefined();
  });

  it('below text on its page: left as text (a chapter opens its page)', () => {
    expect(book(false)('第一章对用户的承诺')).toBeUndefined();
  });
});
