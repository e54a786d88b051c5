// Azure AI Document Intelligence `prebuilt-layout`, REST v4.0: the operation response `{status, createdDateTime,
// analyzeResult: {apiVersion, modelId, content, pages, paragraphs, tables, figures}}` (the shapes the adapter's
// header documents, src/adapters/azure-di.ts). `content` is the document's text in reading order, one paragraph
// per line; every paragraph, table, cell, caption and page line points into it by `spans`. Pages are in inches
// (`unit: "inch"`), boxes `boundingRegions[{pageNumber, polygon}]` with the polygon's four corners; each page's
// `lines` carry their own boxes (the adapter's line evidence).
// Paragraph roles: title (the document's title), sectionHeading (every other heading, no level), pageHeader,
// pageFooter, pageNumber, footnote, formulaBlock (display equations); none for body text and list items (the
// marker kept in the text). Tables and figures are their own arrays, one per fragment on a page: a table's cells
// are paragraphs too (v4 `elements: ["/paragraphs/N"]`), and a caption the model ties to a float on its page
// (`attach`) is that float's `caption` (its paragraph listed in `elements`); a caption it did not tie, or whose
// float has a caption already, is a plain paragraph.
// With `--azure-sections` (a `levels` map given) the result also has v4 `sections`, the heading tree
// (azure-sections.ts); without it the output is as before, byte for byte.
// Refs: `/analyzeResult/paragraphs/<i>`, `/analyzeResult/tables/<k>`, `/analyzeResult/tables/<k>/caption`,
// `/analyzeResult/figures/<k>`, `/analyzeResult/figures/<k>/caption`.
import type { VElem, VPage } from '../habits.js';
import { buildSections, type SectionItem } from './azure-sections.js';
import { floatsOnPage, type Placed, tableCells } from './common.js';

type Box = [number, number, number, number];
type Obj = Record<string, unknown>;
type Span = { offset: number; length: number };

const INCH = 72;

function roleOf(v: VElem): string | undefined {
  switch (v.as) {
    case 'heading':
      return v.elem.isTitle ? 'title' : 'sectionHeading';
    case 'header':
      return 'pageHeader';
    case 'footer':
      return v.elem.top ? 'pageHeader' : 'pageFooter';
    case 'page_number':
      return 'pageNumber';
    case 'footnote':
      return 'footnote';
    default:
      return v.elem.role === 'equation' ? 'formulaBlock' : undefined;
  }
}

const polygon = (b: Box) => {
  const r = (x: number) => Math.round((x / INCH) * 1e4) / 1e4;
  return [r(b[0]), r(b[1]), r(b[2]), r(b[1]), r(b[2]), r(b[3]), r(b[0]), r(b[3])];
};

/** The result being written: its content string and arrays. */
class Result {
  content = '';
  readonly paragraphs: Obj[] = [];
  readonly tables: Obj[] = [];
  readonly figures: Obj[] = [];
  readonly pages: Obj[] = [];
  /** The top-level objects in reading order (for `sections`), each heading with its level. */
  readonly order: SectionItem[] = [];
  constructor(readonly levels?: Map<VElem, number>) {}

  /** Append a text to the content; its span. */
  text(s: string): Span {
    const span = { offset: this.content.length, length: s.length };
    this.content += `${s}\n`;
    return span;
  }

