// MinerU `model.json`: the raw per-page model output, in two styles.
//
// Pipeline style (magic-pdf 0.10, MinerU 2.x; MinerU 3.x writes `label` + `bbox` instead of
// `category_id` + `poly`): `[{layout_dets: [...], page_info: {page_no, width, height}}]`, boxes in pixels
// of the rendered page image (`page_info` size), divided by that size. Category ids (MinerU `CategoryId`):
// 0 title, 1 text, 2 abandon, 3 image, 4 image caption, 5 table (`html` when recognised), 6 table caption,
// 7 table footnote, 8 display-formula layout box, 9 formula number, 101 image footnote — layout boxes;
// 13 inline formula (`latex`), 14 display formula (`latex`), 15 OCR text line (`text`), 16 low-score text
// — spans.
// - Elements: every layout box (`/3/layout_dets/7`), except formula numbers (dropped: a number beside an
//   equation, not a block). A display formula (14) not inside any layout box is an element too.
// - Absorbed, in no list: each span whose centre lies in a layout box becomes part of the smallest such
//   box: OCR lines and inline formulas form its text (lines rebuilt top-to-bottom, left-to-right), a 14
//   inside an 8 gives it `hints.latex`. Layout boxes without text spans keep empty text (in "txt" mode
//   MinerU takes text from the PDF later and the OCR spans are empty; a warning says so).
// - Dropped: spans outside every layout box, formula numbers, unknown categories.
// - Reading order: `index` when the detections carry it (3.x), otherwise a recursive XY-cut of the page's
//   boxes (column cuts before row cuts; rows the same columns run through are not cut apart), since the
//   pipeline model output is unordered. In txt mode the empty OCR line spans still give a block its line shape.
//
// VLM style (MinerU 2.5+ VLM backend): `[[{type, bbox, angle, content}, …], …]`, one list per page, in
// reading order, bbox already 0–1. Every block (`/3/5`) is an element, except a `list` block (content
// null) that only groups the text blocks inside it: it is dropped, and those blocks become `list_item`s.
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BBox, BlockType, ElementHints, ParsedDocument } from '../model/element.js';
import { normalizeBox, polygonBox } from '../model/geometry.js';
import { pointer } from '../model/pointer.js';
import { maxOf } from '../util/arrays.js';
import {
  DocumentBuilder,
  expectArray,
  expectNumber,
  expectNumbers,
  expectObject,
  expectPageIndex,
  expectText,
  optionalNumber,
  str,
} from './builder.js';
import { groupIntoLines, joinLines, lineShape, unionBox } from './layout-helpers.js';
import { guessFurnitureType, htmlToText, isRecord, mostly, stripMathDelimiters } from './mineru-content-list.js';
import type { Adapter } from './types.js';

const FORMAT = 'mineru-model';

/** Pipeline layout categories that become elements. `furniture` = MinerU's "abandon". */
const CATEGORY_TYPES: Record<number, BlockType | 'furniture'> = {
  0: 'title',
  1: 'text',
  2: 'furniture',
  3: 'image',
  4: 'image_caption',
  5: 'table',
  6: 'table_caption',
  7: 'table_footnote',
  8: 'equation',
  101: 'image_footnote',
};
const CATEGORY_NAMES: Record<number, string> = {
  0: 'title',
  1: 'plain_text',
  2: 'abandon',
  3: 'figure',
  4: 'figure_caption',
  5: 'table',
  6: 'table_caption',
  7: 'table_footnote',
  8: 'isolate_formula',
  9: 'formula_caption',
  13: 'inline_formula',
  14: 'isolated_formula',
  15: 'ocr_text',
  16: 'low_score_text',
  101: 'figure_footnote',
};
/** MinerU 3.x (PP-DocLayoutV2) labels that become elements. */
const LABEL_TYPES: Record<string, BlockType | 'furniture'> = {
  abstract: 'text',
  algorithm: 'code',
  aside_text: 'aside_text',
  chart: 'image',
  content: 'text',
  display_formula: 'equation',
  doc_title: 'title',
  figure_title: 'image_caption',
  footer: 'footer',
  footer_image: 'footer',
  footnote: 'page_footnote',
  header: 'header',
  header_image: 'header',
  image: 'image',
  number: 'page_number',
  paragraph_title: 'title',
  reference_content: 'list_item',
  seal: 'image',
  table: 'table',
  text: 'text',
  vertical_text: 'text',
  vision_footnote: 'image_footnote',
};
const TEXT_SPAN_CATEGORIES = new Set([15, 16]);
const TEXT_SPAN_LABELS = new Set(['ocr_text']);

