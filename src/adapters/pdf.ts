// A born-digital PDF as the input itself (`docstitch paper.pdf`): page-level elements from the PDF's text
// layer, so the engine runs with no other parser. It is not a layout model, and says what it did not find.
//
// - Lines (src/pdf/read.ts) are grouped into blocks in content order: a new block where the vertical gap
//   exceeds the line spacing, the font size or weight changes, the text moves up or to another column, a
//   line starts indented from the block's left edge, or the line before ended short. A line whose runs stand
//   over three ems apart is cut there first (a running head and its page number, side-by-side sub-captions).
// - Title candidates: blocks of at most three lines set larger than the body text (by 12 % or more), or
//   bold throughout, short and not ending like a sentence; one-line blocks at the body size set off in small
//   capitals, or numbered like a section and in capitals or italics (never a page's first block); never a
//   lead-in ending in a colon or a label with its value ("Require: n ≥ 1", an algorithm's "6: else"). The
//   headings stage decides levels (the outline first, when the PDF has one).
// - Code: lines in a monospaced font stay one block; a list item keeps its hanging lines.
// - Ruled tables (HTML rows) and figures drawn with lines, from the page's rules (src/pdf/tables.ts).
// - Captions by their label (src/text/caption-label.ts), kept when a table or image is next to them or the
//   label is set off by punctuation; a sub-figure's "(a) …" right under a picture is its caption; list items
//   by their bullet or enumerator.
// - Images: the boxes of the images each page paints (small ones, bullets and rules, left out); images and
//   ruled regions are placed in their column, before the first block below them.
// - Not detected: tables without rules (their cells come out as text lines: warning `pdf.no-tables`),
//   equations, reading order across columns beyond the content order. Page furniture (running heads, page
//   numbers) is left to the furniture stage.
//
// Refs point into the PDF: `/pages/<page index, 0-based>/blocks/<n>`, `/pages/<i>/images/<n>`,
// `/pages/<i>/tables/<n>` and `/pages/<i>/figures/<n>`.
// The text layer must have been read first (asynchronously: src/pdf/index.ts), since pdfjs is async and
// adapters are not; `stitch()` and the CLI do that, `stitchSync()` on a PDF is a usage error.
import type { AdapterInput } from '../io/load.js';
import {
  type BBox,
  type Diagnostic,
  type Element,
  type PageInfo,
  type ParsedDocument,
  warning,
} from '../model/element.js';
import { DocstitchError } from '../model/errors.js';
import { blockType, bodyCjkFont, SECTION_NUMBER } from '../pdf/block-type.js';
import {
  bodyFontSize,
  codeish,
  groupBlocks,
  ITEM_LINE_BREAK,
  isAlgorithm,
  isCode,
  joinLines,
  unionBox,
} from '../pdf/blocks.js';
import { footnoteBlocks } from '../pdf/footnotes.js';
import { contentsEdge, splitAtGaps } from '../pdf/gaps.js';
import { type LeadingAt, leadingAt } from '../pdf/leading.js';
import { isPdfBytes, type PdfData } from '../pdf/read.js';
import { pageRegions, type Region, rowsHtml } from '../pdf/tables.js';
import type { Adapter } from './types.js';

export const pdfInput: Adapter = {
  name: 'pdf',
  description: 'a born-digital PDF itself: blocks from its text layer (lines grouped by spacing, indent and font)',
  detect(input: AdapterInput): number {
    if (input.isFolder || input.files.length !== 1) return 0;
    const bytes = input.files[0].bytes;
    if (!bytes) return 0;
    // a `.pdf` that is not one is still this adapter's: it says so (exit 9) rather than "unknown format"
    return isPdfBytes(bytes) ? 1 : 0.6;
  },
  read(input: AdapterInput): ParsedDocument {
    const file = input.files[0];
    if (!file?.bytes) throw new DocstitchError('format', 'not a PDF file', { file: input.path });
    if (!isPdfBytes(file.bytes)) throw new DocstitchError('pdf', 'not a PDF (no %PDF- header)', { file: file.path });
    if (!file.pdf)
      throw new DocstitchError(
        'usage',
        'a PDF input is read by the asynchronous stitch() (the command line does this), not by stitchSync()',
        { file: file.path },
      );
    return readPdfDocument(file.pdf, input.path);
  },
};

