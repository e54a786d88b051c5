// The PDF adapter's blocks on text layers written here in the shape of the LaTeX corpus's pdfLaTeX pages
// (hand-made lines, not a real PDF): a running head and its page number that pdfjs reads as one line, two
// sub-figure captions side by side under their pictures, an algorithm's bold keywords.
import { describe, expect, it } from 'vitest';
import { readPdfDocument } from '../../src/adapters/pdf.js';
import type { BBox } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import type { PdfData, PdfLine, PdfPage } from '../../src/pdf/read.js';
import { finish, reconstruct } from '../../src/pipeline.js';

const W = 486;
const H = 720;

/** One line; `spans` as [x0, x1, text] when given (the runs, as read with the image boxes). */
function line(text: string, top: number, x0: number, x1: number, opts: Partial<PdfLine> = {}): PdfLine {
  const fontSize = opts.fontSize ?? 9.96;
  return {
    text,
    bbox: [x0, top, x1, top + fontSize / H],
    fontSize,
    fontName: opts.bold ? 'LMRoman10-Bold' : 'LMRoman10-Regular',
    bold: false,
    italic: false,
    spans: [[x0, x1, text]],
    ...opts,
  };
}

const body = (top: number, n: number) =>
  Array.from({ length: n }, (_, i) =>
    line(
      `The package build runs the upstream build system and installs the files into the staging tree ${i}.`,
      top + i * 0.017,
      0.094,
      0.906,
    ),
  );

function pdf(pages: Omit<PdfPage, 'width' | 'height' | 'hasText'>[]): PdfData {
  return {
    path: 'hand-made.pdf',
    pageCount: pages.length,
    pages: pages.map((p) => ({ ...p, width: W, height: H, hasText: true })),
    outline: [],
    warnings: [],
  };
}

/** A running head "N … authors" read as one line whose runs a blank run bridges (acmart's even pages). */
function headLine(n: number): PdfLine {
  const text = `${n} Priya Ramanathan, Ada Marsh, and Jonas Weber`;
  return line(text, 0.086, 0.094, 0.906, {
    fontSize: 7.97,
    spans: [
      [0.094, 0.104, String(n)],
      [0.545, 0.906, 'Priya Ramanathan, Ada Marsh, and Jonas Weber'],
    ],
  });
}

describe('the PDF adapter: a line of runs far apart', () => {
  const data = pdf(
    [1, 2, 3, 4].map((n) => ({ page: n, lines: [headLine(n), ...body(0.12, 6)], images: [] as BBox[] })),
  );
  const doc = readPdfDocument(data, 'hand-made.pdf');

  it('is one block per part: the page number apart from the running head', () => {
    const top = doc.elements.filter((e) => e.page === 2 && (e.bbox?.[1] ?? 1) < 0.1).map((e) => e.text);
    expect(top).toEqual(['2', 'Priya Ramanathan, Ada Marsh, and Jonas Weber']);
  });

  it('so the furniture stage sets both aside, page by page', () => {
    const result = finish(doc, reconstruct(doc, resolveEngineOptions(undefined)), { summaries: false });
    const furniture = new Set(result.structure.furniture);
    const heads = doc.elements.filter((e) => (e.bbox?.[1] ?? 1) < 0.1);
    expect(heads).toHaveLength(8);
    expect(heads.filter((e) => !furniture.has(e.ref)).map((e) => e.text)).toEqual([]);
  });
});

