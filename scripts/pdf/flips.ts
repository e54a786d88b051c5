// `npx tsx scripts/pdf/flips.ts DOC_DIR … [--split train,dev] [--family F,…] [--format F,…]` — every decision
// the source PDF flips, case by case: each paragraph-merge link, table-merge link, heading (and its level), caption
// link and furniture element that differs with and without `--pdf`, judged against the gold (right → wrong is harm
// even when the case's metric does not move, because another error cancelled it). DOC_DIR is a corpus document
// folder (<doc>/source.pdf, <doc>/<format>/gold.structure.json) or a corpus folder holding them.
// Only for train and dev documents: test documents are for reporting, never for reading their errors.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readStructureFile } from '../../src/eval/report.js';
import { loadInput } from '../../src/io/load.js';
import type { Structure } from '../../src/model/structure.js';
import { resolveEngineOptions } from '../../src/options.js';
import { applyPdfEvidence } from '../../src/pdf/align.js';
import { readPdf } from '../../src/pdf/read.js';
import { finish, reconstruct, toDocument } from '../../src/pipeline.js';

const args = process.argv.slice(2);
const VALUED = ['--split', '--family', '--format'];
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const splits = (flag('--split') ?? 'train,dev').split(',').filter((s) => s !== 'test');
const families = flag('--family')?.split(',');
const formats = flag('--format')?.split(',');
const roots = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1]));
const docs = roots.flatMap((r) =>
  existsSync(join(r, 'meta.json'))
    ? [r]
    : readdirSync(r)
        .map((d) => join(r, d))
        .filter((d) => existsSync(join(d, 'meta.json'))),
);
const engine = resolveEngineOptions(undefined);

/** Every fact a structure states, as comparable strings. */
function facts(s: Structure): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of s.paragraphMerges) for (let i = 1; i < g.length; i++) m.set(`para ${g[i - 1]}→${g[i]}`, 'yes');
  for (const g of s.tableMerges) for (let i = 1; i < g.length; i++) m.set(`table ${g[i - 1]}→${g[i]}`, 'yes');
  for (const h of s.headings) m.set(`heading ${h.ref}`, `L${h.level}`);
  for (const c of s.captions) m.set(`caption ${c.caption}`, c.target);
  for (const f of s.furniture) m.set(`furniture ${f}`, 'yes');
  return m;
}

let harm = 0;
let help = 0;
let other = 0;
for (const dir of docs) {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  if (!splits.includes(meta.split) || (families && !families.includes(meta.family))) continue;
  if (!existsSync(join(dir, 'source.pdf'))) continue;
  const data = await readPdf(join(dir, 'source.pdf'));
  for (const fmt of readdirSync(dir)) {
    const fdir = join(dir, fmt);
    if (!statSync(fdir).isDirectory() || (formats && !formats.includes(fmt))) continue;
    if (!existsSync(join(fdir, 'gold.structure.json'))) continue;
    const gold = facts(readStructureFile(join(fdir, 'gold.structure.json')));
    const file = readdirSync(fdir).find((f) => f.endsWith('.json') && f !== 'gold.structure.json');
    if (!file) continue;
    const plainDoc = toDocument(loadInput(join(fdir, file)), {});
    const plain = facts(finish(plainDoc, reconstruct(plainDoc, engine), { summaries: false }).structure);
    const doc = applyPdfEvidence(toDocument(loadInput(join(fdir, file)), {}), data).doc;
    const res = finish(doc, reconstruct(doc, engine), { summaries: false });
    const withPdf = facts(res.structure);
    const text = new Map(doc.elements.map((e) => [e.ref, e]));
    for (const key of new Set([...plain.keys(), ...withPdf.keys()])) {
      const [a, b, g] = [plain.get(key), withPdf.get(key), gold.get(key)];
      if (a === b) continue;
      const verdict = a === g ? 'HARM' : b === g ? 'help' : 'other';
      if (verdict === 'HARM') harm++;
      else if (verdict === 'help') help++;
      else other++;
      const refs = key.split(' ')[1].split('→');
      const snippet = refs.map((r) => JSON.stringify(text.get(r)?.text.slice(0, 40) ?? '')).join(' | ');
      const rules = res.decisions
        .filter((d) => d.place.refs.some((r) => refs.includes(r)))
        .map((d) => `${d.ruleId}${d.accepted ? '' : '(no)'}`)
        .join(',');
      console.log(
        `${verdict} ${meta.id}/${fmt} ${key}: gold ${g ?? '-'} plain ${a ?? '-'} pdf ${b ?? '-'} ${snippet} [${rules}]`,
      );
    }
  }
}
console.log(`flips: harm ${harm}, help ${help}, other ${other}`);
