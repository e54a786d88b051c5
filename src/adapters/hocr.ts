// hOCR (HTML with `ocr_*` classes and `title="bbox …; x_size …"` properties): what Tesseract
// (`tesseract page.png out hocr`), OCRopus, Kraken and Calamari-based pipelines write. One file can hold many
// pages (`ocr_page`); a folder of per-page files is read in natural file order, pages numbered on.
//
// Elements (refs are element paths, see ocr-markup.ts: `/ocr_page/0/ocr_carea/2/ocr_par/1`; in a folder
// `page-3.hocr#/ocr_page/0/…`):
// - each `ocr_par` with text: lines (`ocr_line`, `ocr_header`, `ocr_caption`, `ocr_textfloat`) joined like the
//   other adapters (no space between CJK words, a line-end hyphen before a lowercase letter removed); a block
//   whose lines are all `ocr_caption` is a caption, all `ocr_header` a title, anything else text;
//   a container (`ocr_carea`…) holding lines without an `ocr_par` is one paragraph;
// - each `ocr_photo` / `ocr_image` / `ocr_linedrawing` / `ocr_float` is an image; `ocr_math` / `ocr_chem` an equation.
// Dropped with a reason: `ocr_separator` and `ocr_noise` (rules, not content), paragraphs without words.
// Words and lines are never elements.
//
// Units: `bbox` is in pixels of the page image; the page's own `bbox` gives the page size. Hints from the line
// boxes: `lineCount`, `lineHeight`, `lastLineFill`, `firstLineIndent`; `fontSize` in points from the lines'
// `x_fsize`, else `x_size` (pixels) and the page's `scan_res` (dpi), when given.
import type { Element as HastElement, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BlockType, ParsedDocument } from '../model/element.js';
import { DocstitchError, schemaError } from '../model/errors.js';
import { normalizeBox } from '../model/geometry.js';
import { maxOf, minOf, pushAll } from '../util/arrays.js';
import { DocumentBuilder } from './builder.js';
import { captionKindFromText } from './layout-helpers.js';
import {
  blockSize,
  detectMarkup,
  joinLines,
  joinWords,
  lineEm,
  lineHints,
  type MarkupLine,
  markLargeBlocksAsTitles,
  type SizedBlock,
  withSteps,
} from './ocr-markup.js';
import type { Adapter } from './types.js';

const FORMAT = 'hocr';

const LINE_CLASSES = new Set(['ocr_line', 'ocrx_line', 'ocr_header', 'ocr_caption', 'ocr_textfloat']);
const IMAGE_CLASSES = new Set(['ocr_photo', 'ocr_image', 'ocr_linedrawing', 'ocr_float']);
const EQUATION_CLASSES = new Set(['ocr_math', 'ocr_chem']);
const SEPARATOR_CLASSES = new Set(['ocr_separator', 'ocr_noise']);

export const hocr: Adapter = {
  name: FORMAT,
  description: 'hOCR (Tesseract, OCRopus, Kraken): ocr_page / ocr_carea / ocr_par / ocr_line with bbox titles',
  detect: detectHocr,
  read: readHocr,
};