describe('the PDF adapter: sub-figure captions', () => {
  const images: BBox[] = [
    [0.113, 0.118, 0.441, 0.241],
    [0.559, 0.118, 0.887, 0.241],
  ];
  const subs = line('(a) Before the change. (b) After the change.', 0.252, 0.187, 0.807, {
    spans: [
      [0.187, 0.37, '(a) Before the change.'],
      [0.63, 0.807, '(b) After the change.'],
    ],
  });
  const caption = line('Fig. 2. Two states of the configuration discussed in this section.', 0.283, 0.245, 0.755);
  const data = pdf([{ page: 1, lines: [...body(0.05, 3), subs, caption, ...body(0.32, 4)], images }]);
  const doc = readPdfDocument(data, 'hand-made.pdf');

  it('"(a) …" under a picture is its caption, not a list item', () => {
    const typed = doc.elements.filter((e) => /^\(|^Fig/.test(e.text)).map((e) => [e.type, e.text]);
    expect(typed).toEqual([
      ['image_caption', '(a) Before the change.'],
      ['image_caption', '(b) After the change.'],
      ['image_caption', 'Fig. 2. Two states of the configuration discussed in this section.'],
    ]);
  });

  it('each is linked to its own picture', () => {
    const result = finish(doc, reconstruct(doc, resolveEngineOptions(undefined)), { summaries: false });
    const ref = (text: string) => doc.elements.find((e) => e.text === text)?.ref;
    const links = new Map(result.structure.captions.map((c) => [c.caption, c.target]));
    expect(links.get(ref('(a) Before the change.') ?? '')).toBe('/pages/0/images/0');
    expect(links.get(ref('(b) After the change.') ?? '')).toBe('/pages/0/images/1');
  });

  it('a list item "(a) …" with no picture above it stays a list item', () => {
    const plain = readPdfDocument(
      pdf([{ page: 1, lines: [...body(0.05, 3), line('(a) Before the change.', 0.3, 0.12, 0.4)], images: [] }]),
      'x.pdf',
    );
    expect(plain.elements.find((e) => e.text.startsWith('(a)'))?.type).toBe('list_item');
  });
});

describe('the PDF adapter: bold lines that read on', () => {
  const bold = (text: string, top: number) => line(text, top, 0.105, 0.3, { bold: true });
  const data = pdf([
    {
      page: 1,
      lines: [
        ...body(0.05, 3),
        bold('Installation', 0.12),
        ...body(0.14, 3),
        bold('ACM Reference Format:', 0.22),
        ...body(0.24, 2),
        bold('A. optional arguments:', 0.27),
        ...body(0.285, 1),
        bold('Require: n ≥ 1', 0.3),
        line('1: i ← 0', 0.317, 0.105, 0.2),
        bold('6: else', 0.334),
        line('(b) Stability and security of OS', 0.35, 0.12, 0.4, { fontSize: 12 }),
        ...body(0.36, 3),
      ],
      images: [],
    },
  ]);
  const doc = readPdfDocument(data, 'hand-made.pdf');
  const typeOf = (text: string) => doc.elements.find((e) => e.text === text)?.type;

  it('a bold title is a title candidate, a numbered one ending in a colon too', () => {
    expect(typeOf('Installation')).toBe('title');
    expect(typeOf('A. optional arguments:')).toBe('title');
  });

  it('a lead-in ending in a colon, a label and its value, an algorithm step are not', () => {
    // (the algorithm's lines are one block: test/pdf/adapter-layout.test.ts)
    expect([typeOf('ACM Reference Format:'), typeOf('Require: n ≥ 1\n1: i ← 0\n6: else')]).toEqual(['text', 'text']);
    expect(
      readPdfDocument(pdf([{ page: 1, lines: [...body(0.05, 3), bold('6: else', 0.12)], images: [] }]), 'x.pdf')
        .elements[1]?.type,
    ).toBe('text');
  });

  it('an "(b) …" item set larger than the body is no title (text: list items are body-size)', () => {
    expect(typeOf('(b) Stability and security of OS')).toBe('text');
  });
});

describe('the PDF adapter: a reference list', () => {
  const data = pdf([
    {
      page: 1,
      lines: [
        ...body(0.05, 3),
        line('[4] Hana Novak and Ada Marsh, “Cherry-pick templates,” IEEE Software,', 0.2, 0.094, 0.49),
        line('vol. 5, pp. 137–364, 2022.', 0.217, 0.118, 0.26),
        line('[5] Elif Demir and Hana Novak, “debian/rules,” J. of Systems and Software,', 0.234, 0.094, 0.49),
        line('vol. 9, pp. 53–596, 2004.', 0.251, 0.118, 0.25),
      ],
      images: [],
    },
  ]);
  const doc = readPdfDocument(data, 'hand-made.pdf');

  it('keeps each entry\'s hanging lines on it: "vol. 5, pp. …" is no list item of its own', () => {
    const items = doc.elements.filter((e) => e.type === 'list_item').map((e) => e.text);
    expect(items).toEqual([
      '[4] Hana Novak and Ada Marsh, “Cherry-pick templates,” IEEE Software, vol. 5, pp. 137–364, 2022.',
      '[5] Elif Demir and Hana Novak, “debian/rules,” J. of Systems and Software, vol. 9, pp. 53–596, 2004.',
    ]);
  });
});

describe('the PDF adapter: footnotes under a footnote rule', () => {
  const small = (text: string, top: number, x0 = 0.094, spans?: [number, number, string][]) =>
    line(text, top, x0, 0.906, { fontSize: 8.97, ...(spans ? { spans } : {}) });
  const paragraph = (top: number, last: string) => [...body(top, 4), line(last, top + 4 * 0.017, 0.094, 0.906)];
  const data = pdf([
    {
      page: 1,
      lines: [
        ...paragraph(0.62, 'and the upload goes to the archive once the package builds cleanly and the'),
        small('1Debhelper package provides a set of useful scripts in order to simplify Debian’s pack-', 0.81, 0.11, [
          [0.11, 0.116, '1'],
          [0.117, 0.906, 'Debhelper package provides a set of useful scripts in order to simplify Debian’s pack-'],
        ]),
        small('aging workflow and reduce the burden of package maintainers, and you should use', 0.824),
      ],
      images: [],
      rules: [[0.094, 0.8, 0.25, 0.8005]],
    },
    {
      page: 2,
      lines: [
        line('lintian checks report nothing, after which the sponsor signs the upload for you.', 0.05, 0.094, 0.7),
        ...body(0.1, 4),
        small('it as your package’s build dependency.', 0.841),
      ],
      images: [],
      rules: [[0.094, 0.83, 0.25, 0.8305]],
    },
  ]);
  const doc = readPdfDocument(data, 'hand-made.pdf');
  const feet = doc.elements.filter((e) => e.type === 'page_footnote');

  it('are footnotes, their mark read apart from the text', () => {
    expect(feet.map((e) => [e.page, e.text.slice(0, 22)])).toEqual([
      [1, '1 Debhelper package pr'],
      [2, 'it as your package’s b'],
    ]);
  });

  it('so the paragraph cut by the page break, and the footnote, each go on over it', () => {
    const result = finish(doc, reconstruct(doc, resolveEngineOptions(undefined)), { summaries: false });
    const text = (ref: string) => doc.elements.find((e) => e.ref === ref)?.text.slice(0, 12);
    const merges = result.structure.paragraphMerges.map((g) => g.map(text));
    expect(merges).toContainEqual(['The package ', 'lintian chec']);
    expect(merges).toContainEqual(['1 Debhelper ', 'it as your p']);
  });

  it('a small-font block with no footnote rule above it is text', () => {
    const plain = readPdfDocument(pdf([{ ...data.pages[0], rules: [] }]), 'x.pdf');
    expect(plain.elements.filter((e) => e.type === 'page_footnote')).toEqual([]);
  });
});

describe('the PDF adapter: lines at the body leading', () => {
  // a CJK font's line box is short against the 1.5-line spacing of the Office corpus's Chinese documents
  const spaced = (text: string, top: number) =>
    line(text, top, 0.116, 0.884, { fontSize: 12, bbox: [0.116, top, 0.884, top + 0.015] });
  const para = (top: number, n: number, word: string) =>
    Array.from({ length: n }, (_, i) =>
      spaced(`${word} line ${i} of a paragraph set with wide spacing between its lines`, top + i * 0.027),
    );
  const data = pdf([
    {
      page: 1,
      lines: [
        ...para(0.1, 6, 'first'),
        ...para(0.1 + 5 * 0.027 + 0.035, 6, 'second'),
        spaced('• an item set at the body leading', 0.5),
        spaced('• the next item, no wider gap before it', 0.527),
      ],
      images: [],
    },
  ]);
  const doc = readPdfDocument(data, 'hand-made.pdf');

  it('are one paragraph; a wider gap still ends it; a new bullet opens a new item', () => {
    expect(doc.elements.map((e) => [e.type, e.text.slice(0, 14), e.hints?.lineCount])).toEqual([
      ['text', 'first line 0 o', 6],
      ['text', 'second line 0 ', 6],
      ['list_item', '• an item set ', 1],
      ['list_item', '• the next ite', 1],
    ]);
  });
});

describe('the PDF adapter: a first page with a byline', () => {
  const centred = (text: string, top: number, fontSize: number, bold = false) =>
    line(text, top, 0.3, 0.7, { fontSize, bold, fontName: bold ? 'LMRoman12-Bold' : 'LMRoman12-Regular' });
  const data = pdf([
    {
      page: 1,
      lines: [
        centred('Packaging Workflows in Practice', 0.1, 17.28),
        centred('Priya Ramanathan  Jonas Weber', 0.16, 11.96),
        centred('October 2018', 0.2, 11.96),
        line('1 Introduction', 0.26, 0.094, 0.3, { fontSize: 14.35, bold: true, fontName: 'LMRoman12-Bold' }),
        ...body(0.3, 8),
        line('1.1 Background', 0.45, 0.094, 0.3, { fontSize: 11.96, bold: true, fontName: 'LMRoman12-Bold' }),
        ...body(0.48, 6),
      ],
      images: [],
    },
  ]);
  const doc = readPdfDocument(data, 'hand-made.pdf');

  it('the authors and the date under the title are text; the sections after them are title candidates', () => {
    const titles = doc.elements.filter((e) => e.type === 'title').map((e) => e.text);
    expect(titles).toEqual(['Packaging Workflows in Practice', '1 Introduction', '1.1 Background']);
    expect(doc.elements.find((e) => e.text === 'October 2018')?.type).toBe('text');
  });
});

describe('the PDF adapter: a display equation and its number', () => {
  const eq = line('x = y + 1 (2)', 0.3, 0.2, 0.49, {
    spans: [
      [0.2, 0.3, 'x = y + 1'],
      [0.46, 0.49, '(2)'],
    ],
  });
  const doc = readPdfDocument(pdf([{ page: 1, lines: [...body(0.1, 4), eq, ...body(0.33, 4)], images: [] }]), 'x.pdf');

  it('stay one line: "(2)" far right of it is no block of its own (a page number to the furniture stage)', () => {
    expect(doc.elements.some((e) => e.text === '(2)')).toBe(false);
    expect(doc.elements.some((e) => e.text === 'x = y + 1 (2)')).toBe(true);
  });
});