/** The document the PDF's text layer gives. */
export function readPdfDocument(pdf: PdfData, source: string): ParsedDocument {
  const pages: PageInfo[] = pdf.pages.map((p) => ({ page: p.page, width: p.width, height: p.height, unit: 'pt' }));
  const allLines = pdf.pages.flatMap((p) => p.lines);
  if (!allLines.some((l) => l.text.trim())) {
    throw new DocstitchError(
      'empty',
      `the PDF has no text layer (${pdf.pageCount} page${pdf.pageCount === 1 ? '' : 's'}, a scan?): run an OCR or layout parser on it and give docstitch that output (with --pdf for the PDF's evidence)`,
      { file: source },
    );
  }
  const body = bodyFontSize(allLines);
  const bodyCjk = bodyCjkFont(allLines);
  const leading = leadingAt(pdf.pages, body);
  // the title page: the first page with text (a cover or a blank page may come before it)
  const titlePage = pdf.pages.find((p) => p.lines.some((l) => l.text.trim()))?.page ?? 1;
  const elements: Element[] = [];
  const count: BlockCount = { titles: 0, images: 0, captions: 0, tables: 0, figures: 0, footnotes: 0 };
  const noText: number[] = [];
  for (const page of pdf.pages) {
    if (!page.hasText) noText.push(page.page);
    for (const x of pageElements(page, body, { leading, titlePage, bodyCjk }, count))
      elements.push({ id: elements.length, ...x.el });
  }
  return { source, format: 'pdf', pages, elements, dropped: [], warnings: honestWarnings(elements, count, noText) };
}

interface BlockCount {
  titles: number;
  images: number;
  captions: number;
  tables: number;
  figures: number;
  footnotes: number;
}

/** A block or float in page order; `size` its largest font size, `lead` its first run's text. */
type Placed = { top: number; el: Omit<Element, 'id'>; size?: number; lead?: string; code?: boolean; styled?: boolean };

