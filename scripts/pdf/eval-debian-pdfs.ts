// `npx tsx scripts/pdf/eval-debian-pdfs.ts [PACKAGE …] [--cache DIR] [--max-pages N] [--limit N] [--json FILE]
// [--detail]` (`--detail`: each PDF's missed outline entries and extra headings, run without the outline)
// — the PDF as the input (`docstitch paper.pdf`) on real PDFs shipped in Debian packages, with each PDF's
// own outline (bookmarks) as the gold for headings. Each package is fetched with `apt-get download` and
// unpacked with `dpkg -x` into the cache (default .cache/debian-pdfs, gitignored); an argument that is a
// folder or a PDF on this machine (`/usr/share/doc/debmake-doc`, where the packages are installed) is read
// in place instead. Its PDFs that have an outline are read once and stitched twice:
//   - as run: the PDF's own evidence, outline included (the outline then sets the levels of the headings
//     it finds: this row measures how many outline entries the text layer's title candidates hold);
//   - without the outline (the engine's own headings from the text layer: fonts, numbering, the table of
//     contents), the honest measure of the PDF adapter and the headings stage.
// The gold: each outline entry is matched to the adapter element it names (its page, then the pages next
// to it; text equal, or equal without numbering — in the entry's letter case first —, or bigram Dice ≥ 0.75); an entry that matches none stays
// in the gold under its own ref (`/outline/<i>`), so it counts as missed. Printed per PDF: outline entries,
// matched, heading TEDS, heading F1 and level accuracy (relative: see scoreOf), both ways; then the macro
// averages.
// The PostgreSQL, Python and Debian Reference manuals are reserved for independent evaluation: refused.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readWithAdapter } from '../../src/adapters/index.js';
import { evaluate } from '../../src/eval/metrics.js';
import { loadInput } from '../../src/io/load.js';
import type { Element } from '../../src/model/element.js';
import type { Structure } from '../../src/model/structure.js';
import { resolveEngineOptions } from '../../src/options.js';
import { applyPdfEvidence, normalizeText, similarity } from '../../src/pdf/align.js';
import { withoutNumbering } from '../../src/pdf/outline.js';
import { type PdfData, readPdf } from '../../src/pdf/read.js';
import { finish, reconstruct } from '../../src/pipeline.js';

const RESERVED = /debian-reference|postgresql|python3?(\.\d+)?-doc|python-doc/i;
const DEFAULT_PACKAGES = ['debmake-doc', 'libtasn1-doc', 'texlive-latex-recommended'];

const args = process.argv.slice(2);
const VALUED = ['--cache', '--max-pages', '--limit', '--json'];
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const cache = flag('--cache') ?? '.cache/debian-pdfs';
const maxPages = Number(flag('--max-pages') ?? 400);
const limit = Number(flag('--limit') ?? Number.POSITIVE_INFINITY);
const jsonPath = flag('--json');
const named = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1]));
const packages = named.length > 0 ? named : DEFAULT_PACKAGES;
for (const p of packages) {
  if (RESERVED.test(p.split('/').filter(Boolean).join(' '))) {
    console.error(`${p}: reserved for independent evaluation, not used`);
    process.exit(2);
  }
}

/** The package unpacked under the cache (downloaded once). */
function unpack(pkg: string): string {
  const dir = join(cache, pkg);
  if (existsSync(join(dir, '.done'))) return dir;
  mkdirSync(dir, { recursive: true });
  execFileSync('apt-get', ['download', pkg], { cwd: dir, stdio: 'ignore' });
  const deb = readdirSync(dir).find((f) => f.endsWith('.deb'));
  if (!deb) throw new Error(`${pkg}: apt-get download gave no .deb`);
  execFileSync('dpkg', ['-x', join(dir, deb), join(dir, 'root')]);
  writeFileSync(join(dir, '.done'), '');
  return dir;
}

function pdfsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = lstatSync(p); // a package's symlinks may point outside it (dangling here): not followed
    if (st.isDirectory()) out.push(...pdfsUnder(p));
    else if (st.isFile() && name.toLowerCase().endsWith('.pdf')) out.push(p);
  }
  return out;
}

// the engine's own reading of a heading's numbering (a Roman numeral's letters end at a point or a space)
const bareNumber = withoutNumbering;

