// Every Marker sample in ../shared/samples/marker (GPL-3.0: read in place, never copied): auto-detected,
// every block accounted for, refs resolve to the block they name, boxes on the page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../src/adapters/index.js';
import { loadInput } from '../src/io/load.js';
import { resolvePointer } from '../src/model/pointer.js';
import { expectSaneBoxes, expectUnits, markerUnits } from '../test/adapters/layout-accounting.js';

const dir = fileURLToPath(new URL('../../shared/samples/marker/', import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];

describe.skipIf(files.length === 0)('marker samples', () => {
  it.each(files)('%s', (name) => {
    const path = `${dir}${name}`;
    const { adapter, document: doc } = readWithAdapter(loadInput(path));
    expect(adapter.name).toBe('marker');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expectUnits(doc, markerUnits(json));
    expectSaneBoxes(doc);
    expect(doc.pages.length).toBe(json.children.length);
    for (const el of doc.elements) {
      const block = resolvePointer(json, el.ref) as { block_type: string; id: string };
      expect(block.block_type).toBe(el.sourceType);
      expect(block.id.startsWith(`/page/${el.page - 1}/`)).toBe(true);
    }
    const headings = doc.elements.filter((e) => e.sourceType === 'SectionHeader');
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.every((h) => typeof h.hints?.level === 'number')).toBe(true);
    expect(doc.elements.filter((e) => e.type === 'table').every((t) => t.html?.startsWith('<table'))).toBe(true);
  });
});