  /** A paragraph; its index. */
  paragraph(content: string, pageNo: number, box: Box, role?: string): { index: number; span: Span } {
    const span = this.text(content);
    this.paragraphs.push({
      spans: [span],
      boundingRegions: [{ pageNumber: pageNo, polygon: polygon(box) }],
      ...(role ? { role } : {}),
      content,
    });
    return { index: this.paragraphs.length - 1, span };
  }
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** The page lines of a paragraph, each with its span inside the paragraph's. */
function pageLines(v: VElem, content: string, at: Span): Obj[] {
  const out: Obj[] = [];
  let from = 0;
  for (const l of v.elem.lines ?? []) {
    const t = l.text.trim();
    const k = t ? content.indexOf(t, from) : -1;
    if (k < 0) continue;
    from = k + t.length;
    out.push({ content: t, polygon: polygon(l.bbox), spans: [{ offset: at.offset + k, length: t.length }] });
  }
  return out;
}

/** A table fragment: cell paragraphs, then the table with its cells (and its caption, when given). */
function writeTable(r: Result, v: VElem, pageNo: number): number {
  const rows = tableCells(v.elem);
  const cells: Obj[] = [];
  const spans: Span[] = [];
  rows.forEach((row, ri) => {
    row.cells.forEach((text, ci) => {
      const box = row.boxes[ci];
      const content = oneLine(text);
      const cell: Obj = {
        ...(row.head ? { kind: 'columnHeader' } : {}),
        rowIndex: ri,
        columnIndex: ci,
        content,
        boundingRegions: [{ pageNumber: pageNo, polygon: polygon(box) }],
        spans: [] as Span[],
      };
      if (content) {
        const p = r.paragraph(content, pageNo, box);
        cell.spans = [p.span];
        cell.elements = [`/paragraphs/${p.index}`];
        spans.push(p.span);
      }
      cells.push(cell);
    });
  });
  r.tables.push({
    rowCount: rows.length,
    columnCount: Math.max(1, ...rows.map((x) => x.cells.length)),
    cells,
    boundingRegions: [{ pageNumber: pageNo, polygon: polygon(v.elem.bbox) }],
    spans: spans.length
      ? [
          {
            offset: spans[0].offset,
            length: spans[spans.length - 1].offset + spans[spans.length - 1].length - spans[0].offset,
          },
        ]
      : [],
  });
  return r.tables.length - 1;
}

/** A caption tied to a float: its paragraph, and the float's `caption`. */
function writeCaption(r: Result, v: VElem, pageNo: number, float: Obj): void {
  const content = oneLine(v.elem.text);
  const p = r.paragraph(content, pageNo, v.elem.bbox);
  float.caption = {
    content,
    boundingRegions: [{ pageNumber: pageNo, polygon: polygon(v.elem.bbox) }],
    spans: [p.span],
    elements: [`/paragraphs/${p.index}`],
  };
}

/** One page; its elements placed in reading order. */
function writePage(r: Result, page: VPage, pageNo: number, placed: Placed[]) {
  const start = r.content.length;
  const lines: Obj[] = [];
  // The float fragment (table/figure object) each float block has on this page, as it is written.
  const floatOf = new Map<string, { obj: Obj; ref: string }>();
  const onPage = floatsOnPage(page.elems);
  const pending: VElem[] = [];
  const writeFloat = (v: VElem) => {
    const isTable = v.as === 'table';
    const k = isTable
      ? writeTable(r, v, pageNo)
      : r.figures.push({
          id: `${pageNo}.${r.figures.length + 1}`,
          boundingRegions: [{ pageNumber: pageNo, polygon: polygon(v.elem.bbox) }],
          spans: [],
          elements: [],
        }) - 1;
    const ref = `/analyzeResult/${isTable ? 'tables' : 'figures'}/${k}`;
    placed.push({ elem: v.elem, ref });
    const obj = (isTable ? r.tables : r.figures)[k];
    r.order.push({ ptr: ref.slice('/analyzeResult'.length), spans: obj.spans as Span[] });
    if (v.elem.blockId && onPage.get(v.elem.blockId) === v) floatOf.set(v.elem.blockId, { obj, ref });
    return { obj, ref };
  };
  for (const v of page.elems) {
    if (v.as === 'table' || v.as === 'image') {
      const f = writeFloat(v);
      // A caption printed above its float, met before it: tied now.
      for (const c of pending.splice(0)) {
        if (c.attach === v.elem.blockId && !f.obj.caption) {
          writeCaption(r, c, pageNo, f.obj);
          placed.push({ elem: c.elem, ref: `${f.ref}/caption` });
        } else plainParagraph(r, c, pageNo, placed, lines);
      }
      continue;
    }
    if (v.as === 'caption' && v.attach && onPage.has(v.attach)) {
      const f = floatOf.get(v.attach);
      if (f && !f.obj.caption) {
        writeCaption(r, v, pageNo, f.obj);
        placed.push({ elem: v.elem, ref: `${f.ref}/caption` });
      } else if (!f) pending.push(v);
      else plainParagraph(r, v, pageNo, placed, lines);
      continue;
    }
    for (const c of pending.splice(0)) plainParagraph(r, c, pageNo, placed, lines);
    plainParagraph(r, v, pageNo, placed, lines);
  }
  for (const c of pending.splice(0)) plainParagraph(r, c, pageNo, placed, lines);
  r.pages.push({
    pageNumber: pageNo,
    angle: 0,
    width: Math.round((page.width / INCH) * 1e4) / 1e4,
    height: Math.round((page.height / INCH) * 1e4) / 1e4,
    unit: 'inch',
    words: [],
    lines,
    spans: [{ offset: start, length: r.content.length - start }],
  });
}

function plainParagraph(r: Result, v: VElem, pageNo: number, placed: Placed[], lines: Obj[]) {
  const content = oneLine(v.elem.text);
  if (!content) return;
  const role = roleOf(v);
  const p = r.paragraph(content, pageNo, v.elem.bbox, role);
  r.order.push({ ptr: `/paragraphs/${p.index}`, role, level: r.levels?.get(v), spans: [p.span] });
  lines.push(...pageLines(v, content, p.span));
  placed.push({ elem: v.elem, ref: `/analyzeResult/paragraphs/${p.index}` });
}

/** The result of `pages`; with `levels` (`--azure-sections`), its `sections` too. */
export function emitAzureDi(pages: VPage[], levels?: Map<VElem, number>) {
  const r = new Result(levels);
  const placed: Placed[] = [];
  pages.forEach((page, pi) => {
    writePage(r, page, pi + 1, placed);
  });
  const input = {
    status: 'succeeded',
    createdDateTime: '2026-12-05T00:00:00Z',
    lastUpdatedDateTime: '2026-12-05T00:00:05Z',
    analyzeResult: {
      apiVersion: '2024-11-30',
      modelId: 'prebuilt-layout',
      stringIndexType: 'utf16CodeUnit',
      content: r.content,
      pages: r.pages,
      paragraphs: r.paragraphs,
      tables: r.tables,
      figures: r.figures,
      ...(levels ? { sections: buildSections(r.order) } : {}),
    },
  };
  return { input, placed };
}
