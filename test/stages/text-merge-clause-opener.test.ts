// A numbered clause opens a new block (src/stages/text-merge/clause-opener.ts), on hand-made pages in the shape of the
// office kinds' Chinese insurance rules (session 28; dots.ocr boxes, one column 0.758 wide, 46 characters a line, as
// test/stages/text-merge-cjk-fill.test.ts): clause "13.1." ends "。" exactly where a full last line ends at the page's
// foot, and the next page opens with clause "13.2.". A full last line makes a sentence's end unsure; the clause's
// number says the next block is the next clause, not the rest.
import { describe, expect, it } from 'vitest';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const PER_LINE = 46;
const prose = (n: number) => `${'监视工具记录系统的状态并通知管理员及时处理'.repeat(12).slice(0, n - 1)}。`;
function block(page: number, top: number, text: string, lines = Math.ceil(text.length / PER_LINE)): Spec {
  return { page, type: 'text', text, bbox: [0.121, top, 0.879, top + 0.015 + (lines - 1) * 0.0218] };
}

const pageOne = (last: string): Spec[] => [
  block(1, 0.1, prose(75)),
  block(1, 0.16, prose(120)),
  block(1, 0.25, prose(180)),
  block(1, 0.35, prose(40)),
  block(1, 0.4, prose(92)),
  block(1, 0.47, prose(200)),
  block(1, 0.82, last, 3), // "13.1. " and 135 characters: three full lines
];

const joined = (last: string, next: string) => {
  const specs = [...pageOne(last), { ...block(2, 0.358, next), bbox: [0.121, 0.358, 0.879, 0.395] } as Spec];
  const merges = mergeTextFragments(input(makeDoc(specs)), { kinds: new Map(), decisions: [] });
  return merges.groups.some((g) => g.includes(7));
};

describe('a clause "N.M." opening the next page', () => {
  const last = `13.1. ${prose(135)}`;
  it('is the next clause, not the rest of the one the full line ended', () => {
    expect(joined(last, '13.2. 如果 LDAP 服务器被认为是权威的，那么服务可以使用后面的语法来配置。')).toBe(false);
  });

  it('the same block without the clause number goes on over the page (the full line makes the end unsure)', () => {
    expect(joined(last, '如果 LDAP 服务器被认为是权威的，那么服务可以使用后面的语法来配置。')).toBe(true);
  });
});