/** Markers of hOCR in a file's first few kilobytes. */
function looksLikeHocr(file: SourceFile): boolean {
  if (file.text === undefined) return false;
  const head = file.text.slice(0, 8192);
  return /class\s*=\s*["'][^"']*\bocr_(page|carea|par|line)\b/.test(head) || /name\s*=\s*["']ocr-system["']/.test(head);
}

function detectHocr(input: AdapterInput): number {
  return detectMarkup(input, looksLikeHocr);
}

interface PageContext {
  file: SourceFile;
  page: number;
  width: number;
  height: number;
  /** Scan resolution in dots per inch, when the page says. */
  dpi?: number;
  /** Every text block read so far, for the document-wide size comparison. */
  blocks: SizedBlock[];
}

function readHocr(input: AdapterInput): ParsedDocument {
  const builder = new DocumentBuilder(FORMAT, input.path);
  const blocks: SizedBlock[] = [];
  let page = 0;
  for (const file of input.files) {
    if (!looksLikeHocr(file)) {
      builder.warn('hocr.not-hocr', `${file.name || file.path} is not hOCR; it was not read`);
      continue;
    }
    const text = file.text ?? '';
    // The HTML parser accepts anything; a file cut off mid-way would silently lose its last pages.
    if (/<html[\s>]/i.test(text) && !/<\/html\s*>/i.test(text)) {
      throw new DocstitchError('json', 'invalid hOCR: the file is cut off (no closing </html>)', { file: file.path });
    }
    const pages = ocrChildren(fromHtml(text));
    const pageSteps = withSteps(pages, ocrClass).filter(({ node }) => ocrClass(node) === 'ocr_page');
    if (pageSteps.length === 0) throw schemaError(file.path, '', 'no ocr_page element');
    for (const { node, step } of pageSteps) {
      page += 1;
      const props = titleProps(node);
      const box = numbers(file, step, props.bbox, 'bbox');
      if (!box) throw schemaError(file.path, step, 'ocr_page has no bbox in its title (the page size)');
      const [x0, y0, x1, y1] = box;
      if (x1 - x0 <= 0 || y1 - y0 <= 0) throw schemaError(file.path, step, `ocr_page bbox ${box.join(' ')} is empty`);
      const res = numbers(file, step, props.scan_res, 'scan_res', 1);
      const ctx: PageContext = { file, page, width: x1 - x0, height: y1 - y0, dpi: res?.[0] || undefined, blocks };
      builder.page({ page, width: ctx.width, height: ctx.height, unit: 'px' });
      emitChildren(builder, ctx, node, step);
    }
  }
  markLargeBlocksAsTitles(blocks);
  return builder.finish();
}

/** Walk a container's ocr children in document order. */
function emitChildren(builder: DocumentBuilder, ctx: PageContext, node: HastElement, ptr: string): void {
  for (const { node: child, step } of withSteps(ocrChildren(node), ocrClass)) {
    emitNode(builder, ctx, child, ptr + step);
  }
}

function emitNode(builder: DocumentBuilder, ctx: PageContext, node: HastElement, ptr: string): void {
  const cls = ocrClass(node);
  if (SEPARATOR_CLASSES.has(cls)) {
    builder.drop(ctx.file, ptr, 'hocr.separator', `${cls}: a rule or noise, not content`, { page: ctx.page });
    return;
  }
  if (IMAGE_CLASSES.has(cls) || EQUATION_CLASSES.has(cls)) {
    builder.add({
      file: ctx.file,
      pointer: ptr,
      page: ctx.page,
      type: IMAGE_CLASSES.has(cls) ? 'image' : 'equation',
      sourceType: cls,
      text: normalizeSpace(toText(node)),
      bbox: elementBox(ctx, node, ptr),
    });
    return;
  }
  const children = ocrChildren(node);
  const holdsLines = children.some((c) => LINE_CLASSES.has(ocrClass(c)) || ocrClass(c) === 'ocrx_word');
  if (cls === 'ocr_par' || holdsLines || (children.length === 0 && normalizeSpace(toText(node)))) {
    emitParagraph(builder, ctx, node, ptr);
    return;
  }
  if (children.length === 0) {
    builder.drop(ctx.file, ptr, 'hocr.empty', `${cls} without text`, { page: ctx.page });
    return;
  }
  emitChildren(builder, ctx, node, ptr);
}

function emitParagraph(builder: DocumentBuilder, ctx: PageContext, node: HastElement, ptr: string): void {
  const children = ocrChildren(node);
  const lineNodes = children.some((c) => LINE_CLASSES.has(ocrClass(c)))
    ? children.filter((c) => LINE_CLASSES.has(ocrClass(c)))
    : [node];
  const lines = lineNodes.map((l) => readLine(ctx, l, ptr));
  const text = joinLines(lines.map((l) => l.text));
  const cls = ocrClass(node);
  if (!text) {
    builder.drop(ctx.file, ptr, 'hocr.empty', `${cls} without words`, { page: ctx.page });
    return;
  }
  const lineClasses = new Set(lineNodes.map(ocrClass));
  let type: BlockType = 'text';
  if (lineClasses.size === 1 && lineClasses.has('ocr_caption')) {
    type = captionKindFromText(text) === 'table' ? 'table_caption' : 'image_caption';
  } else if (lineClasses.size === 1 && lineClasses.has('ocr_header')) type = 'title';
  const element = builder.add({
    file: ctx.file,
    pointer: ptr,
    page: ctx.page,
    type,
    sourceType: lineClasses.size === 1 && !lineClasses.has(cls) ? `${cls}/${[...lineClasses][0]}` : cls,
    text,
    bbox: elementBox(ctx, node, ptr) ?? unionOf(ctx, lines),
    hints: lineHints(
      lines.filter((l) => l.box),
      ctx.height,
    ),
  });
  ctx.blocks.push({ element, size: blockSize(lines), lines: lines.length });
}

/** A line's words (or, without `ocrx_word`, its text), box and font size. */
function readLine(ctx: PageContext, line: HastElement, ptr: string): MarkupLine {
  const words = collect(line, (n) => ocrClass(n) === 'ocrx_word').map((w) => {
    const box = numbers(ctx.file, ptr, titleProps(w).bbox, 'bbox');
    return { text: toText(w), x1: box?.[0] ?? 0, x2: box?.[2] ?? 0 };
  });
  const text = words.length > 0 ? joinWords(words.map((w) => w.text)) : normalizeSpace(toText(line));
  const props = titleProps(line);
  const box = numbers(ctx.file, ptr, props.bbox, 'bbox') ?? [0, 0, 0, 0];
  const fsize = Number(props.x_fsize);
  const xsize = Number(props.x_size);
  let fontSize: number | undefined;
  if (fsize > 0) fontSize = fsize;
  else if (xsize > 0 && ctx.dpi) fontSize = (xsize * 72) / ctx.dpi;
  const size = fsize > 0 ? fsize : lineEm(words, box[3] - box[1]);
  return { box: [box[0], box[1], box[2], box[3]], text, fontSize, size };
}

function unionOf(ctx: PageContext, lines: MarkupLine[]) {
  const boxes = lines.map((l) => l.box).filter((b) => b[2] > b[0] || b[3] > b[1]);
  if (boxes.length === 0) return null;
  const [x1, y1, x2, y2] = [0, 1, 2, 3].map((i) => (i < 2 ? minOf : maxOf)(boxes.map((b) => b[i])));
  return normalizeBox(x1, y1, x2, y2, ctx.width, ctx.height);
}

function elementBox(ctx: PageContext, node: HastElement, ptr: string) {
  const box = numbers(ctx.file, ptr, titleProps(node).bbox, 'bbox');
  return box ? normalizeBox(box[0], box[1], box[2], box[3], ctx.width, ctx.height) : null;
}

// ---------------------------------------------------------------------------------------------------
// hOCR structure

/** The element's hOCR class (`ocr_*` or `ocrx_*`), or ''. */
function ocrClass(node: HastElement): string {
  const classes = node.properties?.className;
  if (!Array.isArray(classes)) return '';
  const found = classes.find((c) => typeof c === 'string' && /^ocrx?_/.test(c));
  return typeof found === 'string' ? found : '';
}

/** The nearest descendants carrying an hOCR class (elements without one are transparent wrappers). */
function ocrChildren(node: HastElement | HastRoot): HastElement[] {
  const out: HastElement[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (ocrClass(child)) out.push(child);
    else pushAll(out, ocrChildren(child));
  }
  return out;
}

function collect(node: HastElement, keep: (n: HastElement) => boolean): HastElement[] {
  const out: HastElement[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (keep(child)) out.push(child);
    else pushAll(out, collect(child, keep));
  }
  return out;
}

/** The `title` properties: `bbox 1 2 3 4; x_size 23; image "a;b.png"` → {bbox: '1 2 3 4', …}. */
export function titleProps(node: HastElement): Record<string, string> {
  const title = node.properties?.title;
  const out: Record<string, string> = {};
  if (typeof title !== 'string') return out;
  for (const m of title.matchAll(/([A-Za-z_][\w-]*)\s*((?:"(?:[^"\\]|\\.)*"|[^;])*)/g)) {
    out[m[1]] = m[2].trim();
  }
  return out;
}

/** A property's numbers (at least `min`), or undefined when absent; malformed values are a schema error. */
function numbers(
  file: SourceFile,
  ptr: string,
  value: string | undefined,
  name: string,
  min = 4,
): number[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(/\s+/).map(Number);
  if (parts.length < min || !parts.every(Number.isFinite)) {
    throw schemaError(file.path, ptr, `${name} "${value.slice(0, 40)}" is not ${min} numbers`);
  }
  return parts;
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The element an hOCR ref's pointer names (`/ocr_page/0/ocr_carea/2/ocr_par/1`), or undefined. */
export function resolveHocrPointer(file: SourceFile, ptr: string): HastElement | undefined {
  let node: HastElement | HastRoot = fromHtml(file.text ?? '');
  const tokens = ptr.split('/').slice(1);
  for (let i = 0; i + 1 < tokens.length; i += 2) {
    const found: HastElement | undefined = ocrChildren(node).filter((c) => ocrClass(c) === tokens[i])[
      Number(tokens[i + 1])
    ];
    if (!found) return undefined;
    node = found;
  }
  return node.type === 'element' ? node : undefined;
}
