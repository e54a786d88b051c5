// The source PDF at a page break: line boxes (src/stages/text-merge/pdf-line-boxes.ts) and fonts (code.ts `pdfMonospaced`). The elements carry the hints
// `--pdf` gave the real cases (session 23, LaTeX corpus documents built with bookmarks; their texts are the
// Debian Administrator's Handbook's, GPL/CC-BY-SA, so only the measured numbers are copied here; the texts are our own).
import { describe, expect, it } from 'vitest';
import type { Element, PdfHints } from '../../src/model/element.js';
import type { ContinuationContext } from '../../src/stages/text-merge/context.js';
import { continuationScore } from '../../src/stages/text-merge/features.js';

const el = (
  ref: string,
  page: number,
  text: string,
  pdf: Omit<PdfHints, 'textLayer'>,
  firstLineIndent?: number,
): Element => ({
  id: page,
  ref,
  page,
  type: 'text',
  sourceType: 'text',
  text,
  bbox: null,
  hints: { pdf: { textLayer: true, match: 1, ...pdf }, lineCount: pdf.lineCount, firstLineIndent },
});
const withBox = (e: Element, bbox: [number, number, number, number]): Element => ({ ...e, bbox });
// Both at a page break: the first fragment ends its page low, the next opens its page; the class indents paragraphs.
const atBreak: ContinuationContext = { aEndsColumnLow: true, bStartsColumn: true, paragraphsIndented: true };
const ids = (a: Element, b: Element) => continuationScore(a, b, atBreak).features.map((f) => f.id);
const score = (a: Element, b: Element) => continuationScore(a, b, atBreak).score;

describe('a flush first line the class sets so says nothing', () => {
  it('a box title in bold after a finished paragraph (ctexart × MinerU: a sidebar’s bold title opens the next page)', () => {
    // FandolSong 9.96 pt, two lines, last 0.815 full; the box opens flush with a bold lead (gold: no link).
    const a = el('/15', 2, '文件的权限很容易理解：读取就是允许看它的内容，而运行就是执行它。', {
      fontSize: 9.96,
      lineCount: 2,
      lastLineFill: 0.815,
      firstLineIndent: 0.058,
    });
    const b = el(
      '/19',
      3,
      '安全特殊的权限 Some rights matter for programs only.',
      {
        fontSize: 9.96,
        lineCount: 7,
        lastLineFill: 0.164,
        firstLineIndent: 0,
        boldLead: '安全特殊的权限',
      },
      0,
    );
    expect(ids(a, b)).toContain('text-merge.pdf-flush-house-style');
    expect(ids(a, b)).not.toContain('text-merge.first-line-flush');
    expect(score(a, b)).toBeLessThan(0.5);
  });

  it('a footnote in smaller type ending the page, the body going on at the next (report × MinerU)', () => {
    // The note at 8.97 pt; the next page's body (10.91 pt) resumes the paragraph above the note.
    const a = el('/40', 4, '1 A display manager starts the graphical session. The data then go to the server.', {
      fontSize: 8.97,
      lineCount: 13,
      lastLineFill: 0.967,
      firstLineIndent: 0,
    });
    const b = el(
      '/44',
      5,
      'ing the passphrase each time. An agent can keep the key.',
      { fontSize: 10.91, lineCount: 7, lastLineFill: 0.967, firstLineIndent: 0 },
      0,
    );
    expect(ids(a, b)).toContain('text-merge.pdf-flush-house-style');
    expect(score(a, b)).toBeLessThan(0.5);
  });
});

describe('a flush first line after a display formula or between description entries says nothing (session 24)', () => {
  it('after a display formula the parser typed as text (amsart × dots.ocr and MinerU)', () => {
    // The formula's lines are math fonts (LMMathItalic8, matched 0.435: not trusted); the next page opens flush on a
    // sidebar "VOCABULARY …" in LMRoman12-Regular 11.96 pt, matched 1 (gold: no link; every display formula of the
    // fresh sets stands alone in the gold).
    const a = el('/12', 2, 'n ∑ (1) a = w x + b i ij j i j=1', { fontSize: 7.97, lineCount: 3, match: 0.435 });
    const b = el(
      '/2',
      3,
      'GLOSSARY The stable, testing and unstable suites. Each suite holds the packages of one state.',
      { fontSize: 11.96, lineCount: 4, lastLineFill: 0.793, firstLineIndent: 0 },
      0,
    );
    expect(ids(a, b)).toContain('text-merge.pdf-flush-house-style');
    expect(ids(a, b)).not.toContain('text-merge.first-line-flush');
    expect(score(a, b)).toBeLessThan(0.5);
  });
  it('two entries of a description list, each opening flush with a file name (elsarticle × three formats)', () => {
    // LMRoman10-Regular 9.96 pt both; the first entry ends its column, its first line flush (0), the next opens the
    // next column flush (gold: two entries).
    const a = el(
      '/23',
      1,
      'debian/watch. The file that tells the tools where to look for new upstream releases (see Section 5.9)',
      { fontSize: 9.96, lineCount: 2, lastLineFill: 0.801, firstLineIndent: 0 },
      0,
    );
    const b = el(
      '/0',
      2,
      'debian/source/format. The file that names the format of the source package and its version in full.',
      { fontSize: 9.96, lineCount: 4, lastLineFill: 0.601, firstLineIndent: 0 },
      0,
    );
    expect(ids(a, b)).toContain('text-merge.pdf-flush-house-style');
    expect(score(a, b)).toBeLessThan(0.5);
  });
  it('a continuation after a flush paragraph is still read by its flush line', () => {
    const a = el(
      '/23',
      1,
      'debian/watch. The file that tells the tools where to look for new upstream releases and how to',
      { fontSize: 9.96, lineCount: 2, lastLineFill: 1, firstLineIndent: 0 },
      0,
    );
    const b = el(
      '/0',
      2,
      'Check them with uscan before each upload.',
      { fontSize: 9.96, lineCount: 1, firstLineIndent: 0 },
      0,
    );
    expect(ids(a, b)).toContain('text-merge.first-line-flush');
  });
});

