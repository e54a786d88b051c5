// PaddleOCR layout parsing: PP-StructureV3 and PaddleOCR-VL per-page results (`save_to_json`), and the
// Baidu AI Studio service's `prunedResult` (alone, or the whole response with
// `result.layoutParsingResults[i].prunedResult`).
//
// Input: one page-result file; a folder of them (`*_res.json`, `page_0003.json`…); or one JSON holding a
// list of page results (a JSON array, or AI Studio's `layoutParsingResults`). A page result is an object
// with `parsing_res_list` (also accepted wrapped as `{res: …}` or `{prunedResult: …}`).
// Page number: the result's `page_index` (0-based) + 1 when every page has a distinct one, else the
// position in file/list order.
//
// Elements: each `parsing_res_list` entry, in list order (PaddleX already sorts it in reading order);
// ref `/parsing_res_list/4` (prefixed `file.json#` for folder input; `/3/parsing_res_list/4` or
// `/result/layoutParsingResults/3/prunedResult/parsing_res_list/4` for multi-page files).
// `formula_number` blocks (an equation's "(3)") and text blocks with empty content are dropped.
// PP-StructureV3's OCR lines (`overall_ocr_res.rec_boxes`, segments of one line gathered) give each text block
// whose box holds their centres `hints.lastLineFill` and `firstLineIndent`; PaddleOCR-VL has no lines.
//
// Units: `block_bbox` [x1,y1,x2,y2] in pixels of the page image (`block_polygon_points` when the box is
// missing). Page size: the result's `width`/`height` (PaddleOCR-VL), else AI Studio `dataInfo` page sizes,
// else (PP-StructureV3 writes none) inferred from every box in the file — parsing blocks, layout boxes and
// OCR line boxes — as the standard page that fits them: PaddleX renders PDF pages at zoom 2 (144 DPI),
// so for a PDF input only 144-DPI pages are tried; for image input common DPIs are tried, then the boxes'
// extent. The assumption is reported as a warning (`paddle.page-size-assumed`).
//
// Labels (PP-DocLayout / PP-DocLayout_plus / PP-DocLayoutV2-V3 label sets) → element type:
//   doc_title → title (level 1 hint) · paragraph_title, sub_paragraph_title → title (level hint from
//   leading `#` when the content is markdown-formatted) · text, abstract, content, reference,
//   vertical_text, inline_formula → text · reference_content, list → list_item · table → table (HTML
//   `block_content` → `html`) · image, chart, figure, flowchart, seal → image · figure_title,
//   figure_table_chart_title → image_caption or table_caption (its words "Table…"/"Figure…", else the
//   nearest float above/below) · table_title → table_caption · chart_title → image_caption ·
//   vision_footnote → table_footnote or image_footnote (nearest float) · header, header_image → header ·
//   footer, footer_image → footer · number → page_number · footnote → page_footnote · formula,
//   display_formula → equation (LaTeX hint) · algorithm, code → code · aside_text → aside_text ·
//   formula_number → dropped · anything else → text, with a warning.
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BBox, BlockType } from '../model/element.js';
import { schemaError } from '../model/errors.js';
import { normalizeBox, polygonBox } from '../model/geometry.js';
import { makeRef } from '../model/pointer.js';
import {
  DocumentBuilder,
  expectArray,
  expectNumbers,
  expectObject,
  expectPageIndex,
  expectText,
  str,
} from './builder.js';
import { groupIntoLines, lineShape, unionBox } from './layout-helpers.js';
import {
  type AssumedPage,
  addDrafts,
  type Draft,
  type DraftOrigin,
  extentPage,
  guessStandardPage,
  readBlockContent,
} from './ocr-layout.js';
import type { Adapter } from './types.js';

type Target = BlockType | 'caption?' | 'float_footnote?' | 'drop';

const LABELS: Record<string, Target> = {
  doc_title: 'title',
  paragraph_title: 'title',
  sub_paragraph_title: 'title',
  text: 'text',
  abstract: 'text',
  content: 'text',
  reference: 'text',
  vertical_text: 'text',
  inline_formula: 'text',
  reference_content: 'list_item',
  list: 'list_item',
  table: 'table',
  image: 'image',
  chart: 'image',
  figure: 'image',
  flowchart: 'image',
  seal: 'image',
  figure_title: 'caption?',
  figure_table_chart_title: 'caption?',
  table_title: 'table_caption',
  chart_title: 'image_caption',
  vision_footnote: 'float_footnote?',
  header: 'header',
  header_image: 'header',
  footer: 'footer',
  footer_image: 'footer',
  number: 'page_number',
  footnote: 'page_footnote',
  formula: 'equation',
  display_formula: 'equation',
  algorithm: 'code',
  code: 'code',
  aside_text: 'aside_text',
  formula_number: 'drop',
};

