// Runs of `*` and `_` the inline Markdown reader (`isInert` / `unpaired` in src/render/inline.ts) reads without
// micromark when none can close emphasis an earlier run of the same character opened (micromark's flanking
// rules): it must give the very nodes micromark gives. Compared on hand-made edge strings (globs, runs beside
// punctuation, CJK, emoji and line ends, pairs that do make emphasis) and on random texts of runs, blanks,
// punctuation and the characters of other constructs (fast-check, seeded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromInertMath, inlineNodes, inlineNodesParsed } from '../../src/render/inline.js';

const TAKEN = [
  'sign the debian/* files and the *.dsc and *.changes files',
  '如果版本控制系统中的上游源码树包含了debian/* 文件，debmake 命令可以使用这些debian/* 文件。',
  'globs: lib* and x*, then *.deb and *.udeb',
  'a_ and b_ and c_',
  'ends with a star*\nand a_ second line*',
  '“*” quoted, “_” quoted',
];

const PAIRED = [
  'globs: *.deb, *.udeb and lib*',
  'an *emphasis* here',
  'a _word_ here',
  '**strong**',
  'x *a\nb* y',
  '(*a*)',
  'a * b *c*',
];

describe('inline Markdown emphasis runs', () => {
  it('reads texts whose runs cannot pair, as micromark does', () => {
    for (const text of TAKEN) {
      expect(fromInertMath(text.trim()), JSON.stringify(text)).toBeDefined();
      expect(inlineNodes(text, 'markdown'), JSON.stringify(text)).toEqual(inlineNodesParsed(text));
    }
    expect(inlineNodes('the debian/* and *.dsc files', 'markdown')).toEqual([
      { type: 'text', value: 'the debian/* and *.dsc files' },
    ]);
  });

  it('leaves runs that can pair to micromark, with the same result', () => {
    for (const text of PAIRED) {
      expect(fromInertMath(text.trim()), JSON.stringify(text)).toBeUndefined();
      expect(inlineNodes(text, 'markdown'), JSON.stringify(text)).toEqual(inlineNodesParsed(text));
    }
  });

  it('matches micromark on random texts of runs, blanks and punctuation', () => {
    const pieces = [
      ...['*', '**', '***', '_', '__', 'a', 'b', '1', ' ', '\n', '\t', '  \n', '\n\n', '\u00a0'],
      ...['.', '(', ')', '"', '“', '。', '😀', '文', '/', '-', '$', '$x$', '<a>', '<', '[', ']', '&', '\\', '`'],
    ];
    let taken = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (/[*_].*[*_]/s.test(text) && fromInertMath(text.trim())) taken++;
        expect(inlineNodes(text, 'markdown'), JSON.stringify(text)).toEqual(inlineNodesParsed(text));
      }),
      { numRuns: 10_000, seed: 61 },
    );
    // texts with two or more runs are read without micromark, not only left to it
    expect(taken).toBeGreaterThan(500);
  });
});
