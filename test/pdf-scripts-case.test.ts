// Evidence from the source PDF that read wrong before session 15 (issue #14, `--pdf` worse than without on the
// data engine's train split): CJK type set to a fraction of the Latin size (LuaTeX-ja), revtex's capitals and
// mixed-case headings in one bold font, a sidebar's bold title after a full stop, and the rest of a list item
// at the paragraph indent. Hand-made inputs imitating what the PDF reader gives.
import { describe, expect, it } from 'vitest';
import type { PdfHints } from '../src/model/element.js';
import { cjkScale, rescaleCjk, runScript, type ScriptedLine } from '../src/pdf/scripts.js';
import { detectFurniture } from '../src/stages/furniture.js';
import { fontKindOf, letterCase, numberedKeyByPdfFont } from '../src/stages/headings/kind-maps.js';
import type { Candidate } from '../src/stages/headings/types.js';
import { oneLineParagraphsFlush } from '../src/stages/text-merge/layout.js';
import { mergeTextFragments } from '../src/stages/text-merge.js';
import { parseNumbering } from '../src/text/numbering.js';
import { col, input, makeDoc, type Spec } from './helpers/doc.js';
import { headingsOf } from './helpers/headings.js';

describe('CJK type on the Latin scale', () => {
  // ltjsarticle: the Japanese font at 0.924 of the nominal size; "1 logcheck を使った…" mixes both scripts.
  const mixed = (latin: number) => ({ fontSize: latin, scripts: { cjk: latin * 0.925, latin } });

  it('reads the scale off mixed lines that agree, and sets CJK lines on the Latin scale', () => {
    const lines: ScriptedLine[] = [
      ...[15.71, 13.09, 9.96, 9.96, 9.96, 9.96].map(mixed),
      { fontSize: 14.53, cjk: true }, // "監視活動", a \section in Japanese alone
      { fontSize: 9.96 }, // a Latin line
    ];
    expect(cjkScale(lines.flatMap((l) => (l.scripts ? [l.scripts] : [])))).toBeCloseTo(0.925, 3);
    rescaleCjk(lines);
    expect(lines[6].fontSize).toBeCloseTo(15.71, 1);
    expect(lines[7].fontSize).toBe(9.96);
    expect(lines.some((l) => l.scripts)).toBe(false);
  });

  it('leaves sizes alone when mixed lines are too few, disagree, or show no scaling (xeCJK sets both alike)', () => {
    expect(cjkScale([15.71, 13.09, 9.96].map((s) => mixed(s).scripts))).toBeUndefined();
    expect(cjkScale([1, 1, 1, 1, 1, 1].map((_, i) => ({ cjk: 10, latin: 10 + i })))).toBeUndefined();
    expect(cjkScale([1, 1, 1, 1, 1].map(() => ({ cjk: 10, latin: 10 })))).toBeUndefined();
    const lines: ScriptedLine[] = [{ fontSize: 10, cjk: true, scripts: { cjk: 10, latin: 10 } }];
    rescaleCjk(lines);
    expect(lines[0]).toEqual({ fontSize: 10, cjk: true });
  });

  it('tells a run CJK by any CJK character, Latin by letters or digits, else neither', () => {
    expect(runScript('を使ったログ監視')).toBe('cjk');
    expect(runScript('1 logcheck ')).toBe('latin');
    expect(runScript(' · ')).toBeUndefined();
  });
});

