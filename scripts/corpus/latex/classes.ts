// The LaTeX document classes the producer typesets with, each with its engine, language, family and the
// front matter it expects. Families group classes whose documents look alike (the unit of the split).
import type { Lang } from '../blocks.js';

export type Engine = 'pdflatex' | 'xelatex' | 'lualatex';

export interface FrontMatter {
  title: string;
  authors: string[];
  affiliation: string;
  date: string;
  /** the abstract's lines (already LaTeX), or none */
  abstract: string[];
  keywords: string[];
}

export interface ClassSpec {
  /** short name, used in document ids and `meta.json` → `class` */
  name: string;
  documentclass: string;
  engine: Engine;
  lang: Lang;
  family: string;
  /** top sectional unit is \chapter (report, book) */
  chapters: boolean;
  /** may be set in two columns (then no longtable) */
  twoColumn: boolean;
  /** packages and definitions after \documentclass */
  preamble: string[];
  /** amsthm can be loaded (llncs defines its own proof environment) */
  amsthm: boolean;
  /** subcaption can be loaded */
  subfigures: boolean;
  /** lines from \begin{document} up to and including the title (the abstract block is marked by the caller) */
  front(f: FrontMatter): { before: string[]; abstract: string[]; keywords?: string[]; after: string[] };
  /** heading for the reference list (the class's own) — only for documentation */
  refsName?: string;
}

const std = (f: FrontMatter, abstractAfter = true) => {
  const head = [
    `\\title{${f.title}}`,
    `\\author{${f.authors.join(' \\and ')}\\\\ ${f.affiliation}}`,
    `\\date{${f.date}}`,
  ];
  if (!abstractAfter) return { before: head, abstract: f.abstract, after: ['\\maketitle'] };
  return { before: [...head, '\\maketitle'], abstract: f.abstract, after: [] };
};

const absEnv = (lines: string[]) => (lines.length ? ['\\begin{abstract}', ...lines, '\\end{abstract}'] : []);

const T1 = ['\\usepackage[T1]{fontenc}', '\\usepackage[utf8]{inputenc}'];

