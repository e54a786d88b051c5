// mineru-model: hand-written imitations of MinerU's pipeline model.json (layout_dets + page_info) and of
// the VLM backend's model.json (pages of {type, bbox 0–1, angle, content}). No MIT-licensed real
// model.json was available; the AGPL ones are checked in test-samples/.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectAdapter, readWithAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import { resolvePointer } from '../../src/model/pointer.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/mineru/${name}`, import.meta.url));

describe('mineru-model, pipeline style', () => {
  const input = loadInput(fixture('pipeline-model.handwritten.json'));
  const json = input.files[0].json as Array<{ layout_dets: unknown[] }>;
  const { adapter, document: doc } = readWithAdapter(input);
  const byRef = new Map(doc.elements.map((e) => [e.ref, e]));

  it('is detected as model.json', () => {
    expect(adapter.name).toBe('mineru-model');
    expect(detectAdapter(input).name).toBe('mineru-model');
  });

  it('normalizes poly by page_info size', () => {
    // /0/layout_dets/2: text, poly x 100..480, y 300..600 on a 1000×2000 page
    expect(byRef.get('/0/layout_dets/2')?.bbox).toEqual([0.1, 0.15, 0.48, 0.3]);
    // /1/layout_dets/0: table, x 100..900, y 400..800
    expect(byRef.get('/1/layout_dets/0')?.bbox).toEqual([0.1, 0.2, 0.9, 0.4]);
  });

  it('orders unordered detections by XY-cut: header, title, left column, right column', () => {
    const page1 = doc.elements.filter((e) => e.page === 1).map((e) => e.ref);
    expect(page1).toEqual(['/0/layout_dets/0', '/0/layout_dets/3', '/0/layout_dets/2', '/0/layout_dets/1']);
    const page2 = doc.elements.filter((e) => e.page === 2).map((e) => e.ref);
    expect(page2).toEqual(['/1/layout_dets/1', '/1/layout_dets/0', '/1/layout_dets/2']);
  });

  it('maps categories and builds text from the OCR and inline-formula spans inside a box', () => {
    expect(byRef.get('/0/layout_dets/0')).toMatchObject({
      type: 'header',
      sourceType: 'abandon',
      text: 'Running head',
    });
    expect(byRef.get('/0/layout_dets/3')).toMatchObject({ type: 'title', text: 'A Title' });
    expect(byRef.get('/0/layout_dets/2')).toMatchObject({
      type: 'text',
      text: 'Left column first line second line with $x^2$',
      hints: { lineCount: 2, score: 0.97 },
    });
    expect(byRef.get('/1/layout_dets/1')).toMatchObject({ type: 'table_caption', text: 'Table 1: Values' });
    expect(byRef.get('/1/layout_dets/0')).toMatchObject({
      type: 'table',
      text: 'a\tb',
      html: '<table><tr><td>a</td><td>b</td></tr></table>',
    });
    expect(byRef.get('/1/layout_dets/2')).toMatchObject({ type: 'equation', hints: { latex: 'E = mc^2' } });
  });

  it('drops orphan spans, formula numbers and unknown categories with reasons', () => {
    expect(doc.dropped.map((d) => [d.place.refs[0], d.ruleId])).toEqual([
      ['/0/layout_dets/10', 'mineru.orphan-span'],
      ['/1/layout_dets/4', 'mineru.formula-number'],
      ['/1/layout_dets/6', 'mineru.unknown-type'],
    ]);
  });

  it('accounts for every detection: elements + dropped + absorbed spans', () => {
    const absorbed = [
      '/0/layout_dets/4',
      '/0/layout_dets/5',
      '/0/layout_dets/6',
      '/0/layout_dets/7',
      '/0/layout_dets/8',
      '/0/layout_dets/9',
      '/1/layout_dets/3',
      '/1/layout_dets/5',
    ];
    const all = json.flatMap((p, i) => p.layout_dets.map((_, k) => `/${i}/layout_dets/${k}`));
    const seen = [...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0]), ...absorbed];
    expect(new Set(seen)).toEqual(new Set(all));
    expect(seen).toHaveLength(all.length);
    for (const e of doc.elements) expect(resolvePointer(json, e.ref)).toBeDefined();
  });
});

describe('mineru-model, VLM style', () => {
  const input = loadInput(fixture('vlm-model.handwritten.json'));
  const json = input.files[0].json as unknown[][];
  const { adapter, document: doc } = readWithAdapter(input);
  const byRef = new Map(doc.elements.map((e) => [e.ref, e]));

  it('is detected as model.json', () => {
    expect(adapter.name).toBe('mineru-model');
  });

  it('keeps 0–1 boxes and maps types', () => {
    expect(byRef.get('/0/0')).toMatchObject({ type: 'header', bbox: [0.338, 0.029, 0.538, 0.055] });
    expect(byRef.get('/0/1')?.type).toBe('title');
    expect(byRef.get('/0/6')).toMatchObject({ type: 'page_number', text: '151' });
    expect(byRef.get('/1/0')).toMatchObject({ type: 'equation', hints: { latex: '2 x = 4' } });
    expect(byRef.get('/1/1')).toMatchObject({ type: 'table', text: 'n\t3' });
    expect(byRef.get('/1/2')?.type).toBe('table_caption');
  });

  it('turns text inside a list container into list items and drops the container', () => {
    expect(byRef.get('/0/2')?.type).toBe('list_item');
    expect(byRef.get('/0/3')?.type).toBe('list_item');
    expect(byRef.get('/0/5')?.type).toBe('text');
    expect(doc.dropped.map((d) => [d.place.refs[0], d.ruleId])).toEqual([
      ['/0/4', 'mineru.list-container'],
      ['/1/3', 'mineru.unknown-type'],
    ]);
    expect(doc.elements.length + doc.dropped.length).toBe(json.flat().length);
  });
});