/** VLM block types → element types. */
const VLM_TYPES: Record<string, BlockType> = {
  text: 'text',
  phonetic: 'text',
  index: 'text',
  abstract: 'text',
  title: 'title',
  ref_text: 'list_item',
  equation: 'equation',
  interline_equation: 'equation',
  image: 'image',
  chart: 'image',
  table: 'table',
  code: 'code',
  algorithm: 'code',
  image_caption: 'image_caption',
  chart_caption: 'image_caption',
  code_caption: 'image_caption',
  table_caption: 'table_caption',
  image_footnote: 'image_footnote',
  chart_footnote: 'image_footnote',
  table_footnote: 'table_footnote',
  header: 'header',
  footer: 'footer',
  page_number: 'page_number',
  aside_text: 'aside_text',
  page_footnote: 'page_footnote',
};

export const mineruModel: Adapter = {
  name: FORMAT,
  description: 'MinerU model.json (pipeline layout_dets per page, or the VLM backend’s per-page block lists)',
  detect: detectModel,
  read: (input) => (isPipelineStyle(input.files[0].json) ? readPipeline(input) : readVlm(input)),
};

function isPipelineStyle(json: unknown): boolean {
  return Array.isArray(json) && mostly(json.slice(0, 20), (page) => isRecord(page) && 'layout_dets' in page);
}

function detectModel(input: AdapterInput): number {
  if (input.isFolder || input.files.length !== 1) return 0;
  const json = input.files[0].json;
  if (!Array.isArray(json) || json.length === 0) return 0;
  if (isPipelineStyle(json)) return mostly(json.slice(0, 20), (p) => isRecord(p) && isRecord(p.page_info)) ? 0.95 : 0.7;
  if (!json.every(Array.isArray)) return 0;
  const blocks = (json as unknown[][]).flat().slice(0, 20);
  const looksVlm = (b: unknown) =>
    isRecord(b) &&
    typeof b.type === 'string' &&
    !('category' in b) &&
    (typeof b.content === 'string' || b.content === null) &&
    Array.isArray(b.bbox) &&
    b.bbox.every((v) => typeof v === 'number' && v <= 1.5);
  // Most of a sample, so that one malformed block is reported by read() with its path wherever it is.
  if (!mostly(blocks, looksVlm)) return 0;
  return mostly(blocks, (b) => isRecord(b) && 'angle' in b) ? 0.9 : 0.7;
}

// ---------------------------------------------------------------------------------------------------
// Pipeline style

interface Detection {
  ptr: string;
  det: Record<string, unknown>;
  box: BBox;
  category?: number;
  label?: string;
}

