// The parser-style writers (scripts/corpus/writers/: Docling, Marker, Mistral OCR, PaddleOCR, Unstructured) and
// the parser habits (scripts/corpus/habits.ts). On the committed slices (corpus-latex/, corpus-office/): each
// format's input is read by the adapter of that parser (detected, not named), every gold ref is an element the
// adapter gives, of a fitting type, and meta.json records the habits and how often each was applied. On a small
// hand-made document (imitating the corpus reader's page elements): each habit at rate 1 does what it says, and
// the gold stays the source's truth.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Built, PElem } from '../scripts/corpus/build.js';
import { emptyCounts, type Habits, parserLevels, type VPage } from '../scripts/corpus/habits.js';
import { makeRng } from '../scripts/corpus/rng.js';
import { emitAzureDi } from '../scripts/corpus/writers/azure-di.js';
import { writerGold } from '../scripts/corpus/writers/common.js';
import { emitDeepseek } from '../scripts/corpus/writers/deepseek.js';
import {
  emitParser,
  PARSER_FILES,
  PARSER_FORMATS,
  type ParserFormat,
  parserFormatsOf,
} from '../scripts/corpus/writers/index.js';
import { emitTextract } from '../scripts/corpus/writers/textract.js';
import { emitUnstructured } from '../scripts/corpus/writers/unstructured.js';
import { readWithAdapter } from '../src/adapters/index.js';
import { loadInput } from '../src/io/load.js';
import type { Element } from '../src/model/element.js';
import { type Structure, structureSchema } from '../src/model/structure.js';
import { resolveEngineOptions } from '../src/options.js';
import { reconstruct } from '../src/pipeline.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADAPTER: Record<ParserFormat, string> = {
  docling: 'docling',
  marker: 'marker',
  mistral: 'mistral-ocr',
  paddle: 'paddleocr',
  unstructured: 'unstructured',
  'mineru-v2': 'mineru-content-list-v2',
  textract: 'textract',
  'azure-di': 'azure-di',
  deepseek: 'deepseek-ocr',
};

function read(file: string) {
  const { adapter, document } = readWithAdapter(loadInput(file));
  return { adapter: adapter.name, byRef: new Map(document.elements.map((e) => [e.ref, e])) };
}

/** Every gold ref names an element; captions link a caption-or-text element to a table/image; groups ≥ 2. */
function checkGold(gold: Structure, byRef: Map<string, Element>, where: string) {
  const el = (r: string) => {
    const e = byRef.get(r);
    expect(e, `${where}: ref ${r}`).toBeDefined();
    return e as Element;
  };
  let prev = 0;
  for (const h of gold.headings) {
    el(h.ref);
    expect(h.level, `${where}: level of ${h.ref}`).toBeLessThanOrEqual(prev + 1);
    prev = h.level;
  }
  for (const g of [...gold.paragraphMerges, ...gold.tableMerges]) {
    expect(g.length).toBeGreaterThanOrEqual(2);
    for (const r of g) el(r);
  }
  for (const g of gold.tableMerges) for (const r of g) expect(el(r).type).toBe('table');
  for (const c of gold.captions) {
    el(c.caption);
    expect(['table', 'image'], `${where}: target ${c.target}`).toContain(el(c.target).type);
  }
  expect(new Set(gold.furniture).size).toBe(gold.furniture.length);
  for (const r of gold.furniture) el(r);
}

