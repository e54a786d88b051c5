// `npm run eval -- … --by family` and `--agreement` on small hand-made corpora with known answers:
// cases carry their meta.json's producer/family/split (or the manifest's split for older meta.json),
// scanned inputs count as producer "tesseract", groups are family × producer [split], and cross-format
// agreement is the heading-tree TEDS between outlines labelled by text.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crossFormatAgreement, headingLabel, outlineTeds } from '../../src/eval/agreement.js';
import { familyGroupKey, groupResults, listCorpus, runCase, summarize } from '../../src/eval/corpus.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'docstitch-families-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const text = (t: string, y: number, level?: number) => ({
  type: 'text',
  text: t,
  ...(level ? { text_level: level } : {}),
  bbox: [100, y, 900, y + 20],
  page_idx: 0,
});

/** A one-page MinerU document: two titles and a paragraph; gold says the second title is level 2. */
function writeDoc(dir: string, id: string, meta: Record<string, unknown>, formats: string[] = ['mineru']): void {
  const d = path.join(dir, id);
  mkdirSync(d, { recursive: true });
  writeFileSync(path.join(d, 'meta.json'), JSON.stringify({ id, language: 'en', layout: { columns: 1 }, ...meta }));
  for (const f of formats) {
    mkdirSync(path.join(d, f), { recursive: true });
    const input = [text('Annual report', 100, 1), text('Scope:', 200, 1), text('The body of the section.', 300)];
    writeFileSync(path.join(d, f, 'content_list.json'), JSON.stringify(input));
    const gold = {
      version: 1,
      headings: [
        { ref: '/0', level: 1 },
        { ref: '/1', level: 2 },
      ],
      paragraphMerges: [],
      tableMerges: [],
      captions: [],
      furniture: [],
    };
    writeFileSync(path.join(d, f, 'gold.structure.json'), JSON.stringify(gold));
  }
}

describe('--by family', () => {
  const a = path.join(tmp, 'a');
  const b = path.join(tmp, 'b');
  writeDoc(a, 'r1', { producer: 'office', family: 'report', split: 'test' });
  writeDoc(a, 'r2', { producer: 'office', family: 'report', split: 'test' });
  writeDoc(a, 'f1', { producer: 'office', family: 'form', split: 'train' });
  // an older meta.json without the keys, in a held-out corpus: a Chromium manual in split test
  writeDoc(b, 'm1', {});
  writeFileSync(path.join(b, 'manifest.json'), JSON.stringify({ heldout: true, documents: [] }));
  writeDoc(b, 'm2', { producer: 'chromium', family: 'manual', split: 'train' }, ['mineru', 'hocr']);

  const cases = [...listCorpus(a), ...listCorpus(b)];

  it('reads producer, family and split from meta.json, the manifest, or the format', () => {
    const by = Object.fromEntries(cases.map((c) => [c.id, `${c.producer}/${c.family}/${c.split}`]));
    expect(by).toEqual({
      'f1/mineru': 'office/form/train',
      'r1/mineru': 'office/report/test',
      'r2/mineru': 'office/report/test',
      'm1/mineru': 'chromium/manual/test',
      'm2/hocr': 'tesseract/manual/train',
      'm2/mineru': 'chromium/manual/train',
    });
  });

  it('groups one row per family × producer [split], each with both systems scored', () => {
    const results = cases.map((c) => runCase(c));
    const groups = groupResults(results, (r) => familyGroupKey(r.case));
    expect(groups.map(([k, v]) => [k, v.length])).toEqual([
      ['form × office [train]', 1],
      ['manual × chromium [test]', 1],
      ['manual × chromium [train]', 1],
      ['manual × tesseract [train]', 1],
      ['report × office [test]', 2],
    ]);
    const report = summarize(groups[4][1]);
    expect(report.identity.documents).toBe(2);
    // identity keeps both titles at level 1: both found, one of two levels right
    expect(report.identity.headings.macro.f1).toBe(1);
    expect(report.identity.levels.micro).toMatchObject({ correct: 2, total: 4 });
  });

  it('filters by split through the case field', () => {
    expect(cases.filter((c) => c.split === 'test').map((c) => c.id)).toEqual(['r1/mineru', 'r2/mineru', 'm1/mineru']);
  });
});

describe('cross-format agreement', () => {
  const h = (text: string, level: number) => ({ text, level });

  it('labels headings by their letters and digits, case-folded and NFKC', () => {
    expect(headingLabel('1. Introduction:')).toBe(headingLabel('１ introduction'));
    expect(headingLabel('第一条 总则')).toBe('第一条总则');
  });

  it('is 1 for the same outline written differently, less when nesting or headings differ', () => {
    const a = [h('Intro', 1), h('Scope', 2), h('Terms', 2)];
    expect(outlineTeds(a, [h('INTRO', 1), h('Scope', 2), h('Terms:', 2)])).toBe(1);
    // Terms under Scope instead of beside it: delete + insert = 2 over 3 nodes
    expect(outlineTeds(a, [h('Intro', 1), h('Scope', 2), h('Terms', 3)])).toBeCloseTo(1 / 3, 10);
    // one heading missing: 1 deletion over 3 nodes
    expect(outlineTeds(a, [h('Intro', 1), h('Scope', 2)])).toBeCloseTo(2 / 3, 10);
    expect(outlineTeds([], [])).toBe(1);
    expect(outlineTeds(a, [])).toBe(0);
  });

  it('averages pairs per document and documents over the corpus; single-format documents are left out', () => {
    const a = [h('Intro', 1), h('Scope', 2), h('Terms', 2)];
    const r = crossFormatAgreement([
      { doc: 'x', format: 'mineru', headings: a },
      { doc: 'x', format: 'dots', headings: a },
      { doc: 'x', format: 'middle', headings: [h('Intro', 1), h('Scope', 2)] },
      { doc: 'y', format: 'mineru', headings: a },
      { doc: 'z', format: 'mineru', headings: a },
      { doc: 'z', format: 'dots', headings: [h('Intro', 1), h('Scope', 2), h('Terms', 3)] },
    ]);
    expect(r.documents.map((d) => d.doc)).toEqual(['x', 'z']);
    expect(r.documents[0].pairs.map((p) => [p.a, p.b, Number(p.teds.toFixed(4))])).toEqual([
      ['mineru', 'dots', 1],
      ['mineru', 'middle', 0.6667],
      ['dots', 'middle', 0.6667],
    ]);
    expect(r.documents[0].teds).toBeCloseTo((1 + 2 / 3 + 2 / 3) / 3, 10);
    expect(r.documents[1].teds).toBeCloseTo(1 / 3, 10);
    expect(r.mean).toBeCloseTo(((1 + 4 / 3) / 3 + 1 / 3) / 2, 10);
    expect(crossFormatAgreement([{ doc: 'y', format: 'mineru', headings: a }]).mean).toBeUndefined();
  });
});
