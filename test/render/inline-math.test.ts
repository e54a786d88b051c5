// The dollar-math reader of inline Markdown (`fromInertMath` in src/render/inline.ts) must give the very nodes
// micromark (with micromark-extension-math) and the dollar rule give for the texts it takes: compared on
// hand-made edge strings (runs of one, two and three dollars, unclosed runs, prices, spans at line starts and
// ends, hard breaks, blank lines) and on every Markdown text with a dollar in the committed corpus.
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { listCorpus } from '../../src/eval/corpus.js';
import { loadInput } from '../../src/io/load.js';
import { fromInertMath, inlineNodes, inlineNodesParsed } from '../../src/render/inline.js';

const TAKEN = [
  'the value $x$ here',
  '$x$ opens and closes $y$',
  'two $$x + y$$ dollars',
  'a price of $5 and $10',
  'costs $5',
  'unclosed $$ pair and $x$',
  '$a$$b$ inner run',
  '$x $ and $ y$ and $ $',
  '$x$1 followed by a digit',
  'a [note] with $x_i^2$ math',
  'line one $x$\nline two $y$',
  'line one $x$  \nhard break',
  '  $x$ at a line start\n$y$ at the next',
  'para one $x$\n\npara two $y$',
  'short $a$\nlines $b$\nby $c$\nthe author',
  'tab\t$x$\tinside',
  '$x$',
  '$a*b_c<d>&e\\f$ holds any character',
  'CJK 文字 $\\alpha$ 続き',
  '$ git config --global user.name\n$ git config --global user.email',
  '$ one prompt\n  $ and an indented one\nplain line',
  'text $ over  \n a line$ and $x$',
  '2 * $x$ and $y$ * 3',
  'snake_$x$ next to one run',
  'R&D $x$',
];

const LEFT = [
  'crosses $a\nb$ a line',
  'dollars $ over\n\n a blank line$',
  'three $$$x$$$ dollars',
  'snake_$x$ and _y: two runs of underscores',
  'an *emphasis* and $x$',
  'escaped \\$x$',
  '[a $x$](b)',
];

describe('inline Markdown dollar-math reader', () => {
  it('reads the hand-made texts and matches micromark on them', () => {
    for (const text of TAKEN) {
      expect(fromInertMath(text.trim()), JSON.stringify(text)).toBeDefined();
      expect(inlineNodes(text, 'markdown'), JSON.stringify(text)).toEqual(inlineNodesParsed(text));
    }
    expect(inlineNodes('the value $x$ here', 'markdown')[1]).toEqual({ type: 'inlineMath', value: 'x' });
  });

  it('leaves to micromark what it cannot read, with the same result', () => {
    for (const text of LEFT) {
      expect(fromInertMath(text.trim()), JSON.stringify(text)).toBeUndefined();
      expect(inlineNodes(text, 'markdown')).toEqual(inlineNodesParsed(text));
    }
  });

  it('matches micromark on every Markdown text with a dollar in the committed corpus', () => {
    const texts = new Set<string>();
    for (const c of listCorpus('corpus')) {
      for (const e of readWithAdapter(loadInput(c.input)).document.elements) {
        if (e.markup !== 'markdown' || !e.text.includes('$')) continue;
        for (const t of [e.text, ...e.text.split('\n')]) texts.add(t);
      }
    }
    let read = 0;
    for (const text of texts) {
      if (fromInertMath(text.trim()) !== undefined) read++;
      expect(inlineNodes(text, 'markdown'), JSON.stringify(text)).toEqual(inlineNodesParsed(text));
    }
    // most of them are read without micromark
    expect(read * 2).toBeGreaterThan(texts.size);
  });
});