/** One page's blocks, typed, with its images placed before the first block below their top. */
function pageElements(
  page: PdfData['pages'][number],
  body: number,
  doc: { leading: LeadingAt; titlePage: number; bodyCjk: string | undefined },
  count: BlockCount,
): Placed[] {
  const p0 = page.page - 1;
  const placed: Placed[] = [];
  const regions = pageRegions(page).filter(
    (r) => r.kind === 'table' || !page.images.some((box) => overlap(box, r.box) > 0.5 * area(r.box)),
  );
  const inRegion = new Set(regions.flatMap((r) => r.lines));
  const edge = contentsEdge(page.lines);
  const free = page.lines.filter((_, i) => !inRegion.has(i)).flatMap((l) => splitAtGaps(l, page.width, edge));
  for (const b of groupBlocks(free, page, doc.leading)) {
    const text = b.lines.map((l) => l.text).join('\n');
    const joined = (b.lines.every(codeish) && b.lines.some(isCode)) || isAlgorithm(b.lines) ? text : joinLines(b.lines);
    const bbox = unionBox(b.lines.map((l) => l.bbox));
    const type = blockType(b, joined, body, doc.bodyCjk);
    if (type === 'title') count.titles++;
    if (type === 'image_caption' || type === 'table_caption') count.captions++;
    const heights = b.lines.map((l) => l.bbox[3] - l.bbox[1]).sort((x, y) => x - y);
    placed.push({
      top: bbox[1],
      size: Math.max(...b.lines.map((l) => l.fontSize)),
      lead: b.lines[0].spans?.[0]?.[2],
      ...(b.lines.some(isCode) ? { code: true } : {}),
      ...(b.lines.every((l) => l.bold || l.italic) ? { styled: true } : {}),
      el: {
        ref: `/pages/${p0}/blocks/${b.index}`,
        page: page.page,
        type,
        sourceType: type === 'title' ? 'pdf-title-candidate' : `pdf-${type}`,
        text: type === 'list_item' ? text.replace(ITEM_LINE_BREAK, ' ') : joined,
        bbox,
        hints: {
          lineCount: b.lines.length,
          lineHeight: Math.round(heights[Math.floor(heights.length / 2)] * 1e5) / 1e5,
          ...(b.lines.every((l) => l.bold) ? { bold: true } : {}),
        },
      },
    });
  }
  // Images and ruled regions go before the first block of their column that starts below their top
  // (content order is kept otherwise).
  const insert = (el: Placed['el'] & { bbox: BBox }) => {
    const at = placeIn(placed, el.bbox);
    if (at < 0) placed.push({ top: el.bbox[1], el });
    else placed.splice(at, 0, { top: el.bbox[1], el });
  };
  page.images.forEach((box, i) => {
    count.images++;
    insert({
      ref: `/pages/${p0}/images/${i}`,
      page: page.page,
      type: 'image',
      sourceType: 'pdf-image',
      text: '',
      bbox: box,
    });
  });
  regions.forEach((r, i) => {
    insert(regionElement(r, i, page));
  });
  count.tables += regions.filter((r) => r.kind === 'table').length;
  count.figures += regions.filter((r) => r.kind === 'figure').length;
  const typed = typeFootnotes(
    typeCaptions(typeCentredCaps(typeFirstItems(page.page === doc.titlePage ? typeBylines(placed) : placed), body)),
    page,
    body,
  );
  count.captions += typed.filter((x) => x.el.sourceType === 'pdf-sub-caption').length;
  count.titles += typed.filter((x) => x.el.sourceType?.startsWith('pdf-centred-')).length;
  count.footnotes += typed.filter((x) => x.el.sourceType === 'pdf-footnote').length;
  return typed;
}

/**
 * The lines under a document's title on its first page, set larger than the body but smaller than the title and
 * not bold (the authors, the date, the book a chapter belongs to), are its byline, not headings: the title
 * candidates right after the page's first one, when that one is the page's largest text.
 */
function typeBylines(placed: Placed[]): Placed[] {
  const first = placed.findIndex((x) => x.el.type === 'title');
  const size = placed[first]?.size ?? 0;
  if (first < 0 || placed.some((x) => (x.size ?? 0) > size)) return placed;
  for (const x of placed.slice(first + 1)) {
    const byline = x.el.type === 'title' && !x.el.hints?.bold && (x.size ?? size) < 0.9 * size;
    if (!byline || SECTION_NUMBER.test(x.el.text)) break;
    x.el.type = 'text';
    x.el.sourceType = 'pdf-byline';
  }
  return placed;
}

/**
 * A title candidate numbered "1." or "1)" followed by the list's next item ("2. …", the next block, set at its
 * left edge) is the list's first item, not a heading: debmake-doc's "1. set up the build system (“vim configure.ac
 * Makefile.am” …)", bold by the width of its bold commands, above "2. configure the build system …".
 */
function typeFirstItems(placed: Placed[]): Placed[] {
  placed.forEach((x, i) => {
    const m = /^\s*(\d{1,3})[.)]\s/u.exec(x.el.text);
    const next = placed[i + 1]?.el;
    if (x.el.type !== 'title' || !m || next?.type !== 'list_item' || !x.el.bbox || !next.bbox) return;
    const n = /^\s*(\d{1,3})[.)]\s/u.exec(next.text);
    if (n && Number(n[1]) === Number(m[1]) + 1 && Math.abs(next.bbox[0] - x.el.bbox[0]) <= 0.01) {
      x.el.type = 'list_item';
      x.el.sourceType = 'pdf-list_item';
    }
  });
  return placed;
}

