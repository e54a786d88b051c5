// MinerU `middle.json` (magic-pdf 0.10, MinerU 2.x/3.x; the mineru.net API calls it `layout.json`):
// `{pdf_info: [{page_idx, page_size: [w, h], para_blocks, discarded_blocks, preproc_blocks, …}], …}`.
// Blocks carry `bbox`, `type` and `lines[].spans[]`; images/tables/charts/code are containers whose
// `blocks` hold the body, caption and footnote sub-blocks.
//
// Elements (in this order per page: discarded blocks in the top half of the page, para blocks, the other
// discarded blocks):
// - every para block without sub-blocks: `/pdf_info/3/para_blocks/5`;
// - every sub-block of a container (body, caption, footnote): `/pdf_info/3/para_blocks/5/blocks/1`
//   (the container itself is not an element unless it has no sub-blocks);
// - every discarded block (`/pdf_info/3/discarded_blocks/0`): page furniture candidates, typed from their
//   MinerU type (header/footer/page_number/…) or, for the untyped `discarded`, from their position.
// Spans and lines are never elements. `preproc_blocks` (and 0.10's `images`/`tables`/`layout_bboxes`…) are
// MinerU's earlier copies of the same blocks, read only to undo MinerU's own paragraph/table merges:
// when MinerU moved the lines of a block into an earlier one (`lines_deleted`, `cross_page` spans), each
// block gets back the lines of its `preproc_blocks` twin (same type and bbox), and both get
// `hints.parserMergedWith` pointing at each other. Without a twin, the emptied block keeps empty text
// and a warning is issued.
//
// Units: boxes are PDF points (top-left origin) of `page_size`, divided by the page width/height.
// `hints.lineHeight` is the median line-box height / page height; `hints.lineCount` the number of lines;
// `hints.lastLineFill` how far the last line with text reaches towards the block's right edge, and
// `hints.firstLineIndent` how far the first starts in from the others.
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BlockType, Element, ElementHints, ParsedDocument } from '../model/element.js';
import { pointer } from '../model/pointer.js';
import {
  DocumentBuilder,
  expectArray,
  expectObject,
  expectPageIndex,
  expectText,
  optionalNumber,
  str,
} from './builder.js';
import { joinLines, lineShape, linesBrokenByAuthor } from './layout-helpers.js';
import {
  expectPageSize,
  guessFurnitureType,
  headingLevel,
  htmlToText,
  isRecord,
  pageBox,
} from './mineru-content-list.js';
import type { Adapter } from './types.js';

const FORMAT = 'mineru-middle';

/** Leaf block types → element type. Container types are handled through their sub-blocks. */
const BLOCK_TYPES: Record<string, BlockType> = {
  text: 'text',
  abstract: 'text',
  index: 'text',
  phonetic: 'text',
  vertical_text: 'text',
  list: 'list_item',
  ref_text: 'list_item',
  title: 'title',
  doc_title: 'title',
  paragraph_title: 'title',
  interline_equation: 'equation',
  equation: 'equation',
  header: 'header',
  footer: 'footer',
  page_number: 'page_number',
  aside_text: 'aside_text',
  page_footnote: 'page_footnote',
  image: 'image',
  image_body: 'image',
  chart: 'image',
  chart_body: 'image',
  table: 'table',
  table_body: 'table',
  code: 'code',
  code_body: 'code',
  image_caption: 'image_caption',
  chart_caption: 'image_caption',
  code_caption: 'image_caption',
  algorithm_caption: 'image_caption',
  caption: 'image_caption',
  table_caption: 'table_caption',
  image_footnote: 'image_footnote',
  chart_footnote: 'image_footnote',
  code_footnote: 'image_footnote',
  footnote: 'image_footnote',
  table_footnote: 'table_footnote',
};

/** Block types MinerU merges paragraph-wise (their lines move into the previous block of the family). */
const TEXT_FAMILY = new Set(['text', 'list', 'index', 'vertical_text', 'abstract', 'ref_text']);

export const mineruMiddle: Adapter = {
  name: FORMAT,
  description: 'MinerU middle.json / layout.json (pdf_info pages of para_blocks with lines and spans)',
  detect: detectMiddle,
  read: readMiddle,
};

function detectMiddle(input: AdapterInput): number {
  if (input.isFolder || input.files.length !== 1) return 0;
  const json = input.files[0].json;
  if (!isRecord(json) || !Array.isArray(json.pdf_info)) return 0;
  const first = json.pdf_info[0];
  if (first === undefined) return 0.6;
  return isRecord(first) && Array.isArray(first.para_blocks) && 'page_size' in first ? 0.95 : 0.6;
}

