// dots.ocr (rednote-hilab) layout JSON: per page, a list of cells `{bbox:[x1,y1,x2,y2], category, text}`
// in reading order, as the model emits them (`prompt_layout_all_en`) or as dots.ocr's parser saves them.
//
// Input: one page (a JSON array of cells; ref `/5`); several pages (an array of such arrays; ref `/3/5`,
// page = index + 1); or a folder of per-page files (natural file order; ref `page_3.json#/5`).
// Also accepted: a page wrapped as `{cells: [...], width, height}` (or `input_width`/`input_height`,
// `pageSize: {width, height}`, `page_size: [w, h]`), alone or in an array; refs then go through `/cells`.
// A file whose closing brackets are missing (raw model output cut off — both known real samples) is
// read as recovered by the loader and reported (`dots.truncated-json`); a last cell left incomplete by the
// cut is dropped (`dots.truncated-cell`).
//
// Elements: every cell. `text` is markdown for text-like categories, LaTeX for Formula, HTML for Table
// (→ `html`); Picture cells have no text.
//
// Units: bbox in pixels of the image the model saw, with NO page size in the output. The page size comes
// from a wrapper when present; otherwise it is inferred once for the whole document (and per page for a
// page whose boxes do not fit) as the standard page that best explains all boxes: Letter/A4/Legal/A5/A3,
// portrait or landscape, at 72–300 DPI (dots.ocr renders PDFs with fitz at 200 DPI by default; docling and
// PaddleX use 144 DPI; the model's input is then resized to multiples of 28 px, a ≤2% difference), which
// contains every box, is spanned at least half by the text, and has the most even left/right margins.
// Failing that, the boxes' extent with mirrored margins. The choice is a warning (`dots.page-size-assumed`).
//
// Categories → element type: Title → title (level 1 hint) · Section-header → title (level hint from
// leading `#`) · Text → text · List-item → list_item · Caption → image_caption or table_caption (its words
// "Table…/表…" vs "Figure…/Fig./图…", else the nearest Picture/Table above or below, else image) ·
// Footnote → page_footnote · Formula → equation (LaTeX hint) · Table → table · Picture → image ·
// Page-header → header · Page-footer → footer (page_number when the text is only a page number; same for
// a header) · anything else → text, with a warning.
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BlockType } from '../model/element.js';
import { schemaError } from '../model/errors.js';
import { normalizeBox } from '../model/geometry.js';
import { makeRef } from '../model/pointer.js';
import { DocumentBuilder, expectArray, expectNumbers, expectObject, expectText } from './builder.js';
import { mostly } from './mineru-content-list.js';
import {
  type AssumedPage,
  addDrafts,
  type Draft,
  type DraftOrigin,
  extentPage,
  guessStandardPage,
  isPageNumberText,
  readBlockContent,
} from './ocr-layout.js';
import type { Adapter } from './types.js';

const CATEGORIES: Record<string, BlockType | 'caption?'> = {
  Title: 'title',
  'Section-header': 'title',
  Text: 'text',
  'List-item': 'list_item',
  Caption: 'caption?',
  Footnote: 'page_footnote',
  Formula: 'equation',
  Table: 'table',
  Picture: 'image',
  'Page-header': 'header',
  'Page-footer': 'footer',
};

/** Page images are rendered at one of these DPIs (dots.ocr 200, docling/PaddleX 144, fitz default 72). */
const DPIS = [200, 144, 150, 300, 96, 72, 100];

interface Size {
  width: number;
  height: number;
}

