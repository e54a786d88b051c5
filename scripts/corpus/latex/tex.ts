// Writing a source document (the Debian manual blocks of ../sources.ts) as a LaTeX paper, thesis or book in
// one document class, with seeded generated structure around the real text: title and abstract, numbered
// and unnumbered headings, run-in \paragraph headings, appendices, theorem/proof/remark, an algorithm,
// display and inline equations, footnotes (one long enough to run over a page), figures with long captions
// and subfigures, tables (a longtable with repeated heads and "continued" lines in one-column layouts), code
// listings, a reference list.
//
// Every gold block owns a range of source lines, and every paragraph, box and row is ended inside its own
// range (`\par` after list items and footnotes, `\\\relax` after table rows so TeX does not read the next
// line while ending a row); SyncTeX then gives, for every printed line, the line being read when TeX made
// its box, and so its block (./build.ts).
import type { Block, SourceDoc } from '../blocks.js';
import { hashString, makeRng, type Rng } from '../rng.js';
import type { ClassSpec, FrontMatter } from './classes.js';

export type GKind =
  | 'title'
  | 'abstract'
  | 'keywords'
  | 'heading'
  | 'para'
  | 'lead'
  | 'item'
  | 'code'
  | 'footnote'
  | 'equation'
  | 'theorem'
  | 'algcaption'
  | 'algorithm'
  | 'table'
  | 'tcaption'
  | 'tcont'
  | 'image'
  | 'fcaption'
  | 'bib';

export interface GBlock {
  id: string;
  kind: GKind;
  /** nominal heading level (title 1, top sectional unit 2, …) */
  level?: number;
  from: number;
  to: number;
  /** captions: the table or image block they belong to */
  captionOf?: string;
  /** tables: rows (cells as written) */
  rows?: { cells: string[]; head: boolean }[];
}

export interface TexDoc {
  tex: string;
  blocks: GBlock[];
  /** source line → { table block, row index } for table rows */
  rowLines: Map<number, { block: string; row: number }>;
  columns: 1 | 2;
  options: string;
  pagestyle: string;
  /** the gold also reads an abstract label typeset by \maketitle (SyncTeX files it under the title) as a label
   * heading; on with `--bookmarks` only, so the committed corpora keep their gold (docs/pdf.md, Session 22) */
  titleAbstractLabel?: boolean;
}

// ---------------------------------------------------------------------------------------------- text

const PDF_MAP: Record<string, string> = {
  '\u2018': '`',
  '\u2019': "'",
  '\u201c': '``',
  '\u201d': "''",
  '\u2013': '--',
  '\u2014': '---',
  '\u2026': '\\ldots{}',
  '\u2192': '$\\rightarrow$',
  '\u2022': '\\textbullet{}',
  '\u00a0': '~',
};

/** Escape text for LaTeX; under pdfLaTeX, characters outside Latin-1 are mapped or left out. */
export function texEsc(s: string, unicode: boolean): string {
  let out = '';
  for (const ch of s.replace(/\s+/g, ' ')) {
    switch (ch) {
      case '\\':
        out += '\\textbackslash{}';
        continue;
      case '{':
      case '}':
      case '$':
      case '&':
      case '#':
      case '%':
      case '_':
        out += `\\${ch}`;
        continue;
      case '^':
        out += '\\^{}';
        continue;
      case '~':
        out += '\\textasciitilde{}';
        continue;
    }
    if (!unicode) {
      if (PDF_MAP[ch] !== undefined) out += PDF_MAP[ch];
      else if (ch.charCodeAt(0) < 0x20) out += ' ';
      else if (ch.charCodeAt(0) <= 0x7e || (ch.charCodeAt(0) >= 0xc0 && ch.charCodeAt(0) <= 0xff)) out += ch;
      continue;
    }
    if (ch === '\u00a0') out += '~';
    else if (ch.charCodeAt(0) >= 0x20) out += ch;
  }
  return out.trim();
}

/** Code as printed verbatim: under pdfLaTeX ASCII only. */
function codeText(s: string, unicode: boolean): string[] {
  return s
    .replace(/\t/g, '    ')
    .split('\n')
    .map((l) => (unicode ? l : l.replace(/[^\x20-\x7e]/g, '?')).replace(/\\end\{Verbatim\}/g, '\\end {Verbatim}'))
    .slice(0, 60);
}

