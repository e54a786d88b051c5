// mineru-content-list: the MIT MinerU 3.4.4 sample (naacl2024-long116) and a hand-written VLM-style file.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectAdapter, readWithAdapter } from '../../src/adapters/index.js';
import { mineruContentList } from '../../src/adapters/mineru-content-list.js';
import { loadInput } from '../../src/io/load.js';
import { DocstitchError } from '../../src/model/errors.js';
import { resolvePointer } from '../../src/model/pointer.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/mineru/${name}`, import.meta.url));
const REAL = fixture('api-pipeline3-naacl2024-long116_content_list.json');
const VLM = fixture('vlm-content-list.handwritten.json');

function read(path: string) {
  const input = loadInput(path);
  return { input, json: input.files[0].json as Array<Record<string, unknown>>, doc: readWithAdapter(input).document };
}

describe('mineru-content-list on a MinerU 3.4.4 pipeline file', () => {
  const { input, json, doc } = read(REAL);
  const byRef = new Map(doc.elements.map((e) => [e.ref, e]));

  it('is detected as content_list and nothing else', () => {
    expect(detectAdapter(input).name).toBe('mineru-content-list');
  });

  it('maps a text_level entry to a title with its level and its per-mille box to 0–1', () => {
    // entry 0: {"type":"text","text_level":1,"bbox":[122,89,875,129],"page_idx":0}
    const title = byRef.get('/0')!;
    expect(title.type).toBe('title');
    expect(title.hints?.level).toBe(1);
    expect(title.page).toBe(1);
    expect(title.bbox).toEqual([0.122, 0.089, 0.875, 0.129]);
    expect(byRef.get('/3')?.hints?.level).toBe(2); // "Abstract", text_level 2
  });

  it('types furniture entries and keeps their boxes', () => {
    // entry 11: {"type":"page_number","text":"2112","bbox":[478,928,522,942],"page_idx":0}
    expect(byRef.get('/11')).toMatchObject({ type: 'page_number', text: '2112', bbox: [0.478, 0.928, 0.522, 0.942] });
    expect(byRef.get('/10')?.type).toBe('page_footnote');
    expect(byRef.get('/12')?.type).toBe('footer');
  });

  it('puts a table caption before its table and footnotes after, with nested refs', () => {
    // entry 103: table on page_idx 7, bbox [131,108,868,329], one caption, one footnote
    const ids = ['/103/table_caption/0', '/103', '/103/table_footnote/0'].map((r) => byRef.get(r)!.id);
    expect(ids[1]).toBe(ids[0] + 1);
    expect(ids[2]).toBe(ids[1] + 1);
    const caption = byRef.get('/103/table_caption/0')!;
    expect(caption).toMatchObject({ type: 'table_caption', bbox: null, page: 8, hints: { nestedIn: '/103' } });
    expect(resolvePointer(json, caption.ref)).toBe(caption.text);
    expect(caption.text).toMatch(/^Table 5: Ablation/);
    expect(byRef.get('/103/table_footnote/0')?.type).toBe('table_footnote');
    const table = byRef.get('/103')!;
    expect(table.bbox).toEqual([0.131, 0.108, 0.868, 0.329]);
    expect(table.html).toMatch(/^<table>/);
    expect(table.text).toContain('ACCURACY');
    expect(table.text).not.toContain('<td>');
  });

  it('puts image captions after the image', () => {
    const image = byRef.get('/34')!;
    const caption = byRef.get('/34/image_caption/0')!;
    expect(image.type).toBe('image');
    expect(image.hints?.imagePath).toMatch(/^images\/4e6262db/);
    expect(caption.id).toBe(image.id + 1);
    expect(caption).toMatchObject({ type: 'image_caption', text: 'Figure 1: The process of quantum computation.' });
  });

  it('reads equations with their LaTeX and lists as one list_item element', () => {
    const eq = byRef.get('/24')!;
    expect(eq.type).toBe('equation');
    expect(eq.hints?.latex).toBe('| \\psi \\rangle = \\alpha | 0 \\rangle + \\beta | 1 \\rangle ,\\tag{1}');
    const list = byRef.get('/114')!;
    expect(list.type).toBe('list_item');
    expect(list.text.split('\n')).toHaveLength((json[114].list_items as string[]).length);
  });

  it('marks the emptied paragraph MinerU merged into the previous one', () => {
    // entry 7 is {"type":"text","text":""} right after paragraph 6
    expect(byRef.get('/7')?.hints?.parserMergedWith).toEqual(['/6']);
  });

  it('refs resolve to the source objects, and elements + dropped account for every entry', () => {
    for (const e of doc.elements) expect(resolvePointer(json, e.ref)).toBeDefined();
    expect(resolvePointer(json, byRef.get('/69')!.ref)).toBe(json[69]);
    const refs = new Set([...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0])]);
    json.forEach((entry, i) => {
      expect(refs.has(`/${i}`)).toBe(true);
      for (const key of ['table_caption', 'table_footnote', 'image_caption', 'image_footnote']) {
        const nested = (entry[key] as unknown[]) ?? [];
        for (let k = 0; k < nested.length; k++) expect(refs.has(`/${i}/${key}/${k}`)).toBe(true);
      }
    });
    expect(doc.elements.map((e) => e.id)).toEqual(doc.elements.map((_, i) => i));
    expect(doc.pages).toHaveLength(10);
  });
});

