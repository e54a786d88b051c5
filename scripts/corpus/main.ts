// `npm run corpus` — build the evaluation corpus: real manuals → seeded layouts → tagged PDF (Chromium)
// → page-level MinerU / dots.ocr inputs + gold structure.json derived from the PDF's structure tree.
//   npm run corpus                  rebuild the committed slice in corpus/
//   npm run corpus -- --full        the full corpus in corpus-full/ (gitignored): every document in 1 and 2 columns
//   npm run corpus -- --heldout     the held-out sources only (never used for tuning), full mode, in corpus-heldout/
//                                   (gitignored), default seed 20261127
//   npm run corpus -- --dev         the development sources only (more material to tune on, disjoint from
//                                   the tuning and held-out sources), full mode, in corpus-dev/ (gitignored),
//                                   default seed 20261128
//   npm run corpus -- --dev2        the second development set only (more sources to tune on, disjoint from all
//                                   the others), full mode, in corpus-dev2/ (gitignored), default seed 20261129
//   npm run corpus -- --producer latex   the LaTeX producer (TeX Live, 13 document classes, gold from SyncTeX):
//                                   committed slice in corpus-latex/; options in scripts/corpus/latex/main.ts
//   options: --seed N  --out DIR  --limit N  --only SUBSTRING  --jobs N  --columns 1|2
//            --formats LIST   which inputs to write, comma-separated: mineru, dots, middle (MinerU middle.json
//                             with line boxes); default mineru,dots; also docling, marker, mistral, paddle,
//                             unstructured, mineru-v2 (scripts/corpus/writers/: the parsers' shapes and habits)
//            --indent         book-style paragraphs: first lines set in (not after a heading, list, table…)
//            --family F       workbook | newsletter | slides (scripts/corpus/families.ts): the tuning sources'
//                             sections re-shaped into that family, up to --per N (default 2) per source and
//                             language, into corpus-<F>/ (gitignored), default seed 20261203; newsletters in
//                             two columns, the others in one
//            --outline        give the PDFs an outline (bookmarks) from their headings (for `--pdf` measurements)
//            --keep-pdf       copy each rendered PDF into its document folder as source.pdf (always also kept
//                             in .cache/corpus/<set>/<id>.pdf)
//            --any-licence    the slice (no --full/--family/--heldout/--dev/--dev2; also with --only) keeps only documents
//                             of permissive sources (MIT, Apache-2.0, BSD: sources.ts `isPermissive`); this
//                             keeps all of them, for a slice written outside the repository with --out
//            --scanned        also write the pages as a scanner would give them: rasterised at 200 dpi and read by
//                             Tesseract into hOCR (hocr/scan.hocr), the gold mapped onto its paragraphs
//                             (scripts/corpus/scan.ts); the same as adding `hocr` to --formats
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import type { Lang, SourceDoc } from './blocks.js';
import { buildElements, lineStats } from './build.js';
import { chooseNoise, emitDots, emitMiddle, emitMineru, type NoiseLog } from './emit.js';
import { CHROMIUM_FAMILIES, type ChromiumFamily, reshape } from './families.js';
import { chooseLayout } from './layout.js';
import { readPdf } from './readback.js';
import { launchBrowser, renderPdf } from './render.js';
import { writeDocs } from './report.js';
import { hashString, makeRng } from './rng.js';
import { emitScanned } from './scan.js';
import { ensureSources, isCommittable, listSourceFiles, readSourceDoc, type SourceSet, sourceInfo } from './sources.js';
import { splitOf, withCorpusKeys } from './split.js';
import { PARSER_FORMATS, writeParserFormats } from './writers/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SEED = 20250601;
/** Default seed of the held-out corpus (`--heldout`), so its layouts differ from the tuning corpus's. */
export const HELDOUT_SEED = 20261127;
/** Default seed of the development corpus (`--dev`). */
export const DEV_SEED = 20261128;
/** Default seed of the second development corpus (`--dev2`). */
export const DEV2_SEED = 20261129;

/** Default seed of the Chromium families other than manuals (`--family`). */
export const FAMILY_SEED = 20261203;

/** The inputs a document can be written as (`--formats`), and those written by default. */
const FORMATS = ['mineru', 'dots', 'middle', 'hocr', ...PARSER_FORMATS] as const;
type Format = (typeof FORMATS)[number];
const DEFAULT_FORMATS: Format[] = ['mineru', 'dots'];