function entryScore(title: string, el: Element): number {
  const a = normalizeText(title);
  const b = normalizeText(el.text);
  if (!a || !b) return 0;
  // the same words in the same letter case win a tie: the heading "2.5 Debian documentation" over the
  // running head "2.5. DEBIAN DOCUMENTATION" above it on the page
  if (bareNumber(el.text).trim() === bareNumber(title).trim()) return 1.01;
  if (a === b || normalizeText(bareNumber(el.text)) === a || normalizeText(bareNumber(title)) === b) return 1;
  return similarity(title, el.text);
}

const typeSize = (el: Element) => el.hints?.pdf?.fontSize ?? el.hints?.lineHeight ?? 0;

/** The outline as a gold structure over the adapter's elements (see the header). */
function outlineGold(data: PdfData, elements: readonly Element[]): { gold: Structure; matched: number } {
  const byPage = new Map<number, Element[]>();
  for (const e of elements) byPage.set(e.page, [...(byPage.get(e.page) ?? []), e]);
  const used = new Set<number>();
  const headings: Structure['headings'] = [];
  let matched = 0;
  for (const entry of data.outline) {
    const pages = entry.page === undefined ? [] : [entry.page, entry.page + 1, entry.page - 1];
    let best: Element | undefined;
    let bestScore = 0.75;
    for (const p of pages)
      for (const el of byPage.get(p) ?? []) {
        const s = entryScore(entry.title, el) - (p === entry.page ? 0 : 0.05);
        // a tie goes to the larger type: the heading, not the running head that repeats it above (CJK has no
        // letter case to tell them apart)
        if (!used.has(el.id) && (s > bestScore || (s === bestScore && best && typeSize(el) > typeSize(best)))) {
          best = el;
          bestScore = s;
        }
      }
    if (best) {
      used.add(best.id);
      matched++;
    }
    headings.push({ ref: best?.ref ?? `/outline/${entry.index}`, level: entry.level });
  }
  // the gold lists headings in reading order
  const order = new Map(elements.map((e) => [e.ref, e.id]));
  headings.sort((x, y) => (order.get(x.ref) ?? 1e9) - (order.get(y.ref) ?? 1e9));
  return {
    gold: { version: 1, headings, paragraphMerges: [], tableMerges: [], captions: [], furniture: [] },
    matched,
  };
}

const engine = resolveEngineOptions(undefined);
function run(pdf: string, data: PdfData) {
  const input = loadInput(pdf);
  input.files[0].pdf = data;
  const doc = applyPdfEvidence(readWithAdapter(input).document, data).doc;
  return finish(doc, reconstruct(doc, engine), { summaries: false });
}

type Score = { teds: number; f1: number; levels: number };
const rows: Array<{ pdf: string; pages: number; entries: number; matched: number; with: Score; without: Score }> = [];
/**
 * The scores, the gold's levels shifted first by the offset most of the matched headings show (the engine
 * numbers from the document title, level 1, so the outline's top entries are often its level 2): the
 * levels are compared as a hierarchy, not as absolute numbers. TEDS does not depend on the shift.
 */
