// The whole pipeline over every committed real or hand-made parser output: the tree invariants hold.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../src/io/load.js';
import { stitchSync } from '../src/pipeline.js';
import { checkInvariants } from './helpers/invariants.js';
import { checkMarkdownRoundTrip } from './helpers/markdown-roundtrip.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Fixture inputs: each JSON file, and each folder of per-page files. */
function inputs(): string[] {
  const out: string[] = [];
  for (const format of readdirSync(fixtures)) {
    const dir = join(fixtures, format);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory() || (name.endsWith('.json') && !name.endsWith('.source.json'))) out.push(path);
    }
  }
  return out.sort();
}

describe('pipeline invariants and the document.md round trip on fixtures', () => {
  it('has fixtures to run on', () => {
    expect(inputs().length).toBeGreaterThan(15);
  });

  for (const path of inputs()) {
    it(path.slice(fixtures.length), () => {
      const input = loadInput(path);
      const result = stitchSync(input);
      checkInvariants(result, input);
      checkMarkdownRoundTrip(result.tree, result.markdown());
    });
  }
});

describe('pipeline on the bundled example', () => {
  const path = fileURLToPath(new URL('../examples/naacl2024-long116.mineru_content_list.json', import.meta.url));

  it('levels the flat MinerU titles: sections under numbered headings', () => {
    const result = stitchSync(path);
    const headings = result.structure.headings;
    const byText = new Map(
      headings.map((h) => [result.document.elements.find((e) => e.ref === h.ref)!.text.trim(), h.level]),
    );
    // Checked by hand against the file: "1 Introduction" and "2 Related Work" are top sections, "3.1 …" a subsection.
    const top = [...byText.entries()].filter(([t]) => /^\d+ /.test(t));
    const sub = [...byText.entries()].filter(([t]) => /^\d+\.\d+ /.test(t));
    expect(top.length).toBeGreaterThan(3);
    expect(sub.length).toBeGreaterThan(1);
    const topLevel = top[0][1];
    for (const [, level] of top) expect(level).toBe(topLevel);
    for (const [, level] of sub) expect(level).toBe(topLevel + 1);
  });
});
