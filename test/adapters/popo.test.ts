// popo: a hand-written imitation of MinerU-Popo's normalized per-document block file
// (opendatalab/MinerU-Popo ships no example inputs).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectAdapter, readWithAdapter } from '../../src/adapters/index.js';
import { popoBlocks } from '../../src/adapters/popo.js';
import type { AdapterInput } from '../../src/io/load.js';
import { loadInput } from '../../src/io/load.js';
import { resolvePointer } from '../../src/model/pointer.js';

const PATH = fileURLToPath(new URL('../fixtures/popo/popo-pages.handwritten.json', import.meta.url));
const inline = (json: unknown): AdapterInput => ({
  path: 'p.json',
  isFolder: false,
  files: [{ path: 'p.json', name: '', json }],
});

describe('popo', () => {
  const input = loadInput(PATH);
  const json = input.files[0].json as { pages: Record<string, unknown[]> };
  const { adapter, document: doc } = readWithAdapter(input);
  const byRef = new Map(doc.elements.map((e) => [e.ref, e]));

  it('is detected as popo', () => {
    expect(adapter.name).toBe('popo');
    expect(detectAdapter(input).name).toBe('popo');
  });

  it('reads page-keyed blocks with 0–1 boxes, levels and furniture source labels', () => {
    expect(byRef.get('/pages/1/0')).toMatchObject({
      type: 'header',
      sourceType: 'text',
      page: 1,
      bbox: [0.1, 0.02, 0.5, 0.04],
    });
    expect(byRef.get('/pages/1/1')).toMatchObject({ type: 'title', hints: { level: 1 } });
    expect(byRef.get('/pages/2/0')).toMatchObject({ type: 'text', page: 2, text: 'on the next page.' });
    expect(byRef.get('/pages/2/2')).toMatchObject({ type: 'table', text: '1\t2' });
    expect(byRef.get('/pages/2/3')?.hints?.latex).toBe('a+b');
  });

  it('drops unknown block types and accounts for every block', () => {
    expect(doc.dropped).toEqual([
      expect.objectContaining({ ruleId: 'popo.unknown-type', place: { refs: ['/pages/2/4'], page: 2 } }),
    ]);
    const total = Object.values(json.pages).flat().length;
    expect(doc.elements.length + doc.dropped.length).toBe(total);
    for (const e of doc.elements) expect(resolvePointer(json, e.ref)).toBeDefined();
    expect(resolvePointer(json, '/pages/1/2')).toBe(json.pages['1'][2]);
  });

  it('reads a bare page map and 0–1000 boxes', () => {
    const bare = { '1': [{ type: 'text', content: 'x', bbox: [100, 200, 500, 300] }] };
    expect(popoBlocks.detect(inline(bare))).toBeGreaterThan(0.5);
    const d = popoBlocks.read(inline(bare));
    expect(d.elements[0]).toMatchObject({ ref: '/1/0', bbox: [0.1, 0.2, 0.5, 0.3] });
  });

  it('does not claim Docling-like page maps (pages of objects, not block lists)', () => {
    expect(popoBlocks.detect(inline({ pages: { '1': { size: { width: 1, height: 1 }, page_no: 1 } } }))).toBe(0);
  });
});
