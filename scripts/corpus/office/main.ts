// `npm run corpus:office` — the office producer (issue #13): manual sections re-shaped into documents a
// company writes (templates.ts: reports with cover pages and chapter openers, forms with numbered fields,
// legal texts with article numbering), written as flat ODT with real paragraph styles (fodt.ts), printed
// by LibreOffice (headless) as a TAGGED PDF, read back with the corpus reader (readback.ts: the structure
// tree gives every block's pieces, the untagged header/footer are the furniture) and written as MinerU
// content_list, dots.ocr and MinerU middle.json, each with its gold structure.json (emit.ts).
//   npm run corpus:office                    the committed slice in corpus-office/ (one document per family
//                                            × language, short sections)
//   npm run corpus:office -- --full          up to --per (default 4) documents per family × source × language,
//                                            longer sections, in corpus-office-full/ (gitignored)
//   options: --seed N (default 20261202)  --out DIR  --only SUBSTRING  --limit N  --per N
//            --formats LIST   parser formats written besides the three: docling, marker, mistral, paddle,
//                             unstructured, mineru-v2 (scripts/corpus/writers/)
//            --keep-pdf (copy each printed PDF into its document folder as source.pdf)
//            --families LIST (default report,form,legal; the office kinds datasheet, statement, rules: kinds.ts)
//            --azure-sections (Azure DI results with v4 `sections`, the heading tree: ../writers/azure-sections.ts)
//            --table-habits, --heading-habits, --para-habits, --float-habits (../*-habits.ts: as the LaTeX producer)
//            --any-licence (the slice's pick may come from any source; by default only from a permissive one,
//                           MIT, Apache-2.0 or BSD, so that it may be committed: sources.ts `isCommittable`)
// Needs LibreOffice Writer (apt-get install libreoffice-writer-nogui fonts-noto-cjk);
// the Debian manual sources are installed as for `npm run corpus`. Figures are left out (not printed).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, SourceDoc } from '../blocks.js';
import { buildElements } from '../build.js';
import { chooseNoise, emitDots, emitMiddle, emitMineru, type NoiseLog } from '../emit.js';
import type { Layout } from '../layout.js';
import { type PageData, type Run, readPdf } from '../readback.js';
import { hashString, makeRng } from '../rng.js';
import { ensureSources, isCommittable, listSourceFiles, readSourceDoc, sourceInfo } from '../sources.js';
import { splitOf, withCorpusKeys } from '../split.js';
import { PARSER_FORMATS, writeParserFormats } from '../writers/index.js';
import { chooseStyle, fodt, type OfficeStyle } from './fodt.js';
import { restoreRepeatedHeads } from './head-rows.js';
import { KIND_FAMILIES } from './kinds.js';
import { ALL_FAMILIES, FAMILIES, type Family, officeDoc } from './templates.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const OFFICE_SEED = 20261202;

interface Args {
  full: boolean;
  seed: number;
  out: string;
  only: string;
  limit: number;
  per: number;
  formats: string[];
  keepPdf: boolean;
  anyLicence: boolean;
  /** the parser-style writers apply ../table-habits.ts */
  tableHabits: boolean;
  /** the parser-style writers apply ../heading-habits.ts */
  headingHabits: boolean;
  /** the parser-style writers apply ../para-habits.ts */
  paraHabits: boolean;
  azureSections: boolean;
  /** the parser-style writers apply ../float-habits.ts */
  floatHabits: boolean;
  /** the families built (default report, form, legal; the office kinds datasheet, statement, rules on request) */
  families: Family[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    full: false,
    seed: OFFICE_SEED,
    out: '',
    only: '',
    limit: 0,
    per: 4,
    formats: [],
    keepPdf: false,
    anyLicence: false,
    tableHabits: false,
    headingHabits: false,
    paraHabits: false,
    azureSections: false,
    floatHabits: false,
    families: [...FAMILIES],
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i] ?? '';
    if (k === '--full') a.full = true;
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--out') a.out = v();
    else if (k === '--only') a.only = v();
    else if (k === '--limit') a.limit = Number(v());
    else if (k === '--per') a.per = Number(v());
    else if (k === '--formats') {
      a.formats = v()
        .split(',')
        .filter((f) => !['mineru', 'dots', 'middle'].includes(f));
      for (const f of a.formats)
        if (!(PARSER_FORMATS as readonly string[]).includes(f)) throw new Error(`unknown format ${f}`);
    } else if (k === '--keep-pdf') a.keepPdf = true;
    else if (k === '--any-licence') a.anyLicence = true;
    else if (k === '--table-habits') a.tableHabits = true;
    else if (k === '--heading-habits') a.headingHabits = true;
    else if (k === '--para-habits') a.paraHabits = true;
    else if (k === '--azure-sections') a.azureSections = true;
    else if (k === '--float-habits') a.floatHabits = true;
    else if (k === '--families') {
      a.families = v().split(',') as Family[];
      for (const f of a.families) if (!ALL_FAMILIES.includes(f)) throw new Error(`unknown family ${f}`);
    } else throw new Error(`unknown option ${k}`);
  }
  if (!a.out) a.out = path.join(ROOT, a.full ? 'corpus-office-full' : 'corpus-office');
  return a;
}

