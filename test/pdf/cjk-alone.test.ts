// The PDF alone as the input on a Chinese book (ctexbook), in the shapes of a real case (latex-full train,
// ctexbook × handbook "ldap-directory"; hand-made lines and elements here, not the PDF):
//  - a listing with blank lines between its parts, under ctex's leading (a line step of 1.56 em): each blank line
//    left a gap over 1.6 line boxes, which cut the listing into one block per part (src/adapters/pdf.ts);
//  - a paragraph cut at a page's foot whose rest, one line, ends in a footnote's number after a full-width colon
//    ("…使用后面的语法来配置：1"): one "word" (no spaces) and no punctuation read, it was taken for a lone term
//    (`text-merge.single-term`) and kept apart (src/stages/text-merge/pair.ts);
//  - a long table's "续下页" ("continued on the next page") under each of its parts: read as text, they ran on
//    into one another across the pages (src/stages/text-merge/breaks.ts).
import { describe, expect, it } from 'vitest';
import { readPdfDocument } from '../../src/adapters/pdf.js';
import type { PdfData, PdfLine } from '../../src/pdf/read.js';
import { stitchSync } from '../../src/pipeline.js';
import { CONTINUED_NOTE } from '../../src/stages/text-merge/breaks.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const H = 842;
const W = 595;

function line(text: string, top: number, fontName: string, fontSize = 9.96): PdfLine {
  return {
    text,
    bbox: [0.248, top, 0.25 + text.length * 0.0104, top + 0.0126],
    fontSize,
    fontName,
    bold: false,
    italic: false,
  };
}

const STEP = 0.0196; // ctex: 16.5 pt from line to line

/** A page of body text over a listing of three parts, one blank line between them. */
function listingPage(blank: number): PdfData {
  const body = Array.from({ length: 12 }, (_, i) =>
    line(
      'ldap 模块通常插在其它之前，这样会被首先询问。显著的例外是 hosts 服务，因为联系服务器时需要先查询。',
      0.1 + i * STEP,
      'FandolSong-Regular',
      10.91,
    ),
  );
  const parts = [
    ['# the following lines obviate the "+" entry', 'passwd: files ldap', 'shadow: files ldap'],
    ['# consult DNS first, we will need it to resolve the LDAP host', 'hosts: dns ldap'],
    ['# LDAP is nominally authoritative for the following', 'services: ldap [NOTFOUND=return] files'],
  ];
  const code: PdfLine[] = [];
  let top = 0.5;
  for (const part of parts) {
    for (const text of part) {
      code.push(line(text, top, 'LMMono10-Regular'));
      top += STEP;
    }
    top += blank * STEP;
  }
  return {
    path: 'ctexbook.pdf',
    pageCount: 1,
    pages: [{ page: 1, width: W, height: H, lines: [...body, ...code], images: [], hasText: true }],
    outline: [],
    warnings: [],
  };
}

describe('a listing under CJK leading, read from the PDF alone', () => {
  const codeBlocks = (blank: number) =>
    readPdfDocument(listingPage(blank), 'ctexbook.pdf').elements.filter((e) => e.text.startsWith('#'));

  it('goes on over one blank line between its parts', () => {
    const blocks = codeBlocks(1);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].text).toContain('services: ldap [NOTFOUND=return] files');
  });

  it('is cut where more space than a blank line stands', () => {
    expect(codeBlocks(3)).toHaveLength(3);
  });
});

describe('a CJK paragraph cut at a page foot whose rest ends in a footnote number', () => {
  const specs = (rest: string): Spec[] => [
    {
      page: 1,
      type: 'text',
      text: 'ldap 模块通常插在其它之前，这样会被首先询问。显著的例外是 hosts 服务。',
      bbox: [0.2, 0.7, 0.75, 0.8],
    },
    {
      page: 1,
      type: 'text',
      text: '如果 LDAP 服务器被认为是权威的（并且不理会 files 模块使用的本地',
      bbox: [0.2, 0.83, 0.75, 0.845],
    },
    { page: 2, type: 'text', text: rest, bbox: [0.248, 0.162, 0.62, 0.178] },
    {
      page: 2,
      type: 'text',
      text: '服务: ldap [NOTFOUND=return] files. 如果请求的入口在 LDAP 数据库中不存在，那么查询会返回“不存在”的回复。',
      bbox: [0.2, 0.2, 0.75, 0.26],
    },
  ];
  const merged = (rest: string) => {
    const doc = makeDoc(specs(rest));
    return stitchSync(doc, { summaries: false }).structure.paragraphMerges;
  };

  it('runs on into the next page', () => {
    expect(merged('文件），那么服务可以使用后面的语法来配置：1')).toContainEqual(['/1', '/2']);
    expect(merged('文件），那么服务可以使用后面的语法来配置：')).toContainEqual(['/1', '/2']);
  });
});

describe('a long table\'s "续下页" under each of its parts', () => {
  // (the PDF adapter's blocks of the real case ran "续下页" on into the next part's across three pages; the stage
  // reads it as a table's continuation note, which the flow runs around like its table)
  it('is a continuation note, as "续表" and "Continued on next page" are', () => {
    for (const note of ['续下页', '續下頁', '续上页', '续表', 'Continued on next page'])
      expect([note, CONTINUED_NOTE.test(note)]).toEqual([note, true]);
    expect(CONTINUED_NOTE.test('续下页的内容在这里')).toBe(false);
  });
});
