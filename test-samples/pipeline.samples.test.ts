// Every real parser output in ../shared/samples/ goes through the whole pipeline and produces all three
// outputs, with accounting that adds up and the tree invariants holding.
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderOutputs } from '../src/cli/outputs.js';
import { loadInput } from '../src/io/load.js';
import { stitchSync } from '../src/pipeline.js';
import { checkInvariants } from '../test/helpers/invariants.js';
import { checkMarkdownRoundTrip } from '../test/helpers/markdown-roundtrip.js';

const samples = fileURLToPath(new URL('../../shared/samples/', import.meta.url));

function sampleFiles(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(samples)) {
    const path = join(samples, dir);
    if (!statSync(path).isDirectory()) continue;
    for (const name of readdirSync(path)) {
      if (name.endsWith('.json') && !name.endsWith('.source.json')) out.push(join(path, name));
    }
  }
  return out.sort();
}

describe('whole pipeline on every shared sample', () => {
  it('finds the samples', () => {
    expect(sampleFiles().length).toBeGreaterThanOrEqual(40);
  });

  for (const path of sampleFiles()) {
    it(path.slice(samples.length), () => {
      const input = loadInput(path);
      const result = stitchSync(input);
      checkInvariants(result, input);
      const files = renderOutputs(result, ['tree', 'md', 'structure']);
      expect(Object.keys(files).sort()).toEqual(['document.json', 'document.md', 'structure.json']);
      expect(result.accounting.read).toBeGreaterThan(0);
      checkMarkdownRoundTrip(result.tree, files['document.md']);
    });
  }

  it('the three PP-StructureV3 pages as a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docstitch-paddle-'));
    for (const p of [0, 1, 2]) {
      const name = `ppstructurev3-vi-epolicy-3p_page${p}_res.json`;
      cpSync(join(samples, 'paddleocr', name), join(dir, name));
    }
    const input = loadInput(dir);
    const result = stitchSync(input);
    checkInvariants(result, input);
    checkMarkdownRoundTrip(result.tree, result.markdown());
    expect(result.document.pages.length).toBe(3);
  });
});
