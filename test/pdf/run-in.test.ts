// A bold opening that runs on into words of another weight on the same line (src/pdf/block-type.ts `runsOn`) is a
// run-in head, not a block heading by weight. Lines as /usr/share/doc/debmake-doc/debmake-doc.zh-cn.pdf (page 55)
// gives them: the variable list's term "binarypackage.bug-control -x3" in LiberationSerif-Bold, its Chinese
// description running on in a regular font on the same line — bold by width (the Latin term is wider than the
// Chinese words), so the block was "bold throughout", a title candidate.
import { describe, expect, it } from 'vitest';
import { blockType, runsOn } from '../../src/pdf/block-type.js';
import type { Block } from '../../src/pdf/blocks.js';
import type { PdfLine } from '../../src/pdf/read.js';

function line(text: string, boldLead?: string): PdfLine {
  return {
    text,
    bbox: [0.147, 0.416, 0.905, 0.43],
    fontSize: 9.96,
    fontName: 'LiberationSerif-Bold',
    bold: true,
    italic: false,
    ...(boldLead ? { boldLead } : {}),
  };
}
const block = (l: PdfLine): Block => ({ lines: [l], page: 55, index: 10 });

const term = line(
  'binarypackage.bug-control -x3 将安装至 binarypackage 软件包的 usr/share/bug/binarypackage',
  'binarypackage .bug-control -x3',
);

describe('a bold opening that runs on', () => {
  it('runs on: the description after the bold term', () => {
    expect(runsOn(term)).toBe(true);
    expect(blockType(block(term), term.text, 9.96)).toBe('text');
  });

  it('a line bold throughout is still a title candidate', () => {
    const whole = line('Download debhello-0.0.tar.gz');
    expect(runsOn(whole)).toBe(false);
    expect(blockType(block(whole), whole.text, 9.96)).toBe('title');
  });

  it('a bold number before a title in another font does not run on', () => {
    const numbered = line('5.13 其它 debian/* 文件', '5.13');
    expect(runsOn(numbered)).toBe(false);
    expect(blockType(block(numbered), numbered.text, 9.96)).toBe('title');
  });

  it('a bold opening followed by punctuation only does not run on', () => {
    const colon = line('Debhelper ( )', 'Debhelper');
    expect(runsOn(colon)).toBe(false);
  });
});

describe('a title whose last word is set in another font', () => {
  // /usr/share/doc/texlive-doc/latex/ibycus-babel/ibycus-babel.pdf page 6: Times-Bold-8r, the file name in cmtt10
  it('does not run on: one word after the bold opening', () => {
    const title = line('9.2 The encoding definition file lgienc.def', '9.2 The encoding definition file');
    expect(runsOn(title)).toBe(false);
    expect(blockType(block(title), title.text, 10.91)).toBe('title');
  });
});
