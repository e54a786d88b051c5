// Sources: HTML manuals shipped in Debian packages. Each chapter/section file becomes one source
// document, flattened into blocks (headings, paragraphs, list items, code, tables, figures).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Block, Lang, SourceDoc, SourceInfo } from './blocks.js';

type SourceEntry = SourceInfo & { pkg: string; root: string };

export const SOURCES: Record<string, SourceEntry> = {
  handbook: {
    key: 'handbook',
    name: "The Debian Administrator's Handbook (Raphaël Hertzog, Roland Mas)",
    origin: 'Debian package debian-handbook (HTML, /usr/share/doc/debian-handbook/html)',
    licence: 'GPL-2.0-or-later OR CC-BY-SA-3.0',
    url: 'https://debian-handbook.info/',
    pkg: 'debian-handbook',
    root: '/usr/share/doc/debian-handbook/html',
  },
  debmake: {
    key: 'debmake',
    name: 'Guide for Debian Maintainers (Osamu Aoki), debmake-doc',
    origin: 'Debian package debmake-doc (HTML, /usr/share/doc/debmake-doc/html)',
    licence: 'MIT (Expat)',
    url: 'https://salsa.debian.org/debian/debmake-doc',
    pkg: 'debmake-doc',
    root: '/usr/share/doc/debmake-doc/html',
  },
  aptitude: {
    key: 'aptitude',
    name: 'aptitude user’s manual (Daniel Burrows et al.)',
    origin: 'Debian packages aptitude-doc-en, aptitude-doc-ja (HTML, /usr/share/doc/aptitude/html)',
    licence: 'GPL-2.0-or-later',
    url: 'https://salsa.debian.org/apt-team/aptitude',
    pkg: 'aptitude-doc-en aptitude-doc-ja',
    root: '/usr/share/doc/aptitude/html',
  },
};

/**
 * Held-out sources: never used to tune the engine; built only with `--heldout` (into corpus-heldout/)
 * so that held-out numbers can be reported. Not part of the committed slice or of corpus-full/.
 */
export const HELDOUT_SOURCES: Record<string, SourceEntry> = {
  maintguide: {
    key: 'maintguide',
    name: "Debian New Maintainers' Guide (Josip Rodin, Osamu Aoki et al.), maint-guide",
    origin:
      'Debian packages maint-guide, maint-guide-ja, maint-guide-zh-cn (HTML, /usr/share/doc/maint-guide{,-ja,-zh-cn}/html)',
    licence: 'GPL-2.0-or-later',
    url: 'https://salsa.debian.org/debian/maint-guide',
    pkg: 'maint-guide maint-guide-ja maint-guide-zh-cn',
    root: '/usr/share/doc',
  },
  devref: {
    key: 'devref',
    name: "Debian Developer's Reference (Christian Schwarz, Adam Di Carlo, Raphaël Hertzog, Lucas Nussbaum et al.)",
    origin:
      'Debian packages developers-reference, developers-reference-ja (Sphinx HTML, /usr/share/developers-reference{,/ja})',
    licence: 'GPL-2.0-or-later',
    url: 'https://salsa.debian.org/debian/developers-reference',
    pkg: 'developers-reference developers-reference-ja',
    root: '/usr/share/developers-reference',
  },
};

/**
 * Development sources: more manuals to tune the engine on, disjoint from the tuning sources above and
 * from the held-out ones; built only with `--dev` (into corpus-dev/). Not part of the committed slice
 * or of corpus-full/.
 */