/** Types whose block may have no text (the picture or table is the content). */
const CONTENTLESS_OK = new Set<string>(['image', 'table', 'header', 'footer']);

/** One page result found in the input. */
interface PageUnit {
  file: SourceFile;
  /** Pointer of the page-result object (the one holding `parsing_res_list`). */
  base: string;
  result: Record<string, unknown>;
  /** Page size from a wrapper (AI Studio `dataInfo`). */
  size?: { width: number; height: number };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function looksLikePageResult(v: unknown): boolean {
  if (!isObject(v) || !Array.isArray(v.parsing_res_list)) return false;
  const first = v.parsing_res_list[0];
  return first === undefined || (isObject(first) && 'block_label' in first);
}

/** How sure we are that one file's JSON is PaddleOCR output (looks at keys only). */
function fileScore(json: unknown): number {
  if (Array.isArray(json)) return json.length > 0 && looksLikePageResult(json[0]) ? 0.9 : 0;
  if (!isObject(json)) return 0;
  if (looksLikePageResult(json)) return 0.95;
  if (looksLikePageResult(json.res) || looksLikePageResult(json.prunedResult)) return 0.95;
  const lpr = isObject(json.result) ? json.result.layoutParsingResults : json.layoutParsingResults;
  if (Array.isArray(lpr) && lpr.length > 0 && isObject(lpr[0])) {
    return looksLikePageResult(lpr[0].prunedResult) || looksLikePageResult(lpr[0]) ? 0.95 : 0;
  }
  return 0;
}

/** The page results inside one file, with their pointers. */
function unitsOf(file: SourceFile): PageUnit[] {
  const json = file.json;
  if (Array.isArray(json)) {
    return json.map((item, i) => {
      const p = `/${i}`;
      const o = expectObject(file, p, item);
      return unwrap(file, p, o);
    });
  }
  const root = expectObject(file, '', json);
  const inResult = isObject(root.result) && Array.isArray(root.result.layoutParsingResults);
  if (inResult || Array.isArray(root.layoutParsingResults)) {
    const holder = inResult ? (root.result as Record<string, unknown>) : root;
    const holderPtr = inResult ? '/result' : '';
    const list = expectArray(file, `${holderPtr}/layoutParsingResults`, holder.layoutParsingResults);
    const sizes = dataInfoSizes(holder.dataInfo);
    return list.map((item, i) => {
      const p = `${holderPtr}/layoutParsingResults/${i}`;
      const unit = unwrap(file, p, expectObject(file, p, item));
      return sizes[i] && !unit.size ? { ...unit, size: sizes[i] } : unit;
    });
  }
  return [unwrap(file, '', root)];
}

function unwrap(file: SourceFile, ptr: string, o: Record<string, unknown>): PageUnit {
  if ('parsing_res_list' in o) return { file, base: ptr, result: o };
  if (isObject(o.prunedResult)) return { file, base: `${ptr}/prunedResult`, result: o.prunedResult };
  if (isObject(o.res)) return { file, base: `${ptr}/res`, result: o.res };
  throw schemaError(file.path, `${ptr}/parsing_res_list`, 'expected a PaddleOCR page result with parsing_res_list');
}

/** AI Studio `dataInfo`: `{width,height}` for an image, `{pages:[{width,height}]}` for a PDF. */
function dataInfoSizes(info: unknown): Array<{ width: number; height: number } | undefined> {
  if (!isObject(info)) return [];
  const sizeOf = (v: unknown) =>
    isObject(v) && typeof v.width === 'number' && typeof v.height === 'number' && v.width > 0 && v.height > 0
      ? { width: v.width, height: v.height }
      : undefined;
  if (Array.isArray(info.pages)) return info.pages.map(sizeOf);
  return [sizeOf(info)];
}

function ownSize(unit: PageUnit): { width: number; height: number } | undefined {
  const { width, height } = unit.result;
  if (typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0) return { width, height };
  return unit.size;
}

/** Every pixel box a page result holds (blocks, layout boxes, OCR lines), for inferring the page size. */
function allBoxes(unit: PageUnit): number[][] {
  const out: number[][] = [];
  const push = (b: unknown) => {
    if (Array.isArray(b) && b.length >= 4 && b.slice(0, 4).every((v) => typeof v === 'number' && Number.isFinite(v))) {
      out.push(b.slice(0, 4) as number[]);
    }
  };
  const r = unit.result;
  if (Array.isArray(r.parsing_res_list)) for (const b of r.parsing_res_list) if (isObject(b)) push(b.block_bbox);
  if (isObject(r.layout_det_res) && Array.isArray(r.layout_det_res.boxes)) {
    for (const b of r.layout_det_res.boxes) if (isObject(b)) push(b.coordinate);
  }
  if (isObject(r.overall_ocr_res) && Array.isArray(r.overall_ocr_res.rec_boxes)) {
    for (const b of r.overall_ocr_res.rec_boxes) push(b);
  }
  return out;
}

const ALL_DPIS = [72, 96, 100, 144, 150, 200, 300];
const PADDLEX_PDF_DPI = 144;

/** Page sizes for units without one, inferred once for the document and per page when a page does not fit. */
function inferSizes(units: PageUnit[], builder: DocumentBuilder): Map<PageUnit, AssumedPage> {
  const out = new Map<PageUnit, AssumedPage>();
  const missing = units.filter((u) => !ownSize(u));
  if (missing.length === 0) return out;
  const fromPdf = missing.some((u) => /\.pdf$/i.test(str(u.result.input_path)));
  const dpis = fromPdf ? [PADDLEX_PDF_DPI] : ALL_DPIS;
  const boxesOf = new Map(missing.map((u) => [u, allBoxes(u)]));
  const docPage = guessStandardPage(
    missing.flatMap((u) => boxesOf.get(u) ?? []),
    dpis,
  );
  const used = new Set<string>();
  for (const u of missing) {
    const boxes = boxesOf.get(u) ?? [];
    const fits = (p: AssumedPage) => boxes.every((b) => b[2] <= p.width * 1.015 && b[3] <= p.height * 1.015);
    let page = docPage && fits(docPage) ? docPage : guessStandardPage(boxes, dpis);
    if (!page) page = boxes.length > 0 ? extentPage(boxes) : { width: 1, height: 1, description: 'no boxes' };
    out.set(u, page);
    used.add(page.description);
  }
  const source = fromPdf ? 'PaddleX renders PDF pages at 144 DPI' : 'the input was not a PDF, so its DPI is unknown';
  builder.warn(
    'paddle.page-size-assumed',
    `the page results give no image size; assumed ${[...used].join('; ')} (${source}), from the extent of all boxes`,
  );
  return out;
}

/** Page numbers: `page_index`+1 when every unit has a distinct one, else position in order. */
function pageNumbers(units: PageUnit[], builder: DocumentBuilder): number[] {
  // A page_index of the wrong type or out of range is an error with its path; absent or null (images) is not.
  const idx = units.map((u) =>
    u.result.page_index === undefined || u.result.page_index === null
      ? undefined
      : expectPageIndex(u.file, `${u.base}/page_index`, u.result.page_index, 0) - 1,
  );
  const valid = idx.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0);
  if (valid && new Set(idx).size === idx.length) return idx.map((v) => (v as number) + 1);
  if (units.length > 1 && idx.some((v) => typeof v === 'number')) {
    builder.warn('paddle.page-index', 'page_index is missing or repeated on some pages; pages numbered in file order');
  }
  return units.map((_, i) => i + 1);
}

