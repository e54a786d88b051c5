// writeJson (src/io/json-stream.ts) must write the very characters of JSON.stringify(value, null, indent), at
// every walking depth: on hand-made values (empty and nested containers, omitted and null-ed members, toJSON,
// strings with escapes and line breaks) and on a real document.json (the committed MinerU fixture, MIT).
import { describe, expect, it } from 'vitest';
import { documentJson } from '../../src/cli/outputs.js';
import { buffered, MappedItems, writeJson } from '../../src/io/json-stream.js';
import { stitchSync } from '../../src/pipeline.js';

function written(value: unknown, indent: number, depth?: number): string {
  const parts: string[] = [];
  writeJson(value, indent, (s) => parts.push(s), depth);
  return parts.join('');
}

const VALUES: unknown[] = [
  {},
  [],
  { a: [], b: {}, c: [[], [{}]], d: '' },
  { a: undefined, b: () => 1, c: Symbol('x'), d: null, e: [undefined, () => 1, null, 0] },
  { when: new Date(0), nested: { toJSON: (key: string) => ({ key }) }, list: [{ toJSON: () => undefined }] },
  { text: 'line\nbreak "quoted" \\ back\tslash \u2028 é 漢', n: -0.5, big: 1e21, t: true, f: false },
  [1, 'two', [3, [4, [5, [6, { seven: [8] }]]]]],
  Object.assign(Object.create(null), { plain: 'no prototype' }),
  { boxed: new String('s'), num: new Number(2), map: new Map([[1, 2]]) },
  { hasOwn: { tree: [1, { deep: [2] }] }, tree: { children: [{ a: [1] }] } },
  { many: Array.from({ length: 700 }, (_, i) => (i % 7 === 0 ? [i, { i }] : i % 11 === 0 ? undefined : { i })) },
  [Array.from({ length: 600 }, (_, i) => (i === 300 ? new Date(i) : i === 400 ? { toJSON: (k: string) => k } : [i]))],
  'a string',
  42,
  null,
];

describe('writeJson', () => {
  it('writes what JSON.stringify writes, at every depth and indent', () => {
    for (const value of VALUES) {
      for (const indent of [1, 2, 4]) {
        for (const depth of [0, 1, 2, 3, 4, 10]) {
          expect(written(value, indent, depth), JSON.stringify(value)).toBe(JSON.stringify(value, null, indent));
          const parts: string[] = [];
          writeJson(value, indent, (s) => parts.push(s), depth, { tree: 3, hasOwn: 0 });
          expect(parts.join('')).toBe(JSON.stringify(value, null, indent));
        }
      }
    }
  });

  it('writes a real document.json as JSON.stringify does', () => {
    const result = stitchSync('test/fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json');
    const doc = documentJson(result);
    expect(doc.elements.length).toBeGreaterThan(50);
    for (const depth of [1, 2, 4, 6]) expect(written(doc, 1, depth)).toBe(JSON.stringify(doc, null, 1));
    const parts: string[] = [];
    writeJson(doc, 1, (s) => parts.push(s), 2, { tree: 3, elements: 0 });
    expect(parts.join('')).toBe(JSON.stringify(doc, null, 1));
  });

  it('passes the pieces on in chunks of at least the size asked for', () => {
    const value = { list: Array.from({ length: 2000 }, (_, i) => ({ i })) };
    const chunks: string[] = [];
    const out = buffered((c) => chunks.push(c), 1000);
    writeJson(value, 1, out.write);
    out.end();
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.slice(0, -1).every((c) => c.length >= 1000)).toBe(true);
    expect(chunks.join('')).toBe(JSON.stringify(value, null, 1));
  });

  it('writes a mapped list as JSON.stringify writes the list its toJSON makes, mapping it a slice at a time', () => {
    const items = Array.from({ length: 700 }, (_, i) => i);
    const map = (i: number) => (i % 5 === 0 ? { i, t: `a\nb${i}` } : i % 7 === 0 ? { toJSON: () => [i] } : [i]);
    for (const value of [
      { a: 1, list: new MappedItems(items, map), b: [2] },
      { empty: new MappedItems([], map), one: new MappedItems([3], map) },
      [new MappedItems(items, map)],
    ]) {
      for (const depth of [0, 1, 2, 3]) {
        for (const memberDepth of [{}, { list: 1 }, { list: 0 }, { list: 2 }] as Record<string, number>[]) {
          const parts: string[] = [];
          writeJson(value, 2, (s) => parts.push(s), depth, memberDepth);
          expect(parts.join('')).toBe(JSON.stringify(value, null, 2));
        }
      }
    }
    // the first item is written before the 700 are all mapped: no mapped copy of the whole list
    let mapped = 0;
    let mappedAtFirstItem: number | undefined;
    const counting = new MappedItems(items, (i) => {
      mapped++;
      return { i };
    });
    writeJson({ list: counting }, 1, (s) => {
      if (mappedAtFirstItem === undefined && s.includes('"i"')) mappedAtFirstItem = mapped;
    });
    expect(mapped).toBe(700);
    expect(mappedAtFirstItem).toBeLessThanOrEqual(256);
  });

  it('refuses a value JSON.stringify would not write', () => {
    expect(JSON.stringify(undefined)).toBeUndefined();
    expect(() => written(undefined, 1)).toThrow(TypeError);
  });
});
