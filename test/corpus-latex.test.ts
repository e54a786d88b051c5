// Integrity of the committed LaTeX-producer slice (corpus-latex/, built by `npm run corpus -- --producer latex`;
// no TeX needed here): meta.json carries producer/family/class/split, every gold ref resolves in its own input
// and points at an element of the right kind, headings start at the title and are consecutive, groups are in
// reading order, furniture lies in the page margins, and the features the producer promises (longtable
// fragments with repeated heads, footnotes run over a page, captions above IEEE tables, subfigures) are there.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Structure, structureSchema } from '../src/model/structure.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus-latex');

interface Meta {
  id: string;
  producer: string;
  family: string;
  class: string;
  split: string;
  language: string;
  pages: number;
  licence: string;
  layout: { columns: number; engine: string };
}

const readJson = (...p: string[]): unknown => JSON.parse(readFileSync(path.join(ROOT, ...p), 'utf8'));
const docs = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const metas = docs.map((d) => readJson(d, 'meta.json') as Meta);

type El = Record<string, unknown>;

/** dots refs are "/page/index". */
function dotsEl(pages: El[][], ref: string): El | undefined {
  const m = /^\/(\d+)\/(\d+)$/.exec(ref);
  return m ? pages[Number(m[1])]?.[Number(m[2])] : undefined;
}

const pos = (ref: string) => ref.slice(1).split('/').map(Number);
const before = (a: string, b: string) => {
  const x = pos(a);
  const y = pos(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i];
  return x.length < y.length;
};

function checkLevels(gold: Structure) {
  expect(gold.headings.length).toBeGreaterThan(0);
  expect(gold.headings[0].level).toBe(1);
  let prev = 0;
  for (const h of gold.headings) {
    expect(h.level, `level of ${h.ref}`).toBeGreaterThanOrEqual(1);
    expect(h.level, `level of ${h.ref}`).toBeLessThanOrEqual(prev + 1);
    prev = h.level;
  }
  // one title: only the first heading is at level 1
  expect(gold.headings.filter((h) => h.level === 1)).toHaveLength(1);
}