describe('a sentence ending at a full last line, the next page flush: the paragraph goes on', () => {
  const a = (fill: number) =>
    el('/30', 3, 'The administrator sets the rights of each file. The rights are kept in the inode.', {
      fontSize: 9.96,
      lineCount: 6,
      lastLineFill: fill,
      firstLineIndent: 0.047,
    });
  const b = el(
    '/33',
    4,
    'Each file has an owner and a group.',
    { fontSize: 9.96, lineCount: 3, firstLineIndent: 0 },
    0,
  );
  it('joins when the PDF says the last line runs to the edge', () => {
    expect(ids(a(1), b)).toContain('text-merge.pdf-full-line-flush-next');
    expect(score(a(1), b)).toBeGreaterThanOrEqual(0.5);
  });
  it('keeps them apart when the last line stops short of the edge', () => {
    expect(ids(a(0.9), b)).not.toContain('text-merge.pdf-full-line-flush-next');
    expect(score(a(0.9), b)).toBeLessThan(0.5);
  });
});

describe("a listing's CJK comments in the CJK font (text-merge/code.ts, jlreq × every format)", () => {
  // A zone file cut by the page: the first part's characters are mostly its Japanese comments, set in
  // HaranoAjiMincho (no monospaced Latin font has their glyphs); the rest on the next page is in LMMono9 (gold: one listing).
  // (boxes as the parser gave them: at the foot of one page, the head of the next)
  const a = withBox(
    el(
      '/11',
      1,
      'server1 IN A 198.51.100.19\nserver1 IN AAAA 2001:DB8:1000:2000::19\n; 一部のクライアントは IPv6 に問題があるので IPv4 アドレスだけを使う',
      { fontSize: 8.97, lineCount: 4, lastLineFill: 1, firstLineIndent: 0, fontName: 'HaranoAjiMincho-Regular' },
      0,
    ),
    [0.12, 0.86, 0.88, 0.93],
  );
  const b = withBox(
    el(
      '/15',
      2,
      'turn-server IN A 198.51.100.19\n_xmpp-server._tcp IN SRV 5 0 5269 xmpp-gw.falcot.com.',
      { fontSize: 8.97, lineCount: 17, lastLineFill: 0.836, firstLineIndent: 0, fontName: 'LMMono9-Regular' },
      0,
    ),
    [0.12, 0.08, 0.88, 0.3],
  );
  it('reads both sides as one listing, not code and prose', () => {
    expect(ids(a, b)).not.toContain('text-merge.code-and-prose');
    expect(score(a, b)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a lead-in in a Latin proportional font after a listing, CJK words in it (text-merge/code.ts, session 24)', () => {
  // ctexbook × dots.ocr, MinerU, PaddleOCR (seed 7419, train): a listing in LMMono10 ends its page; the next opens on
  // the lead-in of the next listing, its Latin characters (most of them) in LMRoman12, its Chinese words in FandolSong
  // (gold: apart; the text as the parsers read it, a stray stop after the colon). The CJK-comment exception (a listing's comments in a CJK font) had left the font unread.
  const a = withBox(
    el(
      '/7',
      1,
      '$ vim hello-1.0/debian/rules\n... edit, edit, edit ...\n$ cat hello-1.0/debian/rules\n#!/usr/bin/make -f\n%:\n\tdh $@',
      { fontSize: 10.91, lineCount: 6, lastLineFill: 0.406, firstLineIndent: 0.031, fontName: 'LMMono10-Regular' },
      0.031,
    ),
    [0.22, 0.68, 0.52, 0.85],
  );
  const b = (fontName: string) =>
    withBox(
      el(
        '/1',
        2,
        'debian/source/format（维护者版本，v=1.0）：.',
        { fontSize: 11.96, lineCount: 1, fontName },
        undefined,
      ),
      [0.18, 0.16, 0.53, 0.17],
    );
  it('reads code and prose when the Latin characters are in a proportional font', () => {
    expect(ids(a, b('LMRoman12-Regular'))).toContain('text-merge.code-and-prose');
    expect(score(a, b('LMRoman12-Regular'))).toBeLessThan(0.5);
  });
  it('leaves the font unread when it is a CJK font', () => {
    expect(ids(a, b('FandolSong-Regular'))).not.toContain('text-merge.code-and-prose');
  });
});
