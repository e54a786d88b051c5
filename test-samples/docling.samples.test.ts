// Every Docling sample in ../shared/samples/docling (read in place): auto-detected, every item accounted for,
// refs resolve to the item they name, boxes on the page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../src/adapters/index.js';
import { loadInput } from '../src/io/load.js';
import { resolvePointer } from '../src/model/pointer.js';
import { doclingUnits, expectSaneBoxes, expectUnits } from '../test/adapters/layout-accounting.js';

const dir = fileURLToPath(new URL('../../shared/samples/docling/', import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];

describe.skipIf(files.length === 0)('docling samples', () => {
  it.each(files)('%s', (name) => {
    const path = `${dir}${name}`;
    const { adapter, document: doc } = readWithAdapter(loadInput(path));
    expect(adapter.name).toBe('docling');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expectUnits(doc, doclingUnits(json));
    expectSaneBoxes(doc);
    expect(doc.pages.length).toBe(Object.keys(json.pages).length);
    for (const el of doc.elements) {
      expect((resolvePointer(json, el.ref) as { self_ref: string }).self_ref).toBe(`#${el.ref}`);
      expect(el.page).toBeLessThanOrEqual(doc.pages.length);
    }
    expect(doc.elements.filter((e) => e.type === 'table').length).toBe(json.tables.length);
  });
});