for (const corpus of ['corpus-latex', 'corpus-office']) {
  const dir = path.join(ROOT, corpus);
  const docs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  describe(`${corpus}: parser-style inputs`, () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    it('has the parser formats the manifest names, each in a fair share of the documents', () => {
      const asked = parserFormatsOf('', manifest.formats);
      for (const d of docs) {
        const meta = JSON.parse(readFileSync(path.join(dir, d, 'meta.json'), 'utf8'));
        const written = PARSER_FORMATS.filter((f) => existsSync(path.join(dir, d, f, PARSER_FILES[f])));
        expect(written, d).toEqual(Object.keys(meta.habits ?? {}));
        expect(written.length, d).toBe(
          manifest.parserSample ? Math.min(manifest.parserSample, asked.length) : asked.length,
        );
      }
      // the formats the slice was built with (writers added later are not in it)
      for (const f of asked) {
        const n = docs.filter((d) => existsSync(path.join(dir, d, f))).length;
        expect(n, f).toBeGreaterThanOrEqual(Math.floor(docs.length / 3));
      }
    });
    for (const d of docs) {
      const meta = JSON.parse(readFileSync(path.join(dir, d, 'meta.json'), 'utf8'));
      for (const f of PARSER_FORMATS) {
        const file = path.join(dir, d, f, PARSER_FILES[f]);
        if (!existsSync(file)) continue;
        it(`${d}/${f}: read by the ${ADAPTER[f]} adapter, every gold ref resolves`, () => {
          const { adapter, byRef } = read(file);
          expect(adapter).toBe(ADAPTER[f]);
          const gold = structureSchema.parse(
            JSON.parse(readFileSync(path.join(dir, d, f, 'gold.structure.json'), 'utf8')),
          );
          checkGold(gold, byRef, `${d}/${f}`);
          expect(gold.headings.length).toBeGreaterThan(0);
          expect(Object.keys(meta.habitsApplied[f]).sort()).toEqual(Object.keys(emptyCounts()).sort());
          expect(meta.habits[f].levels).toMatch(/^(right|flat|restart|shift|jitter)$/);
        });
      }
    }
    it('applies the habits somewhere in the slice (the counts in meta.json are not all zero)', () => {
      const total = emptyCounts();
      for (const d of docs) {
        const meta = JSON.parse(readFileSync(path.join(dir, d, 'meta.json'), 'utf8'));
        for (const f of PARSER_FORMATS)
          for (const [k, n] of Object.entries(meta.habitsApplied?.[f] ?? {}))
            total[k as keyof typeof total] += n as number;
      }
      expect(total.looseCaption + total.chapterAsHeader + total.headingAsText).toBeGreaterThan(0);
    });
  });
}

// --- the habits on a hand-made document -------------------------------------------------------------------

const box = (y: number): [number, number, number, number] => [72, y, 520, y + 12];
function handMade(): Built {
  const p1: PElem[] = [
    { kind: 'heading', blockId: 'h1', level: 1, isTitle: true, page: 0, col: 0, bbox: box(80), text: 'Chapter One' },
    {
      kind: 'text',
      blockId: 'p1',
      page: 0,
      col: 0,
      bbox: box(110),
      text: 'A paragraph that runs on to the next page and',
    },
    { kind: 'text', blockId: 'eq', role: 'equation', page: 0, col: 0, bbox: box(140), text: 'x = y + 1' },
    { kind: 'text', blockId: 'blank', page: 0, col: 0, bbox: box(170), text: 'Answer: ____________' },
    { kind: 'caption', blockId: 'c1', captionOf: 't1', page: 0, col: 0, bbox: box(200), text: 'Table I. Options' },
    {
      kind: 'table',
      blockId: 't1',
      page: 0,
      col: 0,
      bbox: [72, 215, 520, 260],
      text: '',
      rows: [
        { cells: ['a', 'b'], tags: ['th', 'th'] },
        { cells: ['1', '2'], tags: ['td', 'td'] },
      ],
    },
    { kind: 'footer', page: 0, col: 0, bbox: box(780), text: '1' },
  ];
  const p2: PElem[] = [
    { kind: 'heading', blockId: 'h2', level: 2, page: 1, col: 0, bbox: box(80), text: '1 Introduction' },
    { kind: 'text', blockId: 'p1', page: 1, col: 0, bbox: box(100), text: 'ends here.' },
    { kind: 'heading', blockId: 'h3', level: 3, page: 1, col: 0, bbox: box(130), text: '1.1 Scope' },
    { kind: 'image', blockId: 'f1', page: 1, col: 0, bbox: [72, 160, 300, 300], text: '' },
    { kind: 'caption', blockId: 'c2', captionOf: 'f1', page: 1, col: 0, bbox: box(305), text: 'Figure 1. A picture' },
    { kind: 'image', blockId: 'f2', page: 1, col: 0, bbox: [72, 330, 300, 470], text: '' },
    { kind: 'caption', blockId: 'c3', captionOf: 'f2', page: 1, col: 0, bbox: box(475), text: 'Figure 2. Another one' },
  ];
  return { pages: [p1, p2].map((elems) => ({ width: 595, height: 842, elems })), warnings: [] };
}

