// Every MinerU sample in ../shared/samples/mineru (read in place: most are AGPL and never copied) loads,
// is auto-detected as the right adapter, has sane boxes, and its source objects are all accounted for.
// The MinerU adapters must also not claim any other parser's sample.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../src/adapters/index.js';
import { mineruContentList } from '../src/adapters/mineru-content-list.js';
import { mineruContentListV2 } from '../src/adapters/mineru-content-list-v2.js';
import { mineruMiddle } from '../src/adapters/mineru-middle.js';
import { mineruModel } from '../src/adapters/mineru-model.js';
import { popoBlocks } from '../src/adapters/popo.js';
import { loadInput } from '../src/io/load.js';
import type { ParsedDocument } from '../src/model/element.js';
import { resolvePointer } from '../src/model/pointer.js';

const SAMPLES = fileURLToPath(new URL('../../shared/samples/', import.meta.url));
const MINERU = join(SAMPLES, 'mineru');
const available = existsSync(MINERU);
const mineruFiles = available ? readdirSync(MINERU).filter((f) => f.endsWith('.json')) : [];

function expectedAdapter(name: string): string {
  if (name.endsWith('_content_list_v2.json')) return 'mineru-content-list-v2';
  if (name.endsWith('_content_list.json')) return 'mineru-content-list';
  if (name.endsWith('_middle.json')) return 'mineru-middle';
  if (name.endsWith('_model.json')) return 'mineru-model';
  throw new Error(`unexpected sample ${name}`);
}

type Json = Record<string, unknown>;

/** Pointers of the source objects that must each be an element or dropped. */
function sourceObjects(adapter: string, json: unknown): string[] {
  if (adapter === 'mineru-content-list') {
    return (json as Json[]).flatMap((entry, i) => [
      `/${i}`,
      ...Object.entries(entry)
        .filter(([k, v]) => /_(caption|footnote)$/.test(k) && Array.isArray(v))
        .flatMap(([k, v]) => (v as unknown[]).map((_, n) => `/${i}/${k}/${n}`)),
    ]);
  }
  if (adapter === 'mineru-content-list-v2') return (json as Json[][]).flatMap((p, i) => p.map((_, k) => `/${i}/${k}`));
  if (adapter === 'mineru-middle') {
    return ((json as Json).pdf_info as Json[]).flatMap((page, p) => [
      ...(page.para_blocks as Json[]).flatMap((b, i) =>
        Array.isArray(b.blocks) && b.blocks.length > 0
          ? b.blocks.map((_, k) => `/pdf_info/${p}/para_blocks/${i}/blocks/${k}`)
          : [`/pdf_info/${p}/para_blocks/${i}`],
      ),
      ...(page.discarded_blocks as Json[]).map((_, i) => `/pdf_info/${p}/discarded_blocks/${i}`),
    ]);
  }
  // model.json: every layout-level detection (spans may be absorbed into a block)
  const spanCategories = new Set([13, 14, 15, 16]);
  return (json as Json[]).flatMap((page, p) =>
    (page.layout_dets as Json[])
      .map((d, i) => ({ d, ptr: `/${p}/layout_dets/${i}` }))
      .filter(({ d }) => !spanCategories.has(d.category_id as number))
      .map(({ ptr }) => ptr),
  );
}

function expectSane(doc: ParsedDocument) {
  for (const e of doc.elements) {
    if (!e.bbox) continue;
    const [x1, y1, x2, y2] = e.bbox;
    expect(x1 >= 0 && y1 >= 0 && x2 <= 1 && y2 <= 1 && x1 <= x2 && y1 <= y2, `${e.ref} ${e.bbox}`).toBe(true);
  }
}

