// Run as its own Node process by test/render/inline-old-space.test.ts (`node --expose-gc --import tsx`): parses
// hand-made Markdown listings with `inlineNodes` and prints the old space's growth per text, in bytes. A process of
// its own: inside the test runner's worker the same parse shows no growth with either version of the parser.
import { getHeapSpaceStatistics } from 'node:v8';
import { inlineNodes } from '../../src/render/inline.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const oldSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')?.space_used_size ?? 0;

/** A listing of `n` with many tokens: code spans, escapes, emphasis, math, a link, an entity, line endings. */
const listing = (n: number) =>
  [
    `$ cat pkg-${n}/debian/control`,
    `Source: *pkg* \\_${n}\\_ with \`make install\` and $x_${n}$`,
    `Build-Depends: debhelper (>= ${n}), [docs](https://example.org/${n}) &amp; more`,
    `$ echo "done" | sed -e 's/^/# /' <br> _end_ ${n}`,
  ].join('\n');

for (let i = 0; i < 200; i++) inlineNodes(listing(i), 'markdown'); // warm
const calls = 2000;
gc();
gc();
const before = oldSpace();
let nodes = 0;
for (let i = 0; i < calls; i++) nodes += inlineNodes(listing(1000 + i), 'markdown').length;
console.log(JSON.stringify({ perText: (oldSpace() - before) / calls, nodesPerText: nodes / calls }));
