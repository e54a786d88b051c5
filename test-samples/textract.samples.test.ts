// Every Textract sample in ../shared/samples/textract (read in place): auto-detected, every block an element,
// dropped, or of a kind the adapter documents as absorbed; refs resolve; boxes on the page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../src/adapters/index.js';
import { loadInput } from '../src/io/load.js';
import { resolvePointer } from '../src/model/pointer.js';
import { expectSaneBoxes, expectTextractAccounted } from '../test/adapters/layout-accounting.js';

const dir = fileURLToPath(new URL('../../shared/samples/textract/', import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];

describe.skipIf(files.length === 0)('textract samples', () => {
  it.each(files)('%s', (name) => {
    const path = `${dir}${name}`;
    const { adapter, document: doc } = readWithAdapter(loadInput(path));
    expect(adapter.name).toBe('textract');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expectTextractAccounted(doc, [json], () => '');
    expectSaneBoxes(doc);
    for (const el of doc.elements) {
      const block = resolvePointer(json, el.ref) as { BlockType: string };
      expect(block.BlockType).toBe(el.sourceType);
    }
    const layoutBlocks = json.Blocks.filter((b: { BlockType: string }) => /^LAYOUT_(?!LIST)/.test(b.BlockType));
    expect(doc.elements.filter((e) => e.sourceType.startsWith('LAYOUT_')).length).toBe(layoutBlocks.length);
  });
});