export const CLASSES: ClassSpec[] = [
  {
    name: 'article',
    documentclass: 'article',
    engine: 'pdflatex',
    lang: 'en',
    family: 'paper-article',
    chapters: false,
    twoColumn: true,
    preamble: [...T1, '\\usepackage{lmodern}'],
    amsthm: true,
    subfigures: true,
    front: (f) => {
      const s = std(f);
      return { ...s, abstract: absEnv(f.abstract) };
    },
  },
  {
    name: 'report',
    documentclass: 'report',
    engine: 'pdflatex',
    lang: 'en',
    family: 'thesis',
    chapters: true,
    twoColumn: false,
    preamble: [...T1, '\\usepackage{lmodern}'],
    amsthm: true,
    subfigures: true,
    front: (f) => ({ ...std(f), abstract: absEnv(f.abstract) }),
  },
  {
    name: 'book',
    documentclass: 'book',
    engine: 'pdflatex',
    lang: 'en',
    family: 'book',
    chapters: true,
    twoColumn: false,
    preamble: [...T1, '\\usepackage{lmodern}'],
    amsthm: true,
    subfigures: true,
    // a book has a preface (an unnumbered chapter) where a paper has an abstract
    front: (f) => ({ ...std(f), abstract: f.abstract.length ? ['\\chapter*{Preface}', '', ...f.abstract] : [] }),
  },
  {
    name: 'ieeetran',
    documentclass: 'IEEEtran',
    engine: 'pdflatex',
    lang: 'en',
    family: 'paper-ieee',
    chapters: false,
    twoColumn: true,
    preamble: [...T1],
    amsthm: true,
    subfigures: true,
    front: (f) => ({
      before: [
        `\\title{${f.title}}`,
        `\\author{${f.authors.map((a) => `\\IEEEauthorblockN{${a}}`).join(' ')}\\IEEEauthorblockA{${f.affiliation}}}`,
        '\\maketitle',
      ],
      abstract: absEnv(f.abstract),
      keywords: f.keywords.length ? ['\\begin{IEEEkeywords}', f.keywords.join(', '), '\\end{IEEEkeywords}'] : [],
      after: [],
    }),
  },
  {
    name: 'acmart',
    documentclass: 'acmart',
    engine: 'pdflatex',
    lang: 'en',
    family: 'paper-acm',
    chapters: false,
    twoColumn: true,
    // without Libertine (texlive-fonts-extra) acmart falls back to Computer Modern, whose TS1 symbols are
    // bitmaps that microtype cannot expand: Latin Modern has them as outlines
    preamble: [...T1, '\\usepackage{lmodern}'],
    amsthm: false,
    subfigures: true,
    front: (f) => ({
      before: [
        // acmart prints the publication month and year in every footer: fixed, not the build date
        `\\acmYear{${f.date.replace(/\D/g, '').slice(-4) || '2024'}}\\acmMonth{6}`,
        `\\title{${f.title}}`,
        ...f.authors.flatMap((a) => [
          `\\author{${a}}`,
          `\\affiliation{\\institution{${f.affiliation}}\\city{Springfield}\\country{USA}}`,
        ]),
      ],
      abstract: absEnv(f.abstract),
      after: [`\\keywords{${f.keywords.join(', ')}}`, '\\maketitle'],
    }),
  },
  {
    name: 'llncs',
    documentclass: 'llncs',
    engine: 'pdflatex',
    lang: 'en',
    family: 'paper-lncs',
    chapters: false,
    twoColumn: false,
    preamble: [...T1, '\\usepackage{lmodern}', '\\pagestyle{headings}'],
    amsthm: false,
    subfigures: true,
    front: (f) => ({
      before: [
        `\\title{${f.title}}`,
        `\\author{${f.authors.join(' \\and ')}}`,
        `\\institute{${f.affiliation}}`,
        '\\maketitle',
      ],
      // llncs sets \keywords inside the abstract, but as a paragraph of its own (it opens with \par): its own
      // gold block, so the gold never asks to merge the last abstract line with "Keywords: …"
      abstract: f.abstract.length ? ['\\begin{abstract}', ...f.abstract] : [],
      keywords: f.abstract.length ? [`\\keywords{${f.keywords.join(' \\and ')}}`, '\\end{abstract}'] : [],
      after: [],
    }),
  },
  {
    name: 'elsarticle',
    documentclass: 'elsarticle',
    engine: 'pdflatex',
    lang: 'en',
    family: 'paper-elsevier',
    chapters: false,
    twoColumn: false,
    preamble: [...T1, '\\usepackage{lmodern}'],
    amsthm: true,
    subfigures: true,
    front: (f) => ({
      before: [
        '\\begin{frontmatter}',
        `\\title{${f.title}}`,
        ...f.authors.map((a) => `\\author{${a}}`),
        `\\affiliation{organization={${f.affiliation}}}`,
      ],
      abstract: absEnv(f.abstract),
      keywords: f.keywords.length ? ['\\begin{keyword}', f.keywords.join(' \\sep '), '\\end{keyword}'] : [],
      after: ['\\end{frontmatter}'],
    }),
  },
  {
    name: 'amsart',
    documentclass: 'amsart',
    engine: 'pdflatex',
    lang: 'en',
    family: 'paper-ams',
    chapters: false,
    twoColumn: false,
    preamble: [...T1, '\\usepackage{lmodern}'],
    amsthm: true,
    subfigures: true,
    front: (f) => ({
      before: [`\\title{${f.title}}`, ...f.authors.map((a) => `\\author{${a}}\\address{${f.affiliation}}`)],
      abstract: absEnv(f.abstract),
      after: ['\\maketitle'],
    }),
  },
  {
    name: 'revtex',
    documentclass: 'revtex4-2',
    engine: 'pdflatex',
    lang: 'en',
    family: 'paper-aps',
    chapters: false,
    twoColumn: true,
    preamble: [...T1, '\\usepackage{lmodern}'],
    amsthm: true,
    subfigures: false,
    front: (f) => ({
      before: [`\\title{${f.title}}`, ...f.authors.map((a) => `\\author{${a}}`), `\\affiliation{${f.affiliation}}`],
      abstract: absEnv(f.abstract),
      after: ['\\maketitle'],
    }),
  },
  {
    name: 'ctexart',
    documentclass: 'ctexart',
    engine: 'xelatex',
    lang: 'zh',
    family: 'paper-zh',
    chapters: false,
    twoColumn: true,
    preamble: [],
    amsthm: true,
    subfigures: true,
    front: (f) => ({ ...std(f), abstract: absEnv(f.abstract) }),
  },
  {
    name: 'ctexbook',
    documentclass: 'ctexbook',
    engine: 'xelatex',
    lang: 'zh',
    family: 'book-zh',
    chapters: true,
    twoColumn: false,
    preamble: [],
    amsthm: true,
    subfigures: true,
    front: (f) => ({ ...std(f), abstract: f.abstract.length ? ['\\chapter*{前言}', '', ...f.abstract] : [] }),
  },
  {
    name: 'ltjsarticle',
    documentclass: 'ltjsarticle',
    engine: 'lualatex',
    lang: 'ja',
    family: 'paper-ja',
    chapters: false,
    twoColumn: true,
    preamble: [],
    amsthm: true,
    subfigures: true,
    front: (f) => ({ ...std(f), abstract: absEnv(f.abstract) }),
  },
  {
    name: 'jlreq',
    documentclass: 'jlreq',
    engine: 'lualatex',
    lang: 'ja',
    family: 'paper-ja',
    chapters: false,
    twoColumn: false,
    preamble: [],
    amsthm: true,
    subfigures: true,
    front: (f) => ({ ...std(f), abstract: absEnv(f.abstract) }),
  },
];

export function classByName(name: string): ClassSpec {
  const c = CLASSES.find((k) => k.name === name);
  if (!c) throw new Error(`unknown LaTeX class ${name} (${CLASSES.map((k) => k.name).join(', ')})`);
  return c;
}