describe('headings in one PDF font, told apart by letter case (revtex)', () => {
  const font = (bold = true): PdfHints => ({
    textLayer: true,
    fontSize: 8.97,
    bold,
    italic: !bold,
    lineCount: 1,
    match: 1,
    fontName: bold ? 'LMRoman9-Bold' : 'LMRoman9-Italic',
  });
  const head = (text: string, page: number, bold = true): Spec => ({
    page,
    type: 'title',
    text,
    hints: { pdf: font(bold) },
  });
  const body = (page: number): Spec => ({
    page,
    type: 'text',
    text: 'Body text of the section, long enough to be a paragraph of its own, and then some more words.',
    bbox: col(0.5, 0.56),
  });
  const doc: Spec[] = [
    { page: 1, type: 'title', text: 'Automated Installation', hints: { pdf: { ...font(), fontSize: 11.96 } } },
    body(1),
    head('I. FULLY AUTOMATIC INSTALLER (FAI)', 1),
    body(1),
    head('PRESEEDING DEBIAN-INSTALLER', 2), // its "II." lost by the parser
    body(2),
    head('A. Using a Preseed File', 2),
    body(2),
    head('B. Creating a Preseed File', 3),
    body(3),
    head('1. Booting From the Network', 3, false),
    body(3),
    head('2. Preparing a Bootable USB Key', 4, false),
    body(4),
    head('III. SIMPLE-CDD: THE ALL-IN-ONE SOLUTION', 4),
    body(4),
    head('OTHER METHODS OF AUTOMATION', 5),
    body(5),
  ];

  it('keys an unnumbered heading in capitals to the capital kind of its font, not the mixed-case one', () => {
    const r = headingsOf(makeDoc(doc));
    const level = (i: number) => r.levels.get(i);
    expect([level(0), level(2), level(4), level(6), level(8), level(10), level(12), level(14), level(16)]).toEqual([
      1, 2, 2, 3, 3, 4, 4, 2, 2,
    ]);
  });

  // The kind maps themselves: what the walk above does not need (its capitals reach the top by their case habit)
  // but a parser's boxes can hide (revtex's apt chapter, Unstructured: every heading one size class).
  const candidate = (text: string, key?: string, bold = true) =>
    ({ el: { text, hints: { pdf: font(bold) } }, numbering: parseNumbering(text), key }) as unknown as Candidate;

  it('maps a font shared by two numbered kinds to each kind by letter case', () => {
    const byFont = numberedKeyByPdfFont([
      candidate('I. FULLY AUTOMATIC INSTALLER (FAI)', 'outline:1'),
      candidate('A. Using a Preseed File', 'outline:2'),
      candidate('B. Creating a Preseed File', 'outline:2'),
      candidate('III. SIMPLE-CDD: THE ALL-IN-ONE SOLUTION', 'outline:1'),
    ]);
    expect(byFont.get('LMRoman9-Bold@8.97')).toBeUndefined();
    expect(fontKindOf(candidate('PRESEEDING DEBIAN-INSTALLER'), byFont)?.key).toBe('outline:1');
    expect(fontKindOf(candidate('Using the preseed file'), byFont)?.key).toBe('outline:2');
  });

  it('gives a font of one numbered kind its letter case, which an unnumbered heading in the other case lacks', () => {
    const byFont = numberedKeyByPdfFont([
      candidate('A. Syntax', 'outline:2'),
      candidate('B. Repositories for Stable Users', 'outline:2'),
    ]);
    const kind = fontKindOf(candidate('FILLING IN THE SOURCES.LIST FILE'), byFont);
    expect(kind).toEqual({ key: 'outline:2', letterCase: 'mixed' });
    expect(letterCase(candidate('FILLING IN THE SOURCES.LIST FILE'))).toBe('caps');
    // one word tells no style: an acronym or a one-word title
    expect(letterCase(candidate('ACKNOWLEDGMENTS'))).toBeUndefined();
    expect(letterCase(candidate('A. Syntax'))).toBeUndefined();
  });
});