function blockDraft(
  unit: PageUnit,
  j: number,
  size: { width: number; height: number },
  builder: DocumentBuilder,
  page: number,
  unknown: Set<string>,
): Draft<DraftOrigin> | null {
  const { file } = unit;
  const pointer = `${unit.base}/parsing_res_list/${j}`;
  const block = expectObject(file, pointer, (unit.result.parsing_res_list as unknown[])[j]);
  const label = block.block_label;
  if (typeof label !== 'string')
    throw schemaError(file.path, `${pointer}/block_label`, 'expected a block label string');
  const content = expectText(file, `${pointer}/block_content`, block.block_content);
  let target = LABELS[label];
  if (target === undefined) {
    target = 'text';
    if (!unknown.has(label)) {
      unknown.add(label);
      builder.warn('paddle.unknown-label', `unknown block label "${label}" read as text`, makeRef(file.name, pointer));
    }
  }
  if (target === 'drop') {
    builder.drop(file, pointer, 'paddle.formula-number', 'equation number, not a block of its own', {
      page,
      text: content,
    });
    return null;
  }
  const bbox = blockBox(file, pointer, block, size);
  const { text, html, hints } = readBlockContent(target, content, label === 'doc_title');
  const extra: DraftOrigin = { pointer, sourceType: label, hints };
  if (html !== undefined) extra.html = html;
  if (!text.trim() && !CONTENTLESS_OK.has(target)) {
    builder.drop(file, pointer, 'paddle.empty-block', `"${label}" block with no content`, { page });
    return null;
  }
  return { type: target, bbox, text, extra };
}

