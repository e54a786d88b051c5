// `npm run corpus -- --producer latex` — the LaTeX producer of the evaluation corpus: Debian manual sections
// typeset as papers, theses and books in real document classes by TeX Live (pdfLaTeX, XeLaTeX, LuaLaTeX),
// gold from SyncTeX (./build.ts), written as MinerU content_list / dots.ocr / middle.json with the same
// emitters and parser noise as the Chromium producer (../emit.ts).
//   npm run corpus -- --producer latex                 committed slice → corpus-latex/ (one document per class)
//   npm run corpus -- --producer latex --full          every class × 8 documents → corpus-latex-full/ (gitignored)
//   options: --seed N  --out DIR  --only SUBSTRING (document id)  --classes a,b  --per-class N  --jobs N
//            --formats mineru,dots,middle (default) and any of docling, marker, mistral, paddle, unstructured, mineru-v2
//                      (scripts/corpus/writers/: parser-style inputs with the parsers' habits)
//            --parser-sample K   each document in only K of the asked parser formats (even shares)
//            --keep-pdf (copy each PDF into its document folder as source.pdf)
//            --revtex-variants (revtex in its societies, journals and layouts: aps/aip, prl/prb/jcp …, reprint/preprint)
//            --table-habits (the parser-style formats read cut tables as recognisers do: ../table-habits.ts)
//            --heading-habits (headings given line by line, numbers apart from their words: ../heading-habits.ts)
//            --para-habits (paragraphs cut in two blocks in mid-sentence inside a column: ../para-habits.ts)
//            --azure-sections (Azure DI results with v4 `sections`, the heading tree: ../writers/azure-sections.ts)
//            --float-habits (captions and tables as real parsers give them: ../float-habits.ts)
//            --bookmarks (hyperref bookmarks: the PDFs get an outline from their headings, for `--pdf` measurements)
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { SourceDoc } from '../blocks.js';
import { chooseNoise, emitDots, emitMiddle, emitMineru, type NoiseLog } from '../emit.js';
import { hashString, makeRng } from '../rng.js';
import { isCommittable, listSourceFiles, readSourceDoc, SOURCES, sourceInfo } from '../sources.js';
import { PARSER_FORMATS, writeParserFormats } from '../writers/index.js';
import { buildLatex, readGeometry } from './build.js';
import { CLASSES, type ClassSpec, classByName } from './classes.js';
import { readSyncTex } from './synctex.js';
import { writeTex } from './tex.js';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const LATEX_SEED = 20261202;
const FORMATS = ['mineru', 'dots', 'middle', ...PARSER_FORMATS] as const;
type Format = (typeof FORMATS)[number];

/**
 * The split of a document: by family and source document (never by page), from a hash of both, so a
 * source section typeset in one family is in the same split wherever it is built: 2 in 10 test, 2 in 10
 * dev, the rest train.
 */
export function splitOf(family: string, doc: SourceDoc): 'train' | 'dev' | 'test' {
  const h = hashString(`${family}/${doc.source}/${doc.id.replace(`-${doc.lang}-`, '-')}`) % 10;
  return h < 2 ? 'test' : h < 4 ? 'dev' : 'train';
}

interface Args {
  full: boolean;
  seed: number;
  out: string;
  only: string;
  classes: ClassSpec[];
  perClass: number;
  jobs: number;
  formats: Set<Format>;
  /** write each document in only this many of the asked parser formats (writers/index.ts parserFormatsOf) */
  parserSample: number;
  keepPdf: boolean;
  bookmarks: boolean;
  revtexVariants: boolean;
  /** the parser-style writers apply ../table-habits.ts */
  tableHabits: boolean;
  /** the parser-style writers apply ../heading-habits.ts */
  headingHabits: boolean;
  /** the parser-style writers apply ../para-habits.ts */
  paraHabits: boolean;
  azureSections: boolean;
  /** the parser-style writers apply ../float-habits.ts */
  floatHabits: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    full: false,
    seed: LATEX_SEED,
    out: '',
    only: '',
    classes: CLASSES,
    perClass: 0,
    jobs: 2,
    formats: new Set<Format>(['mineru', 'dots', 'middle']),
    parserSample: 0,
    keepPdf: false,
    bookmarks: false,
    revtexVariants: false,
    tableHabits: false,
    headingHabits: false,
    paraHabits: false,
    azureSections: false,
    floatHabits: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i] ?? '';
    if (k === '--producer') v();
    else if (k === '--full') a.full = true;
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--out') a.out = v();
    else if (k === '--only') a.only = v();
    else if (k === '--classes') a.classes = v().split(',').map(classByName);
    else if (k === '--per-class') a.perClass = Number(v());
    else if (k === '--jobs') a.jobs = Math.max(1, Number(v()));
    else if (k === '--parser-sample') a.parserSample = Math.max(0, Number(v()));
    else if (k === '--keep-pdf') a.keepPdf = true;
    else if (k === '--bookmarks') a.bookmarks = true;
    else if (k === '--revtex-variants') a.revtexVariants = true;
    else if (k === '--table-habits') a.tableHabits = true;
    else if (k === '--heading-habits') a.headingHabits = true;
    else if (k === '--para-habits') a.paraHabits = true;
    else if (k === '--azure-sections') a.azureSections = true;
    else if (k === '--float-habits') a.floatHabits = true;
    else if (k === '--formats') {
      const f = v().split(',');
      for (const x of f) if (!(FORMATS as readonly string[]).includes(x)) throw new Error(`unknown format ${x}`);
      a.formats = new Set(f as Format[]);
    } else throw new Error(`unknown option ${k} for --producer latex`);
  }
  if (!a.perClass) a.perClass = a.full ? 8 : 1;
  if (!a.out) a.out = path.join(ROOT, a.full ? 'corpus-latex-full' : 'corpus-latex');
  return a;
}