describe('text merges with the PDF’s line evidence', () => {
  const pdf = (extra: Partial<PdfHints>): PdfHints => ({ textLayer: true, fontSize: 11.96, match: 1, ...extra });
  // Paragraphs indented by the document's habit (their first lines show it).
  const para = (page: number, y: number, text: string): Spec => ({
    page,
    type: 'text',
    text,
    bbox: col(y, y + 0.08),
    hints: {
      firstLineIndent: 0.06,
      lineCount: 4,
      pdf: pdf({ firstLineIndent: 0.06, lineCount: 4, lastLineFill: 0.5 }),
    },
  });
  const zh = '这是一个很长的段落，用来说明文档的段落首行缩进的习惯，并且足够长以便被视为正文的段落。';

  it('keeps a bold run-in head ending in a question mark (a sidebar title) apart from the paragraph before', () => {
    const specs: Spec[] = [
      para(1, 0.1, zh),
      para(1, 0.3, zh),
      para(1, 0.5, zh),
      {
        page: 1,
        type: 'text',
        text: `${zh}通常的，Debian 会与社区合作而不是独立工作。`,
        bbox: col(0.8, 0.9),
        hints: { lineCount: 2, firstLineIndent: 0.06, pdf: pdf({ lineCount: 2, lastLineFill: 0.93 }) },
      },
      {
        page: 2,
        type: 'text',
        text: `社区上游作者，或是 Debian 开发者？${zh}`,
        bbox: col(0.1, 0.2),
        hints: {
          lineCount: 3,
          firstLineIndent: 0,
          pdf: pdf({
            lineCount: 3,
            firstLineIndent: 0,
            lastLineFill: 0.4,
            boldLead: '社区上游作者，或是 Debian 开发者？',
          }),
        },
      },
      para(2, 0.3, zh),
      para(2, 0.5, zh),
    ];
    const run = (s: Spec[]) => {
      const i = input(makeDoc(s));
      return mergeTextFragments(i, detectFurniture(i));
    };
    const r = run(specs);
    const pair = r.decisions.find((d) => d.stage === 'text-merge' && d.ids[0] === 3 && d.ids[1] === 4);
    expect(pair?.features?.map((f) => f.id)).toContain('text-merge.bold-lead-opens');
    expect(r.groups.some((g) => g.includes(3) && g.includes(4))).toBe(false);
    // the same break without the bold head: the flush first line and the CJK run-on join it
    const plain = structuredClone(specs);
    delete plain[4].hints!.pdf!.boldLead;
    expect(run(plain).groups.some((g) => g.includes(3) && g.includes(4))).toBe(true);
  });

  it('reads a one-line list item at the paragraph indent as the item’s text indent, not a paragraph opening', () => {
    // ctexbook: "—Chaos!", the rest of a list item on the next page, at the item's text indent (= the paragraph indent)
    const doc = makeDoc([
      ...[0.1, 0.3, 0.5].map((y) => ({ ...para(1, y, zh), bbox: col(y, y + 0.08) })),
      { page: 2, type: 'list_item', text: '—Chaos!', bbox: [0.148, 0.1, 0.3, 0.12], hints: { lineCount: 1 } },
      { page: 2, type: 'text', text: '这是一行。', bbox: [0.148, 0.2, 0.3, 0.22], hints: { lineCount: 1 } },
    ]);
    // every block 0.048 in from the edge: the paragraph indent (0.06 of a 0.8 wide column)
    const flush = oneLineParagraphsFlush(() => 0.048, doc.elements, true);
    expect(flush.indentOf(doc.elements[3])).toBe(0.048);
    expect(flush.oneLineIndented(doc.elements[3])).toBe(false);
    expect(flush.indentOf(doc.elements[4])).toBe(0);
    expect(flush.oneLineIndented(doc.elements[4])).toBe(true);
  });

  it('takes no flush first line as evidence after a heading typed as text (LaTeX sets the next paragraph flush)', () => {
    const en = 'Body text of the section that is long enough to be a paragraph, and then some more words follow here.';
    const specs: Spec[] = [
      para(1, 0.1, en),
      para(1, 0.3, en),
      para(1, 0.5, en),
      {
        page: 1,
        type: 'text',
        text: '1.1.6 reprotest',
        bbox: col(0.7, 0.72),
        hints: { lineCount: 1, pdf: pdf({ lineCount: 1, bold: true }) },
      },
      {
        page: 2,
        type: 'text',
        text: `reprotest builds the same source code twice. ${en}`,
        bbox: col(0.73, 0.8),
        hints: { lineCount: 3, firstLineIndent: 0, pdf: pdf({ lineCount: 3, fontSize: 9.96, firstLineIndent: 0 }) },
      },
      para(2, 0.1, en),
    ];
    // Mistral OCR: no boxes at all
    const i = input(makeDoc(specs.map((x) => ({ ...x, bbox: null }))));
    const r = mergeTextFragments(i, detectFurniture(i));
    const pair = r.decisions.find((d) => d.stage === 'text-merge' && d.ids[0] === 3 && d.ids[1] === 4);
    expect(pair?.features?.map((f) => f.id) ?? []).not.toContain('text-merge.first-line-flush');
  });

  it('keeps a description list’s next bold term apart when the fragment before opened with one (LaTeX description)', () => {
    const entry = (page: number, y: number, term: string, text: string, bbox = col(y, y + 0.06)): Spec => ({
      page,
      type: 'text',
      text: `${term} ${text}`,
      bbox,
      hints: { lineCount: 3, firstLineIndent: 0, pdf: pdf({ lineCount: 3, firstLineIndent: 0, boldLead: term }) },
    });
    const specs: Spec[] = [
      para(1, 0.1, zh),
      para(1, 0.3, zh),
      para(1, 0.5, zh),
      entry(
        1,
        0.82,
        'subdir',
        'Group based on the part of the Section field after the last /, or on the entire field.',
      ),
      entry(2, 0.1, 'subdirs', 'group based on the part of the Section field after the first /, and so on.'),
      para(2, 0.3, zh),
      para(2, 0.5, zh),
    ];
    const i = input(makeDoc(specs));
    const r = mergeTextFragments(i, detectFurniture(i));
    const pair = r.decisions.find((d) => d.stage === 'text-merge' && d.ids[0] === 3 && d.ids[1] === 4);
    expect(pair?.features?.map((f) => f.id)).toContain('text-merge.bold-lead-opens');
    expect(r.groups.some((g) => g.includes(3) && g.includes(4))).toBe(false);
  });
});