/**
 * A one-line block centred over the paragraph below it and narrower than it is a heading when it is, at the body size,
 * in capitals throughout (IEEEtran's unnumbered "INSTALLING APACHE", small capitals faked in two sizes of the body
 * font, no number, no small-caps font name to tell it: `pdf-centred-caps`), or numbered like a section and in italics
 * or bold throughout, at the body size or a step below it (revtex's `\subsubsection` "1. Booting From the Network" in
 * 9 pt italics over a 10 pt body, otherwise a list's item by its number: `pdf-centred-numbered`; a list's items are
 * never centred). Never a page's first block (a running head) nor code.
 */
function typeCentredCaps(placed: Placed[], body: number): Placed[] {
  placed.forEach((x, k) => {
    const below = placed[k + 1]?.el;
    const box = x.el.bbox;
    const types = ['text', 'list_item'];
    if (k === 0 || x.code || !types.includes(x.el.type) || x.el.hints?.lineCount !== 1 || !box) return;
    if (below?.type !== 'text' || !below.bbox || (x.size ?? 0) >= 1.12 * body) return;
    const text = x.el.text.trim();
    if (text.length > 80 || /[.;,:]$/u.test(text)) return;
    const letters = text.replace(/[^\p{L}]/gu, '');
    const caps =
      x.el.type === 'text' && (x.size ?? 0) >= 0.95 * body && letters.length >= 4 && /^\p{Lu}+$/u.test(letters);
    const numbered = x.styled && (x.size ?? 0) >= 0.85 * body && SECTION_NUMBER.test(text);
    const [n0, , n1] = below.bbox;
    const centred = Math.abs(box[0] + box[2] - n0 - n1) / 2 <= 0.01;
    if ((caps || numbered) && centred && box[0] > n0 + 0.02 && box[2] - box[0] < 0.8 * (n1 - n0)) {
      x.el.type = 'title';
      x.el.sourceType = caps ? 'pdf-centred-caps' : 'pdf-centred-numbered';
    }
  });
  return placed;
}

/** The blocks under a footnote rule, as page footnotes (src/pdf/footnotes.ts). */
function typeFootnotes(typed: Placed[], page: PdfData['pages'][number], body: number): Placed[] {
  const feet = footnoteBlocks(
    page,
    typed.map((x) => ({ bbox: x.el.bbox ?? [0, 0, 0, 0], size: x.size ?? body, text: FOOT_TYPES.has(x.el.type) })),
    body,
  );
  for (const k of feet) {
    const { el, lead } = typed[k];
    el.type = 'page_footnote';
    el.sourceType = 'pdf-footnote';
    // its mark, a superscript run set close to the text ("1Debhelper …"), read apart: "1 Debhelper …"
    const mark = lead?.trim() ?? '';
    if (/^[\d*†‡§]{1,3}$/u.test(mark) && el.text.startsWith(mark) && /^\S/u.test(el.text.slice(mark.length)))
      el.text = `${mark} ${el.text.slice(mark.length)}`;
  }
  return typed;
}

/** Blocks a footnote area holds (not a title, caption or code block: a code line in a footnote is rare). */
const FOOT_TYPES = new Set(['text', 'list_item']);

/**
 * Where a box goes among the placed elements: before the first one of its column (boxes overlapping across
 * most of the narrower one's width) that starts below its top, else after the last one of its column; -1 = at
 * the end.
 */
function placeIn(placed: readonly Placed[], box: BBox): number {
  const column = (b: BBox | null) =>
    b !== null && Math.min(b[2], box[2]) - Math.max(b[0], box[0]) > 0.3 * Math.min(b[2] - b[0], box[2] - box[0]);
  const below = placed.findIndex((x) => column(x.el.bbox) && x.top > box[1] + 0.002);
  if (below >= 0) return below;
  const last = placed.findLastIndex((x) => column(x.el.bbox));
  return last >= 0 && last + 1 < placed.length ? last + 1 : -1;
}

