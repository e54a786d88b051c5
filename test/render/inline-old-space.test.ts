// Parsing a text's Markdown (src/render/inline.ts, mdast-util-from-markdown) must leave next to nothing in V8's old
// space: its garbage has to die young. mdast-util-from-markdown 2.1.0 made each handler's `this` as
// `{...context, sliceSerialize}`, and on Node 20 each such object (a spread, then a property added) left about
// 200 bytes in the old space, one per token: some 17 KB per 400-character listing, 90 MB through document.md at
// 10,000 pages, freed only by a full collection (session 25, docs/performance.md). 2.0.3, pinned in package.json
// (`Object.assign({sliceSerialize}, context)`), leaves a few hundred bytes a text. Measured in a process of its
// own (test/helpers/inline-old-space-probe.ts, hand-made listings shaped like MinerU's shell listings).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('../helpers/inline-old-space-probe.ts', import.meta.url));

describe('parsing a text as Markdown', () => {
  it('leaves under 3 KB a text in the old space', () => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe], { encoding: 'utf8' });
    const { perText, nodesPerText } = JSON.parse(out) as { perText: number; nodesPerText: number };
    expect(nodesPerText).toBeGreaterThan(5);
    expect(perText).toBeLessThan(3000);
  });
});
