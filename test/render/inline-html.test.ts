// The HTML tags of the inline Markdown reader (`fromInertMath` in src/render/inline.ts, `HTML_TAG`): text whose
// only `<` are simple tags (`<name>`, `</name>`, `<name/>`) is read without micromark, and must give the very
// nodes micromark gives: compared on hand-made edge strings (tags beside dollars, emphasis runs, line ends,
// brackets; non-tags such as `<stdio.h>` and `<a b>`) and on random texts made of tags, near-tags and the
// characters of every other construct (fast-check, seeded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromInertMath, inlineNodes, inlineNodesParsed } from '../../src/render/inline.js';

const TAKEN = [
  '$ adduser <yourname> sbuild',
  'uid=1000(<yourname>) gid=1000(<yourname>)',
  'git tag pq/<newrev>\n$ gbp pq export',
  'a <b>bold</b> tag pair',
  'self <br/> closing and <x-1> dashes',
  '<a> at the start\n  <b> after a blank prefix  \nand a hard break',
  'price $5 and <tag> and $x$ math',
  'snake_case <a> and 2 * 3',
  '<a>\n<b>',
  'a [note] <a>',
];

const LEFT = [
  '#include <stdio.h> is no tag',
  'adduser <your_name>: no tag either',
  '< foo_in.html > foo_out.txt',
  '<a href="x">attributes</a>',
  '<a b>',
  '<http://example.com>',
  '<me@example.com>',
  '`<a>` in code',
  '\\<a> escaped',
  '<!-- a comment -->',
  '$x <a> y$ math around a tag and <b',
  '*<a>* emphasis',
];

describe('inline Markdown HTML tags', () => {
  it('reads the hand-made texts with tags and matches micromark on them', () => {
    for (const text of TAKEN) {
      const nodes = fromInertMath(text.trim());
      expect(nodes, JSON.stringify(text)).toBeDefined();
      expect(inlineNodes(text, 'markdown'), JSON.stringify(text)).toEqual(inlineNodesParsed(text));
    }
    expect(inlineNodes('a <b> c', 'markdown')).toEqual([
      { type: 'text', value: 'a ' },
      { type: 'html', value: '<b>' },
      { type: 'text', value: ' c' },
    ]);
  });

  it('leaves to micromark what it cannot read, with the same result', () => {
    for (const text of LEFT) {
      expect(fromInertMath(text.trim()), JSON.stringify(text)).toBeUndefined();
      expect(inlineNodes(text, 'markdown'), JSON.stringify(text)).toEqual(inlineNodesParsed(text));
    }
  });

  it('matches micromark on random texts of tags, near-tags and other constructs', () => {
    const pieces = [
      ...['<a>', '</a>', '<b/>', '<x-1>', '<stdio.h>', '<a', 'a>', '</', '<', '>', '/', '-', ':', '@'],
      ...['a', 'b', '1', 'é', ' ', '  ', '\n', '\t', '$', '$$', '_', '*', '[', ']', '(', ')', '!', '&', '&amp;'],
      ...['\\', '`', '#'],
    ];
    let taken = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        if (fromInertMath(text.trim())?.some((n) => n.type === 'html')) taken++;
        expect(inlineNodes(text, 'markdown'), JSON.stringify(text)).toEqual(inlineNodesParsed(text));
      }),
      { numRuns: 10_000, seed: 16 },
    );
    // the tag path is exercised, not only the fallback
    expect(taken).toBeGreaterThan(500);
  });
});
