// The PDF adapter on hand-made text layers modelled on the LaTeX corpus's acmart and IEEEtran pages (lines and runs
// written here, our own text, not a real PDF):
// - acmart's bullets are the bullet operator "∙" (U+2219, its math font's): read as no bullet, an item's hanging line
//   (set in under its text) opened a block of its own and the next item's first line ran on into it, so the items came
//   out cut and glued across ("under the package-version/ directory. ∙ The upstream tarball is copied …");
// - a footnote's first line opens with its superscript mark, a smaller run in the same font ("1When a computer …"):
//   the line's size is its text's, not the mark's, so the line is not cut from the rest of its note by a size change.
import { describe, expect, it } from 'vitest';
import { readPdfDocument } from '../../src/adapters/pdf.js';
import { groupLines, type PdfData, type PdfLine, type Run } from '../../src/pdf/read.js';

const W = 612;
const H = 792;

function line(text: string, top: number, x0: number, x1: number, opts: Partial<PdfLine> = {}): PdfLine {
  const fontSize = opts.fontSize ?? 9;
  return {
    text,
    bbox: [x0, top, x1, top + (0.8 * fontSize) / H],
    fontSize,
    fontName: 'LMRoman9-Regular',
    bold: false,
    italic: false,
    spans: [[x0, x1, text]],
    ...opts,
  };
}

function read(lines: PdfLine[]) {
  const data: PdfData = {
    path: 'hand-made.pdf',
    pageCount: 1,
    pages: [{ page: 1, lines, images: [], width: W, height: H, hasText: true }],
    outline: [],
    warnings: [],
  };
  return readPdfDocument(data, 'hand-made.pdf').elements;
}

const body = (top: number, n: number) =>
  Array.from({ length: n }, (_, i) =>
    line(`The oversimplified method for the packaging workflow is summed up here ${i}`, top + i * 0.014, 0.545, 0.912),
  );

describe('the PDF adapter: acmart\'s "∙" bullets', () => {
  const lines = [
    ...body(0.1, 3),
    line('∙ The upstream tarball is untarred to create many files', 0.146, 0.545, 0.912),
    line('under the package-version/ directory.', 0.16, 0.559, 0.806),
    line('∙ The upstream tarball is copied (or symlinked) to the', 0.174, 0.545, 0.912),
    line('particular filename packagename_version.orig.tar.gz.', 0.188, 0.559, 0.908),
    line('∙ .orig is added in the file extension.', 0.202, 0.545, 0.787),
  ];

  it('open an item each, which keeps its hanging lines', () => {
    const items = read(lines).filter((e) => e.type === 'list_item');
    expect(items.map((e) => e.text)).toEqual([
      '∙ The upstream tarball is untarred to create many files under the package-version/ directory.',
      '∙ The upstream tarball is copied (or symlinked) to the particular filename packagename_version.orig.tar.gz.',
      '∙ .orig is added in the file extension.',
    ]);
  });
});

describe("a line opening with a footnote's superscript mark", () => {
  const run = (str: string, x0: number, x1: number, y: number, size: number): Run => ({
    str,
    x0: x0 * W,
    x1: x1 * W,
    y,
    top: y - 0.8 * size,
    bottom: y + 0.2 * size,
    size,
    font: 'f1',
    eol: false,
  });

  it("has its text's size, not the mark's", () => {
    const [first] = groupLines(
      [
        run('1', 0.51, 0.523, 597, 6),
        run('When a computer is booted from the network, the server sending the', 0.523, 0.92, 600, 8),
      ],
      new Map(),
      W,
      H,
    );
    expect(first.fontSize).toBe(8);
  });

  it('stays in one block with the rest of its note', () => {
    const [first] = groupLines(
      [
        run('1', 0.51, 0.523, 597, 6),
        run('When a computer is booted from the network, the server sending the', 0.523, 0.92, 600, 8),
      ],
      new Map(),
      W,
      H,
    );
    const note = [
      { ...first, fontName: 'LMRoman8-Regular' },
      line('initialization elements also defines the boot parameters. If you have been', 0.765, 0.51, 0.92, {
        fontSize: 8,
        fontName: 'LMRoman8-Regular',
      }),
      line('using the hd-media installer image for a custom USB stick, edit the files.', 0.776, 0.51, 0.92, {
        fontSize: 8,
        fontName: 'LMRoman8-Regular',
      }),
    ];
    const els = read([...body(0.1, 3), ...note]);
    expect(els.filter((e) => e.text.includes('booted from the network'))).toHaveLength(1);
    expect(els.find((e) => e.text.includes('booted from the network'))?.text).toContain('the boot parameters');
  });
});

describe('lines of a size other than the body text keep their own leading', () => {
  // an Office form: boxed notes at 9.5 pt, 13.75 pt apart, outweigh its prose at 10.5 pt, 19 pt apart (1.5 lines)
  const notes = Array.from({ length: 24 }, (_, i) =>
    line(
      `A note set in the box at the smaller size, line ${i}, with many more characters than the prose`,
      0.05 + (i * 13.75) / H,
      0.1,
      0.49,
      {
        fontSize: 9.5,
      },
    ),
  );
  const prose = Array.from({ length: 12 }, (_, i) =>
    line(`The prose of the form goes on over this line ${i} at the larger size`, 0.5 + (i * 19) / H, 0.55, 0.9, {
      fontSize: 10.5,
    }),
  );

  it('a paragraph set at 1.5 lines is one block, not one block a line', () => {
    const els = read([...notes, ...prose]);
    expect(els.filter((e) => e.text.includes('The prose of the form'))).toHaveLength(1);
  });
});

describe("a run-in head's line", () => {
  // a box's label and title in bold, its text going on in the regular weight on the same line (the line is bold by most
  // of its width): the line opens the paragraph, not a block of its own
  const head = line('VOCABULARY Package source and source package The word', 0.3, 0.1, 0.9, {
    fontSize: 10.91,
    fontName: 'LMRoman10-Bold',
    bold: true,
    boldLead: 'VOCABULARY Package source and source package',
  });
  const rest = [
    line('source can be ambiguous. A source package is a package containing the source code', 0.3165, 0.1, 0.9, {
      fontSize: 10.91,
    }),
    line('of a program, while a package source is a repository holding packages.', 0.333, 0.1, 0.7, {
      fontSize: 10.91,
    }),
  ];

  it("goes on with the lines in the text's weight: one block", () => {
    const els = read([...body(0.1, 3), head, ...rest]);
    const box = els.filter((e) => e.text.includes('VOCABULARY') || e.text.includes('source can be ambiguous'));
    expect(box).toHaveLength(1);
    expect(box[0]).toMatchObject({ type: 'text' });
  });

  it('a bold title line over a paragraph is still a block of its own', () => {
    const title = line('Package source and source package', 0.3, 0.1, 0.4, {
      fontSize: 10.91,
      fontName: 'LMRoman10-Bold',
      bold: true,
      boldLead: 'Package source and source package',
    });
    const els = read([...body(0.1, 3), title, ...rest]);
    expect(els.find((e) => e.text === 'Package source and source package')?.type).toBe('title');
  });
});
