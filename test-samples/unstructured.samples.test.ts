// Every Unstructured sample in ../shared/samples/unstructured (read in place): auto-detected, every entry
// accounted for, refs resolve to the entry they name, boxes on the page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../src/adapters/index.js';
import { loadInput } from '../src/io/load.js';
import { resolvePointer } from '../src/model/pointer.js';
import { expectSaneBoxes, expectUnits, unstructuredUnits } from '../test/adapters/layout-accounting.js';

const dir = fileURLToPath(new URL('../../shared/samples/unstructured/', import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];

describe.skipIf(files.length === 0)('unstructured samples', () => {
  it.each(files)('%s', (name) => {
    const path = `${dir}${name}`;
    const { adapter, document: doc } = readWithAdapter(loadInput(path));
    expect(adapter.name).toBe('unstructured');
    const json = JSON.parse(readFileSync(path, 'utf8')) as Array<{ type: string; metadata: Record<string, unknown> }>;
    expectUnits(doc, unstructuredUnits(json));
    expectSaneBoxes(doc);
    for (const el of doc.elements) {
      const entry = resolvePointer(json, el.ref) as (typeof json)[number];
      expect(entry.type).toBe(el.sourceType);
      expect(el.page).toBe(entry.metadata.page_number);
      expect(el.bbox === null).toBe(entry.metadata.coordinates === undefined);
    }
  });
});