interface Args {
  full: boolean;
  heldout: boolean;
  dev: boolean;
  dev2: boolean;
  seed: number;
  out: string;
  limit: number;
  only: string;
  jobs: number;
  columns: 0 | 1 | 2;
  formats: Set<Format>;
  indent: boolean;
  family: ChromiumFamily | '';
  per: number;
  outline: boolean;
  keepPdf: boolean;
  anyLicence: boolean;
}

function parseFormats(list: string): Set<Format> {
  const names = list
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of names)
    if (!(FORMATS as readonly string[]).includes(f))
      throw new Error(`unknown format ${f} in --formats (${FORMATS.join(', ')})`);
  if (names.length === 0) throw new Error(`--formats needs one or more of ${FORMATS.join(', ')}`);
  return new Set(names as Format[]);
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    full: false,
    heldout: false,
    dev: false,
    dev2: false,
    seed: DEFAULT_SEED,
    out: '',
    limit: 0,
    only: '',
    jobs: 2,
    columns: 0,
    formats: new Set(DEFAULT_FORMATS),
    indent: false,
    family: '',
    per: 2,
    outline: false,
    keepPdf: false,
    anyLicence: false,
  };
  let seed: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i] ?? '';
    if (k === '--full') a.full = true;
    else if (k === '--heldout') a.heldout = true;
    else if (k === '--dev') a.dev = true;
    else if (k === '--dev2') a.dev2 = true;
    else if (k === '--seed') seed = Number(v());
    else if (k === '--out') a.out = v();
    else if (k === '--limit') a.limit = Number(v());
    else if (k === '--only') a.only = v();
    else if (k === '--columns') a.columns = Number(v()) === 2 ? 2 : 1;
    else if (k === '--jobs') a.jobs = Math.max(1, Number(v()));
    else if (k === '--formats') a.formats = parseFormats(v());
    else if (k === '--indent') a.indent = true;
    else if (k === '--family') {
      const f = v();
      if (!(CHROMIUM_FAMILIES as readonly string[]).includes(f))
        throw new Error(`--family: one of ${CHROMIUM_FAMILIES.join(', ')}`);
      a.family = f as ChromiumFamily;
    } else if (k === '--per') a.per = Math.max(1, Number(v()));
    else if (k === '--outline') a.outline = true;
    else if (k === '--keep-pdf') a.keepPdf = true;
    else if (k === '--any-licence') a.anyLicence = true;
    else if (k === '--scanned') a.formats = new Set([...a.formats, 'hocr']);
    else throw new Error(`unknown option ${k}`);
  }
  if (Number(a.heldout) + Number(a.dev) + Number(a.dev2) > 1)
    throw new Error('--heldout, --dev and --dev2 are separate corpora; give one');
  // the held-out and development corpora are built in full mode: every usable document, in 1 and in 2 columns
  if (a.heldout || a.dev || a.dev2) a.full = true;
  if (a.family && (a.heldout || a.dev || a.dev2)) throw new Error('--family builds from the tuning sources only');
  a.seed =
    seed ?? (a.family ? FAMILY_SEED : a.heldout ? HELDOUT_SEED : a.dev ? DEV_SEED : a.dev2 ? DEV2_SEED : DEFAULT_SEED);
  if (!a.out)
    a.out = path.join(
      ROOT,
      a.family
        ? `corpus-${a.family}`
        : a.heldout
          ? 'corpus-heldout'
          : a.dev
            ? 'corpus-dev'
            : a.dev2
              ? 'corpus-dev2'
              : a.full
                ? 'corpus-full'
                : 'corpus',
    );
  return a;
}

function sourceSet(a: Args): SourceSet {
  return a.heldout ? 'heldout' : a.dev ? 'dev' : a.dev2 ? 'dev2' : 'tuning';
}

export interface DocResult {
  id: string;
  lang: Lang;
  columns: 1 | 2;
  pages: number;
  source: string;
  counts: Record<string, number>;
}