const NONE: Habits = { ...emptyCounts(), levels: 'right' };

function run(f: ParserFormat, habits: Habits) {
  const out = emitParser(f, { id: 'hand', lang: 'en', built: handMade(), seed: 1 }, habits);
  const tmp = mkdtempSync(path.join(tmpdir(), 'parsers-'));
  try {
    const file = path.join(tmp, PARSER_FILES[f]);
    writeFileSync(file, JSON.stringify(out.input));
    return { ...out, ...read(file) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe('parser habits on a hand-made document', () => {
  for (const f of PARSER_FORMATS) {
    it(`${f}: without habits the gold is the source's structure`, () => {
      const r = run(f, NONE);
      checkGold(r.gold, r.byRef, f);
      expect(r.gold.headings.map((h) => h.level)).toEqual([1, 2, 3]);
      expect(r.gold.paragraphMerges).toHaveLength(1);
      // content_list_v2 nests every caption in its float's entry: nothing left to link
      expect(r.gold.captions).toHaveLength(f === 'mineru-v2' ? 0 : 3);
      expect(r.byRef.size).toBeGreaterThanOrEqual(13);
    });
    it(`${f}: every habit at rate 1 — drops leave input and gold, re-typings keep the true role in the gold`, () => {
      const all = {
        ...NONE,
        chapterAsHeader: 1,
        looseCaption: 1,
        dropFormula: 1,
        dropBlank: 1,
        levels: 'flat' as const,
      };
      const r = run(f, all);
      checkGold(r.gold, r.byRef, f);
      expect(r.applied.dropFormula).toBe(1);
      expect(r.applied.dropBlank).toBe(1);
      // "1 Introduction" opens its page: typed as a page header, still a heading in the gold (the title opens
      // page 1 but is not a chapter title)
      expect(r.applied.chapterAsHeader).toBe(1);
      expect(r.gold.headings.map((h) => h.level)).toEqual([1, 2, 3]);
      const texts = [...r.byRef.values()].map((e) => e.text).join('\n');
      expect(texts).not.toContain('x = y + 1');
      expect(texts).not.toContain('____');
      expect(r.applied.looseCaption).toBe(3);
      expect(r.gold.captions).toHaveLength(3);
    });
  }
  it('swapped captions: each is tied to the other float by the parser, the gold links the true one', () => {
    const r = run('docling', { ...NONE, swapCaptions: 1 });
    expect(r.applied.swapCaptions).toBe(1);
    const doc = r.input as { pictures: { captions: { $ref: string }[] }[]; texts: { text: string }[] };
    const capText = (p: number) => doc.texts[Number(doc.pictures[p].captions[0].$ref.split('/')[2])].text;
    expect(capText(0)).toBe('Figure 2. Another one');
    expect(capText(1)).toBe('Figure 1. A picture');
    const target = (t: string) => r.gold.captions.find((c) => r.byRef.get(c.caption)?.text === t)?.target;
    expect(target('Figure 1. A picture')).toBe('/pictures/0');
    expect(target('Figure 2. Another one')).toBe('/pictures/1');
    // content_list_v2: each caption nested in the other figure's entry, so each is linked to its own
    const v2 = run('mineru-v2', { ...NONE, swapCaptions: 1 });
    expect(v2.gold.captions.map((c) => [v2.byRef.get(c.caption)?.text, c.target])).toEqual([
      ['Figure 2. Another one', '/1/4'],
      ['Figure 1. A picture', '/1/3'],
    ]);
  });
  it('Mistral levels restart on every page when the parser does so', () => {
    const r = run('mistral', { ...NONE, levels: 'restart' });
    const pages = (r.input as { pages: { markdown: string }[] }).pages.map((p) => p.markdown);
    expect(pages[0]).toMatch(/^# Chapter One/m);
    expect(pages[1]).toMatch(/^# 1 Introduction/m);
    expect(pages[1]).toMatch(/^## 1.1 Scope/m);
  });
});

// --- the Textract and Azure DI writers' own habits ----------------------------------------------------------

function handView(): VPage[] {
  return handMade().pages.map((p) => ({
    ...p,
    elems: p.elems.map((e) => ({ elem: e, as: e.kind, attach: e.captionOf })),
  }));
}

function readInput(name: string, input: unknown) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'parsers-'));
  try {
    const file = path.join(tmp, name);
    writeFileSync(file, JSON.stringify(input));
    const { adapter, document } = readWithAdapter(loadInput(file));
    return { adapter: adapter.name, document, byRef: new Map(document.elements.map((e) => [e.ref, e])) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe('the Textract writer', () => {
  it('short captions as section headers: typed title by the adapter, still the float caption in the gold', () => {
    const w = emitTextract('hand', handView(), makeRng(1), { captionAsHeader: true, tableTitles: true });
    const r = readInput('analyze_document.json', w.input);
    const gold = writerGold(w.placed);
    checkGold(gold, r.byRef, 'textract');
    const tableCaption = gold.captions.find((c) => r.byRef.get(c.target)?.type === 'table');
    expect(r.byRef.get(tableCaption?.caption ?? '')?.text).toBe('Table I. Options');
    expect(r.byRef.get(tableCaption?.caption ?? '')?.type).toBe('title');
    // the TABLE_TITLE over the same caption is dropped as a duplicate of the layout block, not read twice
    expect([...r.byRef.values()].filter((e) => e.text === 'Table I. Options')).toHaveLength(1);
  });

  it('captions as text; the table read from its TABLE cells, head row as <th>', () => {
    const w = emitTextract('hand', handView(), makeRng(1), { captionAsHeader: false, tableTitles: false });
    const r = readInput('analyze_document.json', w.input);
    const types = [...r.byRef.values()].map((e) => e.type);
    expect(types).not.toContain('table_caption');
    const table = [...r.byRef.values()].find((e) => e.type === 'table');
    expect(table?.html).toContain('<th>a</th>');
    expect(writerGold(w.placed).headings.map((h) => h.level)).toEqual([1, 2, 3]);
  });
});

describe('the DeepSeek-OCR writer', () => {
  it('grounded blocks: captions by their float kind, the title "#", headings "##" or bare, feet as text', () => {
    const w = emitDeepseek(handView(), makeRng(1), { furniture: 'text', bareHeadings: 0 });
    const r = readInput('deepseek_ocr.json', w.input);
    expect(r.adapter).toBe('deepseek-ocr');
    const gold = writerGold(w.placed);
    checkGold(gold, r.byRef, 'deepseek');
    const typeOf = (text: string) => [...r.byRef.values()].find((e) => e.text === text)?.type;
    expect(typeOf('Table I. Options')).toBe('table_caption');
    expect(typeOf('Figure 1. A picture')).toBe('image_caption');
    // the page number read as a text block where it stands: furniture in the gold all the same
    const foot = [...r.byRef.values()].find((e) => e.text === '1' && e.page === 1);
    expect(foot?.type).toBe('text');
    expect(gold.furniture).toContain(foot?.ref);
    expect(w.input[1].result.raw_output).toContain('<|ref|>sub_title<|/ref|>');
    expect(w.input[1].result.raw_output).toContain('## 1 Introduction');
    expect(gold.headings.map((h) => h.level)).toEqual([1, 2, 3]);
  });

  it('feet left out: in neither the input nor the gold; bare headings keep no "#"', () => {
    const w = emitDeepseek(handView(), makeRng(1), { furniture: 'dropped', bareHeadings: 1 });
    const r = readInput('deepseek_ocr.json', w.input);
    const gold = writerGold(w.placed);
    checkGold(gold, r.byRef, 'deepseek');
    expect(gold.furniture).toEqual([]);
    expect([...r.byRef.values()].some((e) => e.text === '1')).toBe(false);
    expect(w.input[1].result.raw_output).not.toContain('## ');
    expect(gold.headings.map((h) => h.level)).toEqual([1, 2, 3]);
  });
});

describe('the Azure DI writer', () => {
  it('captions tied to their floats: the caption of table 0 and of each figure, cell paragraphs absorbed', () => {
    const w = emitAzureDi(handView());
    const r = readInput('analyze_result.json', w.input);
    expect(r.adapter).toBe('azure-di');
    const gold = writerGold(w.placed);
    checkGold(gold, r.byRef, 'azure-di');
    expect(gold.captions.map((c) => c.caption).sort()).toEqual([
      '/analyzeResult/figures/0/caption',
      '/analyzeResult/figures/1/caption',
      '/analyzeResult/tables/0/caption',
    ]);
    // the cells' paragraphs are the table's text, not elements of their own
    expect([...r.byRef.values()].filter((e) => e.text === 'a' || e.text === '2')).toHaveLength(0);
    // a paragraph's lines give its line evidence where the source printed lines (none here: one box each)
    expect(r.document.elements.find((e) => e.text === 'Chapter One')?.type).toBe('title');
  });

  it('no sections unless asked (corpora built before stay byte-identical)', () => {
    const w = emitAzureDi(handView());
    expect(Object.keys(w.input.analyzeResult)).not.toContain('sections');
  });

  it('--azure-sections: the true tree gives each heading its gold level through the adapter', () => {
    const view = handView();
    const w = emitAzureDi(view, parserLevels(view, 'right', makeRng(1)));
    const sections = (w.input.analyzeResult as { sections?: Array<{ elements: string[] }> }).sections ?? [];
    expect(sections[0]?.elements[0]).toMatch(/^\/paragraphs\/\d+$/); // the root opens with the title
    const r = readInput('analyze_result.json', w.input);
    const gold = writerGold(w.placed);
    checkGold(gold, r.byRef, 'azure-di');
    expect(gold.headings.map((h) => r.byRef.get(h.ref)?.hints?.level)).toEqual(gold.headings.map((h) => h.level));
    // flat: every section one deep under the title
    const flat = emitAzureDi(view, parserLevels(view, 'flat', makeRng(1)));
    const f = readInput('analyze_result.json', flat.input);
    expect(gold.headings.map((h) => f.byRef.get(h.ref)?.hints?.level)).toEqual([1, 2, 2]);
  });
});

describe('the Unstructured writer: a row of pictures', () => {
  // Two sub-figures set side by side, bottom-aligned: the right one is taller, so the source's order (by top edge)
  // puts it first. Unstructured gives no coordinates; hi_res orders a row left to right, and the "(a)" caption
  // names the left picture.
  const row = (): VPage[] => {
    const e = (kind: PElem['kind'], bbox: PElem['bbox'], text = '', captionOf?: string): PElem => ({
      kind,
      blockId: `${kind}${bbox[0]}${bbox[1]}`,
      captionOf,
      page: 0,
      col: 0,
      bbox,
      text,
    });
    const left = e('image', [80, 140, 290, 260]);
    const right = e('image', [310, 100, 520, 260]);
    const elems = [
      e('text', [72, 60, 520, 90], 'A paragraph of body text before the figure.'),
      right,
      left,
      e('caption', [100, 265, 280, 277], '(a) Before the change.', left.blockId),
      e('caption', [330, 265, 510, 277], '(b) After the change.', right.blockId),
      e('caption', [72, 285, 520, 297], 'Figure 3: Two states of the archive.', left.blockId),
    ];
    return [{ width: 595, height: 842, elems: elems.map((x) => ({ elem: x, as: x.kind, attach: x.captionOf })) }];
  };

  it('writes the pictures left to right, and "(a)" is linked to the left one as in the gold', () => {
    const w = emitUnstructured('row', 'en', row(), makeRng(1));
    const types = (w.input as { type: string }[]).map((x) => x.type);
    expect(types.slice(1, 3)).toEqual(['Image', 'Image']);
    const placedAt = (ref: string) => w.placed.find((p) => p.ref === ref)?.elem.bbox[0];
    expect([placedAt('/1'), placedAt('/2')]).toEqual([80, 310]);
    const r = readInput('elements.json', w.input);
    const got = reconstruct(r.document, resolveEngineOptions({})).captions.links.map((l) => [l.caption, l.target]);
    const gold = writerGold(w.placed).captions.map((c) => [c.caption, c.target]);
    const sub = (t: string) => [...r.byRef.values()].find((x) => x.text === t)?.ref;
    const pair = (t: string) => got.find(([c]) => c === r.document.elements.findIndex((x) => x.ref === sub(t)));
    expect(gold).toContainEqual([sub('(a) Before the change.'), '/1']);
    expect(pair('(a) Before the change.')?.[1]).toBe(r.document.elements.findIndex((x) => x.ref === '/1'));
  });
});