function readPipeline(input: AdapterInput): ParsedDocument {
  const file = input.files[0];
  const builder = new DocumentBuilder(FORMAT, input.path, 'math');
  let sawOcrText = false;
  let sawOcrSpan = false;
  expectArray(file, '', file.json).forEach((rawPage, pageIndex) => {
    const pagePtr = pointer(pageIndex);
    const pageObj = expectObject(file, pagePtr, rawPage);
    const info = expectObject(file, `${pagePtr}/page_info`, pageObj.page_info);
    const width = expectNumber(file, `${pagePtr}/page_info/width`, info.width);
    const height = expectNumber(file, `${pagePtr}/page_info/height`, info.height);
    const page =
      info.page_no === undefined || info.page_no === null
        ? pageIndex + 1
        : expectPageIndex(file, `${pagePtr}/page_info/page_no`, info.page_no, 0);
    builder.page({ page, width, height, unit: 'px' });
    const dets = expectArray(file, `${pagePtr}/layout_dets`, pageObj.layout_dets).map((raw, i) =>
      toDetection(file, `${pagePtr}/layout_dets/${i}`, raw, width, height),
    );
    const blocks: Detection[] = [];
    const spans: Detection[] = [];
    const formulas: Detection[] = [];
    for (const d of dets) {
      if (blockTypeOf(d)) blocks.push(d);
      else if (d.category === 14) formulas.push(d);
      else if (isTextSpan(d) || d.category === 13 || d.label === 'inline_formula') spans.push(d);
      else if (d.category === 9 || d.label === 'formula_number') {
        builder.drop(file, d.ptr, 'mineru.formula-number', 'formula number box: a label beside an equation', { page });
      } else {
        const what = d.category !== undefined ? `category_id ${d.category}` : `label "${d.label}"`;
        builder.drop(file, d.ptr, 'mineru.unknown-type', `unknown model.json detection ${what}`, { page });
      }
    }
    // Display formulas (14) inside a formula layout box (8) give it its LaTeX; the others are blocks.
    const latexFor = new Map<Detection, string>();
    for (const f of formulas) {
      const host = smallestContaining(
        blocks.filter((b) => blockTypeOf(b) === 'equation'),
        f.box,
      );
      if (host) latexFor.set(host, str(f.det.latex));
      else blocks.push(f);
    }
    const spansOf = new Map<Detection, Detection[]>();
    for (const s of spans) {
      if (isTextSpan(s)) {
        sawOcrSpan = true;
        if (str(s.det.text).trim()) sawOcrText = true;
      }
      const host = smallestContaining(blocks, s.box);
      if (host) spansOf.set(host, [...(spansOf.get(host) ?? []), s]);
      else {
        builder.drop(file, s.ptr, 'mineru.orphan-span', 'text/formula span outside every layout block', {
          page,
          text: spanText(s) || undefined,
        });
      }
    }
    for (const b of orderBlocks(blocks)) {
      emitPipelineBlock(builder, file, page, b, spansOf.get(b) ?? [], latexFor.get(b));
    }
  });
  if (sawOcrSpan && !sawOcrText) {
    builder.warn(
      'mineru.model-no-text',
      'model.json holds no OCR text (MinerU "txt" mode reads text from the PDF later): blocks have empty text; read middle.json or content_list.json for text',
    );
  }
  return builder.finish();
}

function toDetection(file: SourceFile, ptr: string, raw: unknown, width: number, height: number): Detection {
  const det = expectObject(file, ptr, raw);
  const category = optionalNumber(file, `${ptr}/category_id`, det.category_id);
  const label = det.label === undefined || det.label === null ? undefined : expectText(file, `${ptr}/label`, det.label);
  // Text fields are strings (or absent), numbers numbers: checked here so nothing is read as '' silently.
  for (const key of ['text', 'latex', 'html']) expectText(file, `${ptr}/${key}`, det[key]);
  for (const key of ['score', 'index']) optionalNumber(file, `${ptr}/${key}`, det[key]);
  let box: BBox;
  if (det.poly !== undefined) box = polygonBox(expectNumbers(file, `${ptr}/poly`, det.poly), width, height);
  else {
    const [x1, y1, x2, y2] = expectNumbers(file, `${ptr}/bbox`, det.bbox);
    box = normalizeBox(x1, y1, x2, y2, width, height);
  }
  return { ptr, det, box, category, label };
}