/** One page's cells as found in the input. */
interface PageCells {
  file: SourceFile;
  /** Pointer of the cells array. */
  base: string;
  cells: unknown[];
  size?: Size;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isCell(v: unknown): boolean {
  return isObject(v) && Array.isArray(v.bbox) && typeof v.category === 'string';
}

/** A cell by its keys (types are checked when it is read, with its path). */
function hasCellKeys(v: unknown): boolean {
  return isObject(v) && 'bbox' in v && 'category' in v;
}

/** Score of one file's JSON: a list of cells, a list of pages of cells, or a `{cells}` wrapper. */
function fileScore(json: unknown): number {
  const cellsOf = (v: unknown) => (isObject(v) && Array.isArray(v.cells) ? v.cells : v);
  const pageScore = (v: unknown) => {
    const list = cellsOf(v);
    if (!Array.isArray(list)) return 0;
    if (list.length === 0) return 0.3;
    return mostly(list.slice(0, 20), hasCellKeys) ? 0.9 : 0;
  };
  if (isObject(json)) return Array.isArray(json.cells) ? pageScore(json) : 0;
  if (!Array.isArray(json) || json.length === 0) return 0;
  const first = json[0];
  if (hasCellKeys(first) || mostly(json.slice(0, 20), hasCellKeys))
    return mostly(json.slice(0, 20), hasCellKeys) ? 0.9 : 0;
  if (Array.isArray(first) || isObject(first)) {
    const nonEmpty = json.slice(0, 5).find((p) => {
      const list = cellsOf(p);
      return Array.isArray(list) && list.length > 0;
    });
    return nonEmpty ? pageScore(nonEmpty) : 0;
  }
  return 0;
}

function sizeOf(o: Record<string, unknown>): Size | undefined {
  const pair = (w: unknown, h: unknown) =>
    typeof w === 'number' && typeof h === 'number' && w > 0 && h > 0 ? { width: w, height: h } : undefined;
  const ps = o.pageSize ?? o.page_size;
  if (isObject(ps)) return pair(ps.width, ps.height);
  if (Array.isArray(ps)) return pair(ps[0], ps[1]);
  return pair(o.width, o.height) ?? pair(o.input_width, o.input_height);
}

function pageOf(file: SourceFile, ptr: string, v: unknown): PageCells {
  if (isObject(v)) {
    const cells = expectArray(file, `${ptr}/cells`, v.cells);
    return { file, base: `${ptr}/cells`, cells, size: sizeOf(v) };
  }
  return { file, base: ptr, cells: expectArray(file, ptr, v) };
}

function pagesOfFile(file: SourceFile): PageCells[] {
  const json = file.json;
  if (isObject(json)) return [pageOf(file, '', json)];
  const list = expectArray(file, '', json);
  const multi = list.length > 0 && list.every((p) => Array.isArray(p) || (isObject(p) && Array.isArray(p.cells)));
  return multi ? list.map((p, i) => pageOf(file, `/${i}`, p)) : [pageOf(file, '', list)];
}

/** The cell boxes of a page (malformed ones are skipped here and reported when the cell is read). */
function boxesOf(page: PageCells): number[][] {
  return page.cells.flatMap((c) =>
    isObject(c) && Array.isArray(c.bbox) && c.bbox.length >= 4 && c.bbox.slice(0, 4).every((v) => typeof v === 'number')
      ? [c.bbox.slice(0, 4) as number[]]
      : [],
  );
}

/** Page sizes: from the input when given, else one inferred standard page (per-page when one does not fit). */
function pageSizes(pages: PageCells[], builder: DocumentBuilder): Size[] {
  const missing = pages.filter((p) => !p.size);
  if (missing.length === 0) return pages.map((p) => p.size as Size);
  const docPage = guessStandardPage(missing.flatMap(boxesOf), DPIS);
  const used = new Set<string>();
  const sizes = pages.map((p) => {
    if (p.size) return p.size;
    const boxes = boxesOf(p);
    const fits = (s: AssumedPage) => boxes.every((b) => b[2] <= s.width * 1.015 && b[3] <= s.height * 1.015);
    let s = docPage && fits(docPage) ? docPage : guessStandardPage(boxes, DPIS);
    if (!s) s = boxes.length > 0 ? extentPage(boxes) : (docPage ?? { width: 1, height: 1, description: 'no boxes' });
    used.add(s.description);
    return s;
  });
  builder.warn(
    'dots.page-size-assumed',
    `dots.ocr gives pixel boxes without the page size; assumed ${[...used].join('; ')}, the standard page that best fits all boxes`,
  );
  return sizes;
}

function cellDraft(
  page: PageCells,
  j: number,
  size: Size,
  pageNo: number,
  builder: DocumentBuilder,
  unknown: Set<string>,
): Draft<DraftOrigin> | null {
  const { file } = page;
  const pointer = `${page.base}/${j}`;
  const raw = page.cells[j];
  const isLast = j === page.cells.length - 1;
  if (file.recoveredFromTruncation && isLast && !isCell(raw)) {
    builder.drop(file, pointer, 'dots.truncated-cell', 'last cell cut off by the truncation', { page: pageNo });
    return null;
  }
  const cell = expectObject(file, pointer, raw);
  const category = cell.category;
  if (typeof category !== 'string') throw schemaError(file.path, `${pointer}/category`, 'expected a category string');
  const b = expectNumbers(file, `${pointer}/bbox`, cell.bbox);
  const bbox = normalizeBox(b[0], b[1], b[2], b[3], size.width, size.height);
  const content = expectText(file, `${pointer}/text`, cell.text);
  let type = CATEGORIES[category];
  if (type === undefined) {
    type = 'text';
    if (!unknown.has(category)) {
      unknown.add(category);
      builder.warn('dots.unknown-category', `unknown category "${category}" read as text`, makeRef(file.name, pointer));
    }
  }
  const { text, html, hints } = readBlockContent(type, content, category === 'Title');
  const extra: DraftOrigin = { pointer, sourceType: category, hints };
  if (html !== undefined) extra.html = html;
  if ((type === 'footer' || type === 'header') && isPageNumberText(text)) type = 'page_number';
  return { type, bbox, text, extra };
}

function read(input: AdapterInput) {
  const builder = new DocumentBuilder('dots-ocr', input.path, 'markdown');
  for (const f of input.files) {
    if (f.recoveredFromTruncation) {
      builder.warn(
        'dots.truncated-json',
        `${f.name || f.path} is cut off (missing "${f.recoveredFromTruncation.closers}" at the end); read as if closed`,
      );
    }
  }
  const pages = input.files.flatMap(pagesOfFile);
  const sizes = pageSizes(pages, builder);
  const unknown = new Set<string>();
  pages.forEach((page, i) => {
    const pageNo = i + 1;
    const size = sizes[i];
    builder.page({ page: pageNo, width: size.width, height: size.height, unit: 'px' });
    const drafts: Draft<DraftOrigin>[] = [];
    for (let j = 0; j < page.cells.length; j++) {
      const d = cellDraft(page, j, size, pageNo, builder, unknown);
      if (d) drafts.push(d);
    }
    addDrafts(builder, page.file, pageNo, drafts);
  });
  return builder.finish();
}

export const dotsOcr: Adapter = {
  name: 'dots-ocr',
  description: 'dots.ocr layout JSON (cells with bbox/category/text per page), one page, a list of pages or a folder',
  acceptsTruncatedJson: true,
  detect(input) {
    const first = fileScore(input.files[0]?.json);
    if (!input.isFolder || first === 0) return first;
    return fileScore(input.files[input.files.length - 1]?.json) > 0 ? first : 0.6;
  },
  read,
};
