// The outline against the document's numbering and its running heads (session 21, the bookmarked LaTeX set).
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/element.js';
import { matchOutline } from '../../src/pdf/outline.js';
import type { PdfData } from '../../src/pdf/read.js';
import { outlineContradictsNumbering } from '../../src/stages/headings/outline-numbering.js';
import type { Candidate } from '../../src/stages/headings/types.js';
import { parseNumbering } from '../../src/text/numbering.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const pdf = (outline: PdfData['outline'], pageCount = 3): PdfData => ({
  path: 'x.pdf',
  pageCount,
  pages: [],
  outline,
  warnings: [],
});
const BODY = 'The project asks every new maintainer to read the rules, the procedures and the tools first.';

describe('an outline depth holding two decimal ranks (outline-numbering.ts)', () => {
  // elsarticle × every format: an unnumbered \section* ("Learning to Make Packages", no bookmark) holds
  // "0.1. Rules" … "0.3. Tools", which hyperref lifted to depth 1 beside the next numbered section "1. Acceptance
  // Process". Gold: title 1, "Learning…" 2, "0.x" 3, "1." 2, "1.x" 3; the outline's depths gave 0.x and 1.x a level
  // too high or too low (TEDS 1.000 → 0.905 with --pdf).
  const specs: Spec[] = [
    { page: 1, type: 'title', text: 'Becoming a Package Maintainer' },
    { page: 1, type: 'title', text: 'Learning to Make Packages' },
    { page: 1, type: 'title', text: '0.1. Rules' },
    { page: 1, type: 'text', text: BODY },
    { page: 1, type: 'title', text: '0.2. Tools' },
    { page: 1, type: 'text', text: BODY },
    { page: 2, type: 'title', text: '0.2.1. devscripts' },
    { page: 2, type: 'text', text: BODY },
    { page: 2, type: 'title', text: '1. Acceptance Process' },
    { page: 2, type: 'text', text: BODY },
    { page: 3, type: 'title', text: '1.1. Prerequisites' },
    { page: 3, type: 'text', text: BODY },
  ];
  const outline = [
    { title: 'Rules', level: 1, page: 1, index: 0 },
    { title: 'Tools', level: 1, page: 1, index: 1 },
    { title: 'devscripts', level: 2, page: 2, index: 2 },
    { title: 'Acceptance Process', level: 1, page: 2, index: 3 },
    { title: 'Prerequisites', level: 2, page: 3, index: 4 },
  ];
  it('leaves the levels to the numbering, as without the PDF', () => {
    const doc = makeDoc(specs, 3);
    const plain = headingsOf(makeDoc(specs, 3)).levels;
    expect(matchOutline(doc.elements, pdf(outline), [])).toBe(5);
    const levels = headingsOf(doc).levels;
    const byText = (l: Map<number, number>) => specs.map((s, i) => [s.text, l.get(i)]).filter(([, v]) => v);
    expect(byText(levels)).toEqual(byText(plain));
    expect(byText(levels)).toEqual([
      ['Becoming a Package Maintainer', 1],
      ['Learning to Make Packages', 2],
      ['0.1. Rules', 3],
      ['0.2. Tools', 3],
      ['0.2.1. devscripts', 4],
      ['1. Acceptance Process', 2],
      ['1.1. Prerequisites', 3],
    ]);
  });
});