function blockBox(
  file: SourceFile,
  pointer: string,
  block: Record<string, unknown>,
  size: { width: number; height: number },
): BBox {
  if (block.block_bbox === undefined && Array.isArray(block.block_polygon_points)) {
    const pts = expectArray(file, `${pointer}/block_polygon_points`, block.block_polygon_points);
    return polygonBox(pts as number[][], size.width, size.height);
  }
  const b = expectNumbers(file, `${pointer}/block_bbox`, block.block_bbox);
  return normalizeBox(b[0], b[1], b[2], b[3], size.width, size.height);
}

/** PP-StructureV3's OCR text lines of a page (`overall_ocr_res.rec_boxes`), normalized; none for PaddleOCR-VL. */
function ocrLines(unit: PageUnit, size: { width: number; height: number }): BBox[] {
  const ocr = unit.result.overall_ocr_res;
  if (!isObject(ocr) || !Array.isArray(ocr.rec_boxes)) return [];
  const out: BBox[] = [];
  for (const b of ocr.rec_boxes) {
    if (!Array.isArray(b) || b.length < 4 || !b.slice(0, 4).every((v) => typeof v === 'number' && Number.isFinite(v)))
      continue;
    if (b[2] <= b[0] || b[3] <= b[1]) continue;
    out.push([b[0] / size.width, b[1] / size.height, b[2] / size.width, b[3] / size.height]);
  }
  return out;
}

/** `hints.lastLineFill` and `firstLineIndent` for text blocks from the OCR lines whose centre lies in the block's box. */
function addLastLineFill(drafts: Draft<DraftOrigin>[], lines: BBox[]): void {
  if (lines.length === 0) return;
  for (const d of drafts) {
    if (!d.bbox || (d.type !== 'text' && d.type !== 'list_item' && d.type !== 'page_footnote')) continue;
    const [x1, y1, x2, y2] = d.bbox;
    const inside = lines.filter((l) => {
      const [cx, cy] = [(l[0] + l[2]) / 2, (l[1] + l[3]) / 2];
      return cx >= x1 && cx <= x2 && cy >= y1 && cy <= y2;
    });
    d.extra.hints = { ...d.extra.hints, ...lineShape(groupIntoLines(inside, (l) => l).map(unionBox)) };
  }
}

function read(input: AdapterInput) {
  const builder = new DocumentBuilder('paddleocr', input.path, 'math');
  const units = input.files.flatMap(unitsOf);
  const pages = pageNumbers(units, builder);
  const assumed = inferSizes(units, builder);
  const order = units.map((u, i) => ({ u, page: pages[i] })).sort((a, b) => a.page - b.page);
  const unknown = new Set<string>();
  for (const { u, page } of order) {
    const list = expectArray(u.file, `${u.base}/parsing_res_list`, u.result.parsing_res_list);
    const size = ownSize(u) ?? (assumed.get(u) as AssumedPage);
    builder.page({ page, width: size.width, height: size.height, unit: 'px' });
    const drafts: Draft<DraftOrigin>[] = [];
    for (let j = 0; j < list.length; j++) {
      const d = blockDraft(u, j, size, builder, page, unknown);
      if (d) drafts.push(d);
    }
    addLastLineFill(drafts, ocrLines(u, size));
    addDrafts(builder, u.file, page, drafts);
  }
  return builder.finish();
}

export const paddleOcr: Adapter = {
  name: 'paddleocr',
  description:
    'PaddleOCR PP-StructureV3 / PaddleOCR-VL page results (parsing_res_list), one file, a folder of pages, or AI Studio prunedResult',
  detect(input) {
    const first = fileScore(input.files[0]?.json);
    if (!input.isFolder || first === 0) return first;
    const last = fileScore(input.files[input.files.length - 1]?.json);
    return last > 0 ? first : 0.6;
  },
  read,
};