interface PageContext {
  file: SourceFile;
  page: number;
  width: number;
  height: number;
  /** preproc_blocks of the page and their sub-blocks: the pre-merge twins. */
  twins: Array<Record<string, unknown>>;
}

interface MergeState {
  /** Text elements that absorbed later blocks' lines, with how many absorbed lines are still unclaimed. */
  textAbsorbers: Array<{ element: Element; remaining: number }>;
  lastTable?: Element;
}

function readMiddle(input: AdapterInput): ParsedDocument {
  const file = input.files[0];
  const root = expectObject(file, '', file.json);
  const pages = expectArray(file, '/pdf_info', root.pdf_info);
  const builder = new DocumentBuilder(FORMAT, input.path, 'math');
  const merges: MergeState = { textAbsorbers: [] };
  pages.forEach((rawPage, pageIndex) => {
    const pagePtr = pointer('pdf_info', pageIndex);
    const pageInfo = expectObject(file, pagePtr, rawPage);
    const [width, height] = expectPageSize(file, `${pagePtr}/page_size`, pageInfo.page_size);
    const page =
      pageInfo.page_idx === undefined || pageInfo.page_idx === null
        ? pageIndex + 1
        : expectPageIndex(file, `${pagePtr}/page_idx`, pageInfo.page_idx, 0);
    builder.page({ page, width, height, unit: 'pt' });
    const twins = collectTwins(file, `${pagePtr}/preproc_blocks`, pageInfo.preproc_blocks);
    const ctx: PageContext = { file, page, width, height, twins };
    const paraBlocks = listOf(file, `${pagePtr}/para_blocks`, pageInfo.para_blocks);
    const discarded = listOf(file, `${pagePtr}/discarded_blocks`, pageInfo.discarded_blocks);
    const discardedPtr = (i: number) => `${pagePtr}/discarded_blocks/${i}`;
    const inTopHalf = (raw: unknown) => isRecord(raw) && Array.isArray(raw.bbox) && Number(raw.bbox[1]) < height / 2;
    discarded.forEach((raw, i) => {
      if (inTopHalf(raw)) emitDiscarded(builder, ctx, discardedPtr(i), raw);
    });
    paraBlocks.forEach((raw, i) => {
      emitParaBlock(builder, ctx, merges, `${pagePtr}/para_blocks/${i}`, raw);
    });
    discarded.forEach((raw, i) => {
      if (!inTopHalf(raw)) emitDiscarded(builder, ctx, discardedPtr(i), raw);
    });
  });
  return builder.finish();
}

function listOf(file: SourceFile, ptr: string, value: unknown): unknown[] {
  return value === undefined || value === null ? [] : expectArray(file, ptr, value);
}

/** The pre-merge blocks of a page; their lines may replace a block's own, so they are checked the same way. */
function collectTwins(file: SourceFile, ptr: string, preproc: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  listOf(file, ptr, preproc).forEach((raw, i) => {
    const block = expectObject(file, `${ptr}/${i}`, raw);
    linesOf(file, `${ptr}/${i}`, block);
    out.push(block);
    listOf(file, `${ptr}/${i}/blocks`, block.blocks).forEach((sub, j) => {
      const subBlock = expectObject(file, `${ptr}/${i}/blocks/${j}`, sub);
      linesOf(file, `${ptr}/${i}/blocks/${j}`, subBlock);
      out.push(subBlock);
    });
  });
  return out;
}

function emitParaBlock(
  builder: DocumentBuilder,
  ctx: PageContext,
  merges: MergeState,
  ptr: string,
  raw: unknown,
): void {
  const block = expectObject(ctx.file, ptr, raw);
  if (Array.isArray(block.blocks) && block.blocks.length > 0) {
    block.blocks.forEach((sub, i) => {
      emitLeaf(builder, ctx, merges, `${ptr}/blocks/${i}`, expectObject(ctx.file, `${ptr}/blocks/${i}`, sub));
    });
    return;
  }
  emitLeaf(builder, ctx, merges, ptr, block);
}

