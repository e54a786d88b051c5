// Adds "producer", "family" and "split" (scripts/corpus/split.ts) to the meta.json of every document of
// Chromium-built corpora written before those keys existed; nothing else in a file changes (the keys go
// right after "id", as the builder now writes them). Idempotent.
//   npx tsx scripts/corpus/migrate-meta.ts corpus [corpus-heldout …]
// A folder's source set comes from its manifest.json: "heldout" → test, "dev"/"dev2" → dev, else train.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitOf, withCorpusKeys } from './split.js';

for (const dir of process.argv.slice(2)) {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath}: no manifest.json`);
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  const set = m.heldout ? 'heldout' : m.dev ? 'dev' : m.dev2 ? 'dev2' : 'tuning';
  let n = 0;
  for (const doc of readdirSync(dir).sort()) {
    const p = path.join(dir, doc, 'meta.json');
    if (!existsSync(p)) continue;
    const text = readFileSync(p, 'utf8');
    const meta = JSON.parse(text) as { id: string; source: { key: string }; producer?: string };
    if (`${JSON.stringify(meta, null, 2)}\n` !== text) throw new Error(`${p}: not as the builder writes it`);
    const out = withCorpusKeys(meta, {
      producer: 'chromium',
      family: 'manual',
      split: splitOf('manual', meta.source.key, set),
    });
    writeFileSync(p, `${JSON.stringify(out, null, 2)}\n`);
    n++;
  }
  process.stderr.write(`${dir}: ${n} meta.json (${set})\n`);
}
