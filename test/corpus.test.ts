// Integrity of the committed evaluation corpus (corpus/, built by `npm run corpus`): every file parses,
// every gold ref resolves in its own input, groups are real and in reading order, heading levels
// are consecutive, and the two formats agree on the document's decisions.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPermissive } from '../scripts/corpus/sources.js';
import { type Structure, structureSchema } from '../src/model/structure.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

interface Manifest {
  documents: { id: string; language: string; columns: number; pages: number }[];
}

const manifest: Manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));

function readJson(...p: string[]): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, ...p), 'utf8'));
}

/** RFC 6901 JSON Pointer. */
function resolve(doc: unknown, ref: string): unknown {
  if (ref === '') return doc;
  if (!ref.startsWith('/')) return undefined;
  let cur: unknown = doc;
  for (const raw of ref.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(key)) return undefined;
      cur = cur[Number(key)];
    } else if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[key];
    else return undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** Reading-order position of a ref: MinerU "/i" → [i]; dots "/p/i" → [p, i]. */
function position(ref: string): number[] {
  return ref
    .slice(1)
    .split('/')
    .filter((s) => /^\d+$/.test(s))
    .map(Number);
}

function before(a: string, b: string): boolean {
  const x = position(a);
  const y = position(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i];
  return x.length < y.length;
}

type El = Record<string, unknown>;

function checkStructure(input: unknown, gold: Structure, kindOf: (e: El) => string) {
  const el = (ref: string): El => {
    const e = resolve(input, ref);
    expect(e, `ref ${ref} resolves`).toBeTypeOf('object');
    return e as El;
  };
  // headings: parser-marked titles, in reading order, levels consecutive from 1
  let prev = 0;
  let last = '';
  for (const h of gold.headings) {
    expect(['title'], `heading ${h.ref}`).toContain(kindOf(el(h.ref)));
    expect(h.level, `level of ${h.ref}`).toBeLessThanOrEqual(prev + 1);
    if (prev === 0) expect(h.level).toBe(1);
    prev = h.level;
    if (last) expect(before(last, h.ref), `headings in order at ${h.ref}`).toBe(true);
    last = h.ref;
  }
  const seen = new Set<string>();
  for (const [groups, kind] of [
    [gold.paragraphMerges, 'text'],
    [gold.tableMerges, 'table'],
  ] as const) {
    for (const g of groups) {
      expect(g.length).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < g.length; i++) {
        const k = kindOf(el(g[i]));
        if (kind === 'table') expect(k, g[i]).toBe('table');
        else expect(['text', 'title'], g[i]).toContain(k);
        expect(seen.has(g[i]), `${g[i]} in one group only`).toBe(false);
        seen.add(g[i]);
        if (i > 0) expect(before(g[i - 1], g[i]), `group order ${g.join(',')}`).toBe(true);
      }
    }
  }
  for (const c of gold.captions) {
    expect(['caption', 'text', 'title']).toContain(kindOf(el(c.caption)));
    expect(['table', 'image']).toContain(kindOf(el(c.target)));
  }
  for (const f of gold.furniture) expect(['furniture', 'text'], f).toContain(kindOf(el(f)));
  expect(new Set(gold.furniture).size).toBe(gold.furniture.length);
}

const mineruKind = (e: El): string => {
  if (e.type === 'text') return e.text_level ? 'title' : 'text';
  if (e.type === 'header' || e.type === 'footer' || e.type === 'page_number') return 'furniture';
  return String(e.type);
};

const dotsKind = (e: El): string => {
  switch (e.category) {
    case 'Title':
    case 'Section-header':
      return 'title';
    case 'Table':
      return 'table';
    case 'Picture':
      return 'image';
    case 'Caption':
      return 'caption';
    case 'Page-header':
    case 'Page-footer':
      return 'furniture';
    default:
      return 'text';
  }
};

describe('committed corpus', () => {
  it('covers three languages, one and two columns, over a hundred pages, permissive sources only', () => {
    const docs = manifest.documents;
    expect(docs.length).toBeGreaterThanOrEqual(20);
    expect(new Set(docs.map((d) => d.language))).toEqual(new Set(['en', 'zh', 'ja']));
    expect(new Set(docs.map((d) => d.columns))).toEqual(new Set([1, 2]));
    // 119 pages measured (20 debmake documents; 293 before the GPL aptitude and Handbook documents were removed)
    expect(docs.reduce((n, d) => n + d.pages, 0)).toBeGreaterThanOrEqual(110);
    expect(existsSync(path.join(ROOT, 'SOURCES.md'))).toBe(true);
  });

  for (const d of manifest.documents) {
    describe(d.id, () => {
      const meta = readJson(d.id, 'meta.json') as { pages: number; language: string; licence: string };
      it('meta', () => {
        expect(meta.pages).toBe(d.pages);
        expect(meta.language).toBe(d.language);
        expect(meta.licence).toBeTruthy();
        // only MIT / Apache-2.0 / BSD text may be committed (DEVELOPERS.md, the licence rule)
        expect(isPermissive(meta.licence), meta.licence).toBe(true);
      });

      it('mineru content_list and gold agree', () => {
        const input = readJson(d.id, 'mineru', 'content_list.json') as El[];
        const gold = structureSchema.parse(readJson(d.id, 'mineru', 'gold.structure.json'));
        expect(Array.isArray(input)).toBe(true);
        let lastPage = 0;
        for (const e of input) {
          expect(typeof e.type).toBe('string');
          const p = e.page_idx as number;
          expect(p).toBeGreaterThanOrEqual(lastPage);
          lastPage = p;
          const b = e.bbox as number[];
          expect(b).toHaveLength(4);
          expect(b[0]).toBeLessThanOrEqual(b[2]);
          expect(b[1]).toBeLessThanOrEqual(b[3]);
          for (const v of b) expect(v >= 0 && v <= 1000).toBe(true);
          if (e.type === 'table') expect(String(e.table_body)).toMatch(/^<table>.*<\/table>$/s);
        }
        expect(lastPage + 1).toBe(d.pages);
        checkStructure(input, gold, mineruKind);
        // captions nested in their float are not listed
        for (const c of gold.captions) expect(position(c.caption)).toHaveLength(1);
      });

      it('dots pages and gold agree', () => {
        const input = readJson(d.id, 'dots', 'pages.json') as El[][];
        const gold = structureSchema.parse(readJson(d.id, 'dots', 'gold.structure.json'));
        expect(input).toHaveLength(d.pages);
        for (const page of input) {
          for (const e of page) {
            expect(typeof e.category).toBe('string');
            const b = e.bbox as number[];
            expect(b[0]).toBeLessThanOrEqual(b[2]);
            expect(b[1]).toBeLessThanOrEqual(b[3]);
            for (const v of b) expect(v >= -20 && v <= 2400).toBe(true);
            if (e.category !== 'Picture') expect(typeof e.text).toBe('string');
          }
        }
        checkStructure(input, gold, dotsKind);
      });

      it('both formats carry the same decisions', () => {
        const m = structureSchema.parse(readJson(d.id, 'mineru', 'gold.structure.json'));
        const o = structureSchema.parse(readJson(d.id, 'dots', 'gold.structure.json'));
        expect(m.headings.map((h) => h.level)).toEqual(o.headings.map((h) => h.level));
        expect(m.paragraphMerges.map((g) => g.length)).toEqual(o.paragraphMerges.map((g) => g.length));
        expect(m.tableMerges.map((g) => g.length)).toEqual(o.tableMerges.map((g) => g.length));
        expect(m.furniture.length).toBe(o.furniture.length);
      });
    });
  }
});