function ensureTex(log: (s: string) => void): string {
  try {
    return execFileSync('pdflatex', ['--version']).toString().split('\n')[0];
  } catch {
    log(
      'TeX Live is missing: apt-get install texlive-latex-extra texlive-publishers texlive-science texlive-lang-chinese texlive-lang-japanese texlive-xetex texlive-luatex',
    );
    throw new Error('no pdflatex');
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const texVersion = ensureTex(log);
  // the committed slice uses permissive sources only (today debmake-doc, MIT; sources.ts `isCommittable`): its
  // text may be committed; the full set (gitignored) every tuning source
  const files = listSourceFiles('tuning').filter((f) => args.full || isCommittable(f.source));
  if (files.length === 0) throw new Error(`no source files: apt-get install ${SOURCES.debmake.pkg}`);
  const docs: SourceDoc[] = [];
  for (const f of files) {
    const d = readSourceDoc(f, args.full ? (f.lang === 'en' ? 20000 : 8000) : f.lang === 'en' ? 9000 : 4000);
    if (d) docs.push(d);
  }
  const jobs: { doc: SourceDoc; spec: ClassSpec; id: string; rank: number }[] = [];
  for (const spec of args.classes) {
    const rng = makeRng(args.seed ^ hashString(`latex/${spec.name}`));
    const cand = docs
      .filter((d) => d.lang === spec.lang)
      .map((d) => ({ d, score: Math.min(3, d.blocks.length / 30) + rng.next() * 2 }))
      .sort((x, y) => y.score - x.score || (x.d.id < y.d.id ? -1 : 1));
    for (const c of cand.slice(0, args.perClass))
      jobs.push({ doc: c.d, spec, id: `latex-${spec.name}-${c.d.id}`, rank: jobs.length });
  }
  const todo = args.only ? jobs.filter((j) => j.id.includes(args.only)) : jobs;
  log(`${docs.length} source documents; building ${todo.length} LaTeX documents into ${path.relative(ROOT, args.out)}`);
  mkdirSync(args.out, { recursive: true });
  if (!args.only)
    for (const e of readdirSync(args.out, { withFileTypes: true }))
      if (e.isDirectory()) rmSync(path.join(args.out, e.name), { recursive: true });
  const work = path.join(ROOT, '.cache', 'corpus-latex');
  mkdirSync(work, { recursive: true });

  const results: { id: string; cls: string; family: string; split: string; pages: number; columns: number }[] = [];
  const skipped: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const job = todo[next++];
      try {
        const r = await buildOne(job);
        if (r) results.push(r);
      } catch (e) {
        skipped.push(`${job.id}: ${(e as Error).message.split('\n')[0]}`);
      }
      log(`  ${job.id}`);
    }
  };
  const buildOne = async ({ doc, spec, id, rank }: (typeof todo)[number]) => {
    const seed = (args.seed ^ hashString(id)) >>> 0;
    const tex = writeTex(doc, spec, makeRng(seed), {
      bookmarks: args.bookmarks,
      revtexVariants: args.revtexVariants,
    });
    const dir = path.join(work, id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${id}.tex`), tex.tex);
    writeFileSync(path.join(dir, 'blocks.json'), JSON.stringify(tex.blocks)); // for debugging
    try {
      await run(spec.engine, ['-synctex=1', '-interaction=nonstopmode', '-halt-on-error', `${id}.tex`], {
        cwd: dir,
        timeout: 300_000,
        maxBuffer: 64 << 20,
      });
    } catch {
      const texLog = existsSync(path.join(dir, `${id}.log`)) ? readFileSync(path.join(dir, `${id}.log`), 'utf8') : '';
      const err = /^!.*$/m.exec(texLog)?.[0] ?? 'TeX failed';
      throw new Error(`${spec.engine}: ${err}`);
    }
    const texLog = readFileSync(path.join(dir, `${id}.log`), 'utf8');
    const sync = readSyncTex(path.join(dir, `${id}.synctex.gz`));
    const mainTag = [...sync.inputs].find(([, p]) => p.endsWith(`/${id}.tex`))?.[0];
    if (mainTag === undefined) throw new Error('SyncTeX names no main file');
    const built = await buildLatex(path.join(dir, `${id}.pdf`), sync, mainTag, tex, readGeometry(texLog));
    // gold must be exact: a document whose text the blocks do not account for is skipped, not approximated
    if (built.unmapped > 0.01 * built.items)
      throw new Error(`${built.unmapped} of ${built.items} text items in no block`);
    const serious = built.warnings.filter((w) => !/^(heading|keywords|tcont|abstract)/.test(w));
    if (serious.length) throw new Error(serious.slice(0, 3).join('; '));

    const noise = chooseNoise(makeRng(seed ^ 0x9e3779b9));
    const applied: NoiseLog = { leadAsTitle: 0, captionAsTitle: 0, furnitureAsText: 0 };
    const want = args.formats;
    const mineru = want.has('mineru') ? emitMineru(id, built, noise, makeRng(seed ^ 0x1234567), applied) : null;
    const dots = want.has('dots') ? emitDots(built, noise, makeRng(seed ^ 0x7654321), applied) : null;
    const appliedMiddle: NoiseLog = { leadAsTitle: 0, captionAsTitle: 0, furnitureAsText: 0 };
    const middle = want.has('middle') ? emitMiddle(id, built, noise, makeRng(seed ^ 0x2468ace), appliedMiddle) : null;
    const outDir = path.join(args.out, id);
    const counts: Record<string, number> = {};
    for (const p of built.pages) for (const e of p.elems) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    const src = sourceInfo(doc.source);
    const split = splitOf(spec.family, doc);
    const summary = (s: NonNullable<typeof mineru>['gold']) => ({
      headings: s.headings.length,
      paragraphMerges: s.paragraphMerges.length,
      tableMerges: s.tableMerges.length,
      captions: s.captions.length,
      furniture: s.furniture.length,
    });
    const meta = {
      id,
      producer: 'latex',
      family: spec.family,
      class: spec.name,
      split,
      source: { key: src.key, name: src.name, file: doc.file, origin: src.origin, url: src.url },
      licence: src.licence,
      language: doc.lang,
      title: doc.title,
      layout: {
        columns: tex.columns,
        class: spec.documentclass,
        options: tex.options,
        engine: spec.engine,
        pagestyle: tex.pagestyle,
        ...(args.bookmarks ? { bookmarks: true } : {}),
      },
      pages: built.pages.length,
      seed,
      noise,
      noiseApplied: applied,
      ...(middle ? { noiseAppliedMiddle: { leadAsTitle: appliedMiddle.leadAsTitle } } : {}),
      elements: counts,
      gold: {
        ...(mineru ? { mineru: summary(mineru.gold) } : {}),
        ...(dots ? { dots: summary(dots.gold) } : {}),
        ...(middle ? { middle: summary(middle.gold) } : {}),
      },
      renderer: texVersion,
      ...writeParserFormats(
        outDir,
        {
          id,
          lang: doc.lang,
          built,
          seed,
          tableHabits: args.tableHabits,
          headingHabits: args.headingHabits,
          paraHabits: args.paraHabits,
          azureSections: args.azureSections,
          floatHabits: args.floatHabits,
        },
        want,
        args.parserSample,
        rank,
      ),
    };
    const write = (f: Format, name: string, value: unknown) => {
      mkdirSync(path.join(outDir, f), { recursive: true });
      writeFileSync(path.join(outDir, f, name), `${JSON.stringify(value, null, 1)}\n`);
    };
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    if (args.keepPdf) copyFileSync(path.join(dir, `${id}.pdf`), path.join(outDir, 'source.pdf'));
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
    return { id, cls: spec.name, family: spec.family, split, pages: built.pages.length, columns: tex.columns };
  };
  await Promise.all(Array.from({ length: Math.min(args.jobs, todo.length) }, worker));
  results.sort((a, b) => (a.id < b.id ? -1 : 1));
  skipped.sort();
  if (!args.only) {
    const manifest = {
      producer: 'latex',
      seed: args.seed,
      full: args.full,
      renderer: texVersion,
      formats: FORMATS.filter((f) => args.formats.has(f)),
      ...(args.parserSample ? { parserSample: args.parserSample } : {}),
      documents: results,
      skipped,
    };
    writeFileSync(path.join(args.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  log(
    `built ${results.length} documents, ${results.reduce((s, r) => s + r.pages, 0)} pages; skipped ${skipped.length}`,
  );
  for (const s of skipped) log(`  skipped ${s}`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
});