/** The layout the corpus reader needs (build.ts: furniture strings, columns) for an office style. */
function layoutOf(st: OfficeStyle): Layout {
  return {
    pageSize: st.pageSize,
    fontSize: st.fontSize,
    lineHeight: 1.25,
    fontFamily: st.bodyFont,
    columns: 1,
    hyphens: false,
    justify: st.justify,
    marginMm: { top: st.marginCm.top * 10, bottom: st.marginCm.bottom * 10, side: st.marginCm.side * 10 },
    furnitureMode: 'template',
    runningHeader: st.header,
    pageNumber: st.pageNumber,
    pageNumberAt: st.pageNumberAt,
    runningFooterText: st.footerText,
  };
}

/**
 * LibreOffice writes a precomposed letter its font draws as a composite (Vietnamese Ề in ĐIỀU) as a run of
 * its own after the rest of the word, with a space run where it goes: within one printed line, put the
 * runs in left-to-right order and drop a blank run at the same place as a letter.
 */
function leftToRight(pages: PageData[]): void {
  const fix = (runs: Run[]): Run[] => {
    const out: Run[] = [];
    let seg: Run[] = [];
    const flush = () => {
      const sorted = seg.map((r, i) => ({ r, i })).sort((a, b) => a.r.x0 - b.r.x0 || a.i - b.i);
      for (const { r } of sorted)
        if (r.str.trim() || !seg.some((o) => o !== r && o.str.trim() && Math.abs(o.x0 - r.x0) < 0.5)) out.push(r);
      seg = [];
    };
    for (const r of runs) {
      const last = seg[seg.length - 1];
      if (last && Math.abs(last.y1 - r.y1) > 1) flush();
      seg.push(r);
    }
    flush();
    return out;
  };
  for (const p of pages)
    for (const l of p.leaves) {
      const needs = (runs: Run[]) =>
        runs.some(
          (r, i) => i > 0 && Math.abs(runs[i - 1].y1 - r.y1) <= 1 && r.x0 < runs[i - 1].x0 - 0.5 && r.str.trim(),
        );
      if (l.cells) for (const c of l.cells) if (needs(c.runs)) c.runs = fix(c.runs);
      if (needs(l.runs)) l.runs = l.cells ? l.cells.flatMap((c) => c.runs) : fix(l.runs);
    }
}

/** The datasheet look (kinds.ts): headings bold at about the body size, in black; draws nothing. */
function plainLook(st: OfficeStyle, look: 'plain' | undefined): OfficeStyle {
  if (look !== 'plain') return st;
  const f = st.fontSize;
  return { ...st, sizes: [f + 8, f + 1.5, f + 1, f], colours: ['#000000', '#000000', '#000000', '#000000'] };
}