/** The committed slice: per language × column count, a few documents, preferring ones with floats. */
function selectSlice(docs: SourceDoc[], seed: number): { doc: SourceDoc; columns: 1 | 2 }[] {
  const rng = makeRng(seed ^ 0x5eed);
  const perCell: Record<Lang, number> = { en: 9, zh: 8, ja: 8 };
  const out: { doc: SourceDoc; columns: 1 | 2 }[] = [];
  const used = new Set<string>();
  for (const lang of ['en', 'zh', 'ja'] as const) {
    for (const columns of [1, 2] as const) {
      const cand = docs
        .filter((d) => d.lang === lang && !used.has(d.id))
        .map((d) => {
          const floats =
            d.blocks.filter((b) => b.kind === 'table').length * 3 +
            Math.min(2, d.blocks.filter((b) => b.kind === 'figure').length);
          const chars = d.blocks.reduce((n, b) => n + ('text' in b ? b.text.length : 200), 0);
          const long = Math.min(1, chars / (lang === 'en' ? 20000 : 7000)) * 3;
          return { d, score: floats + long + rng.next() * 2 };
        })
        .sort((x, y) => y.score - x.score || (x.d.id < y.d.id ? -1 : 1));
      // one source per pick in turn, so every source of the language is represented
      const bySource = new Map<string, SourceDoc[]>();
      for (const c of cand) bySource.set(c.d.source, [...(bySource.get(c.d.source) ?? []), c.d]);
      const queues = [...bySource.values()];
      let n = 0;
      while (n < perCell[lang] && queues.some((q) => q.length)) {
        for (const q of queues) {
          const d = q.shift();
          if (!d || n >= perCell[lang]) continue;
          used.add(d.id);
          out.push({ doc: d, columns });
          n++;
        }
      }
    }
  }
  return out;
}

/**
 * The committed slice holds only documents of permissive sources (the licence rule, DEVELOPERS.md). The slice
 * is chosen from every tuning source first and the others dropped after, so the documents kept are the ones
 * the slice always had (scripts/corpus/prune-licences.ts removed the rest from the committed copy).
 */
function committable<T extends { doc: SourceDoc }>(jobs: T[], anyLicence: boolean): T[] {
  return anyLicence ? jobs : jobs.filter((j) => isCommittable(j.doc.source));
}

/** A family's documents: up to `per` per source and language, preferring sections with figures and tables. */
function familyJobs(
  docs: SourceDoc[],
  family: ChromiumFamily,
  seed: number,
  per: number,
): { doc: SourceDoc; columns: 1 | 2 }[] {
  const out: { doc: SourceDoc; columns: 1 | 2 }[] = [];
  const groups = new Map<string, SourceDoc[]>();
  for (const d of docs) groups.set(`${d.source}/${d.lang}`, [...(groups.get(`${d.source}/${d.lang}`) ?? []), d]);
  for (const [key, list] of [...groups].sort()) {
    const rng = makeRng(seed ^ hashString(`${family}/${key}`));
    const ranked = list
      .filter((d) => d.blocks.filter((b) => b.kind === 'heading').length >= 2)
      .map((d) => ({
        d,
        score:
          Math.min(2, d.blocks.filter((b) => b.kind === 'figure').length) * (family === 'workbook' ? 2 : 1) +
          Math.min(1, d.blocks.filter((b) => b.kind === 'table').length) +
          rng.next() * 2,
      }))
      .sort((x, y) => y.score - x.score || (x.d.id < y.d.id ? -1 : 1));
    for (const { d } of ranked.slice(0, per))
      out.push({ doc: reshape(d, family, makeRng(seed ^ hashString(d.id))), columns: family === 'newsletter' ? 2 : 1 });
  }
  return out;
}