/** Element type of a layout box (display formulas 14 are typed `equation` only once they stand alone). */
function blockTypeOf(d: Detection): BlockType | 'furniture' | undefined {
  if (d.category !== undefined) return CATEGORY_TYPES[d.category];
  return d.label !== undefined ? LABEL_TYPES[d.label] : undefined;
}

function isTextSpan(d: Detection): boolean {
  return (d.category !== undefined && TEXT_SPAN_CATEGORIES.has(d.category)) || TEXT_SPAN_LABELS.has(d.label ?? '');
}

function spanText(s: Detection): string {
  if (isTextSpan(s)) return str(s.det.text).trim();
  const latex = str(s.det.latex).trim();
  return latex ? `$${latex}$` : '';
}

function emitPipelineBlock(
  builder: DocumentBuilder,
  file: SourceFile,
  page: number,
  b: Detection,
  spans: Detection[],
  latex: string | undefined,
): void {
  const sourceType = b.label ?? CATEGORY_NAMES[b.category ?? -1] ?? String(b.category);
  const hints: ElementHints = {};
  if (typeof b.det.score === 'number') hints.score = b.det.score;
  const hasText = spans.some((s) => isTextSpan(s) && str(s.det.text).trim());
  // In txt mode the OCR line spans are empty but their boxes are real lines: their shape (how full the last line
  // is, the first line's indent) is all a layout-only input tells of where a paragraph ends.
  const lines = groupIntoLines(hasText ? spans : spans.filter(isTextSpan), (s) => s.box);
  let text = hasText ? joinLines(lines.map((line) => line.map(spanText).filter(Boolean).join(' '))) : '';
  if (lines.length > 0) {
    hints.lineCount = lines.length;
    const heights = lines.map((l) => maxOf(l.map((s) => s.box[3] - s.box[1]))).sort((x, y) => x - y);
    hints.lineHeight = heights[Math.floor(heights.length / 2)];
    Object.assign(hints, lineShape(lines.map((l) => unionBox(l.map((s) => s.box)))));
  }
  let type = b.category === 14 ? 'equation' : (blockTypeOf(b) as BlockType | 'furniture');
  let html: string | undefined;
  if (type === 'furniture') type = guessFurnitureType(b.box, text);
  if (type === 'table') {
    html = str(b.det.html) || undefined;
    text = html ? htmlToText(html) : '';
  }
  if (type === 'equation') {
    const source = latex ?? str(b.det.latex);
    if (source) {
      hints.latex = source;
      text = `$$\n${source}\n$$`;
    }
  }
  if (b.label === 'doc_title') hints.level = 1;
  builder.add({ file, pointer: b.ptr, page, type, sourceType, text, html, bbox: b.box, hints });
}

/** The smallest block whose box contains the centre of `box`. */
function smallestContaining(blocks: Detection[], box: BBox): Detection | undefined {
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  let best: Detection | undefined;
  let bestArea = Number.POSITIVE_INFINITY;
  for (const b of blocks) {
    const [x1, y1, x2, y2] = b.box;
    if (cx < x1 || cx > x2 || cy < y1 || cy > y2) continue;
    const area = (x2 - x1) * (y2 - y1);
    if (area < bestArea) {
      best = b;
      bestArea = area;
    }
  }
  return best;
}

/** Reading order: by `index` when every block has one, else recursive XY-cut. */
function orderBlocks(blocks: Detection[]): Detection[] {
  if (blocks.length > 0 && blocks.every((b) => typeof b.det.index === 'number')) {
    return [...blocks].sort((a, b) => Number(a.det.index) - Number(b.det.index));
  }
  return xyCut(blocks);
}

/** Recursive XY-cut: split at a vertical gap (columns, left to right) if there is one, else at horizontal
 * gaps (rows, top to bottom); boxes that cannot be separated are ordered top-to-bottom, left-to-right. */
