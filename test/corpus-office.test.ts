// Integrity of the committed office slice (corpus-office/, built by `npm run corpus:office` with
// LibreOffice; this test needs only the files): every gold ref exists in its own input, heading levels
// start at 1 and are consecutive, merge groups have two or more members, meta.json says producer, family
// and split, the templates' numbering is really printed, and the three formats' gold outlines agree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitOf } from '../scripts/corpus/split.js';
import { crossFormatAgreement, type Outline } from '../src/eval/agreement.js';
import { type Structure, structureSchema } from '../src/model/structure.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus-office');

interface Manifest {
  producer: string;
  formats: string[];
  documents: { id: string; family: string; lang: string; pages: number; source: string }[];
}

const manifest: Manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
const readJson = (...p: string[]): unknown => JSON.parse(readFileSync(path.join(ROOT, ...p), 'utf8'));
const INPUT: Record<string, string> = { mineru: 'content_list.json', dots: 'pages.json', middle: 'middle.json' };

/** RFC 6901 JSON Pointer. */
function resolve(doc: unknown, ref: string): unknown {
  let cur: unknown = doc;
  for (const raw of ref.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[key];
    else return undefined;
  }
  return cur;
}

/** The text of an input object in any of the three formats. */
function textOf(e: unknown): string {
  const o = e as { text?: string; lines?: { spans: { content?: string }[] }[] };
  if (typeof o.text === 'string') return o.text;
  return (o.lines ?? []).flatMap((l) => l.spans.map((s) => s.content ?? '')).join('');
}

function refsOf(g: Structure): string[] {
  return [
    ...g.headings.map((h) => h.ref),
    ...g.paragraphMerges.flat(),
    ...g.tableMerges.flat(),
    ...g.captions.flatMap((c) => [c.caption, c.target]),
    ...g.furniture,
  ];
}

describe('committed office slice', () => {
  it('has reports, forms and legal texts in English, Chinese and Japanese', () => {
    expect(manifest.producer).toBe('office');
    const docs = manifest.documents;
    expect(new Set(docs.map((d) => d.family))).toEqual(new Set(['report', 'form', 'legal']));
    for (const f of ['report', 'form', 'legal'])
      expect(new Set(docs.filter((d) => d.family === f).map((d) => d.lang))).toEqual(new Set(['en', 'zh', 'ja']));
  });

  it('gives one split per family and source', () => {
    const split = new Map<string, string>();
    for (const d of manifest.documents) {
      const meta = readJson(d.id, 'meta.json') as { producer: string; family: string; split: string };
      expect(meta.producer).toBe('office');
      expect(meta.family).toBe(d.family);
      expect(['train', 'dev', 'test']).toContain(meta.split);
      expect(meta.split).toBe(splitOf(d.family, d.source));
      const key = `${d.family}/${d.source}`;
      expect(split.get(key) ?? meta.split, key).toBe(meta.split);
      split.set(key, meta.split);
    }
  });

  it('keeps the manuals in the roles their corpora were built for', () => {
    expect(splitOf('manual', 'handbook', 'tuning')).toBe('train');
    expect(splitOf('manual', 'instguide', 'dev')).toBe('dev');
    expect(splitOf('manual', 'policy', 'dev2')).toBe('dev');
    expect(splitOf('manual', 'maintguide', 'heldout')).toBe('test');
    // the committed slice of manuals is train (it was tuned on)
    const meta = JSON.parse(
      readFileSync(path.join(ROOT, '..', 'corpus', 'debmake-en-ch02', 'meta.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect([meta.producer, meta.family, meta.split]).toEqual(['chromium', 'manual', 'train']);
    expect(Object.keys(meta).slice(0, 4)).toEqual(['id', 'producer', 'family', 'split']);
  });

  for (const d of manifest.documents) {
    describe(d.id, () => {
      const outlines: Outline[] = [];
      // the three formats read here by JSON pointer; the parser-style ones are checked by corpus-parsers.test.ts
      const formats = manifest.formats.filter((f) => f in INPUT);
      for (const f of formats) {
        it(`${f}: every gold ref exists in the input; levels and groups are well formed`, () => {
          const input = readJson(d.id, f, INPUT[f]);
          const gold = structureSchema.parse(readJson(d.id, f, 'gold.structure.json'));
          for (const ref of refsOf(gold)) expect(resolve(input, ref), `${f} ${ref}`).toBeTypeOf('object');
          let prev = 0;
          for (const h of gold.headings) {
            expect(h.level, h.ref).toBeLessThanOrEqual(prev + 1);
            expect(h.level).toBeGreaterThanOrEqual(1);
            prev = h.level;
          }
          expect(gold.headings[0]?.level).toBe(1);
          for (const g of [...gold.paragraphMerges, ...gold.tableMerges]) expect(g.length).toBeGreaterThanOrEqual(2);
          outlines.push({
            doc: d.id,
            format: f,
            headings: gold.headings.map((h) => ({ text: textOf(resolve(input, h.ref)), level: h.level })),
          });
        });
      }
      it('the formats give the same outline, with the template numbering printed', () => {
        expect(outlines).toHaveLength(formats.length);
        const a = crossFormatAgreement(outlines);
        expect(a.mean).toBe(1);
        const texts = outlines[0].headings.map((h) => h.text);
        if (d.family === 'legal' && d.lang !== 'zh')
          expect(
            texts.some((t) => /^(Article \d|§ \d|ĐIỀU \d|第\s*\d+\s*条)/.test(t)),
            texts.join(' | '),
          ).toBe(true);
        if (d.family === 'form')
          expect(
            texts.some((t) => /^(Part [IVX]+|第.+部)/.test(t)),
            texts.join(' | '),
          ).toBe(true);
      });
    });
  }
});