/** A heading's text without the source's own numbering ("2.1. ", "Chapter 3.", "第3章"). */
function headingText(s: string): string {
  return s
    .replace(/^(Chapter|Appendix|Section)\s+[\dA-Z]+\.?\s*/i, '')
    .replace(/^第\s*[\d一二三四五六七八九十]+\s*[章节節]\s*/, '')
    .replace(/^(?:[0-9]+|[A-Z])(?:\.[0-9]+)*\.?\s+/, '')
    .trim();
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？])\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 12);
}

const NAMES_EN = [
  'Ada Marsh',
  'Lucas Okafor',
  'Mei Lindqvist',
  'Tomas Reyes',
  'Hana Novak',
  'Priya Ramanathan',
  'Jonas Weber',
  'Elif Demir',
  'Sam O. Kessler',
  'Ines Carvalho',
];
const NAMES_ZH = ['王晓明', '李静', '张伟', '陈思远', '刘洋', '赵敏'];
const NAMES_JA = ['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健', '伊藤 さくら'];
const AFFIL = {
  en: 'Department of Computer Science, Example University',
  zh: '示例大学计算机科学系',
  ja: '例示大学 情報科学科',
};
const VENUES = [
  'Proc. Int. Conf. on Software Engineering',
  'ACM Trans. on Computer Systems',
  'IEEE Software',
  'J. of Systems and Software',
  'Proc. USENIX Annual Technical Conf.',
  'Lecture Notes in Computer Science',
];
const FORMULAS = [
  'a_i = \\sum_{j=1}^{n} w_{ij} x_j + b_i',
  'T(n) = 2\\,T\\!\\left(\\frac{n}{2}\\right) + O(n)',
  'P(d \\mid s) = \\frac{P(s \\mid d)\\,P(d)}{P(s)}',
  '\\| x - y \\|_2 \\le \\epsilon \\sqrt{k}',
  'f(t) = \\int_0^{t} e^{-\\lambda u}\\,du',
];
const INLINE = ['$x_i \\le n$', '$O(n \\log n)$', '$k = 2^{m}$', '$\\alpha > 0$', '$f(x) = x^2 + 1$'];

const L = {
  en: {
    cont: 'continued from previous page',
    next: 'Continued on next page',
    ack: 'Acknowledgments',
    term: 'Term',
    desc: 'Description',
    glossary:
      'Glossary of the terms used in this text, with a short description of each taken from the sections where it is introduced; the table runs over several pages.',
    fig: 'Overview of the components described in this section. The boxes stand for the parts of the system and their relations; details of each part are given in the text that follows.',
    sub: ['Before the change.', 'After the change.'],
    subMain: 'Two states of the configuration discussed in this section.',
    thm: 'Theorem',
    rem: 'Remark',
    alg: 'Procedure described in this section',
    thanks: 'The authors thank the maintainers of the Debian documentation whose text is reused here.',
  },
  zh: {
    cont: '续表',
    next: '续下页',
    ack: '致谢',
    term: '术语',
    desc: '说明',
    glossary: '本文所用术语一览：每个术语附有取自其首次出现章节的简短说明；此表跨越多页。',
    fig: '本节所述各组成部分的概览。方框代表系统的各个部分及其相互关系，各部分的细节见后文。',
    sub: ['修改之前。', '修改之后。'],
    subMain: '本节讨论的配置的两种状态。',
    thm: '定理',
    rem: '注',
    alg: '本节所述的过程',
    thanks: '作者感谢 Debian 文档的维护者，本文重用了他们的文字。',
  },
  ja: {
    cont: '前ページからの続き',
    next: '次ページへ続く',
    ack: '謝辞',
    term: '用語',
    desc: '説明',
    glossary:
      '本文で用いる用語の一覧。各用語には、それが導入される節から取った短い説明を付す。この表は複数ページにわたる。',
    fig: '本節で述べる構成要素の概要。箱はシステムの各部分とその関係を表し、各部分の詳細は以下の本文で述べる。',
    sub: ['変更前。', '変更後。'],
    subMain: '本節で論じる設定の二つの状態。',
    thm: '定理',
    rem: '注意',
    alg: '本節で述べる手順',
    thanks: '本文を再利用させていただいた Debian 文書の保守者に感謝する。',
  },
};

