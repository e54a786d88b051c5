// The office kinds (scripts/corpus/office/kinds.ts, `--families datasheet,statement,rules`): datasheets, financial
// statements / statistical releases and insurance rules re-shaped from a hand-made source section, and the gold the
// corpus reader gives a generated table cut over two pages with its head row repeated, a note and a caption under it,
// and a second table with the same head row (read back from hand-made pages shaped as LibreOffice's tagged PDF
// gives them: one TR leaf per printed row, the head row printed again at the top of the next page).
// Needs no LibreOffice.
import { describe, expect, it } from 'vitest';
import type { Block, SourceDoc } from '../scripts/corpus/blocks.js';
import { buildElements } from '../scripts/corpus/build.js';
import { emitDots } from '../scripts/corpus/emit.js';
import type { Layout } from '../scripts/corpus/layout.js';
import { restoreRepeatedHeads } from '../scripts/corpus/office/head-rows.js';
import { KIND_FAMILIES } from '../scripts/corpus/office/kinds.js';
import { FAMILIES, officeDoc } from '../scripts/corpus/office/templates.js';
import type { Leaf, PageData, Run } from '../scripts/corpus/readback.js';
import { makeRng } from '../scripts/corpus/rng.js';

const para = (id: string, text: string): Block => ({ id, kind: 'para', role: 'body', text });

function source(lang: 'en' | 'zh'): SourceDoc {
  const blocks: Block[] = [
    { id: 's0', kind: 'heading', level: 1, text: lang === 'en' ? 'Packaging basics' : '打包基础' },
    para('s1', lang === 'en' ? 'A package holds the files of a program.' : '软件包包含程序的文件。'),
    { id: 's2', kind: 'heading', level: 2, text: lang === 'en' ? 'Source packages' : '源码包' },
  ];
  for (let i = 0; i < 8; i++)
    blocks.push(para(`p${i}`, lang === 'en' ? `Paragraph ${i} of the section.` : `本节第${i}段。`));
  blocks.push({ id: 'i0', kind: 'item', depth: 0, marker: '•', text: lang === 'en' ? 'first point' : '第一点' });
  blocks.push({ id: 's3', kind: 'heading', level: 2, text: lang === 'en' ? 'Binary packages' : '二进制包' });
  for (let i = 8; i < 14; i++)
    blocks.push(para(`p${i}`, lang === 'en' ? `Paragraph ${i} of the section.` : `本节第${i}段。`));
  return {
    id: `src-${lang}-x`,
    source: 'debmake',
    file: 'x.html',
    lang,
    htmlLang: lang,
    title: blocks[0].kind === 'heading' ? blocks[0].text : '',
    bookTitle: 'Guide',
    blocks,
  };
}

type TableBlock = Extract<Block, { kind: 'table' }>;
const tablesOf = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('office kinds: templates', () => {
  it('leaves the default families as they were (the kinds are built only when asked)', () => {
    expect([...FAMILIES]).toEqual(['report', 'form', 'legal']);
    expect([...KIND_FAMILIES]).toEqual(['datasheet', 'statement', 'rules']);
  });

  for (const family of KIND_FAMILIES)
    for (const lang of ['en', 'zh'] as const)
      it(`${family} (${lang}): long generated tables with a head row, notes, one caption side per document`, () => {
        for (let seed = 1; seed <= 6; seed++) {
          const o = officeDoc(source(lang), family, makeRng(seed));
          const blocks = o.doc.blocks;
          expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
          const tables = tablesOf(blocks);
          expect(tables.length).toBeGreaterThan(0);
          for (const t of tables) {
            expect(t.headRows).toHaveLength(1);
            expect(t.bodyRows.length).toBeGreaterThanOrEqual(12);
            expect(t.notes?.length ?? 0).toBeGreaterThan(0);
            for (const r of t.bodyRows) expect(r).toHaveLength(t.headRows[0].length);
          }
          expect(new Set(tables.filter((t) => t.caption).map((t) => !!t.captionBelow)).size).toBe(1);
          // heading levels start at 1 and go down one step at a time
          let last = 0;
          for (const b of blocks)
            if (b.kind === 'heading') {
              expect(b.level).toBeLessThanOrEqual(last + 1);
              last = b.level;
            }
          expect(blocks.find((b) => b.kind === 'heading')?.kind === 'heading' && blocks[0]).toMatchObject({ level: 1 });
          if (family === 'datasheet') expect(o.look).toBe('plain');
        }
      });

  it('rules: articles as headings holding numbered clauses', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const blocks = officeDoc(source('en'), 'rules', makeRng(seed)).doc.blocks;
      let article = 0;
      let clause = 0;
      for (const b of blocks) {
        if (b.kind === 'heading' && b.level === 3) {
          const m = /^(?:ĐIỀU (\d+): [A-Z ]+|Article (\d+)\. \w)/.exec(b.text);
          expect(m, b.text).not.toBeNull();
          article = Number(m?.[1] ?? m?.[2]);
          clause = 0;
        } else if (b.kind === 'para' && b.id.startsWith('p'))
          expect(b.text.startsWith(`${article}.${++clause}. `)).toBe(true);
      }
      expect(article).toBeGreaterThan(3);
    }
    const zh = officeDoc(source('zh'), 'rules', makeRng(1)).doc.blocks;
    expect(zh.some((b) => b.kind === 'heading' && b.text.startsWith('第一条 '))).toBe(true);
    expect(zh.some((b) => b.kind === 'para' && b.text.startsWith('1.1. '))).toBe(true);
  });
});

