// The package entry point exports the library API and it works end to end.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as docstitch from '../src/index.js';

const example = fileURLToPath(new URL('../examples/naacl2024-long116.mineru_content_list.json', import.meta.url));

describe('package entry point', () => {
  it('exports stitch and returns the tree, structure and decisions', async () => {
    const result = await docstitch.stitch(example);
    expect(result.format).toBe('mineru-content-list');
    expect(result.tree.type).toBe('root');
    expect(docstitch.structureSchema.parse(result.structure).headings.length).toBeGreaterThan(10);
    expect(result.decisions.every((d) => d.confidence >= 0 && d.confidence <= 1 && d.ruleId.includes('.'))).toBe(true);
    expect(docstitch.adapters.map((a) => a.name)).toContain('docling');
    expect(docstitch.BLOCK_TYPES).toHaveLength(17);
  });
});