export const DEV_SOURCES: Record<string, SourceEntry> = {
  instguide: {
    key: 'instguide',
    name: 'Debian GNU/Linux Installation Guide for amd64 (Bruce Perens, Sven Rudolph, Adam Di Carlo, the Debian Installer team et al.)',
    origin:
      'Debian package installation-guide-amd64 (HTML, /usr/share/doc/installation-guide-amd64/{en,ja,zh_CN}; other languages not used)',
    licence: 'GPL-2.0-only',
    url: 'https://salsa.debian.org/installer-team/installation-guide',
    pkg: 'installation-guide-amd64',
    root: '/usr/share/doc/installation-guide-amd64',
  },
  faq: {
    key: 'faq',
    name: 'The Debian GNU/Linux FAQ (Susan G. Kleinmann, Sven Rudolph, Santiago Vila, Josip Rodin, Javier Fernández-Sanguino Peña et al.)',
    origin: 'Debian packages debian-faq, debian-faq-zh-cn (HTML, /usr/share/doc/debian/FAQ{,/zh-cn})',
    // no SPDX id: a GNU-manual-style permission notice (Copyright 1996-2003 Software in the Public Interest)
    licence:
      'LicenseRef-debian-faq (verbatim copies; modified versions and translations under an identical permission notice)',
    url: 'https://salsa.debian.org/ddp-team/debian-faq',
    pkg: 'debian-faq debian-faq-zh-cn',
    root: '/usr/share/doc/debian/FAQ',
  },
  kernel: {
    key: 'kernel',
    name: 'Debian Linux Kernel Handbook (Debian Kernel Handbook Project)',
    origin: 'Debian package debian-kernel-handbook (HTML, /usr/share/doc/debian-kernel-handbook/kernel-handbook.html)',
    licence: 'GPL-2.0-or-later',
    url: 'https://salsa.debian.org/kernel-team/kernel-handbook',
    pkg: 'debian-kernel-handbook',
    root: '/usr/share/doc/debian-kernel-handbook/kernel-handbook.html',
  },
};

/**
 * The second development set: still more manuals to tune on, disjoint from every set above; built
 * only with `--dev2` (into corpus-dev2/), so that corpus-dev/ stays as it was.
 */
export const DEV2_SOURCES: Record<string, SourceEntry> = {
  history: {
    key: 'history',
    name: 'A Brief History of Debian (Debian Documentation Project, Bdale Garbee et al.), debian-history',
    origin:
      'Debian package debian-history (HTML, /usr/share/doc/debian-history/docs/*.{en,ja}.html; no Chinese shipped; other languages not used)',
    licence: 'GPL-2.0-or-later',
    url: 'https://salsa.debian.org/ddp-team/debian-history',
    pkg: 'debian-history',
    root: '/usr/share/doc/debian-history/docs',
  },
  policy: {
    key: 'policy',
    name: 'Debian Policy Manual (Ian Jackson, Christian Schwarz, the Debian Policy editors et al.)',
    origin:
      'Debian packages debian-policy, debian-policy-ja (Sphinx HTML, /usr/share/doc/debian-policy{,/ja}/policy.html; chapters and appendices only)',
    licence: 'GPL-2.0-or-later',
    url: 'https://salsa.debian.org/dbnpolicy/policy',
    pkg: 'debian-policy debian-policy-ja',
    root: '/usr/share/doc/debian-policy',
  },
  harden: {
    key: 'harden',
    name: 'Securing Debian Manual (Javier Fernández-Sanguino Peña, Alexander Reelsen et al.), harden-doc',
    origin: 'Debian package harden-doc (HTML, /usr/share/doc/harden-doc/html/en-US; other languages not used)',
    licence: 'GPL-2.0-or-later',
    url: 'https://salsa.debian.org/ddp-team/securing-debian-manual',
    pkg: 'harden-doc',
    root: '/usr/share/doc/harden-doc/html/en-US',
  },
};

/**
 * Whether a source's licence lets its derived documents be committed to this repository (MIT, Apache-2.0 or
 * BSD; DEVELOPERS.md, the licence rule). `A OR B` is permissive when one alternative is, `A AND B` when all
 * are; a GPL, CC-BY-SA or unnamed (`LicenseRef-…`) licence is not. Free text after an id (`MIT (Expat)`) is
 * ignored.
 */
export function isPermissive(licence: string): boolean {
  const one = (id: string) => /^(MIT|Expat|Apache-2\.0|0?BSD(-[0-9]-Clause)?|BSD-[0-9]-Clause(-[A-Za-z]+)?)$/.test(id);
  const term = (t: string) =>
    one(
      t
        .trim()
        .replace(/\s*\(.*\)\s*$/, '')
        .trim(),
    );
  return licence.split(/\s+OR\s+/).some((alt) => alt.trim() !== '' && alt.split(/\s+AND\s+/).every(term));
}

