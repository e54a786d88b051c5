// Writes every output (document.json, document.md, structure.json, chunks.jsonl) for every input in
// test/fixtures, ../shared/samples and corpus/ into one folder, so an optimisation can be checked to
// change no byte: `npx tsx bench/snapshot.ts /tmp/before`, change, `… /tmp/after`, `diff -r`.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderOutputs } from '../src/cli/outputs.js';
import { listCorpus } from '../src/eval/corpus.js';
import { loadInput } from '../src/io/load.js';
import { DocstitchError } from '../src/model/errors.js';
import { stitchSync } from '../src/pipeline.js';

const out = process.argv[2];
if (!out) {
  console.error('usage: tsx bench/snapshot.ts OUT_DIR');
  process.exit(2);
}

/** Each .json file (not a `.source.json` companion) and each folder of .json files under `dir`. */
function inputsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path);
      if (files.some((f) => statSync(join(path, f)).isDirectory())) found.push(...inputsUnder(path));
      else if (files.some((f) => f.endsWith('.json'))) found.push(path, ...inputsUnder(path));
    } else if (name.endsWith('.json') && !name.endsWith('.source.json')) found.push(path);
  }
  return found;
}

const inputs = [
  ...inputsUnder('test/fixtures'),
  ...inputsUnder('../shared/samples'),
  ...listCorpus('corpus').map((c) => c.input),
];
let written = 0;
for (const input of inputs) {
  const dir = join(out, relative('..', input).replaceAll('/', '__'));
  mkdirSync(dir, { recursive: true });
  try {
    const result = stitchSync(loadInput(input));
    const files = renderOutputs(result, ['tree', 'md', 'structure', 'chunks']);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    written++;
  } catch (error) {
    if (!(error instanceof DocstitchError)) throw error;
    writeFileSync(join(dir, 'error.txt'), `${error.toLine()}\n`);
  }
}
console.log(`${inputs.length} inputs, ${written} stitched → ${out}`);
