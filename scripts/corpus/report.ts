// Writes corpus/manifest.json, corpus/SOURCES.md and the statistics part of corpus/README.md.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocResult } from './main.js';
import { DEV_SOURCES, DEV2_SOURCES, HELDOUT_SOURCES, SOURCES } from './sources.js';

export function writeDocs(
  out: string,
  results: DocResult[],
  skipped: string[],
  opts: {
    full: boolean;
    heldout?: boolean;
    dev?: boolean;
    dev2?: boolean;
    seed: number;
    chromiumVersion: string;
    /** the inputs written, when not the default ones (MinerU content list and dots.ocr) */
    formats?: string[];
  },
): void {
  const manifest = {
    seed: opts.seed,
    full: opts.full,
    ...(opts.heldout ? { heldout: true } : {}),
    ...(opts.dev ? { dev: true } : {}),
    ...(opts.dev2 ? { dev2: true } : {}),
    ...(opts.formats ? { formats: opts.formats } : {}),
    renderer: opts.chromiumVersion,
    documents: results.map((r) => ({
      id: r.id,
      source: r.source,
      language: r.lang,
      columns: r.columns,
      pages: r.pages,
    })),
    skipped,
  };
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // only the sources of the documents written (the committed slice leaves out those not permissive)
  const used = new Set(results.map((r) => r.source));
  const src = Object.values(
    opts.heldout ? HELDOUT_SOURCES : opts.dev ? DEV_SOURCES : opts.dev2 ? DEV2_SOURCES : SOURCES,
  )
    .filter((s) => used.has(s.key))
    .map((s) => `| ${s.key} | ${s.name} | ${s.origin} | ${s.licence} | ${s.url} |`)
    .join('\n');
  writeFileSync(
    path.join(out, 'SOURCES.md'),
    `# Sources of the ${opts.heldout ? 'held-out ' : opts.dev ? 'development ' : opts.dev2 ? 'second development ' : ''}evaluation corpus\n\n${opts.heldout ? 'Held out: these manuals were never used to develop or tune docstitch; they are built only by `npm run corpus -- --heldout`.\n\n' : ''}${opts.dev ? 'Development set: more manuals to tune docstitch on, disjoint from the tuning corpus (`corpus/`, `corpus-full/`) and from the held-out one (`corpus-heldout/`); they are built only by `npm run corpus -- --dev`.\n\n' : ''}${opts.dev2 ? 'Second development set: still more manuals to tune docstitch on, disjoint from the tuning corpus (`corpus/`, `corpus-full/`), the held-out one (`corpus-heldout/`) and the first development set (`corpus-dev/`); they are built only by `npm run corpus -- --dev2`.\n\n' : ''}Every document in this folder is re-typeset from one chapter or section of the manuals below (text, headings, lists, code, tables and figures as the source has them). Its \`meta.json\` names the source file.\n\n| key | work | obtained from | licence | upstream |\n| --- | --- | --- | --- | --- |\n${src}\n\nThe generated inputs and gold files are derived works of these manuals and carry their licences. Not used (reserved for independent evaluation): the PostgreSQL manual, the Python manual, the Debian Reference, HRDoc.\n`,
  );
  const cell = (f: (r: DocResult) => boolean) => {
    const rs = results.filter(f);
    return `${rs.length} / ${rs.reduce((s, r) => s + r.pages, 0)}`;
  };
  const rows: string[] = [];
  for (const lang of ['en', 'zh', 'ja'] as const) {
    rows.push(
      `| ${lang} | ${cell((r) => r.lang === lang && r.columns === 1)} | ${cell((r) => r.lang === lang && r.columns === 2)} | ${cell((r) => r.lang === lang)} |`,
    );
  }
  rows.push(`| all | ${cell((r) => r.columns === 1)} | ${cell((r) => r.columns === 2)} | ${cell(() => true)} |`);
  const kinds = new Map<string, number>();
  for (const r of results) for (const [k, v] of Object.entries(r.counts)) kinds.set(k, (kinds.get(k) ?? 0) + v);
  const stats = `| language | 1 column (docs / pages) | 2 columns (docs / pages) | all |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\nPage-level elements: ${[
    ...kinds.entries(),
  ]
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(
      ', ',
    )}. Sources: ${[...new Set(results.map((r) => r.source))].sort().join(', ')}. Documents skipped by the generator (ground truth not certain): ${skipped.length}.`;
  writeFileSync(
    path.join(out, 'STATS.md'),
    `# Corpus statistics (generated)\n\nSeed ${opts.seed}, rendered with ${opts.chromiumVersion}.\n\n${stats}\n`,
  );
}