async function main(): Promise<void> {
  // `--producer latex`: the LaTeX producer (scripts/corpus/latex/), with its own options
  const producer = process.argv.indexOf('--producer');
  if (producer >= 0 && process.argv[producer + 1] !== 'chromium') {
    if (process.argv[producer + 1] !== 'latex') throw new Error('--producer is chromium (default) or latex');
    await import('./latex/main.js');
    return;
  }
  const args = parseArgs(
    process.argv.slice(2).filter((a, i, all) => a !== '--producer' && all[i - 1] !== '--producer'),
  );
  const log = (s: string) => process.stderr.write(`${s}\n`);
  ensureSources(log, sourceSet(args));
  if (args.formats.has('hocr')) {
    try {
      execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
      execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error(
        '--scanned needs Tesseract and poppler: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-jpn poppler-utils',
      );
    }
  }
  const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
  const maxChars = (lang: Lang) =>
    args.family
      ? lang === 'en'
        ? 10000
        : 4000
      : args.full
        ? lang === 'en'
          ? 36000
          : 13000
        : lang === 'en'
          ? 28000
          : 10000;
  const docs: SourceDoc[] = [];
  for (const f of listSourceFiles(sourceSet(args))) {
    const d = readSourceDoc(f, maxChars(f.lang));
    if (d) docs.push(d);
  }
  // The full corpus prints every document twice, in one and in two columns (ids `…-1col`, `…-2col`).
  let jobs: { doc: SourceDoc; columns: 1 | 2 }[] = args.full
    ? docs.flatMap((d) => ([1, 2] as const).map((columns) => ({ doc: { ...d, id: `${d.id}-${columns}col` }, columns })))
    : args.only
      ? docs.map((d) => ({
          doc: d,
          columns: (makeRng(args.seed ^ hashString(`${d.id}/cols`)).chance(0.4) ? 2 : 1) as 1 | 2,
        }))
      : selectSlice(docs, args.seed);
  if (args.family) jobs = familyJobs(docs, args.family, args.seed, args.per);
  else if (!args.full) jobs = committable(jobs, args.anyLicence);
  if (args.only) jobs = jobs.filter((j) => j.doc.id.includes(args.only));
  if (args.limit) jobs = jobs.slice(0, args.limit);
  if (args.columns) jobs = jobs.map((j) => ({ ...j, columns: args.columns as 1 | 2 }));
  log(`${docs.length} source documents; building ${jobs.length} into ${path.relative(ROOT, args.out) || '.'}`);

  mkdirSync(args.out, { recursive: true });
  // a rebuild replaces every document folder (stale ones from older runs go)
  if (!args.only && !args.limit)
    for (const e of readdirSync(args.out, { withFileTypes: true }))
      if (e.isDirectory()) rmSync(path.join(args.out, e.name), { recursive: true });
  const work = path.join(
    ROOT,
    '.cache',
    'corpus',
    args.family || (args.heldout ? 'heldout' : args.dev ? 'dev' : args.dev2 ? 'dev2' : args.full ? 'full' : 'slice'),
  );
  mkdirSync(work, { recursive: true });

  const browser = await launchBrowser();
  const bar = new cliProgress.SingleBar(
    { format: 'corpus |{bar}| {value}/{total} docs | {pages} pages | {doc}', hideCursor: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(jobs.length, 0, { pages: 0, doc: '' });
  const results: DocResult[] = [];
  const skipped: string[] = [];
  let pagesDone = 0;
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const { doc, columns } = jobs[next++];
      try {
        const r = await buildOne(doc, columns);
        if (r) {
          results.push(r);
          pagesDone += r.pages;
        }
      } catch (e) {
        skipped.push(`${doc.id}: ${(e as Error).message}`);
      }
      bar.increment(1, { pages: pagesDone, doc: doc.id.slice(0, 40) });
    }
  };
  const buildOne = async (doc: SourceDoc, columns: 1 | 2): Promise<DocResult | null> => {
    const seed = (args.seed ^ hashString(doc.id)) >>> 0;
    const layout = chooseLayout(makeRng(seed), doc.lang, columns);
    if (args.indent) layout.indent = true; // drawn from no random stream: the rest of the layout is unchanged
    if (args.family) layout.template = args.family;
    const htmlPath = path.join(work, `${doc.id}.html`);
    const pdfPath = path.join(work, `${doc.id}.pdf`);
    await renderPdf(browser, doc, layout, htmlPath, pdfPath, { outline: args.outline });
    const pages = await readPdf(pdfPath);
    const built = buildElements(doc, layout, pages);
    const serious = built.warnings.filter((w) => !w.startsWith('loose'));
    if (serious.length > 0) {
      skipped.push(
        `${doc.id}: ${serious.slice(0, 3).join('; ')}${serious.length > 3 ? ` (+${serious.length - 3})` : ''}`,
      );
      return null;
    }
    const noiseRng = makeRng(seed ^ 0x9e3779b9);
    const noise = chooseNoise(noiseRng);
    const applied: NoiseLog = { leadAsTitle: 0, captionAsTitle: 0, furnitureAsText: 0 };
    // each format draws its noise from its own stream, so writing one more or one fewer changes no other
    const want = args.formats;
    const mineru = want.has('mineru') ? emitMineru(doc.id, built, noise, makeRng(seed ^ 0x1234567), applied) : null;
    const dots = want.has('dots') ? emitDots(built, noise, makeRng(seed ^ 0x7654321), applied) : null;
    const appliedMiddle: NoiseLog = { leadAsTitle: 0, captionAsTitle: 0, furnitureAsText: 0 };
    const middle = want.has('middle')
      ? emitMiddle(doc.id, built, noise, makeRng(seed ^ 0x2468ace), appliedMiddle)
      : null;
    const scanned = want.has('hocr') ? await emitScanned(pdfPath, work, doc.id, doc.lang, built) : null;
    const dir = path.join(args.out, doc.id);
    for (const f of FORMATS) if (want.has(f)) mkdirSync(path.join(dir, f), { recursive: true });
    const counts: Record<string, number> = {};
    for (const p of built.pages) for (const e of p.elems) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    const src = sourceInfo(doc.source);
    const meta = withCorpusKeys(
      {
        id: doc.id,
        source: { key: src.key, name: src.name, file: doc.file, origin: src.origin, url: src.url },
        licence: src.licence,
        language: doc.lang,
        title: doc.title,
        layout,
        pages: built.pages.length,
        seed,
        noise,
        ...(mineru || dots ? { noiseApplied: applied } : {}),
        ...(middle ? { noiseAppliedMiddle: { leadAsTitle: appliedMiddle.leadAsTitle } } : {}),
        elements: counts,
        gold: {
          ...(mineru ? { mineru: summary(mineru.gold) } : {}),
          ...(dots ? { dots: summary(dots.gold) } : {}),
          ...(middle ? { middle: summary(middle.gold) } : {}),
          ...(scanned ? { hocr: summary(scanned.gold) } : {}),
        },
        ...(scanned ? { scanUnmatched: scanned.unmatched } : {}),
        renderer: chromiumVersion,
        ...writeParserFormats(dir, { id: doc.id, lang: doc.lang, built, seed }, want),
      },
      {
        producer: 'chromium',
        family: args.family || 'manual',
        split: args.family ? splitOf(args.family, src.key) : splitOf('manual', src.key, sourceSet(args)),
      },
    );
    const write = (f: Format, name: string, value: unknown) =>
      writeFileSync(path.join(dir, f, name), `${JSON.stringify(value, null, 1)}\n`);
    writeFileSync(path.join(dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    if (args.keepPdf) copyFileSync(pdfPath, path.join(dir, 'source.pdf'));
    if (mineru) {
      write('mineru', 'content_list.json', mineru.input);
      write('mineru', 'gold.structure.json', mineru.gold);
    }
    if (dots) {
      write('dots', 'pages.json', dots.input);
      write('dots', 'gold.structure.json', dots.gold);
    }
    if (middle) {
      write('middle', 'middle.json', middle.input);
      write('middle', 'gold.structure.json', middle.gold);
    }
    if (scanned) {
      writeFileSync(path.join(dir, 'hocr', 'scan.hocr'), scanned.hocr);
      write('hocr', 'gold.structure.json', scanned.gold);
    }
    return { id: doc.id, lang: doc.lang, columns, pages: built.pages.length, source: doc.source, counts };
  };
  try {
    await Promise.all(Array.from({ length: Math.min(args.jobs, jobs.length) }, worker));
  } finally {
    bar.stop();
    await browser.close();
  }
  results.sort((a, b) => (a.id < b.id ? -1 : 1));
  skipped.sort();
  if (!args.only && !args.limit)
    writeDocs(args.out, results, skipped, {
      full: args.full,
      heldout: args.heldout,
      dev: args.dev,
      dev2: args.dev2,
      seed: args.seed,
      chromiumVersion,
      ...(sameFormats(args.formats, DEFAULT_FORMATS) ? {} : { formats: FORMATS.filter((f) => args.formats.has(f)) }),
    });
  log(
    `built ${results.length} documents, ${results.reduce((s, r) => s + r.pages, 0)} pages; skipped ${skipped.length}`,
  );
  for (const s of skipped) log(`  skipped ${s}`);
  if (args.formats.has('middle') && lineStats.contentOrder > 0)
    log(`middle.json: lines of ${lineStats.contentOrder} elements in content order (their geometry reads otherwise)`);
  if (existsSync(work) && args.full) rmSync(work, { recursive: true, force: true });
}

function sameFormats(a: Set<Format>, b: Format[]): boolean {
  return a.size === b.length && b.every((f) => a.has(f));
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

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