function select(docs: SourceDoc[], a: Args): { doc: SourceDoc; family: Family }[] {
  const out: { doc: SourceDoc; family: Family }[] = [];
  for (const family of a.families) {
    for (const lang of ['en', 'zh', 'ja'] as const) {
      const rng = makeRng(a.seed ^ hashString(`${family}/${lang}`));
      const cand = docs
        .filter((d) => d.lang === lang && d.blocks.filter((b) => b.kind === 'heading').length >= 2)
        .map((d) => {
          const tables = d.blocks.filter((b) => b.kind === 'table').length;
          const paras = d.blocks.filter((b) => b.kind === 'para' && b.role === 'body').length;
          return { d, score: Math.min(2, tables) + Math.min(2, paras / 6) + rng.next() * 2 };
        })
        .sort((x, y) => y.score - x.score || (x.d.id < y.d.id ? -1 : 1));
      if (!a.full) {
        // scored over every source (the same draws as before), then the best one that may be committed
        const pick = cand.find((c) => a.anyLicence || isCommittable(c.d.source));
        if (pick) out.push({ doc: pick.d, family });
        continue;
      }
      const bySource = new Map<string, SourceDoc[]>();
      for (const c of cand) bySource.set(c.d.source, [...(bySource.get(c.d.source) ?? []), c.d]);
      for (const list of bySource.values()) for (const d of list.slice(0, a.per)) out.push({ doc: d, family });
    }
  }
  return out;
}