/** The committed slices (corpus/, corpus-office/, corpus-latex/) hold only documents of permissive sources. */
export function isCommittable(sourceKey: string): boolean {
  return isPermissive(sourceInfo(sourceKey).licence);
}

/** Which list of sources a run uses: the tuning corpus (slice, --full), --heldout, --dev or --dev2. */
export type SourceSet = 'tuning' | 'heldout' | 'dev' | 'dev2';

function sourceList(set: SourceSet): Record<string, SourceEntry> {
  return set === 'heldout' ? HELDOUT_SOURCES : set === 'dev' ? DEV_SOURCES : set === 'dev2' ? DEV2_SOURCES : SOURCES;
}

/** A source's description, regular, held-out or development. */
export function sourceInfo(key: string): SourceEntry {
  const s = SOURCES[key] ?? HELDOUT_SOURCES[key] ?? DEV_SOURCES[key] ?? DEV2_SOURCES[key];
  if (!s) throw new Error(`unknown source ${key}`);
  return s;
}

/** Install the Debian packages that hold the sources (and Chromium), when missing. */
export function ensureSources(log: (s: string) => void, set: SourceSet = 'tuning'): void {
  const pkgs = ['chromium', 'fonts-noto-cjk', 'fonts-dejavu-core', 'fonts-liberation'];
  for (const s of Object.values(sourceList(set))) pkgs.push(...s.pkg.split(' '));
  const missing = pkgs.filter((p) => {
    try {
      const out = execFileSync('dpkg-query', ['-W', `-f=${'$'}{Status}`, p], { stdio: ['ignore', 'pipe', 'ignore'] });
      return !out.toString().includes('install ok installed');
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(' ')}`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit' });
}

interface FileSpec {
  source: string;
  file: string; // absolute
  rel: string;
  lang: Lang;
  htmlLang: string;
  /** Sphinx HTML: the page's main column is taken and its markup adapted first (`sphinxMain`). */
  sphinx?: boolean;
  /** DocBook HTML with graphic admonitions (a layout table each): rewritten first (`docbookAdmonTables`). */
  admonTables?: boolean;
  /** Japanese/Chinese page that may be an untranslated copy of the English one: kept only if translated. */
  translatedOnly?: boolean;
}

export function listSourceFiles(set: SourceSet = 'tuning'): FileSpec[] {
  if (set === 'heldout') return listHeldoutFiles();
  if (set === 'dev') return listDevFiles();
  if (set === 'dev2') return listDev2Files();
  const out: FileSpec[] = [];
  const hb = SOURCES.handbook.root;
  for (const [dir, lang, htmlLang] of [
    ['en-US', 'en', 'en-US'],
    ['zh-CN', 'zh', 'zh-CN'],
    ['ja-JP', 'ja', 'ja'],
  ] as const) {
    const d = path.join(hb, dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) {
      if (!f.endsWith('.html') || f === 'index.html') continue;
      out.push({ source: 'handbook', file: path.join(d, f), rel: `${dir}/${f}`, lang, htmlLang });
    }
  }
  const dm = SOURCES.debmake.root;
  if (existsSync(dm)) {
    for (const f of readdirSync(dm).sort()) {
      const m = /^(ch\d+|apa|apb|pr\d+)\.(en|ja|zh-cn)\.html$/.exec(f);
      if (!m) continue;
      const lang: Lang = m[2] === 'en' ? 'en' : m[2] === 'ja' ? 'ja' : 'zh';
      out.push({
        source: 'debmake',
        file: path.join(dm, f),
        rel: f,
        lang,
        htmlLang: m[2] === 'zh-cn' ? 'zh-CN' : m[2],
      });
    }
  }
  const ap = SOURCES.aptitude.root;
  for (const [dir, lang] of [
    ['en', 'en'],
    ['ja', 'ja'],
  ] as const) {
    const d = path.join(ap, dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) {
      if (!/^(ch\d+.*|pr01.*|rn01re\d+)\.html$/.test(f)) continue;
      out.push({ source: 'aptitude', file: path.join(d, f), rel: `${dir}/${f}`, lang, htmlLang: lang });
    }
  }
  return out;
}

/** The held-out sources' files: one document per chapter file (tables of contents and the one-page copy left out). */
function listHeldoutFiles(): FileSpec[] {
  const out: FileSpec[] = [];
  for (const [pkg, tag, lang, htmlLang] of [
    ['maint-guide', 'en', 'en', 'en'],
    ['maint-guide-zh-cn', 'zh-cn', 'zh', 'zh-CN'],
    ['maint-guide-ja', 'ja', 'ja', 'ja'],
  ] as const) {
    const d = path.join(HELDOUT_SOURCES.maintguide.root, pkg, 'html');
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) {
      if (!f.endsWith(`.${tag}.html`) || f.startsWith('index.')) continue;
      out.push({ source: 'maintguide', file: path.join(d, f), rel: `${pkg}/html/${f}`, lang, htmlLang });
    }
  }
  const notChapters = new Set(['index.html', 'search.html', 'genindex.html', 'developers-reference.html']);
  for (const [dir, lang] of [
    ['', 'en'],
    ['ja', 'ja'],
  ] as const) {
    const d = path.join(HELDOUT_SOURCES.devref.root, dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) {
      if (!f.endsWith('.html') || notChapters.has(f)) continue;
      const rel = dir ? `${dir}/${f}` : f;
      out.push({ source: 'devref', file: path.join(d, f), rel, lang, htmlLang: lang, sphinx: true });
    }
  }
  return out;
}

/**
 * The development sources' files: one document per section file of the Installation Guide and per
 * chapter file of the FAQ and the Kernel Handbook. Left out: the tables of contents (`index.*`), the
 * Installation Guide's appendix F (the text of the GPL, which may be copied only verbatim) and its
 * languages other than English, Japanese and Simplified Chinese. Chapter pages that hold only a table
 * of contents and a sentence or two fall out in `readSourceDoc` (fewer than four text blocks).
 */
function listDevFiles(): FileSpec[] {
  const out: FileSpec[] = [];
  for (const [dir, lang, htmlLang] of [
    ['en', 'en', 'en'],
    ['zh_CN', 'zh', 'zh-CN'],
    ['ja', 'ja', 'ja'],
  ] as const) {
    const d = path.join(DEV_SOURCES.instguide.root, dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) {
      if (!/^(pr\d+|ch\d+(s\d+)*|ap[a-z](s\d+)*)\.html$/.test(f) || f === 'apf.html') continue;
      out.push({ source: 'instguide', file: path.join(d, f), rel: `${dir}/${f}`, lang, htmlLang, admonTables: true });
    }
  }
  for (const [dir, tag, lang, htmlLang] of [
    ['', 'en', 'en', 'en'],
    ['zh-cn', 'zh-cn', 'zh', 'zh-CN'],
  ] as const) {
    const d = path.join(DEV_SOURCES.faq.root, dir);
    if (!existsSync(d)) continue;
    // English: the `*.en.html` files (the plain `*.html` names are symlinks to them)
    for (const f of readdirSync(d).sort()) {
      if (!f.endsWith(`.${tag}.html`) || f.startsWith('index.')) continue;
      const rel = dir ? `${dir}/${f}` : f;
      out.push({ source: 'faq', file: path.join(d, f), rel, lang, htmlLang });
    }
  }
  const kd = DEV_SOURCES.kernel.root;
  if (existsSync(kd))
    for (const f of readdirSync(kd).sort()) {
      if (!/^ch-.*\.html$/.test(f)) continue;
      out.push({ source: 'kernel', file: path.join(kd, f), rel: f, lang: 'en', htmlLang: 'en' });
    }
  return out;
}

/**
 * The second development set's files: one document per chapter file of the History (English and
 * Japanese; the package ships no Chinese), per chapter and appendix page of the Policy Manual (Sphinx;
 * English and Japanese, where most Japanese pages are the English text untranslated and so left out
 * in `readSourceDoc`; the index, search, general-index and upgrading-checklist pages left out) and
 * per chapter/section file of the Securing Debian Manual (English). Tables of contents (`index.*`)
 * are left out everywhere.
 */
function listDev2Files(): FileSpec[] {
  const out: FileSpec[] = [];
  const hd = DEV2_SOURCES.history.root;
  if (existsSync(hd))
    for (const f of readdirSync(hd).sort()) {
      const m = /^([a-z]+)\.(en|ja)\.html$/.exec(f);
      if (!m || m[1] === 'index') continue;
      const lang = m[2] as 'en' | 'ja';
      out.push({ source: 'history', file: path.join(hd, f), rel: f, lang, htmlLang: lang });
    }
  for (const [dir, lang] of [
    ['policy.html', 'en'],
    ['ja/policy.html', 'ja'],
  ] as const) {
    const d = path.join(DEV2_SOURCES.policy.root, dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) {
      if (!/^(ch|ap)-[a-z-]+\.html$/.test(f)) continue;
      out.push({
        source: 'policy',
        file: path.join(d, f),
        rel: `${dir}/${f}`,
        lang,
        htmlLang: lang,
        sphinx: true,
        translatedOnly: lang !== 'en',
      });
    }
  }
  const sd = DEV2_SOURCES.harden.root;
  if (existsSync(sd))
    for (const f of readdirSync(sd).sort()) {
      if (!f.endsWith('.html') || f === 'index.html') continue;
      out.push({ source: 'harden', file: path.join(sd, f), rel: `en-US/${f}`, lang: 'en', htmlLang: 'en' });
    }
  return out;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'pre',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'hr',
  'header',
  'footer',
  'main',
  'body',
  'html',
  'center',
  'address',
  'caption',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
]);
const SKIP_CLASSES = new Set([
  'docnav',
  'navheader',
  'navfooter',
  'toc',
  'indexterm',
  'list-of-tables',
  'list-of-figures',
  'list-of-examples',
  'authorgroup',
  'legalnotice',
  'revhistory',
]);
const ADMON_CLASSES = new Set(['sidebar', 'note', 'tip', 'warning', 'caution', 'important']);

function classes(e: Element): string[] {
  const c = e.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? String(c).split(/\s+/) : [];
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function textOf(e: Element | ElementContent): string {
  return clean(toText(e as Element, { whitespace: 'normal' }));
}

function findAll(e: Element, pred: (x: Element) => boolean, out: Element[] = []): Element[] {
  for (const c of e.children) {
    if (c.type !== 'element') continue;
    if (pred(c)) out.push(c);
    else findAll(c, pred, out);
  }
  return out;
}

function findFirst(e: Element | Root, pred: (x: Element) => boolean): Element | undefined {
  for (const c of e.children) {
    if (c.type !== 'element') continue;
    if (pred(c)) return c;
    const r = findFirst(c, pred);
    if (r) return r;
  }
  return undefined;
}

interface Ctx {
  admon: boolean;
  depth: number;
  role: 'body' | 'code' | 'footnote';
}

class Extractor {
  blocks: Block[] = [];
  private buf = '';
  private pendingMarker: string | null = null;
  private pendingDepth = 0;
  private n = 0;

  constructor(
    private readonly dir: string,
    private readonly isCjk: boolean,
  ) {}

  private id(): string {
    this.n++;
    return `b${this.n}`;
  }

  private flush(ctx: Ctx): void {
    const t = clean(this.buf);
    this.buf = '';
    if (!t) return;
    if (this.pendingMarker !== null) {
      this.blocks.push({ id: this.id(), kind: 'item', text: t, depth: this.pendingDepth, marker: this.pendingMarker });
      this.pendingMarker = null;
      return;
    }
    this.blocks.push({ id: this.id(), kind: 'para', text: t, role: ctx.role === 'footnote' ? 'footnote' : 'body' });
  }

  walk(node: ElementContent, ctx: Ctx): void {
    if (node.type === 'text') {
      this.buf += node.value;
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    const cls = classes(node);
    if (['script', 'style', 'head', 'nav', 'img', 'colgroup'].includes(tag)) return;
    if (cls.some((c) => SKIP_CLASSES.has(c))) return;
    if (node.properties?.id === 'banner' || node.properties?.id === 'title') return;
    if (tag === 'br') {
      this.buf += ' ';
      return;
    }
    if (!BLOCK_TAGS.has(tag)) {
      for (const c of node.children) this.walk(c, ctx);
      return;
    }
    this.flush(ctx);
    if (/^h[1-6]$/.test(tag)) {
      const t = textOf(node);
      if (!t) return;
      if (ctx.admon) this.blocks.push({ id: this.id(), kind: 'para', text: t, role: 'lead' });
      else this.blocks.push({ id: this.id(), kind: 'heading', level: Number(tag[1]), text: t });
      return;
    }
    if (tag === 'p' && cls.includes('title')) {
      const t = textOf(node);
      if (t) this.blocks.push({ id: this.id(), kind: 'para', text: t, role: 'lead' });
      return;
    }
    if ((tag === 'div' && (cls.includes('table') || cls.includes('informaltable'))) || tag === 'table') {
      this.table(node);
      return;
    }
    if ((tag === 'div' && (cls.includes('figure') || cls.includes('informalfigure'))) || tag === 'figure') {
      this.figure(node);
      return;
    }
    if (tag === 'div' && cls.includes('mediaobject')) {
      this.figure(node);
      return;
    }
    if (tag === 'pre') {
      const t = toText(node, { whitespace: 'pre' }).replace(/^\n+|\s+$/g, '');
      if (t.trim()) this.blocks.push({ id: this.id(), kind: 'para', text: t, role: 'code' });
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      let k = 0;
      const start = Number(node.properties?.start ?? 1) || 1;
      for (const li of node.children) {
        if (li.type !== 'element' || li.tagName !== 'li') continue;
        this.pendingMarker = tag === 'ol' ? `${start + k}.` : ctx.depth % 2 === 0 ? '•' : '◦';
        this.pendingDepth = ctx.depth;
        k++;
        for (const c of li.children) this.walk(c, { ...ctx, depth: ctx.depth + 1 });
        this.flush(ctx);
        this.pendingMarker = null;
      }
      return;
    }
    if (tag === 'dt') {
      const t = textOf(node);
      if (t) this.blocks.push({ id: this.id(), kind: 'para', text: t, role: 'lead' });
      return;
    }
    const sub: Ctx = { ...ctx };
    if (cls.some((c) => ADMON_CLASSES.has(c))) sub.admon = true;
    if (cls.includes('footnotes') || cls.includes('footnote')) sub.role = 'footnote';
    for (const c of node.children) this.walk(c, sub);
    this.flush(sub);
  }

  private table(node: Element): void {
    const titleEl = findFirst(
      node,
      (e) => (e.tagName === 'p' && classes(e).includes('title')) || e.tagName === 'caption',
    );
    const caption = titleEl ? textOf(titleEl) : undefined;
    const table = node.tagName === 'table' ? node : findFirst(node, (e) => e.tagName === 'table');
    if (!table) return;
    const headRows: string[][] = [];
    const bodyRows: string[][] = [];
    const rows = findAll(table, (e) => e.tagName === 'tr');
    for (const tr of rows) {
      const cells = tr.children.filter(
        (c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
      );
      const texts = cells.map((c) => textOf(c));
      if (texts.every((t) => !t)) continue;
      const inHead = findFirst(table, (e) => e.tagName === 'thead' && e.children.includes(tr)) !== undefined;
      const allTh = cells.length > 0 && cells.every((c) => c.tagName === 'th');
      if ((inHead || allTh) && bodyRows.length === 0) headRows.push(texts);
      else bodyRows.push(texts);
    }
    if (headRows.length + bodyRows.length === 0) return;
    const width = Math.max(...[...headRows, ...bodyRows].map((r) => r.length));
    if (width > 8) return; // too wide to print legibly
    this.blocks.push({ id: this.id(), kind: 'table', caption: caption || undefined, headRows, bodyRows });
  }

  private figure(node: Element): void {
    const img = findFirst(node, (e) => e.tagName === 'img');
    const titleEl = findFirst(
      node,
      (e) => (e.tagName === 'p' && classes(e).includes('title')) || e.tagName === 'figcaption',
    );
    const caption = titleEl ? textOf(titleEl) : undefined;
    const src = img ? String(img.properties?.src ?? '') : '';
    if (!src || /\.(xpm|svg)$/i.test(src)) {
      if (caption) this.blocks.push({ id: this.id(), kind: 'para', text: caption, role: 'lead' });
      return;
    }
    const abs = path.resolve(this.dir, src);
    if (!existsSync(abs)) return;
    this.blocks.push({ id: this.id(), kind: 'figure', src: abs, caption: caption || undefined });
  }

  get cjk(): boolean {
    return this.isCjk;
  }
}

const BOOK_TITLES: Record<string, Record<Lang, string>> = {
  handbook: { en: "The Debian Administrator's Handbook", zh: 'Debian 管理员手册', ja: 'Debian 管理者ハンドブック' },
  debmake: { en: 'Guide for Debian Maintainers', zh: 'Debian 维护者指南', ja: 'Debian メンテナー用ガイド' },
  aptitude: { en: 'aptitude user’s manual', zh: 'aptitude 用户手册', ja: 'aptitude ユーザーズマニュアル' },
  maintguide: { en: "Debian New Maintainers' Guide", zh: 'Debian 新维护者手册', ja: 'Debian 新メンテナーガイド' },
  devref: { en: "Debian Developer's Reference", zh: 'Debian 开发者参考', ja: 'Debian デベロッパーレファレンス' },
  instguide: {
    en: 'Debian GNU/Linux Installation Guide',
    zh: 'Debian GNU/Linux 安装手册',
    ja: 'Debian GNU/Linux インストールガイド',
  },
  faq: { en: 'The Debian GNU/Linux FAQ', zh: 'Debian GNU/Linux 常见问题（FAQ）', ja: 'Debian GNU/Linux FAQ' },
  kernel: { en: 'Debian Linux Kernel Handbook', zh: 'Debian Linux 内核手册', ja: 'Debian Linux カーネルハンドブック' },
  history: { en: 'A Brief History of Debian', zh: 'Debian 简史', ja: 'Debian 小史' },
  policy: { en: 'Debian Policy Manual', zh: 'Debian 政策手册', ja: 'Debian ポリシーマニュアル' },
  harden: { en: 'Securing Debian Manual', zh: 'Debian 安全手册', ja: 'Debian セキュリティマニュアル' },
};

/**
 * Sphinx pages (held-out developers-reference): the main column only (no navigation bar, sidebar or
 * footer), without the `¶` permalinks, with footnotes (`<aside>`) as footnote blocks whose label
 * leads their first paragraph, as DocBook prints them.
 */
function sphinxMain(body: Element): Element | undefined {
  const main = findFirst(body, (e) => e.properties?.role === 'main' || classes(e).includes('body'));
  if (!main) return undefined;
  const adapt = (e: Element): void => {
    e.children = e.children.filter((c) => !(c.type === 'element' && classes(c).includes('headerlink')));
    if (e.tagName === 'aside') e.tagName = 'div';
    if (classes(e).includes('footnote')) {
      const label = e.children.findIndex((c) => c.type === 'element' && classes(c).includes('label'));
      const para = e.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
      if (label >= 0 && para) {
        const [l] = e.children.splice(label, 1);
        para.children.unshift(l, { type: 'text', value: ' ' });
      }
    }
    for (const c of e.children) if (c.type === 'element') adapt(c);
  };
  adapt(main);
  return main;
}

/**
 * DocBook graphic admonitions (the development source Installation Guide): a note, tip, warning, caution
 * or important box printed as a layout table — an icon cell, a header cell with the title ("Note"), a
 * cell with the content. Rewritten in place to the plain DocBook form the other sources use (a title
 * heading, then the content), so that the box gives a bold lead-in and its paragraphs, not a table.
 */
function docbookAdmonTables(e: Element): void {
  for (const c of e.children) {
    if (c.type !== 'element') continue;
    const kids = c.children.filter((k): k is Element => k.type === 'element');
    if (classes(c).some((x) => ADMON_CLASSES.has(x)) && kids.length === 1 && kids[0].tagName === 'table') {
      const table = kids[0];
      const th = findFirst(table, (x) => x.tagName === 'th');
      const iconOnly = (td: Element) => {
        const els = td.children.filter((k): k is Element => k.type === 'element');
        return els.length === 1 && els[0].tagName === 'img' && !textOf(td);
      };
      const cells = findAll(table, (x) => x.tagName === 'td').filter((td) => !iconOnly(td));
      const title: Element[] = th
        ? [{ type: 'element', tagName: 'h3', properties: { className: ['title'] }, children: th.children }]
        : [];
      c.children = [...title, ...cells.flatMap((td) => td.children)];
    }
    docbookAdmonTables(c);
  }
}

/** Read one source file into a SourceDoc; `maxChars` caps the text (cut at a block boundary). */
export function readSourceDoc(spec: FileSpec, maxChars: number): SourceDoc | null {
  const html = readFileSync(spec.file, 'utf8');
  const tree = fromHtml(html);
  const bodyEl = findFirst(tree, (e) => e.tagName === 'body');
  const body = bodyEl && spec.sphinx ? sphinxMain(bodyEl) : bodyEl;
  if (!body) return null;
  if (spec.admonTables) docbookAdmonTables(body);
  const ex = new Extractor(path.dirname(spec.file), spec.lang !== 'en');
  for (const c of body.children) ex.walk(c, { admon: false, depth: 0, role: 'body' });
  let blocks = ex.blocks;
  // drop everything before the first heading (navigation remnants)
  const first = blocks.findIndex((b) => b.kind === 'heading');
  if (first < 0) return null;
  blocks = blocks.slice(first);
  // cap length
  let chars = 0;
  const kept: Block[] = [];
  for (const b of blocks) {
    const len = b.kind === 'table' ? 40 * (b.bodyRows.length + 1) : b.kind === 'figure' ? 400 : b.text.length;
    if (chars + len > maxChars && kept.length > 0) break;
    chars += len;
    kept.push(b);
  }
  while (kept.length > 0 && kept[kept.length - 1].kind === 'heading') kept.pop();
  const textBlocks = kept.filter((b) => b.kind !== 'heading').length;
  if (textBlocks < 4) return null;
  if (spec.translatedOnly) {
    // an untranslated page (the English text verbatim, already in the English set) is left out
    const text = kept.map((b) => ('text' in b ? b.text : '')).join('');
    const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0;
    if (cjk < 0.1 * text.length) return null;
  }
  normaliseHeadingLevels(kept);
  const titleBlock = kept[0];
  const title = titleBlock.kind === 'heading' ? titleBlock.text : spec.rel;
  const base = path.basename(spec.rel, '.html').replace(/\.(en|ja|zh-cn)$/, '');
  return {
    id: `${spec.source}-${spec.lang}-${base}`.replace(/\.+/g, '-').toLowerCase(),
    source: spec.source,
    file: spec.rel,
    lang: spec.lang,
    htmlLang: spec.htmlLang,
    title,
    bookTitle: BOOK_TITLES[spec.source][spec.lang],
    blocks: kept,
  };
}

/**
 * Heading levels per the structure contract: the nesting depth along the source's own h1–h6, so
 * levels are consecutive; a document opening with a single top heading gets it as its level-1 title.
 */
export function normaliseHeadingLevels(blocks: Block[]): void {
  const stack: number[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    while (stack.length > 0 && stack[stack.length - 1] >= b.level) stack.pop();
    stack.push(b.level);
    b.level = Math.min(stack.length, 6);
  }
}