// ---------------------------------------------------------------------------------------------- writer

class Writer {
  lines: string[] = [];
  blocks: GBlock[] = [];
  rowLines = new Map<number, { block: string; row: number }>();
  private n = 0;
  raw(...ls: string[]): void {
    for (const l of ls) for (const x of l.split('\n')) this.lines.push(x);
  }
  get line(): number {
    return this.lines.length + 1;
  }
  newId(kind: GKind): string {
    return `${kind}-${++this.n}`;
  }
  block(b: Omit<GBlock, 'from' | 'to' | 'id'> & { id?: string }, body: () => void): string {
    const id = b.id ?? this.newId(b.kind);
    const from = this.line;
    body();
    this.blocks.push({ ...b, id, from, to: this.lines.length });
    return id;
  }
}

// ---------------------------------------------------------------------------------------------- document

/** Opt-in variations that leave the default corpora as they are. */
export interface TexOptions {
  /** hyperref's bookmarks (a PDF outline from the sectioning commands; `--bookmarks`, docs/pdf.md) */
  bookmarks?: boolean;
  /** revtex in the variants the class offers (society aps/aip, journal, reprint/preprint/twocolumn;
   * `--revtex-variants`), drawn from the document id so the seeded stream of the default build is untouched */
  revtexVariants?: boolean;
}

/** A revtex4-2 option set: society, journal, layout; its column count. */
export function revtexVariant(id: string): { opts: string[]; columns: 1 | 2; preamble: string[] } {
  const r = makeRng(hashString(`revtex-variant/${id}`));
  const society = r.pick(['aps', 'aps', 'aip']);
  const journal =
    society === 'aps'
      ? r.pick(['prl', 'pra', 'prb', 'pre', 'prx', 'prapplied', 'prd']) // not rmp: author-year citations
      : r.pick(['jcp', 'apl', 'jap', 'cha']);
  const layout = r.pick(['reprint', 'preprint', 'twocolumn']);
  // aip's footnote text takes one paragraph: made \long (the same body) for the footnotes that end in \par
  const preamble =
    society === 'aip'
      ? [
          '\\makeatletter',
          '\\long\\def\\@makefntext#1{\\def\\baselinestretch{1}\\leftskip1em\\parindent1em\\noindent\\nobreak\\hskip-\\leftskip\\hb@xt@\\leftskip{\\hss\\@makefnmark\\ }#1\\par}',
          '\\makeatother',
        ]
      : [];
  return { opts: [society, journal, layout, 'nofootinbib'], columns: layout === 'preprint' ? 1 : 2, preamble };
}

