// Seeded page layouts: page size, font, columns, hyphenation, running headers/footers, page numbers.
import type { Lang } from './blocks.js';
import type { Rng } from './rng.js';

export type PageNumberForm = 'plain' | 'dash' | 'pageof' | 'cjk' | 'roman';

export interface Layout {
  pageSize: 'A4' | 'Letter';
  fontSize: number; // pt
  lineHeight: number;
  fontFamily: string;
  columns: 1 | 2;
  hyphens: boolean;
  justify: boolean;
  marginMm: { top: number; bottom: number; side: number };
  /** how furniture is printed: Chromium header/footer templates, or CSS @page margin boxes */
  furnitureMode: 'template' | 'margin-box';
  runningHeader: 'none' | 'book' | 'title' | 'book+title';
  pageNumber: PageNumberForm | 'none';
  pageNumberAt: 'footer-center' | 'footer-right' | 'header-right';
  runningFooterText: boolean; // a line of text in the footer besides the page number
  /** first lines of body paragraphs set in (not after a heading, list, table or figure); only with --indent */
  indent?: boolean;
  /** a family other than manuals (families.ts: workbook, newsletter, slides): its CSS; only with --family */
  template?: string;
}

export function chooseLayout(rng: Rng, lang: Lang, columns?: 1 | 2): Layout {
  const cols = columns ?? (rng.chance(0.4) ? 2 : 1);
  const latinFonts = ['DejaVu Serif', 'Liberation Serif', 'Liberation Sans', 'DejaVu Sans'];
  const fontFamily =
    lang === 'en'
      ? rng.pick(latinFonts)
      : lang === 'zh'
        ? rng.pick(['Noto Serif CJK SC', 'Noto Sans CJK SC'])
        : rng.pick(['Noto Serif CJK JP', 'Noto Sans CJK JP']);
  const forms: PageNumberForm[] =
    lang === 'en' ? ['plain', 'dash', 'pageof', 'roman'] : ['plain', 'dash', 'pageof', 'cjk', 'roman'];
  let pageNumber: Layout['pageNumber'] = rng.chance(0.1) ? 'none' : rng.pick(forms);
  let furnitureMode: Layout['furnitureMode'] = rng.chance(0.5) ? 'template' : 'margin-box';
  if (pageNumber === 'roman') furnitureMode = 'margin-box'; // templates cannot print roman numerals
  const runningHeader = rng.pick(['none', 'book', 'title', 'book+title'] as const);
  if (pageNumber === 'none' && runningHeader === 'none') pageNumber = 'plain';
  return {
    pageSize: rng.chance(0.5) ? 'A4' : 'Letter',
    fontSize: cols === 2 ? rng.pick([9, 9.5, 10, 10.5]) : rng.pick([10, 10.5, 11, 11.5, 12]),
    lineHeight: rng.pick([1.3, 1.4, 1.5]),
    fontFamily,
    columns: cols,
    hyphens: lang === 'en' ? rng.chance(0.5) : false,
    justify: rng.chance(0.6),
    marginMm: { top: rng.int(18, 26), bottom: rng.int(18, 26), side: rng.int(15, 25) },
    furnitureMode,
    runningHeader,
    pageNumber,
    pageNumberAt: rng.pick(['footer-center', 'footer-center', 'footer-right', 'header-right'] as const),
    runningFooterText: rng.chance(0.2),
  };
}