function xyCut(blocks: Detection[]): Detection[] {
  if (blocks.length <= 1) return blocks;
  const columns = splitAtGaps(blocks, 0);
  if (columns.length > 1) return columns.flatMap(xyCut);
  const rows = joinColumnRows(splitAtGaps(blocks, 1));
  if (rows.length > 1) return rows.flatMap(xyCut);
  return [...blocks].sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}

/**
 * Rows next to each other that their columns run through are one band: a thin gap across both columns (a line
 * where each column happens to have space) is no row break, and cutting there would read the left column's foot
 * after the right column's head. A row joins the band before it when one of the two splits into columns and the
 * band they make still does.
 */
function joinColumnRows(rows: Detection[][]): Detection[][] {
  const out: Detection[][] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && (splitAtGaps(last, 0).length > 1 || splitAtGaps(row, 0).length > 1)) {
      const band = [...last, ...row];
      if (splitAtGaps(band, 0).length > 1) {
        out[out.length - 1] = band;
        continue;
      }
    }
    out.push(row);
  }
  return out;
}

/** Groups of boxes separated by empty bands along x (axis 0) or y (axis 1), in increasing order. */
function splitAtGaps(blocks: Detection[], axis: 0 | 1): Detection[][] {
  const lo = axis;
  const hi = axis + 2;
  const sorted = [...blocks].sort((a, b) => a.box[lo] - b.box[lo]);
  const groups: Detection[][] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const b of sorted) {
    if (groups.length === 0 || b.box[lo] > reach) groups.push([b]);
    else groups[groups.length - 1].push(b);
    reach = Math.max(reach, b.box[hi]);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------------
// VLM style

function readVlm(input: AdapterInput): ParsedDocument {
  const file = input.files[0];
  const builder = new DocumentBuilder(FORMAT, input.path, 'math');
  expectArray(file, '', file.json).forEach((rawPage, pageIndex) => {
    const page = pageIndex + 1;
    builder.page({ page, unit: 'normalized', width: 1, height: 1 });
    const blocks = expectArray(file, pointer(pageIndex), rawPage).map((raw, i) => {
      const ptr = pointer(pageIndex, i);
      const block = expectObject(file, ptr, raw);
      const [x1, y1, x2, y2] = expectNumbers(file, `${ptr}/bbox`, block.bbox);
      const type = expectText(file, `${ptr}/type`, block.type);
      expectText(file, `${ptr}/content`, block.content);
      return { ptr, block, type, box: normalizeBox(x1, y1, x2, y2, 1, 1) };
    });
    const listBoxes = blocks.filter((b) => b.type === 'list' && b.block.content == null).map((b) => b.box);
    const inList = (box: BBox) => listBoxes.some((l) => contains(l, box));
    for (const { ptr, block, type, box } of blocks) {
      const content = typeof block.content === 'string' ? block.content : '';
      if (type === 'list' && block.content == null) {
        builder.drop(file, ptr, 'mineru.list-container', 'list container: its items are the text blocks inside it', {
          page,
        });
        continue;
      }
      let blockType = VLM_TYPES[type];
      if (!blockType) {
        builder.drop(file, ptr, 'mineru.unknown-type', `unknown VLM block type "${type}"`, { page, text: content });
        continue;
      }
      if (blockType === 'text' && inList(box)) blockType = 'list_item';
      const hints: ElementHints = {};
      let text = content;
      let html: string | undefined;
      if (blockType === 'table' && /<table/i.test(content)) {
        html = content;
        text = htmlToText(content);
      }
      if (blockType === 'equation' && content) hints.latex = stripMathDelimiters(content);
      builder.add({ file, pointer: ptr, page, type: blockType, sourceType: type, text, html, bbox: box, hints });
    }
  });
  return builder.finish();
}

function contains(outer: BBox, inner: BBox, slack = 0.005): boolean {
  return (
    inner[0] >= outer[0] - slack &&
    inner[1] >= outer[1] - slack &&
    inner[2] <= outer[2] + slack &&
    inner[3] <= outer[3] + slack
  );
}