function summary(s: {
  headings: unknown[];
  paragraphMerges: unknown[];
  tableMerges: unknown[];
  captions: unknown[];
  furniture: unknown[];
}) {
  return {
    headings: s.headings.length,
    paragraphMerges: s.paragraphMerges.length,
    tableMerges: s.tableMerges.length,
    captions: s.captions.length,
    furniture: s.furniture.length,
  };
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(`${s}\n`);
  ensureSources(log, 'tuning');
  let version: string;
  try {
    version = execFileSync('soffice', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    throw new Error('the office producer needs LibreOffice: apt-get install libreoffice-writer-nogui fonts-noto-cjk');
  }
  const maxChars = (lang: Lang) => (a.full ? (lang === 'en' ? 16000 : 6000) : lang === 'en' ? 5000 : 2000);
  const docs: SourceDoc[] = [];
  for (const f of listSourceFiles('tuning')) {
    const d = readSourceDoc(f, maxChars(f.lang));
    if (d) docs.push(d);
  }
  let jobs = select(docs, a);
  if (a.only) jobs = jobs.filter((j) => `office-${j.family}-${j.doc.id}`.includes(a.only));
  if (a.limit) jobs = jobs.slice(0, a.limit);
  log(`${docs.length} source documents; building ${jobs.length} office documents into ${path.relative(ROOT, a.out)}`);
  mkdirSync(a.out, { recursive: true });
  if (!a.only && !a.limit)
    for (const e of readdirSync(a.out, { withFileTypes: true }))
      if (e.isDirectory()) rmSync(path.join(a.out, e.name), { recursive: true });
  const work = path.join(ROOT, '.cache', 'corpus', a.full ? 'office-full' : 'office');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  // 1. write every document as flat ODT, then print them all in one LibreOffice run (start-up is the cost)
  const built = jobs.map(({ doc, family }) => {
    const seed = (a.seed ^ hashString(`${family}/${doc.id}`)) >>> 0;
    const rng = makeRng(seed);
    const office = officeDoc(doc, family, rng);
    const style = plainLook(chooseStyle(rng, doc.lang), office.look);
    const file = path.join(work, `${office.doc.id}.fodt`);
    writeFileSync(file, fodt(office, style));
    return { office, style, seed, file, source: doc };
  });
  const profile = `file://${path.join(work, 'profile')}`;
  for (let i = 0; i < built.length; i += 40) {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
        '--outdir',
        work,
        ...built.slice(i, i + 40).map((b) => b.file),
      ],
      { stdio: 'ignore' },
    );
  }

  // 2. read back, align with the source blocks, write the inputs and gold
  const results: { id: string; family: string; lang: string; pages: number; source: string }[] = [];
  const skipped: string[] = [];
  for (const { office, style, seed, file } of built) {
    const id = office.doc.id;
    const pdf = file.replace(/\.fodt$/, '.pdf');
    if (!existsSync(pdf)) {
      skipped.push(`${id}: LibreOffice wrote no PDF`);
      continue;
    }
    const layout = layoutOf(style);
    const pages = await readPdf(pdf);
    leftToRight(pages);
    // the office kinds: the head row LibreOffice repeats untagged goes back to its table (head-rows.ts)
    if ((KIND_FAMILIES as readonly string[]).includes(office.family)) restoreRepeatedHeads(pages, office.doc.blocks);
    const b = buildElements(office.doc, layout, pages);
    const serious = b.warnings.filter((w) => !w.startsWith('loose'));
    if (serious.length > 0) {
      if (process.env.OFFICE_DEBUG) log(serious.join('\n'));
      skipped.push(`${id}: ${serious.slice(0, 3).join('; ')}${serious.length > 3 ? ` (+${serious.length - 3})` : ''}`);
      continue;
    }
    const noise = chooseNoise(makeRng(seed ^ 0x9e3779b9));
    const applied: NoiseLog = { leadAsTitle: 0, captionAsTitle: 0, furnitureAsText: 0 };
    const appliedMiddle: NoiseLog = { leadAsTitle: 0, captionAsTitle: 0, furnitureAsText: 0 };
    const mineru = emitMineru(id, b, noise, makeRng(seed ^ 0x1234567), applied);
    const dots = emitDots(b, noise, makeRng(seed ^ 0x7654321), applied);
    const middle = emitMiddle(id, b, noise, makeRng(seed ^ 0x2468ace), appliedMiddle);
    const dir = path.join(a.out, id);
    for (const f of ['mineru', 'dots', 'middle']) mkdirSync(path.join(dir, f), { recursive: true });
    const counts: Record<string, number> = {};
    for (const p of b.pages) for (const e of p.elems) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    const src = sourceInfo(office.doc.source);
    const meta = withCorpusKeys(
      {
        id,
        source: { key: src.key, name: src.name, file: office.doc.file, origin: src.origin, url: src.url },
        licence: src.licence,
        language: office.doc.lang,
        title: office.doc.title,
        layout,
        office: style,
        pages: b.pages.length,
        seed,
        noise,
        noiseApplied: applied,
        noiseAppliedMiddle: { leadAsTitle: appliedMiddle.leadAsTitle },
        elements: counts,
        gold: { mineru: summary(mineru.gold), dots: summary(dots.gold), middle: summary(middle.gold) },
        renderer: version,
        ...writeParserFormats(
          dir,
          {
            id,
            lang: office.doc.lang,
            built: b,
            seed,
            tableHabits: a.tableHabits,
            headingHabits: a.headingHabits,
            paraHabits: a.paraHabits,
            azureSections: a.azureSections,
            floatHabits: a.floatHabits,
          },
          a.formats,
        ),
      },
      { producer: 'office', family: office.family, split: splitOf(office.family, src.key) },
    );
    const write = (f: string, name: string, value: unknown) =>
      writeFileSync(path.join(dir, f, name), `${JSON.stringify(value, null, 1)}\n`);
    writeFileSync(path.join(dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    if (a.keepPdf) copyFileSync(pdf, path.join(dir, 'source.pdf'));
    write('mineru', 'content_list.json', mineru.input);
    write('mineru', 'gold.structure.json', mineru.gold);
    write('dots', 'pages.json', dots.input);
    write('dots', 'gold.structure.json', dots.gold);
    write('middle', 'middle.json', middle.input);
    write('middle', 'gold.structure.json', middle.gold);
    results.push({
      id,
      family: office.family,
      lang: office.doc.lang,
      pages: b.pages.length,
      source: office.doc.source,
    });
  }
  results.sort((x, y) => (x.id < y.id ? -1 : 1));
  skipped.sort();
  if (!a.only && !a.limit) {
    const manifest = {
      producer: 'office',
      seed: a.seed,
      full: a.full,
      formats: ['mineru', 'dots', 'middle', ...a.formats],
      renderer: version,
      documents: results,
      skipped,
    };
    writeFileSync(path.join(a.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const used = [...new Set(results.map((r) => r.source))].sort().map((k) => sourceInfo(k));
    writeFileSync(
      path.join(a.out, 'SOURCES.md'),
      `# Sources of the office corpus\n\nEvery document in this folder is one section of a manual below, re-shaped into a report, a form or a legal text by \`scripts/corpus/office/\` (the text is the manual's; the cover pages, numbering, field labels and blanks are generated) and printed by ${version}. Its \`meta.json\` names the source file.\n\n| key | work | obtained from | licence | upstream |\n| --- | --- | --- | --- | --- |\n${used.map((u) => `| ${u.key} | ${u.name} | ${u.origin} | ${u.licence} | ${u.url} |`).join('\n')}\n\nThe generated inputs and gold files are derived works of these manuals and carry their licences.\n`,
    );
  }
  log(
    `built ${results.length} documents, ${results.reduce((s, r) => s + r.pages, 0)} pages; skipped ${skipped.length}`,
  );
  for (const s of skipped) log(`  skipped ${s}`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
