// Paragraph merges on real parser outputs (test/fixtures, licences in test/fixtures/PROVENANCE.md), scored
// against the hand-checked gold of the same files (test-samples/gold, committed with the repository).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import type { Structure } from '../../src/model/structure.js';
import { stitchSync } from '../../src/pipeline.js';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const gold = (path: string): Structure =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../test-samples/gold/${path}`, import.meta.url)), 'utf8'));

/** The consecutive links of merge groups, "a|b", as the metrics count them. */
const links = (groups: string[][]) => new Set(groups.flatMap((g) => g.slice(1).map((r, i) => `${g[i]}|${r}`)));

describe('paragraph merges the parser made itself', () => {
  const name = 'mineru/api-pipeline3-naacl2024-long116_content_list';
  const result = stitchSync(loadInput(fixture(`${name}.json`)));
  const expected = links(gold(`${name}.structure.json`).paragraphMerges);
  const predicted = links(result.structure.paragraphMerges);

  it('lists every block MinerU emptied into an earlier one in the group of that block (MinerU content list)', () => {
    const emptied = result.document.elements.filter((e) => e.type === 'text' && e.hints?.parserMergedWith);
    expect(emptied.length).toBeGreaterThanOrEqual(10);
    for (const e of emptied) {
      const [absorber] = e.hints?.parserMergedWith ?? [];
      expect(predicted.has(`${absorber}|${e.ref}`), `${absorber} + ${e.ref}`).toBe(true);
    }
    const decisions = result.decisions.filter((d) => d.ruleId === 'text-merge.parser-merged');
    expect(decisions.length).toBe(emptied.length);
    expect(decisions.every((d) => d.features?.some((f) => f.id === 'text-merge.parser-merged'))).toBe(true);
  });

  it('finds every gold link of the file, and no link the gold lacks', () => {
    expect([...expected].filter((l) => !predicted.has(l))).toEqual([]);
    expect([...predicted].filter((l) => !expected.has(l))).toEqual([]);
  });

  it('keeps the emptied blocks in the tree with the paragraph, not in dropped', () => {
    const emptied = result.document.elements.filter((e) => e.type === 'text' && e.hints?.parserMergedWith);
    const dropped = new Set(result.dropped.map((d) => d.ref));
    for (const e of emptied) expect(dropped.has(e.ref), e.ref).toBe(false);
  });
});