function emitDiscarded(builder: DocumentBuilder, ctx: PageContext, ptr: string, raw: unknown): void {
  const block = expectObject(ctx.file, ptr, raw);
  const sourceType = expectText(ctx.file, `${ptr}/type`, block.type);
  const bbox = pageBox(ctx.file, `${ptr}/bbox`, block.bbox, ctx.width, ctx.height);
  const lines = linesOf(ctx.file, ptr, block);
  const text = linesText(lines);
  const known = BLOCK_TYPES[sourceType];
  const furniture = new Set<BlockType>(['header', 'footer', 'page_number', 'page_footnote', 'aside_text']);
  const type = known && furniture.has(known) ? known : guessFurnitureType(bbox, text);
  builder.add({
    file: ctx.file,
    pointer: ptr,
    page: ctx.page,
    type,
    sourceType,
    text,
    bbox,
    hints: lineHints(lines, ctx),
  });
}

function emitLeaf(
  builder: DocumentBuilder,
  ctx: PageContext,
  merges: MergeState,
  ptr: string,
  block: Record<string, unknown>,
): void {
  const sourceType = expectText(ctx.file, `${ptr}/type`, block.type);
  const type = BLOCK_TYPES[sourceType];
  if (!type) {
    builder.drop(ctx.file, ptr, 'mineru.unknown-type', `unknown middle.json block type "${sourceType}"`, {
      page: ctx.page,
    });
    return;
  }
  const bbox = pageBox(ctx.file, `${ptr}/bbox`, block.bbox, ctx.width, ctx.height);
  const ownLines = linesOf(ctx.file, ptr, block);
  const sameKind = (t: Record<string, unknown>) =>
    t.type === sourceType || (TEXT_FAMILY.has(str(t.type)) && TEXT_FAMILY.has(sourceType));
  const twin = ctx.twins.find((t) => sameKind(t) && sameBox(t.bbox, block.bbox));
  const twinLines = twin && Array.isArray(twin.lines) ? (twin.lines.filter(isRecord) as Line[]) : undefined;
  const deleted = block.lines_deleted === true;
  const absorbedLines = twinLines && !deleted ? ownLines.length - twinLines.length : 0;
  const tableChanged = type === 'table' && twinLines !== undefined && tableHtml(twinLines) !== tableHtml(ownLines);
  const lines = twinLines && (deleted || absorbedLines > 0 || tableChanged) ? twinLines : ownLines;

  const hints: ElementHints = { ...lineHints(lines, ctx) };
  const score = optionalNumber(ctx.file, `${ptr}/score`, block.score);
  if (score !== undefined) hints.score = score;
  const level = headingLevel(ctx.file, `${ptr}/level`, block.level);
  if (type === 'title' && level !== undefined) hints.level = level;
  let text = linesText(lines, type === 'code');
  let html: string | undefined;
  if (type === 'table') {
    html = tableHtml(lines) || undefined;
    text = html ? htmlToText(html) : '';
  }
  if (type === 'equation') {
    const latex = lines.flatMap((l) => spansOf(l)).find((s) => s.type === 'interline_equation');
    if (latex && str(latex.content)) hints.latex = str(latex.content);
  }
  const imagePath = lines.flatMap((l) => spansOf(l)).find((s) => str(s.image_path));
  if (imagePath && (type === 'image' || type === 'table' || type === 'equation')) {
    hints.imagePath = str(imagePath.image_path);
  }
  const element = builder.add({
    file: ctx.file,
    pointer: ptr,
    page: ctx.page,
    type,
    sourceType,
    text,
    html,
    bbox,
    hints,
  });
  recordMerge(builder, merges, element, { sourceType, deleted, absorbedLines, tableChanged, twinLines });
  if (!twinLines && ownLines.some((l) => spansOf(l).some((s) => s.cross_page === true))) {
    builder.warn(
      'mineru.cross-page-unsplit',
      'MinerU moved lines from the next page into this block and they could not be split back out',
      element.ref,
    );
  }
}

function recordMerge(
  builder: DocumentBuilder,
  merges: MergeState,
  element: Element,
  info: {
    sourceType: string;
    deleted: boolean;
    absorbedLines: number;
    tableChanged: boolean;
    twinLines?: Line[];
  },
): void {
  const isText = TEXT_FAMILY.has(info.sourceType);
  if (info.sourceType === 'table_body') {
    if (info.deleted && merges.lastTable) link(merges.lastTable, element);
    else if (info.deleted) unlinked(builder, element);
    else merges.lastTable = element;
    return;
  }
  if (!isText) return;
  if (info.absorbedLines > 0) merges.textAbsorbers.push({ element, remaining: info.absorbedLines });
  if (!info.deleted) return;
  const absorber = [...merges.textAbsorbers].reverse().find((a) => a.remaining > 0);
  if (!absorber) {
    unlinked(builder, element);
    return;
  }
  link(absorber.element, element);
  absorber.remaining -= info.twinLines?.length ?? 0;
  if (!info.twinLines) {
    builder.warn(
      'mineru.merged-lines-lost',
      'MinerU moved this block’s lines elsewhere; its text is empty',
      element.ref,
    );
  }
}