// --- the corpus reader on a cut table -------------------------------------------------------------------------

const HEAD = ['Parameter', 'Unit', 'Max'];
const BODY = Array.from({ length: 6 }, (_, k) => [`Setting ${k + 1}`, 'mA', `${k + 3}.50`]);
const SECOND = [['Clock rate', 'MHz', '16.0']];

function srcWithTables(): SourceDoc {
  const blocks: Block[] = [
    { id: 'h', kind: 'heading', level: 1, text: 'Product data' },
    para('a', 'The device is described below.'),
    {
      id: 't1',
      kind: 'table',
      caption: 'Table 1. Electrical characteristics',
      captionBelow: true,
      headRows: [HEAD],
      bodyRows: BODY,
      notes: ['1. Not tested in production.'],
    },
    para('b', 'A second table follows.'),
    { id: 't2', kind: 'table', headRows: [HEAD], bodyRows: SECOND },
  ];
  return {
    id: 'ds',
    source: 'debmake',
    file: 'x',
    lang: 'en',
    htmlLang: 'en',
    title: 'Product data',
    bookTitle: 'B',
    blocks,
  };
}

let y = 0;
const run = (str: string, x0 = 80): Run => ({ str, x0, x1: x0 + 6 * str.length, y0: y, y1: y + 10, eol: true });
const text = (role: string, str: string): Leaf => {
  y += 16;
  return { role, runs: [run(str)] };
};
const row = (cells: string[], tag: string): Leaf => {
  y += 16;
  const cs = cells.map((c, i) => ({ tag, runs: [{ ...run(c, 80 + 120 * i), eol: false }] }));
  return { role: 'TR', runs: cs.flatMap((c) => c.runs), cells: cs };
};
const page = (index: number, leaves: () => Leaf[]): PageData => {
  y = 60;
  return { index, width: 595, height: 842, leaves: leaves(), artifacts: [], images: [] };
};

const LAYOUT: Layout = {
  pageSize: 'A4',
  fontSize: 10,
  lineHeight: 1.25,
  fontFamily: 'Liberation Sans',
  columns: 1,
  hyphens: false,
  justify: false,
  marginMm: { top: 20, bottom: 20, side: 20 },
  furnitureMode: 'template',
  runningHeader: 'none',
  pageNumber: 'none',
  pageNumberAt: 'footer-center',
  runningFooterText: false,
};

function resolve(doc: unknown, ref: string): unknown {
  let cur: unknown = doc;
  for (const k of ref.slice(1).split('/')) cur = (cur as Record<string, unknown> | undefined)?.[k];
  return cur;
}

describe('office kinds: a table cut over pages, its head row repeated', () => {
  const pages = [
    page(0, () => [
      text('H1', 'Product data'),
      text('P', 'The device is described below.'),
      row(HEAD, 'TH'),
      ...BODY.slice(0, 4).map((r) => row(r, 'TD')),
    ]),
    page(1, () => [
      ...BODY.slice(4).map((r) => row(r, 'TD')),
      text('Caption', '1. Not tested in production.'),
      text('Caption', 'Table 1. Electrical characteristics'),
      text('P', 'A second table follows.'),
      row(HEAD, 'TH'),
      row(SECOND[0], 'TD'),
    ]),
  ];
  // LibreOffice prints the repeated head row untagged (an artifact) above the rows it heads on the next page
  y = 44;
  pages[1].artifacts = row(HEAD, 'TH').runs;
  const restored = restoreRepeatedHeads(pages, srcWithTables().blocks);
  const built = buildElements(srcWithTables(), LAYOUT, pages);
  const log = { leadAsTitle: 0, captionAsTitle: 0, furnitureAsText: 0 };
  const noise = { mineruFurnitureTyped: true, leadAsTitle: 0, captionAsTitle: 0, furnitureAsText: 0 };
  const dots = emitDots(built, noise, makeRng(1), log);

  it('reads every row, the second table’s head row as its own (not a repeat of the first)', () => {
    expect(built.warnings).toEqual([]);
    const t2 = built.pages[1].elems.find((e) => e.blockId === 't2');
    expect(t2?.rows?.map((r) => r.cells[0])).toEqual(['Parameter', 'Clock rate']);
  });

  it('gives the continuation fragment the repeated head row and merges the two fragments', () => {
    expect(restored).toBe(1);
    expect(dots.gold.furniture).toEqual([]);
    const frag = built.pages[1].elems.find((e) => e.blockId === 't1' && e.kind === 'table');
    expect(frag?.rows?.[0].cells).toEqual(HEAD);
    expect(frag?.rows?.[0].tags).toEqual(['th', 'th', 'th']);
    expect(dots.gold.tableMerges).toEqual([['/0/2', '/1/0']]);
  });

  it('links the note and the caption under the table to the fragment above them; every ref resolves', () => {
    expect(dots.gold.captions).toEqual([
      { caption: '/1/1', target: '/1/0' },
      { caption: '/1/2', target: '/1/0' },
    ]);
    const g = dots.gold;
    const refs = [
      ...g.headings.map((h) => h.ref),
      ...g.tableMerges.flat(),
      ...g.captions.flatMap((c) => [c.caption, c.target]),
      ...g.paragraphMerges.flat(),
      ...g.furniture,
    ];
    for (const r of refs) expect(resolve(dots.input, r), r).toBeDefined();
    expect((resolve(dots.input, '/1/2') as { text: string }).text).toBe('Table 1. Electrical characteristics');
  });
});