describe('committed LaTeX corpus slice', () => {
  it('covers at least eight classes and families, three languages, three engines, one and two columns', () => {
    expect(new Set(metas.map((m) => m.class)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(metas.map((m) => m.family)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(metas.map((m) => m.language))).toEqual(new Set(['en', 'zh', 'ja']));
    expect(new Set(metas.map((m) => m.layout.engine))).toEqual(new Set(['pdflatex', 'xelatex', 'lualatex']));
    expect(new Set(metas.map((m) => m.layout.columns))).toEqual(new Set([1, 2]));
    const manifest = readJson('manifest.json') as { documents: { id: string }[]; skipped: string[] };
    expect(manifest.documents.map((d) => d.id).sort()).toEqual(docs);
  });

  it('meta.json names the producer, family, class and split of every document', () => {
    for (const m of metas) {
      expect(m.producer).toBe('latex');
      expect(m.family).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(m.id).toContain(`latex-${m.class}-`);
      expect(['train', 'dev', 'test']).toContain(m.split);
      expect(m.licence).toBeTruthy();
    }
    expect(metas.some((m) => m.split === 'test')).toBe(true);
  });

  for (const m of metas) {
    describe(m.id, () => {
      const pages = readJson(m.id, 'dots', 'pages.json') as El[][];
      const dotsGold = structureSchema.parse(readJson(m.id, 'dots', 'gold.structure.json'));
      const list = readJson(m.id, 'mineru', 'content_list.json') as El[];
      const mineruGold = structureSchema.parse(readJson(m.id, 'mineru', 'gold.structure.json'));

      it('dots: every gold ref is an element of the right kind, in reading order', () => {
        expect(pages).toHaveLength(m.pages);
        const el = (ref: string) => {
          const e = dotsEl(pages, ref);
          expect(e, `ref ${ref}`).toBeTypeOf('object');
          return e as El;
        };
        checkLevels(dotsGold);
        expect(el(dotsGold.headings[0].ref).category).toBe('Title');
        for (const h of dotsGold.headings) expect(['Title', 'Section-header']).toContain(el(h.ref).category);
        const seen = new Set<string>();
        for (const g of [...dotsGold.paragraphMerges, ...dotsGold.tableMerges]) {
          expect(g.length).toBeGreaterThanOrEqual(2);
          g.forEach((r, i) => {
            el(r);
            expect(seen.has(r), `${r} in one group`).toBe(false);
            seen.add(r);
            if (i > 0) expect(before(g[i - 1], r), `order ${g.join(',')}`).toBe(true);
          });
        }
        for (const g of dotsGold.tableMerges) for (const r of g) expect(el(r).category).toBe('Table');
        for (const g of dotsGold.paragraphMerges)
          for (const r of g) expect(['Table', 'Picture', 'Caption']).not.toContain(el(r).category);
        for (const c of dotsGold.captions) {
          expect(['Caption', 'Section-header']).toContain(el(c.caption).category);
          expect(['Table', 'Picture']).toContain(el(c.target).category);
        }
        // furniture: printed in the top or bottom margin (the producer's text area rule), never twice
        expect(new Set(dotsGold.furniture).size).toBe(dotsGold.furniture.length);
        for (const f of dotsGold.furniture) {
          const e = el(f);
          expect(['Page-header', 'Page-footer', 'Text']).toContain(e.category);
          const page = pages[pos(f)[0]];
          const bottom = Math.max(...page.map((x) => (x.bbox as number[])[3]));
          const b = e.bbox as number[];
          expect(b[1] < 420 || b[3] > bottom - 120, `${f} in a margin`).toBe(true);
        }
      });

      it('mineru: every gold ref resolves, the same decisions as dots', () => {
        const el = (ref: string) => {
          const e = list[Number(ref.slice(1))];
          expect(e, `ref ${ref}`).toBeTypeOf('object');
          return e;
        };
        checkLevels(mineruGold);
        for (const h of mineruGold.headings) expect(el(h.ref).text_level).toBe(1);
        for (const g of mineruGold.tableMerges) for (const r of g) expect(el(r).type).toBe('table');
        for (const c of mineruGold.captions) expect(['table', 'image']).toContain(el(c.target).type);
        for (const f of mineruGold.furniture) el(f);
        expect(mineruGold.headings.map((h) => h.level)).toEqual(dotsGold.headings.map((h) => h.level));
        expect(mineruGold.paragraphMerges.map((g) => g.length)).toEqual(dotsGold.paragraphMerges.map((g) => g.length));
        expect(mineruGold.tableMerges.map((g) => g.length)).toEqual(dotsGold.tableMerges.map((g) => g.length));
        expect(mineruGold.furniture.length).toBe(dotsGold.furniture.length);
      });

      it('every table fragment is on its own page and repeats the head row', () => {
        for (const g of dotsGold.tableMerges) {
          const ps = g.map((r) => pos(r)[0]);
          for (let i = 1; i < ps.length; i++) expect(ps[i]).toBe(ps[i - 1] + 1);
          const heads = g.map((r) => /^<table><tr>(.*?)<\/tr>/.exec(String(dotsEl(pages, r)?.text))?.[1]);
          expect(heads[0]).toContain('<th>');
          for (const h of heads) expect(h).toBe(heads[0]);
        }
      });
    });
  }

  it('the features the producer promises are in the slice', () => {
    const all = metas.map((m) => ({
      m,
      pages: readJson(m.id, 'dots', 'pages.json') as El[][],
      gold: structureSchema.parse(readJson(m.id, 'dots', 'gold.structure.json')),
    }));
    // longtables over pages, with "continued" lines as captions of the later fragments
    const long = all.filter((d) => d.gold.tableMerges.length > 0);
    expect(long.length).toBeGreaterThanOrEqual(4);
    expect(
      long.some((d) =>
        d.gold.captions.some((c) => /continued|续|続き/i.test(String(dotsEl(d.pages, c.caption)?.text))),
      ),
    ).toBe(true);
    // footnotes that run over a page: a merge group of footnotes on two pages
    const fnMerges = all.flatMap((d) =>
      d.gold.paragraphMerges.filter((g) => g.every((r) => dotsEl(d.pages, r)?.category === 'Footnote')),
    );
    expect(fnMerges.length).toBeGreaterThan(0);
    // the rest of a footnote is at the foot of the next page (or of the next column)
    for (const g of fnMerges) expect([0, 1]).toContain(pos(g[1])[0] - pos(g[0])[0]);
    expect(fnMerges.some((g) => pos(g[1])[0] === pos(g[0])[0] + 1)).toBe(true);
    // IEEEtran: table captions printed above their tables ("TABLE I")
    const ieee = all.find((d) => d.m.class === 'ieeetran');
    expect(ieee).toBeDefined();
    const tcaps = (ieee?.gold.captions ?? []).filter((c) => dotsEl(ieee?.pages ?? [], c.target)?.category === 'Table');
    expect(tcaps.length).toBeGreaterThan(0);
    for (const c of tcaps) {
      expect(String(dotsEl(ieee?.pages ?? [], c.caption)?.text)).toMatch(/^TABLE [IVX]+/);
      expect(before(c.caption, c.target)).toBe(true);
    }
    // subfigures: "(a)"/"(b)" captions linked to pictures of their own
    const sub = all.flatMap((d) =>
      d.gold.captions.filter((c) => /^\(a\)/.test(String(dotsEl(d.pages, c.caption)?.text))),
    );
    expect(sub.length).toBeGreaterThanOrEqual(8);
  });
});