describe('an outline top depth of numbered sections below the top rank alone (outline-numbering.ts)', () => {
  // report × every format (session 22's fresh set, handbook remote-login): the unbookmarked `\chapter*` "Secure
  // Remote Login: SSH" holds "0.1 Key-Based Authentication" … "0.4 …", alone at depth 1 of the outline. Gold:
  // title 1, the starred chapter 2, "0.x" 3; the outline's top depth let no unlisted heading hold them (walk.ts), and
  // they went a level up (0.8 → 0.6 TEDS with --pdf).
  // MinerU's boxes: the chapter's line taller than the sections'; one line of body text under each paragraph
  const box = (y: number, h: number, w = 0.5): [number, number, number, number] => [0.2, y, 0.2 + w, y + h];
  const body = (page: number, y: number): Spec[] => [
    { page, type: 'text', text: BODY, bbox: box(y, 0.05, 0.6) },
    { page, type: 'text', text: `See the ssh manual page, ${page}.`, bbox: box(y + 0.06, 0.013, 0.25) },
  ];
  const specs: Spec[] = [
    { page: 1, type: 'title', text: 'Remote Login', bbox: box(0.1, 0.03, 0.3) },
    ...body(1, 0.2),
    { page: 2, type: 'title', text: 'Secure Remote Login: SSH', bbox: box(0.1, 0.035, 0.45) },
    ...body(2, 0.2),
    { page: 2, type: 'title', text: '0.1 Key-Based Authentication', bbox: box(0.4, 0.018, 0.35) },
    ...body(2, 0.45),
    { page: 3, type: 'title', text: '0.2 Cert-Based Authentication', bbox: box(0.1, 0.018, 0.35) },
    ...body(3, 0.15),
  ];
  const outline = [
    { title: 'Key-Based Authentication', level: 1, page: 2, index: 0 },
    { title: 'Cert-Based Authentication', level: 1, page: 3, index: 1 },
  ];
  it('leaves the levels to the numbering, as without the PDF', () => {
    const doc = makeDoc(specs, 3);
    const plain = headingsOf(makeDoc(specs, 3)).levels;
    expect(matchOutline(doc.elements, pdf(outline), [])).toBe(2);
    const levels = headingsOf(doc).levels;
    const byText = (l: Map<number, number>) => specs.map((s, i) => [s.text, l.get(i)]).filter(([, v]) => v);
    expect(byText(levels)).toEqual(byText(plain));
    expect(byText(levels)).toEqual([
      ['Remote Login', 1],
      ['Secure Remote Login: SSH', 2],
      ['0.1 Key-Based Authentication', 3],
      ['0.2 Cert-Based Authentication', 3],
    ]);
  });
});

describe("a running head and the heading a parser typed as a header, both in the entry's words", () => {
  // ctexart × PaddleOCR: page 6 opens with the running head "2 升级后的清理" (no PDF size of its own) above the
  // section heading PaddleOCR typed header too (FandolSong-Bold 14.35 pt); the entry's depth went to the running
  // head, first in reading order, which then stood as a heading (gold: furniture).
  it('gives the depth to the larger type', () => {
    const doc = makeDoc(
      [
        { page: 1, type: 'header', text: '2 升级后的清理', bbox: [0.2, 0.05, 0.4, 0.07] },
        {
          page: 1,
          type: 'header',
          text: '2 升级后的清理',
          bbox: [0.4, 0.15, 0.6, 0.18],
          hints: { pdf: { textLayer: true, fontSize: 14.35, bold: true, match: 1 } },
        },
        { page: 1, type: 'text', text: 'APT 通常保证干净升级，下载新的和更新的依赖项，或移除冲突软件包。' },
      ],
      1,
    );
    const warnings: Diagnostic[] = [];
    matchOutline(
      doc.elements,
      pdf(
        [
          { title: '升级后的清理', level: 1, page: 1, index: 0 },
          { title: '其他', level: 1, page: 1, index: 1 },
        ],
        1,
      ),
      warnings,
    );
    expect(doc.elements[1].hints?.outlineLevel).toBe(1);
    expect(doc.elements[0].hints?.outlineLevel).toBeUndefined();
  });
});

describe('a numbered title alone at the top depth (outline-numbering.ts)', () => {
  // office-styles × Marker (train/dev): the title "11.5. Samba …" (rank 2) is the outline's only depth-1 entry, its
  // sections "11.5.1. …" at depth 2; a first version took that for sections below the top rank and ranked nothing
  // by the outline (a lost section title, a blank opener, then fell to level 4: 4 cases 1.000 → 0.6–0.94).
  const cand = (text: string, outlineLevel?: number) =>
    ({
      el: { id: 0, page: 1, type: 'title', text, bbox: null, hints: outlineLevel ? { outlineLevel } : {} },
      numbering: parseNumbering(text),
      keyword: false,
      key: '',
    }) as unknown as Candidate;
  it('lets the outline rank; two such sections under an unlisted title do not', () => {
    const office = [cand('11.5. Samba を使ったWindows 共有のセットアップ', 1), cand('11.5.1. Samba サーバ', 2)];
    expect(outlineContradictsNumbering(office)).toBe(false);
    const report = [
      cand('Remote Login'),
      cand('Secure Remote Login: SSH'),
      cand('0.1 Key-Based Authentication', 1),
      cand('0.2 Cert-Based Authentication', 1),
    ];
    expect(outlineContradictsNumbering(report)).toBe(true);
  });
});
