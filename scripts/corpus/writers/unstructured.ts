// Unstructured (unstructured-io) element JSON without coordinates, as the ingest tests write it (compare
// ../shared/samples/unstructured/layout-parser-paper-hires-tables.json): an array of `{type, element_id, text,
// metadata: {filetype, languages, page_number, parent_id?, text_as_html?}}` in reading order. Types: Title (every
// heading, no depth: hi_res PDF output carries no category_depth), NarrativeText, UncategorizedText (short lines),
// ListItem (bullet dropped), Table (cells joined by spaces, `text_as_html`), Image (empty text), FigureCaption,
// Formula, Footnote, and running heads/feet/page numbers either as Header/Footer/PageNumber or, one choice per
// document, as UncategorizedText (as in that sample). Refs `/<index>`. A row of pictures (sub-figures) is written
// left to right, as hi_res orders a row's elements; the source's order (by top edge, so the taller picture first)
// would make which one is "(a)" arbitrary in an input without coordinates.
import type { Lang } from '../blocks.js';
import type { VElem, VPage } from '../habits.js';
import type { Rng } from '../rng.js';
import { hexId, htmlTable, type Placed, splitMarker, tableRows } from './common.js';

const LANGS: Record<Lang, string> = { en: 'eng', zh: 'zho', ja: 'jpn' };

function typeOf(v: VElem, typedFurniture: boolean): string {
  const furniture = (t: string) => (typedFurniture ? t : 'UncategorizedText');
  switch (v.as) {
    case 'heading':
      return 'Title';
    case 'item':
      return 'ListItem';
    case 'caption':
      return 'FigureCaption';
    case 'footnote':
      return 'Footnote';
    case 'table':
      return 'Table';
    case 'image':
      return 'Image';
    case 'header':
      return furniture('Header');
    case 'footer':
      return furniture(v.elem.top ? 'Header' : 'Footer');
    case 'page_number':
      return furniture('PageNumber');
    default:
      if (v.elem.role === 'equation') return 'Formula';
      return v.elem.text.length < 40 && !/[.。:：]$/.test(v.elem.text.trim()) ? 'UncategorizedText' : 'NarrativeText';
  }
}

/** Two pictures in one row: their vertical extents overlap by half the shorter one's height. */
function oneRow(a: VElem, b: VElem): boolean {
  const [x, y] = [a.elem.bbox, b.elem.bbox];
  const overlap = Math.min(x[3], y[3]) - Math.max(x[1], y[1]);
  return overlap >= 0.5 * Math.min(x[3] - x[1], y[3] - y[1]);
}

/** The page's elements with each run of consecutive pictures put in rows (by their first picture), each left to right. */
export function picturesLeftToRight(elems: readonly VElem[]): VElem[] {
  const out: VElem[] = [];
  for (let i = 0; i < elems.length; ) {
    let j = i;
    while (j < elems.length && elems[j].as === 'image') j++;
    if (j === i) {
      out.push(elems[i++]);
      continue;
    }
    const rows: VElem[][] = [];
    for (const v of elems.slice(i, j)) {
      const row = rows.find((r) => r.every((w) => oneRow(v, w)));
      if (row) row.push(v);
      else rows.push([v]);
    }
    for (const row of rows) out.push(...row.sort((a, b) => a.elem.bbox[0] - b.elem.bbox[0]));
    i = j;
  }
  return out;
}

export function emitUnstructured(docId: string, lang: Lang, pages: VPage[], rng: Rng) {
  const typedFurniture = rng.chance(0.5);
  const placed: Placed[] = [];
  const out: Record<string, unknown>[] = [];
  let parent: string | undefined;
  pages.forEach((page, pi) => {
    for (const v of picturesLeftToRight(page.elems)) {
      const type = typeOf(v, typedFurniture);
      const text =
        type === 'Image'
          ? ''
          : type === 'Table'
            ? tableRows(v.elem)
                .flatMap((r) => r.cells)
                .join(' ')
            : type === 'ListItem'
              ? splitMarker(v.elem.text).body
              : v.elem.text.replace(/\s*\n\s*/g, ' ');
      const id = hexId(`${docId}/${out.length}/${text}`);
      const metadata: Record<string, unknown> = {
        filetype: 'application/pdf',
        languages: [LANGS[lang]],
        page_number: pi + 1,
      };
      if (type === 'Title') parent = id;
      else if (parent && type !== 'Header' && type !== 'Footer' && type !== 'PageNumber') metadata.parent_id = parent;
      if (type === 'Table') metadata.text_as_html = htmlTable(v.elem, false);
      placed.push({ elem: v.elem, ref: `/${out.length}` });
      out.push({ type, element_id: id, text, metadata });
    }
  });
  return { input: out, placed, furniture: typedFurniture ? 'Header/Footer/PageNumber' : 'UncategorizedText' };
}
