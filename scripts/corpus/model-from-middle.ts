// Layout-only MinerU model.json documents (writers/mineru-model.ts) from a built corpus's middle.json ones:
//   npx tsx scripts/corpus/model-from-middle.ts CORPUS… --out DIR [--split train,dev]
// Writes DIR/<doc>/mineru-model/{model.json, gold.structure.json} and DIR/<doc>/meta.json (the source's, so that
// `scripts/eval.ts DIR --by family --split S` reads the family and split) for each document with a middle/ folder,
// seeded by the document's id. Only the splits asked for are written (none of the test split unless asked).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeRng } from './rng.js';
import { modelFromMiddle } from './writers/mineru-model.js';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const splitAt = args.indexOf('--split');
if (outAt < 0) throw new Error('usage: model-from-middle.ts CORPUS… --out DIR [--split train,dev]');
const out = args[outAt + 1];
const splits = new Set((splitAt >= 0 ? args[splitAt + 1] : 'train,dev').split(','));
const corpora = args.filter((a, i) => !a.startsWith('--') && i !== outAt + 1 && (splitAt < 0 || i !== splitAt + 1));
let written = 0;
for (const corpus of corpora) {
  for (const doc of readdirSync(corpus).sort()) {
    const dir = path.join(corpus, doc);
    const middleFile = path.join(dir, 'middle', 'middle.json');
    const metaFile = path.join(dir, 'meta.json');
    if (!existsSync(middleFile) || !existsSync(metaFile)) continue;
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (!splits.has(meta.split)) continue;
    const middle = JSON.parse(readFileSync(middleFile, 'utf8'));
    const gold = JSON.parse(readFileSync(path.join(dir, 'middle', 'gold.structure.json'), 'utf8'));
    const model = modelFromMiddle(middle, gold, makeRng(`mineru-model/${doc}`));
    const target = path.join(out, doc, 'mineru-model');
    mkdirSync(target, { recursive: true });
    copyFileSync(metaFile, path.join(out, doc, 'meta.json'));
    writeFileSync(path.join(target, 'model.json'), `${JSON.stringify(model.input)}\n`);
    writeFileSync(path.join(target, 'gold.structure.json'), `${JSON.stringify(model.gold, null, 1)}\n`);
    written++;
  }
}
console.log(`${written} documents written to ${out}`);