export function writeTex(doc: SourceDoc, spec: ClassSpec, rng: Rng, texOptions: TexOptions = {}): TexDoc {
  const uni = spec.engine !== 'pdflatex';
  const esc = (s: string) => texEsc(s, uni);
  const lang = spec.lang;
  const t = L[lang];
  const w = new Writer();

  // ---- options and page style (seeded)
  let columns: 1 | 2 = 1;
  const opts: string[] = [];
  const size = rng.pick(['10pt', '11pt', '12pt']);
  const paper = rng.pick(['a4paper', 'letterpaper']);
  switch (spec.name) {
    case 'article':
    case 'ctexart':
    case 'ltjsarticle':
      opts.push(size, paper);
      if (rng.chance(0.4)) {
        opts.push('twocolumn');
        columns = 2;
      }
      break;
    case 'report':
    case 'book':
    case 'amsart':
    case 'ctexbook':
      opts.push(size, paper);
      break;
    case 'ieeetran':
      opts.push(rng.pick(['conference', 'journal']));
      columns = 2;
      break;
    case 'acmart':
      if (rng.chance(0.6)) {
        opts.push('sigconf');
        columns = 2;
      } else opts.push('acmsmall');
      break;
    case 'elsarticle':
      if (rng.chance(0.5)) {
        opts.push('5p', 'times');
        columns = 2;
      } else opts.push('preprint', '12pt');
      break;
    case 'revtex':
      if (texOptions.revtexVariants) {
        const v = revtexVariant(doc.id);
        opts.push(...v.opts);
        columns = v.columns;
      } else {
        opts.push('aps', 'prb', 'twocolumn', 'nofootinbib');
        columns = 2;
      }
      break;
    case 'jlreq':
      opts.push(rng.pick(['article', 'report']) === 'report' ? 'paper=a4' : 'paper=b5');
      break;
  }
  const styled = ['article', 'report', 'book', 'amsart', 'ctexart', 'ctexbook', 'ltjsarticle', 'jlreq'].includes(
    spec.name,
  );
  const pagestyle = styled ? rng.pick(['headings', 'plain', 'fancy']) : 'class';

  const nAuthors = rng.int(1, 3);
  const pool = lang === 'en' ? NAMES_EN : lang === 'zh' ? NAMES_ZH : NAMES_JA;
  const authors = rng.shuffle([...pool]).slice(0, nAuthors);
  const title = esc(headingText(doc.title) || doc.title);

  // ---- preamble
  w.raw(`\\documentclass[${opts.join(',')}]{${spec.documentclass}}`);
  w.raw(...spec.preamble);
  if (spec.name === 'revtex') w.raw('\\usepackage{float}');
  if (spec.name === 'revtex' && texOptions.revtexVariants) w.raw(...revtexVariant(doc.id).preamble);
  w.raw('\\usepackage{amsmath,amssymb}', '\\usepackage{graphicx}', '\\usepackage{longtable}');
  w.raw('\\usepackage{fvextra}');
  if (spec.amsthm) w.raw('\\usepackage{amsthm}');
  if (spec.subfigures) w.raw('\\usepackage{subcaption}');
  if (spec.name !== 'revtex') w.raw('\\usepackage{algorithm}', '\\usepackage{algpseudocode}');
  const llncs = spec.name === 'llncs';
  if (!llncs) w.raw(`\\newtheorem{dsthm}{${t.thm}}`, `\\newtheorem{dsrem}{${t.rem}}`);
  if (pagestyle === 'fancy') {
    w.raw(
      '\\usepackage{fancyhdr}',
      '\\pagestyle{fancy}',
      '\\fancyhf{}',
      `\\fancyhead[L]{\\small ${title.slice(0, 60)}}`,
      `\\fancyhead[R]{\\small ${esc(authors[0])}}`,
      '\\fancyfoot[C]{\\thepage}',
    );
  } else if (pagestyle === 'headings') w.raw('\\pagestyle{headings}');
  w.raw('\\sloppy', '\\setlength{\\emergencystretch}{3em}', '\\fvset{breaklines=true,fontsize=\\small}');
  // hyperref last (a class that loads it itself keeps its own options); bookmark writes the outline either way
  if (texOptions.bookmarks)
    w.raw(
      '\\makeatletter',
      '\\@ifpackageloaded{hyperref}{}{\\usepackage[hidelinks]{hyperref}}',
      '\\makeatother',
      '\\usepackage{bookmark}',
    );
  w.raw(
    '\\makeatletter',
    '\\AtBeginDocument{\\typeout{DSGEOM:\\the\\voffset,\\the\\topmargin,\\the\\headheight,\\the\\headsep,\\the\\textheight,\\the\\footskip}}',
    '\\makeatother',
  );
  w.raw('\\begin{document}', '');

  // ---- content plan from the source blocks
  const src = doc.blocks.slice(1); // the first heading is the title
  const paras = src.filter((b): b is Extract<Block, { kind: 'para' }> => b.kind === 'para' && b.role === 'body');
  const allSentences = paras.flatMap((p) => sentences(p.text));
  const pickSentences = (n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n && allSentences.length; i++) out.push(allSentences[rng.int(0, allSentences.length - 1)]);
    return out;
  };
  const joinS = (ss: string[]) => ss.join(lang === 'en' ? ' ' : '');
  const absText = joinS(pickSentences(lang === 'en' ? 4 : 3));
  const headings = src.filter((b) => b.kind === 'heading').map((b) => headingText(b.text));
  const keywords = headings
    .slice(0, 4)
    .map((h) => h.slice(0, 40))
    .filter(Boolean);

  const front: FrontMatter = {
    title,
    authors: authors.map(esc),
    affiliation: esc(AFFIL[lang]),
    date: lang === 'en' ? `${rng.pick(['March', 'June', 'October'])} ${rng.int(2018, 2025)}` : `${rng.int(2018, 2025)}`,
    abstract: absText ? [esc(absText)] : [],
    keywords: keywords.map(esc),
  };
  const fm = spec.front(front);
  // hyperref's \maketitle looks ahead for an optional argument (\@ifnextchar[): the title is then typeset while
  // TeX reads the next line, and SyncTeX files it under that line (the abstract's, or a line outside the title
  // block), so the gold lost its title with --bookmarks; \relax ends the look-ahead on \maketitle's own line
  if (texOptions.bookmarks)
    for (const part of [fm.before, fm.after])
      part?.forEach((l, i) => {
        if (l.trim() === '\\maketitle') part[i] = '\\maketitle\\relax';
      });
  // the title block covers the whole front matter; the abstract and keywords blocks inside it win
  w.block({ kind: 'title', level: 1 }, () => {
    w.raw(...fm.before);
    if (fm.abstract.length) w.block({ kind: 'abstract' }, () => w.raw(...fm.abstract, ''));
    if (fm.keywords?.length) w.block({ kind: 'keywords' }, () => w.raw(...fm.keywords!, ''));
    w.raw(...fm.after, '');
  });

  // sectional commands by nominal level
  const units = spec.chapters
    ? ['chapter', 'section', 'subsection', 'subsubsection']
    : ['section', 'subsection', 'subsubsection'];
  const topHeadings = src.filter((b) => b.kind === 'heading' && b.level === 2).length;
  const appendixFrom = topHeadings >= 4 ? topHeadings - (topHeadings >= 6 ? 1 : 0) : Number.POSITIVE_INFINITY;

  let pendingRunIn: string | null = null;
  let topSeen = 0;
  let parasSinceHeading = 0;
  const footnotes = src
    .filter((b) => b.kind === 'para' && b.role === 'footnote')
    .map((b) => ('text' in b ? b.text : ''));
  // generated: one long footnote, one short
  const longFn = joinS(pickSentences(lang === 'en' ? 9 : 8));
  const shortFn = joinS(pickSentences(1));
  const fnQueue = [...footnotes, longFn, shortFn].filter((x) => x.trim());
  const fnEvery = Math.max(2, Math.floor(paras.length / (fnQueue.length + 1)));
  // what to insert after the n-th body paragraph
  const inserts = new Map<number, string[]>();
  const at = (k: string, frac: number) => {
    const n = Math.max(1, Math.round(paras.length * frac));
    inserts.set(n, [...(inserts.get(n) ?? []), k]);
  };
  at('equation', 0.2);
  at('theorem', 0.3);
  at('figure', 0.35);
  if (spec.name !== 'revtex') at('algorithm', 0.5);
  at('equation', 0.55);
  if (spec.subfigures) at('subfigure', 0.65);
  if (columns === 1) at('longtable', 0.75);
  else at('smalltable', 0.75);
  let paraCount = 0;
  let inList = false;
  const closeList = () => {
    if (inList) w.raw('\\end{itemize}', '');
    inList = false;
  };

  const writePara = (text: string, withFootnote: boolean) => {
    w.block({ kind: 'para' }, () => {
      let body = esc(text);
      if (rng.chance(0.15)) {
        // an equation inside the paragraph
        const ss = body.split(lang === 'en' ? /(?<=\.)\s+/ : /(?<=。)/);
        const k = rng.int(0, ss.length - 1);
        ss[k] = `${ss[k]}${lang === 'en' ? ' ' : ''}${rng.pick(INLINE)}`;
        body = ss.join(lang === 'en' ? ' ' : '');
      }
      const head = pendingRunIn ? `\\paragraph{${pendingRunIn}} ` : '';
      pendingRunIn = null;
      if (withFootnote && fnQueue.length) {
        const fn = fnQueue.shift() as string;
        const cut = body.search(/[.。](\s|$)/);
        const p1 = cut > 0 ? body.slice(0, cut + 1) : body;
        const p2 = cut > 0 ? body.slice(cut + 1).trim() : '';
        w.raw(`${head}${p1}\\footnote{%`);
        w.block({ kind: 'footnote' }, () => w.raw(`${esc(fn)}\\par`, '}'));
        w.raw(`${p2}\\par`, '');
      } else w.raw(`${head}${body}\\par`, '');
    });
  };

  const writeGenerated = (k: string) => {
    switch (k) {
      case 'equation':
        w.block({ kind: 'equation' }, () =>
          w.raw('\\begin{equation}', rng.pick(FORMULAS), '\\end{equation}', '\\par', ''),
        );
        break;
      case 'theorem': {
        const [s1, s2, s3] = pickSentences(3);
        if (!s1) break;
        const thm = llncs ? 'theorem' : 'dsthm';
        const rem = llncs ? 'remark' : 'dsrem';
        w.block({ kind: 'theorem' }, () => w.raw(`\\begin{${thm}}`, esc(s1), `\\end{${thm}}`, ''));
        if (s2) w.block({ kind: 'theorem' }, () => w.raw('\\begin{proof}', esc(s2), '\\end{proof}', ''));
        if (s3) w.block({ kind: 'theorem' }, () => w.raw(`\\begin{${rem}}`, esc(s3), `\\end{${rem}}`, ''));
        break;
      }
      case 'figure': {
        w.raw('\\begin{figure}[tbp]', '\\centering');
        const img = w.block({ kind: 'image' }, () =>
          w.raw(`\\framebox[0.8\\linewidth]{\\rule{0pt}{${rng.int(25, 45) / 10}cm}}\\par`),
        );
        const cap = rng.chance(0.5) ? t.fig : `${t.fig} ${joinS(pickSentences(1))}`;
        w.block({ kind: 'fcaption', captionOf: img }, () => w.raw(`\\caption{${esc(cap)}}`));
        w.raw('\\end{figure}', '');
        break;
      }
      case 'subfigure': {
        w.raw('\\begin{figure}[tbp]', '\\centering');
        const imgs: string[] = [];
        for (let i = 0; i < 2; i++) {
          w.raw('\\begin{subfigure}[t]{0.45\\linewidth}', '\\centering');
          const img = w.block({ kind: 'image' }, () =>
            w.raw(`\\framebox[0.9\\linewidth]{\\rule{0pt}{${rng.int(20, 30) / 10}cm}}\\par`),
          );
          imgs.push(img);
          w.block({ kind: 'fcaption', captionOf: img }, () => w.raw(`\\caption{${esc(t.sub[i])}}`));
          w.raw(`\\end{subfigure}${i === 0 ? '\\hfill' : ''}`);
        }
        w.block({ kind: 'fcaption', captionOf: imgs[0] }, () => w.raw(`\\caption{${esc(t.subMain)}}`));
        w.raw('\\end{figure}', '');
        break;
      }
      case 'algorithm': {
        const steps = pickSentences(5).map((s) => esc(s.slice(0, lang === 'en' ? 48 : 18)));
        if (steps.length < 3) break;
        w.raw('\\begin{algorithm}[tbp]');
        w.block({ kind: 'algcaption' }, () => w.raw(`\\caption{${esc(t.alg)}}`));
        w.block({ kind: 'algorithm' }, () =>
          w.raw(
            '\\begin{algorithmic}[1]',
            '\\Require $n \\ge 1$',
            '\\State $i \\gets 0$',
            '\\While{$i < n$}',
            `\\State ${steps[0]}`,
            `\\If{$i \\bmod 2 = 0$}`,
            `\\State ${steps[1]}`,
            '\\Else',
            `\\State ${steps[2]}`,
            '\\EndIf',
            '\\State $i \\gets i + 1$',
            '\\EndWhile',
            '\\end{algorithmic}',
          ),
        );
        w.raw('\\end{algorithm}', '');
        break;
      }
      case 'longtable':
      case 'smalltable': {
        const rows: string[][] = [];
        const n = k === 'longtable' ? (lang === 'en' ? 38 : 32) : 5;
        for (let i = 0; i < n; i++) {
          const h = headings.length ? headings[i % headings.length] : '';
          const s = allSentences.length ? allSentences[(i * 7 + 3) % allSentences.length] : '';
          const term = (h.split(/\s+/).slice(0, 3).join(' ') || h).slice(0, lang === 'en' ? 30 : 8);
          if (!s) break;
          rows.push([`${term} ${i + 1}`, s.slice(0, lang === 'en' ? 150 : 50)]);
        }
        if (rows.length < 3) break;
        writeTable(
          [[t.term, t.desc]],
          rows,
          k === 'longtable' ? t.glossary : t.glossary.split(/[;；。]/)[0],
          k === 'longtable',
        );
        break;
      }
    }
  };

  const writeTable = (head: string[][], body: string[][], caption: string | undefined, long: boolean) => {
    const ncol = Math.max(...head.map((r) => r.length), ...body.map((r) => r.length));
    const norm = (r: string[]) => Array.from({ length: ncol }, (_, i) => r[i] ?? '');
    const rows = [
      ...head.map((r) => ({ cells: norm(r), head: true })),
      ...body.map((r) => ({ cells: norm(r), head: false })),
    ];
    const width = (0.92 / ncol).toFixed(3);
    const colspec = `|${Array.from({ length: ncol }, () => `p{${width}\\linewidth}`).join('|')}|`;
    const rowTex = (r: string[], h: boolean) =>
      `${r.map((c) => (h ? `\\textbf{${esc(c)}}` : esc(c.slice(0, 300)))).join(' & ')}\\\\[0pt]`;
    const id = w.newId('table');
    if (long) {
      let tcap = '';
      w.block({ kind: 'table', id, rows }, () => {
        w.raw(`\\begin{longtable}{${colspec}}`);
        if (caption)
          tcap = w.block({ kind: 'tcaption', captionOf: id }, () => w.raw(`\\caption{${esc(caption)}}\\\\[0pt]`));
        w.raw('\\hline');
        head.forEach((r, i) => {
          w.rowLines.set(w.line, { block: id, row: i });
          w.raw(rowTex(norm(r), true));
        });
        w.raw('\\hline', '\\endfirsthead');
        w.block({ kind: 'tcont', captionOf: id }, () =>
          w.raw(`\\multicolumn{${ncol}}{l}{\\tablename\\ \\thetable{} -- ${esc(t.cont)}}\\\\[0pt]`),
        );
        w.raw('\\hline');
        head.forEach((r, i) => {
          w.rowLines.set(w.line, { block: id, row: i });
          w.raw(rowTex(norm(r), true));
        });
        w.raw('\\hline', '\\endhead', '\\hline');
        w.block({ kind: 'tcont', captionOf: id }, () => w.raw(`\\multicolumn{${ncol}}{r}{${esc(t.next)}}\\\\[0pt]`));
        w.raw('\\endfoot', '\\hline', '\\endlastfoot');
        body.forEach((r, i) => {
          w.rowLines.set(w.line, { block: id, row: head.length + i });
          w.raw(rowTex(norm(r), false));
        });
        w.raw('\\end{longtable}');
      });
      void tcap;
      w.raw('');
      return;
    }
    const above = rng.chance(spec.name === 'ieeetran' ? 1 : 0.6);
    w.raw('\\begin{table}[tbp]', '\\centering');
    const cap = () => {
      if (caption) w.block({ kind: 'tcaption', captionOf: id }, () => w.raw(`\\caption{${esc(caption)}}`));
    };
    if (above) cap();
    w.block({ kind: 'table', id, rows }, () => {
      w.raw(`\\begin{tabular}{${colspec}}`, '\\hline');
      rows.forEach((r, i) => {
        w.rowLines.set(w.line, { block: id, row: i });
        w.raw(`${rowTex(r.cells, r.head)}${r.head && !rows[i + 1]?.head ? '\\hline' : ''}`);
      });
      w.raw('\\hline', '\\end{tabular}');
    });
    if (!above) cap();
    w.raw('\\end{table}', '');
  };

  for (let bi = 0; bi < src.length; bi++) {
    const b = src[bi];
    if (b.kind !== 'item') closeList();
    switch (b.kind) {
      case 'heading': {
        const depth = b.level - 2; // 0 = top sectional unit
        const text = esc(headingText(b.text) || b.text);
        if (!text) break;
        if (depth >= units.length || depth < 0) {
          pendingRunIn = text;
          break;
        }
        if (depth === 0) {
          topSeen++;
          if (topSeen === appendixFrom) w.raw('\\appendix', '');
        }
        const star = depth <= 1 && topSeen < appendixFrom && rng.chance(0.15) ? '*' : '';
        pendingRunIn = null;
        w.block({ kind: 'heading', level: depth + 2 }, () => w.raw(`\\${units[depth]}${star}{${text}}`, ''));
        parasSinceHeading = 0;
        break;
      }
      case 'para': {
        if (b.role === 'footnote') break; // placed as \footnote in a body paragraph
        if (b.role === 'code') {
          w.block({ kind: 'code' }, () => w.raw('\\begin{Verbatim}', ...codeText(b.text, uni), '\\end{Verbatim}', ''));
          break;
        }
        if (b.role === 'lead') {
          const next = src[bi + 1];
          if (next?.kind === 'para' && next.role === 'body' && rng.chance(0.5) && b.text.length < 80) {
            pendingRunIn = esc(b.text);
            break;
          }
          w.block({ kind: 'lead' }, () => w.raw(`\\noindent\\textbf{${esc(b.text)}}\\par`, ''));
          break;
        }
        paraCount++;
        parasSinceHeading++;
        writePara(b.text, paraCount % fnEvery === 0);
        for (const k of inserts.get(paraCount) ?? []) writeGenerated(k);
        break;
      }
      case 'item': {
        if (!inList) w.raw('\\begin{itemize}');
        inList = true;
        w.block({ kind: 'item' }, () => w.raw(`\\item ${esc(b.text)}\\par`));
        break;
      }
      case 'table': {
        const ncol = Math.max(...[...b.headRows, ...b.bodyRows].map((r) => r.length));
        if (ncol > (columns === 2 ? 4 : 6) || ncol < 1) break;
        const long = columns === 1 && b.bodyRows.length > 14;
        writeTable(b.headRows, b.bodyRows, b.caption, long);
        break;
      }
      case 'figure': {
        w.raw('\\begin{figure}[tbp]', '\\centering');
        const img = w.block({ kind: 'image' }, () =>
          w.raw(`\\framebox[0.7\\linewidth]{\\rule{0pt}{${rng.int(25, 50) / 10}cm}}\\par`),
        );
        if (b.caption)
          w.block({ kind: 'fcaption', captionOf: img }, () => w.raw(`\\caption{${esc(b.caption as string)}}`));
        w.raw('\\end{figure}', '');
        break;
      }
    }
  }
  closeList();
  void parasSinceHeading;
  // acknowledgments (unnumbered) and references
  w.block({ kind: 'heading', level: 2 }, () => w.raw(`\\${units[0]}*{${t.ack}}`, ''));
  w.block({ kind: 'para' }, () => w.raw(`${esc(t.thanks)}\\par`, ''));
  const nRefs = rng.int(6, 12);
  w.block({ kind: 'heading', level: 2 }, () => w.raw('\\begin{thebibliography}{99}'));
  for (let i = 0; i < nRefs; i++) {
    const a = rng.pick(NAMES_EN);
    const a2 = rng.pick(NAMES_EN);
    const h = headings.length ? headings[rng.int(0, headings.length - 1)] : 'Notes';
    const ref = `${a} and ${a2}, \`\`${texEsc(h, uni)},'' ${rng.pick(VENUES)}, vol.~${rng.int(3, 40)}, pp.~${rng.int(1, 300)}--${rng.int(301, 600)}, ${rng.int(1995, 2024)}.`;
    w.block({ kind: 'bib' }, () => w.raw(`\\bibitem{r${i}} ${ref}\\par`));
  }
  w.raw('\\end{thebibliography}', '', '\\end{document}');
  return {
    tex: `${w.lines.join('\n')}\n`,
    blocks: w.blocks,
    rowLines: w.rowLines,
    columns,
    options: opts.join(','),
    pagestyle,
    ...(texOptions.bookmarks ? { titleAbstractLabel: true } : {}),
  };
}