function link(absorber: Element, absorbed: Element): void {
  absorber.hints = { ...absorber.hints, parserMergedWith: [...(absorber.hints?.parserMergedWith ?? []), absorbed.ref] };
  absorbed.hints = { ...absorbed.hints, parserMergedWith: [...(absorbed.hints?.parserMergedWith ?? []), absorber.ref] };
}

function unlinked(builder: DocumentBuilder, element: Element): void {
  builder.warn(
    'mineru.merge-unlinked',
    'MinerU marks this block as merged into an earlier one (lines_deleted), but that block was not found',
    element.ref,
  );
}

// ---------------------------------------------------------------------------------------------------
// Lines and spans

interface Line {
  bbox?: unknown;
  spans?: unknown;
}
type Span = Record<string, unknown>;

/** A block's lines, each span checked: its text fields are strings (or absent), never silently dropped. */
function linesOf(file: SourceFile, ptr: string, block: Record<string, unknown>): Line[] {
  const lines = listOf(file, `${ptr}/lines`, block.lines);
  return lines.map((l, i) => {
    const linePtr = `${ptr}/lines/${i}`;
    const line = expectObject(file, linePtr, l) as Line;
    listOf(file, `${linePtr}/spans`, line.spans).forEach((raw, j) => {
      const span = expectObject(file, `${linePtr}/spans/${j}`, raw);
      for (const key of ['type', 'content', 'html', 'image_path']) {
        expectText(file, `${linePtr}/spans/${j}/${key}`, span[key]);
      }
    });
    return line;
  });
}

function spansOf(line: Line): Span[] {
  return Array.isArray(line.spans) ? line.spans.filter(isRecord) : [];
}

function spanText(span: Span): string {
  const content = str(span.content).trim();
  if (!content) return '';
  if (span.type === 'inline_equation') return `$${content}$`;
  if (span.type === 'interline_equation') return `$$\n${content}\n$$`;
  if (span.type === 'text') return content;
  return '';
}

/**
 * Text of lines: spans joined by spaces. Lines the typesetter wrapped are joined by a space, by nothing
 * between CJK characters, and a line-final hyphen before a lowercase letter is removed. Code (`code`
 * blocks, or a block whose inner lines mostly stop well short of its right edge: the author broke them —
 * a program, a config file, an address) keeps its line breaks.
 */
export function linesText(lines: Line[], code = false): string {
  const texts = lines.map((line) => spansOf(line).map(spanText).filter(Boolean).join(' '));
  const kept = lines.filter((_, i) => texts[i]);
  if (code || brokenByAuthor(kept)) return texts.filter(Boolean).join('\n');
  return joinLines(texts);
}

/** Two or more lines under each other, and at least half of those before the last end short of the block's right edge. */
function brokenByAuthor(lines: Line[]): boolean {
  const boxes = lines.map((l) => (Array.isArray(l.bbox) && l.bbox.length >= 4 ? l.bbox.map(Number) : []));
  if (boxes.some((b) => b.length < 4 || !b.every(Number.isFinite))) return false;
  return linesBrokenByAuthor(boxes as [number, number, number, number][]);
}

function tableHtml(lines: Line[]): string {
  const span = lines.flatMap(spansOf).find((s) => s.type === 'table' && str(s.html));
  return span ? str(span.html) : '';
}

function lineHints(lines: Line[], ctx: PageContext): ElementHints {
  const boxes = lines
    .filter((l) => spansOf(l).some((s) => spanText(s)))
    .map((l) => (Array.isArray(l.bbox) && l.bbox.length >= 4 ? l.bbox.slice(0, 4).map(Number) : []))
    .filter((b): b is [number, number, number, number] => b.length === 4 && b.every(Number.isFinite) && b[3] > b[1]);
  const heights = boxes.map((b) => b[3] - b[1]).sort((a, b) => a - b);
  const hints: ElementHints = {};
  if (lines.length > 0) hints.lineCount = lines.length;
  if (heights.length > 0) hints.lineHeight = heights[Math.floor(heights.length / 2)] / ctx.height;
  Object.assign(hints, lineShape(boxes));
  return hints;
}

function sameBox(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);
}