describe.skipIf(!available)('MinerU samples', () => {
  for (const name of mineruFiles) {
    it(`${name} reads as ${expectedAdapter(name)}`, () => {
      const input = loadInput(join(MINERU, name));
      const { adapter, document: doc } = readWithAdapter(input);
      expect(adapter.name).toBe(expectedAdapter(name));
      expect(doc.elements.length).toBeGreaterThan(10);
      expectSane(doc);
      const json = input.files[0].json;
      const refs = new Set([...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0])]);
      const missing = sourceObjects(adapter.name, json).filter((p) => !refs.has(p));
      expect(missing).toEqual([]);
      for (const e of doc.elements) expect(resolvePointer(json, e.ref), e.ref).toBeDefined();
      expect(doc.elements.map((e) => e.id)).toEqual(doc.elements.map((_, i) => i));
      // pages are declared without gaps
      expect(doc.pages.map((p) => p.page)).toEqual(doc.pages.map((_, i) => i + 1));
    });
  }

  it('magic-pdf 0.10 content_list has no boxes; pipeline 2.7.6 has discarded entries typed as furniture', () => {
    const old = readWithAdapter(loadInput(join(MINERU, 'magicpdf-0.10-demo1_content_list.json'))).document;
    expect(old.elements.every((e) => e.bbox === null)).toBe(true);
    expect(old.elements.some((e) => e.type === 'image_caption' && e.ref.includes('/img_caption/'))).toBe(true);
    const thesis = readWithAdapter(loadInput(join(MINERU, 'pipeline-zh-thesis_content_list.json'))).document;
    const discarded = thesis.elements.filter((e) => e.sourceType === 'discarded');
    expect(discarded.length).toBeGreaterThan(100);
    expect(new Set(discarded.map((e) => e.type))).toContain('header');
    expect(new Set(discarded.map((e) => e.type))).toContain('page_number');
  });

  it('middle.json: cross-page table merges of pipeline 2.7.6 are split back with hints', () => {
    const doc = readWithAdapter(loadInput(join(MINERU, 'pipeline-svolt-datasheet_middle.json'))).document;
    const second = doc.elements.find((e) => e.ref === '/pdf_info/3/para_blocks/0/blocks/0')!;
    expect(second.type).toBe('table');
    expect(second.html).toMatch(/<table>/);
    expect(second.hints?.parserMergedWith).toEqual(['/pdf_info/2/para_blocks/1/blocks/0']);
    expect(doc.warnings).toEqual([]);
  });

  it('model.json in OCR mode carries text; in txt mode it warns that text is missing', () => {
    const ocr = readWithAdapter(loadInput(join(MINERU, 'magicpdf-ocr-research-report_model.json'))).document;
    const texts = ocr.elements.filter((e) => e.type === 'text');
    // one low-score (0.57) text box overlapping a table holds no OCR line
    expect(texts.filter((e) => e.text.length === 0).map((e) => e.ref)).toEqual(['/3/layout_dets/17']);
    expect(ocr.warnings).toEqual([]);
    const txt = readWithAdapter(loadInput(join(MINERU, 'pipeline-aaai26-paper_model.json'))).document;
    expect(txt.warnings.map((w) => w.ruleId)).toContain('mineru.model-no-text');
  });
});

const otherSamples = available
  ? readdirSync(SAMPLES)
      .filter((d) => d !== 'mineru' && statSync(join(SAMPLES, d)).isDirectory())
      .flatMap((d) =>
        readdirSync(join(SAMPLES, d))
          .filter((f) => f.endsWith('.json') && !f.endsWith('.source.json'))
          .map((f) => join(d, f)),
      )
  : [];

describe.skipIf(!available)('MinerU adapters do not claim other parsers’ samples', () => {
  const mine = [mineruContentList, mineruContentListV2, mineruMiddle, mineruModel, popoBlocks];
  for (const rel of otherSamples) {
    it(rel, () => {
      const input = loadInput(join(SAMPLES, rel));
      for (const adapter of mine) expect(adapter.detect(input), adapter.name).toBeLessThan(0.5);
    });
  }
  it('each MinerU sample is claimed by exactly one MinerU adapter', () => {
    for (const name of mineruFiles) {
      const input = loadInput(join(MINERU, name));
      expect(mine.filter((a) => a.detect(input) >= 0.5).map((a) => a.name)).toEqual([expectedAdapter(name)]);
    }
  });
});