/** A ruled region as an element: a table with its rows, or a figure drawn with lines. */
function regionElement(r: Region, i: number, page: PdfData['pages'][number]): Omit<Element, 'id'> & { bbox: BBox } {
  const p0 = page.page - 1;
  if (r.kind === 'figure')
    return {
      ref: `/pages/${p0}/figures/${i}`,
      page: page.page,
      type: 'image',
      sourceType: 'pdf-ruled-figure',
      text: '',
      bbox: r.box,
    };
  const rows = r.rows ?? [];
  return {
    ref: `/pages/${p0}/tables/${i}`,
    page: page.page,
    type: 'table',
    sourceType: 'pdf-ruled-table',
    text: rows.map((row) => row.filter(Boolean).join(' ')).join('\n'),
    html: rowsHtml(rows),
    bbox: r.box,
  };
}

/**
 * Caption candidates (a block opening with a float label) stay captions when a table, image or figure is
 * next to them on the page (the block just before or after, past other captions) or when the label is set
 * off by punctuation ("Figure 3:", "Table 2."); a body paragraph opening with "Table 2 shows …" is text.
 */
function typeCaptions(placed: Placed[]): Placed[] {
  const isFloat = (k: number) => ['table', 'image'].includes(placed[k]?.el.type ?? '');
  placed.forEach((x, k) => {
    if (x.el.type !== 'image_caption' && x.el.type !== 'table_caption') return;
    let before = k - 1;
    while (before >= 0 && placed[before].el.type.endsWith('caption')) before--;
    let after = k + 1;
    while (after < placed.length && placed[after].el.type.endsWith('caption')) after++;
    const set = /^\S+\s*[\dIVXLC.\-–]+[a-z]?\s*(?:[.:：]|\s[–—-]\s)/iu.test(x.el.text);
    if (!isFloat(before) && !isFloat(after) && !set) {
      x.el.type = 'text';
      x.el.sourceType = 'pdf-text';
    }
  });
  return typeSubCaptions(placed);
}

const SUB_LABEL = /^\s*[(（][a-z][)）]\s*\S/u;

/**
 * A sub-figure's caption: a short block opening "(a) …" right under a picture (past the other sub-captions of
 * its row) is the picture's caption, not a list item; the captions stage pairs the letters with the pictures.
 */
function typeSubCaptions(placed: Placed[]): Placed[] {
  placed.forEach((x, k) => {
    if ((x.el.type !== 'list_item' && x.el.type !== 'text') || !SUB_LABEL.test(x.el.text)) return;
    if ((x.el.hints?.lineCount ?? 1) > 2 || x.el.text.length > 200) return;
    let before = k - 1;
    while (before >= 0 && placed[before].el.sourceType === 'pdf-sub-caption') before--;
    if (placed[before]?.el.type !== 'image') return;
    x.el.type = 'image_caption';
    x.el.sourceType = 'pdf-sub-caption';
  });
  return placed;
}

function area(b: BBox): number {
  return Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
}

function overlap(a: BBox, b: BBox): number {
  return area([Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])]);
}

/** What the text-layer reading found and did not: it is no layout model, and says so. */
function honestWarnings(elements: readonly Element[], count: BlockCount, noText: readonly number[]): Diagnostic[] {
  const warnings = [
    warning(
      'pdf.text-layer-blocks',
      `read from the PDF's text layer: ${elements.length - count.images - count.tables - count.figures} blocks (${count.titles} title candidates by font, ${count.captions} captions by label, ${count.footnotes} footnotes under a footnote rule), ${count.images} images, ${count.tables} ruled tables, ${count.figures} figures drawn with lines; block boundaries come from spacing, indent and font, not a layout model`,
    ),
    warning(
      'pdf.no-tables',
      'only ruled tables are detected in a PDF input (rules around and between their cells); the cells of a table without rules come out as text blocks (use a layout parser and --pdf for those)',
    ),
  ];
  if (noText.length > 0)
    warnings.push(
      warning(
        'pdf.no-text-layer',
        `${noText.length} page${noText.length > 1 ? 's have' : ' has'} no text layer and give no text (${noText.slice(0, 8).join(', ')}${noText.length > 8 ? ' …' : ''})`,
      ),
    );
  return warnings;
}
