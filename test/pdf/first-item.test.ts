// A numbered list's first item set bold (src/adapters/pdf.ts `typeFirstItems`): lines as debmake-doc.en.pdf's page 63
// gives them (/usr/share/doc/debmake-doc): "1. set up the build system (“vim configure.ac Makefile.am” and
// “autoreconf”)" is bold by the width of its bold commands, a title candidate numbered "1"; the items "2." to "4."
// below it are plain. On the real PDF (outline as the gold) it was an extra level-2 heading that also shifted the
// levels of the section's headings, in each of the six languages.
import { describe, expect, it } from 'vitest';
import { readPdfDocument } from '../../src/adapters/pdf.js';
import type { PdfData, PdfLine } from '../../src/pdf/read.js';

function line(text: string, box: [number, number, number, number], fontSize = 9.96, bold = false): PdfLine {
  const fontName = bold ? 'LiberationSerif-Bold' : 'LiberationSerif';
  return { text, bbox: box, fontSize, fontName, bold, italic: false, spans: [[box[0], box[2], text]] };
}

function page(second: string): PdfData {
  const lines = [
    line('5.18.1 Autotools', [0.143, 0.296, 0.296, 0.312], 11.96, true),
    line('Autotools (autoconf + automake) has 4 steps.', [0.143, 0.321, 0.456, 0.334]),
    line(
      '1. set up the build system (“vim configure.ac Makefile.am” and “autoreconf”)',
      [0.164, 0.341, 0.734, 0.354],
      9.96,
      true,
    ),
    line(second, [0.164, 0.363, 0.469, 0.376]),
    line('3. build the source tree (“make”)', [0.164, 0.385, 0.39, 0.398]),
    ...Array.from({ length: 8 }, (_, i) =>
      line(`The upstream maintainer usually performs step 1 and builds the upstream tarball, line ${i}.`, [
        0.143,
        0.43 + i * 0.014,
        0.905,
        0.443 + i * 0.014,
      ]),
    ),
  ];
  const pages = [{ page: 1, width: 595, height: 842, lines, images: [], hasText: true }];
  return { path: 'items.pdf', pageCount: 1, pages, outline: [], warnings: [] };
}

const typeOf = (data: PdfData, start: string) =>
  readPdfDocument(data, 'items.pdf').elements.find((e) => e.text.startsWith(start))?.type;

describe('a bold first item of a numbered list in a PDF input', () => {
  it('is a list item when the next block is its list’s item 2', () => {
    expect(typeOf(page('2. configure the build system (“./configure”)'), '1. set up')).toBe('list_item');
    expect(typeOf(page('2. configure the build system (“./configure”)'), '5.18.1 Autotools')).toBe('title');
  });

  it('stays a title candidate when what follows is not item 2', () => {
    expect(typeOf(page('3. configure the build system (“./configure”)'), '1. set up')).toBe('title');
  });
});
