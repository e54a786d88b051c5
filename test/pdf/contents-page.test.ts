// A contents page in a PDF input (src/pdf/gaps.ts `contentsEdge`): lines as debmake-doc.en.pdf's page 4 gives them
// (/usr/share/doc/debmake-doc, DocBook via dblatex): each chapter's entry set bold without dot leaders, its page
// number far right at the edge where the sections' dotted entries end. Cut at the wide gap, the chapter's title
// stood alone ("1 Overview", a numbered bold line: a heading) and its number apart; on the real PDF (outline as the
// gold) the eight chapter entries were eight extra headings in each of the six languages.
import { describe, expect, it } from 'vitest';
import { readPdfDocument } from '../../src/adapters/pdf.js';
import { resolveEngineOptions } from '../../src/options.js';
import type { PdfData, PdfLine } from '../../src/pdf/read.js';
import { finish, reconstruct } from '../../src/pipeline.js';

const W = 595;
const H = 842;
const RIGHT = 0.905;

function line(spans: [number, number, string][], top: number, fontSize: number, bold = false): PdfLine {
  return {
    text: spans.map((s) => s[2]).join(' '),
    bbox: [spans[0][0], top, spans[spans.length - 1][1], top + 0.013],
    fontSize,
    fontName: bold ? 'LiberationSerif-Bold' : 'LiberationSerif',
    bold,
    italic: false,
    spans,
  };
}

const chapter = (title: string, page: string, top: number) =>
  line(
    [
      [0.143, 0.143 + title.length * 0.009, title],
      [RIGHT - 0.008 * page.length, RIGHT, page],
    ],
    top,
    9.96,
    true,
  );
const section = (title: string, page: string, top: number) =>
  line([[0.168, RIGHT, `${title} . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ${page}`]], top, 9.96);

function contentsPdf(withLeaders: boolean): PdfData {
  const lines = [
    line([[0.143, 0.302, 'Contents']], 0.071, 24.79, true),
    chapter('1 Overview', '1', 0.161),
    chapter('2 Prerequisites', '3', 0.187),
    ...(withLeaders
      ? [
          section('2.1 People around Debian', '3', 0.201),
          section('2.2 How to contribute', '4', 0.215),
          section('2.3 Social dynamics of Debian', '4', 0.229),
        ]
      : []),
    chapter('3 Tool Setups', '9', 0.34),
  ];
  const body = Array.from({ length: 12 }, (_, i) =>
    line(
      [[0.143, RIGHT, `Here is a summary of the commands that build the Debian binary package, line ${i}.`]],
      0.1 + i * 0.016,
      9.96,
    ),
  );
  const pages = [
    { page: 1, lines },
    { page: 2, lines: [line([[0.143, 0.3, '1 Overview']], 0.08, 20.74, true), ...body] },
  ].map((p) => ({ ...p, width: W, height: H, images: [], hasText: true }));
  return { path: 'contents.pdf', pageCount: 2, pages, outline: [], warnings: [] };
}

describe('a contents page in a PDF input', () => {
  it('keeps each entry’s page number on its line where dotted entries end at the same edge', () => {
    const texts = readPdfDocument(contentsPdf(true), 'contents.pdf')
      .elements.filter((e) => e.page === 1)
      .map((e) => e.text);
    expect(texts).toContain('1 Overview 1');
    expect(texts).toContain('3 Tool Setups 9');
    expect(texts).not.toContain('1 Overview');
  });

  it('so the entries are the contents, not headings; the chapter on page 2 is the heading', () => {
    const doc = readPdfDocument(contentsPdf(true), 'contents.pdf');
    const s = finish(doc, reconstruct(doc, resolveEngineOptions(undefined)), { summaries: false }).structure;
    const headed = new Set(s.headings.map((h) => h.ref));
    const heads = doc.elements.filter((e) => headed.has(e.ref)).map((e) => `${e.page} ${e.text}`);
    expect(heads).toContain('2 1 Overview');
    expect(heads.filter((h) => h.startsWith('1 ') && /Overview|Prerequisites|Tool Setups/.test(h))).toEqual([]);
  });

  it('cuts such a line at the gap on a page without dotted entries (a running head and its page number)', () => {
    const texts = readPdfDocument(contentsPdf(false), 'contents.pdf')
      .elements.filter((e) => e.page === 1)
      .map((e) => e.text);
    expect(texts).toContain('1 Overview');
    expect(texts).toContain('1');
  });
});