const scoreOf = (rawGold: Structure, s: Structure): Score => {
  // An entry's element that the run joined to the one before ("Chapter 1" | "Overview", text-merge's
  // two-line opener) is the heading by the group's first element, the ref the structure names it by.
  const headOf = new Map(s.paragraphMerges.flatMap((g) => g.slice(1).map((r) => [r, g[0]] as const)));
  const gold = { ...rawGold, headings: rawGold.headings.map((h) => ({ ...h, ref: headOf.get(h.ref) ?? h.ref })) };
  const predicted = new Map(s.headings.map((h) => [h.ref, h.level]));
  const shifts = new Map<number, number>();
  for (const h of gold.headings) {
    const p = predicted.get(h.ref);
    if (p !== undefined) shifts.set(p - h.level, (shifts.get(p - h.level) ?? 0) + 1);
  }
  // (never below level 1: a tree has no heading above its root)
  const lowest = Math.min(...gold.headings.map((h) => h.level));
  const shift = Math.max(1 - lowest, [...shifts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0);
  const e = evaluate({ ...gold, headings: gold.headings.map((h) => ({ ...h, level: h.level + shift })) }, s);
  return {
    teds: e.teds.teds,
    f1: e.headings.f1,
    levels: e.levels.total ? e.levels.correct / e.levels.total : Number.NaN,
  };
};

/** The gold's headings the run missed, and the headings it gave that the outline does not list. */
function detail(rawGold: Structure, s: Structure, elements: readonly Element[]) {
  const headOf = new Map(s.paragraphMerges.flatMap((g) => g.slice(1).map((r) => [r, g[0]] as const)));
  const gold = { ...rawGold, headings: rawGold.headings.map((h) => ({ ...h, ref: headOf.get(h.ref) ?? h.ref })) };
  const text = new Map(elements.map((e) => [e.ref, `p${e.page} ${e.type} ${JSON.stringify(e.text.slice(0, 50))}`]));
  const predicted = new Map(s.headings.map((h) => [h.ref, h.level]));
  const golden = new Set(gold.headings.map((h) => h.ref));
  for (const h of gold.headings)
    if (!predicted.has(h.ref)) console.log(`  missed L${h.level} ${h.ref} ${text.get(h.ref) ?? '(no element)'}`);
  for (const h of s.headings)
    if (!golden.has(h.ref)) console.log(`  extra L${h.level} ${h.ref} ${text.get(h.ref) ?? ''}`);
}

/** A package's PDFs: under the cache's unpacked copy, or in place for a folder or file on this machine. */
function pdfsOf(pkg: string): string[] {
  if (existsSync(pkg)) return lstatSync(pkg).isDirectory() ? pdfsUnder(pkg) : [pkg];
  return pdfsUnder(join(unpack(pkg), 'root'));
}

const nameOf = (pdf: string) =>
  existsSync(pdf) && !relative(cache, pdf).startsWith('..') ? relative(cache, pdf) : pdf;

let seen = 0;
for (const pkg of packages) {
  let pdfs: string[];
  try {
    pdfs = pdfsOf(pkg);
  } catch (error) {
    console.log(`${pkg}: cannot fetch (${String((error as Error).message).split('\n')[0]})`);
    continue;
  }
  for (const pdf of pdfs) {
    if (seen >= limit) break;
    if (RESERVED.test(pdf)) continue;
    let data: PdfData;
    try {
      data = await readPdf(pdf, { images: true, maxPages });
    } catch (error) {
      console.log(`${nameOf(pdf)}: skipped (${String((error as Error).message).split('\n')[0]})`);
      continue;
    }
    if (data.outline.length === 0) continue;
    seen++;
    try {
      const asRun = run(pdf, data);
      const { gold, matched } = outlineGold(data, asRun.document.elements);
      const without = run(pdf, { ...data, outline: [] });
      if (args.includes('--detail')) detail(gold, without.structure, without.document.elements);
      rows.push({
        pdf: nameOf(pdf),
        pages: data.pageCount,
        entries: data.outline.length,
        matched,
        with: scoreOf(gold, asRun.structure),
        without: scoreOf(gold, without.structure),
      });
    } catch (error) {
      console.log(`${nameOf(pdf)}: failed (${String((error as Error).message).split('\n')[0]})`);
    }
  }
}

const f = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : 'n/a');
console.log('pdf | pages | outline entries | matched | TEDS w/o outline | F1 | levels | TEDS as run | F1 | levels');
for (const r of rows)
  console.log(
    `${r.pdf} | ${r.pages} | ${r.entries} | ${r.matched} | ${f(r.without.teds)} | ${f(r.without.f1)} | ` +
      `${f(r.without.levels)} | ${f(r.with.teds)} | ${f(r.with.f1)} | ${f(r.with.levels)}`,
  );
const mean = (pick: (r: (typeof rows)[number]) => number) => {
  const v = rows.map(pick).filter(Number.isFinite);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : Number.NaN;
};
console.log(
  `macro over ${rows.length} PDFs with an outline: entries matched ${f(mean((r) => r.matched / r.entries))}; ` +
    `without the outline TEDS ${f(mean((r) => r.without.teds))}, heading F1 ${f(mean((r) => r.without.f1))}, ` +
    `levels ${f(mean((r) => r.without.levels))}; as run TEDS ${f(mean((r) => r.with.teds))}, heading F1 ` +
    `${f(mean((r) => r.with.f1))}, levels ${f(mean((r) => r.with.levels))}`,
);
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(rows, null, 2)}\n`);
