// The last line of a CJK block without line boxes, counted from its characters (text-merge/cjk-fill.ts): a
// sentence that ends "。" exactly where a full last line ends, at a page's foot, is no paragraph's end. Hand-made
// pages in the shape of a ltjsarticle document of the full LaTeX corpus (train; dots.ocr boxes, one column 0.758
// wide, 46 characters a line, one line 0.015 high, a line pitch of 0.0218).
import { describe, expect, it } from 'vitest';
import { cjkLastLineFills, emLength } from '../../src/stages/text-merge/cjk-fill.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const PER_LINE = 46;
/** `n` characters of Japanese prose ending with a stop. */
const prose = (n: number) => `${'監視ツールはシステムの状態を記録して管理者に知らせます'.repeat(10).slice(0, n - 1)}。`;
/** A block of `chars` characters at `top` on `page`: as many lines as they fill, the box as high as those. */
function block(page: number, top: number, chars: number): Spec {
  const lines = Math.ceil(chars / PER_LINE);
  return { page, type: 'text', text: prose(chars), bbox: [0.121, top, 0.879, top + 0.015 + (lines - 1) * 0.0218] };
}

const pageOne = (lastChars: number): Spec[] => [
  block(1, 0.1, 75), // 2 lines
  block(1, 0.16, 120), // 3 lines
  block(1, 0.25, 180), // 4 lines
  block(1, 0.35, 40), // 1 line
  block(1, 0.4, 92), // 2 full lines
  block(1, 0.47, 200), // 5 lines
  { ...block(1, 0.82, lastChars) }, // at the page's foot
];

describe('the last line of a CJK block without line boxes', () => {
  it('is counted full when its characters fill every line, short when they stop early', () => {
    const full = cjkLastLineFills(makeDoc([...pageOne(138)]).elements);
    expect(full.get(6)).toBe(1);
    const short = cjkLastLineFills(makeDoc([...pageOne(100)]).elements);
    expect(short.get(6)).toBeCloseTo((100 - 2 * PER_LINE) / PER_LINE, 1);
    // A block of one line tells nothing (its box is as wide as its text).
    expect(full.has(3)).toBe(false);
  });

  it('is not counted where the heights keep no line pitch, or in Latin text', () => {
    const ragged = pageOne(138).map((s, i) => ({
      ...s,
      bbox: [0.121, 0.1 * i, 0.879, 0.1 * i + 0.013 * (i + 1) ** 1.5],
    }));
    expect(cjkLastLineFills(makeDoc(ragged as Spec[]).elements).size).toBe(0);
    const latin = pageOne(138).map((s) => ({ ...s, text: 'The monitoring tools record the state of the system.' }));
    expect(cjkLastLineFills(makeDoc(latin).elements).size).toBe(0);
    expect(emLength('監視 tools')).toBe(2 + 0.25 + 2.5);
  });
});

describe('a CJK sentence ending at a page’s foot', () => {
  const next: Spec = {
    page: 2,
    type: 'text',
    text: 'k キーに続けてプロセス ID を入力することで、優先度を変更できます。',
    bbox: [0.121, 0.358, 0.879, 0.395],
  };
  const judge = (lastChars: number) => {
    const merges = mergeTextFragments(input(makeDoc([...pageOne(lastChars), next])), {
      kinds: new Map(),
      decisions: [],
    });
    const d = merges.decisions.find((x) => x.place.refs?.join('|') === '/6|/7');
    return {
      joined: merges.groups.some((g) => g.includes(7)),
      features: d?.features?.map((f) => f.id),
      rule: d?.ruleId,
    };
  };

  it('goes on over the page when its last line is full (unsure, for the LLM path)', () => {
    const { joined, features, rule } = judge(138);
    expect(features).toContain('text-merge.sentence-end-at-full-line');
    expect(rule).toBe('text-merge.sentence-at-line-end');
    expect(joined).toBe(true);
  });

  it('ends its paragraph when its last line stops short', () => {
    const { joined, features } = judge(100);
    expect(features).toContain('text-merge.last-line-short');
    expect(joined).toBe(false);
  });
});
