// mineru-content-list-v2: the MIT MinerU 3.4.4 sample (naacl2024-long116, content_list_v2.json).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectAdapter, readWithAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import { resolvePointer } from '../../src/model/pointer.js';

const PATH = fileURLToPath(
  new URL('../fixtures/mineru/api-pipeline3-naacl2024-long116_content_list_v2.json', import.meta.url),
);

describe('mineru-content-list-v2', () => {
  const input = loadInput(PATH);
  const json = input.files[0].json as Array<Array<Record<string, unknown>>>;
  const { adapter, document: doc } = readWithAdapter(input);
  const byRef = new Map(doc.elements.map((e) => [e.ref, e]));

  it('is detected as v2, not as the flat content list or model.json', () => {
    expect(adapter.name).toBe('mineru-content-list-v2');
    expect(detectAdapter(input).name).toBe('mineru-content-list-v2');
  });

  it('reads a title with its level and per-mille box', () => {
    // [0][0]: {"type":"title","content":{"title_content":[…],"level":1},"bbox":[122,89,875,129]}
    expect(byRef.get('/0/0')).toMatchObject({
      type: 'title',
      page: 1,
      bbox: [0.122, 0.089, 0.875, 0.129],
      hints: { level: 1 },
    });
    expect(byRef.get('/0/0')?.text).toMatch(/^Quantum-inspired Language Model/);
  });

  it('maps page_footer / page_number / page_footnote', () => {
    expect(byRef.get('/0/10')?.type).toBe('page_footnote');
    expect(byRef.get('/0/11')).toMatchObject({ type: 'page_number', text: '2112' });
    expect(byRef.get('/0/12')?.type).toBe('footer');
  });

  it('emits a table caption before its table, nested, without a box', () => {
    // [4][7]: table, bbox [512,627,882,733], caption "Table 1: Dataset statistics."
    const table = byRef.get('/4/7')!;
    const caption = byRef.get('/4/7/content/table_caption')!;
    expect(table).toMatchObject({ type: 'table', page: 5, bbox: [0.512, 0.627, 0.882, 0.733] });
    expect(table.html).toMatch(/^<table>/);
    expect(table.text).toContain('Dataset\tTrain');
    expect(caption).toMatchObject({ type: 'table_caption', bbox: null, text: 'Table 1: Dataset statistics.' });
    expect(caption.hints?.nestedIn).toBe('/4/7');
    expect(caption.id).toBe(table.id - 1);
    expect(resolvePointer(json, caption.ref)).toBe(
      json[4][7].content && (json[4][7].content as Record<string, unknown>).table_caption,
    );
    expect(byRef.has('/4/7/content/table_footnote')).toBe(false); // empty array: no element
  });

  it('renders inline equations as $…$ and reads display equations', () => {
    const eq = byRef.get('/1/11')!;
    expect(eq.type).toBe('equation');
    expect(eq.hints?.latex).toBe('| \\psi \\rangle = \\alpha | 0 \\rangle + \\beta | 1 \\rangle ,\\tag{1}');
    const withInline = doc.elements.find((e) => e.text.includes('In Section $^ { 6 , }$ we draw'));
    expect(withInline).toBeDefined();
  });

  it('reads a reference list as one list_item element', () => {
    const list = byRef.get('/8/1')!;
    expect(list).toMatchObject({ type: 'list_item', bbox: [0.115, 0.108, 0.489, 0.16] });
    const items = (json[8][1].content as { list_items: unknown[] }).list_items;
    expect(list.text.split('\n')).toHaveLength(items.length);
  });

  it('accounts for every block; refs resolve', () => {
    const refs = new Set([...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0])]);
    json.forEach((page, p) => {
      for (let i = 0; i < page.length; i++) expect(refs.has(`/${p}/${i}`)).toBe(true);
    });
    for (const e of doc.elements) expect(resolvePointer(json, e.ref)).toBeDefined();
    expect(resolvePointer(json, '/0/0')).toBe(json[0][0]);
    expect(doc.pages).toHaveLength(10);
  });

  it("names the paragraph an emptied one's lines were moved into (MinerU's own merge, as in content_list.json)", () => {
    // hand-made, as the dev document naacl2024-long122 gives it: a paragraph cut by the page break, its second part
    // emptied (`paragraph_content: []`) and its lines moved into the first
    const para = (text: string) => ({
      type: 'paragraph',
      content: { paragraph_content: text ? [{ type: 'text', content: text }] : [] },
      bbox: [100, 100, 500, 200],
    });
    const title = {
      type: 'title',
      content: { title_content: [{ type: 'text', content: '2 Method' }], level: 2 },
      bbox: [100, 50, 300, 70],
    };
    const file = {
      path: 'v2.json',
      json: [[para('We ask two questions and answer both'), title, para('Then one more.')], [para('')]],
    };
    const read = readWithAdapter({ path: 'v2.json', isFolder: false, files: [file] } as never).document;
    expect(read.elements.map((e) => e.hints?.parserMergedWith)).toEqual([undefined, undefined, undefined, ['/0/2']]);
  });
});
