// structure.json and chunks.jsonl are handed to the writer in pieces (src/cli/outputs.ts), never as one string:
// the pieces must join to the very text of JSON.stringify(structure, null, 2) and of chunksJsonl, on a real
// document (the committed MinerU content_list fixture, MIT, test/fixtures/PROVENANCE.md).
import { describe, expect, it } from 'vitest';
import { outputContents } from '../../src/cli/outputs.js';
import { stitchSync } from '../../src/pipeline.js';
import { chunkResult, chunksJsonl } from '../../src/retrieval/chunk.js';

describe('outputs written in pieces', () => {
  it('structure.json and chunks.jsonl join to their one-string texts', () => {
    const result = stitchSync('test/fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json');
    const contents = outputContents(result, ['structure', 'chunks'], { chunks: { maxTokens: 200 } });
    const pieces = (name: string) => {
      const content = contents[name];
      if (typeof content === 'string') throw new Error(`${name} is one string`);
      const parts: string[] = [];
      content((s) => parts.push(s));
      return parts;
    };
    const structure = pieces('structure.json');
    expect(structure.length).toBeGreaterThan(10);
    expect(structure.join('')).toBe(`${JSON.stringify(result.structure, null, 2)}\n`);
    const chunks = pieces('chunks.jsonl');
    const expected = chunksJsonl(chunkResult(result, { maxTokens: 200 }).chunks);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(expected);
  });
});