describe('mineru-content-list on a VLM-backend style file (hand-written imitation)', () => {
  const { json, doc } = read(VLM);
  const byRef = new Map(doc.elements.map((e) => [e.ref, e]));

  it('types header / aside_text / page_number / list / discarded entries', () => {
    expect(byRef.get('/0')?.type).toBe('header');
    expect(byRef.get('/1')).toMatchObject({ type: 'title', hints: { level: 1 } });
    expect(byRef.get('/3')).toMatchObject({ type: 'list_item', text: '(1) one\n(2) two' });
    expect(byRef.get('/4')?.type).toBe('aside_text');
    expect(byRef.get('/5')?.type).toBe('page_number');
    // a "discarded" entry low on the page whose text is a number: page number
    expect(byRef.get('/10')).toMatchObject({ type: 'page_number', sourceType: 'discarded' });
  });

  it('strips the $$ delimiters for hints.latex', () => {
    expect(byRef.get('/6')?.hints?.latex).toBe('2 x = 4');
  });

  it('drops unknown entry types with a reason', () => {
    expect(doc.dropped).toEqual([
      expect.objectContaining({ ruleId: 'mineru.unknown-type', place: { refs: ['/11'], page: 2 } }),
    ]);
    expect(doc.elements.length + doc.dropped.length).toBe(json.length + 3); // + caption, table footnote, image caption
  });
});

describe('mineru-content-list errors', () => {
  it('gives a schema error with the pointer for a malformed entry', () => {
    const input = {
      path: 'x.json',
      isFolder: false,
      files: [{ path: 'x.json', name: '', json: [{ type: 'text', text: 'a', page_idx: 0, bbox: [1, 2, 'x', 4] }] }],
    };
    expect(mineruContentList.detect(input)).toBeGreaterThan(0.5);
    try {
      mineruContentList.read(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocstitchError);
      expect((error as DocstitchError).kind).toBe('schema');
      expect((error as DocstitchError).pointer).toBe('/0/bbox');
    }
  });
});

describe('mineru-content-list names each source object once', () => {
  // The builder keeps no Map of refs for this adapter (DocumentBuilder `uniqueRefs`): that is safe only while no two
  // elements it emits share a ref, nested captions and footnotes of floats included.
  for (const path of [REAL, VLM]) {
    it(`gives every element of ${path.split('/').pop()} its own ref`, () => {
      const { doc } = read(path);
      expect(doc.elements.some((e) => e.hints?.nestedIn)).toBe(true);
      expect(new Set(doc.elements.map((e) => e.ref)).size).toBe(doc.elements.length);
    });
  }
});
