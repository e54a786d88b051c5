// MinerU `content_list_v2.json` (MinerU 2.5+ / 3.x): an array of pages, each an array of blocks
// `{type, content: {...}, bbox}` in reading order. Text lives in span arrays (`title_content`,
// `paragraph_content`, `<type>_content`, list `item_content`): `{type: "text"|"equation_inline"|…, content}`.
//
// Elements: every block (`/3/5`, page index 3, block 5) is one element. A float's caption or footnote
// span array (`content.table_caption`, `content.image_footnote`, `content.code_caption`, …) becomes one
// element, pointer `/3/5/content/table_caption`, `hints.nestedIn` = the float's ref, bbox null. (Unlike
// content_list.json, v2 flattens all caption blocks of a float into one span array, so they cannot be told
// apart.) Table/code/algorithm captions precede their float; image/chart captions and footnotes follow it.
// A `list`/`index` block is one `list_item` element whose text is the items joined by "\n".
//
// A paragraph MinerU emptied (`paragraph_content: []`) had its lines moved into the last paragraph with text before
// it (MinerU's own merge across a column or page break): `hints.parserMergedWith` names that paragraph, as for
// content_list.json.
//
// Units: `bbox` is 0–1000 of the page (divided by 1000). The page is the outer array index + 1.
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BlockType, ElementHints, ParsedDocument } from '../model/element.js';
import { pointer } from '../model/pointer.js';
import { DocumentBuilder, expectArray, expectObject, expectText, optionalNumber } from './builder.js';
import { htmlToText, isRecord, mostly, perMilleBox, refOf } from './mineru-content-list.js';
import type { Adapter } from './types.js';

const FORMAT = 'mineru-content-list-v2';

/** Blocks whose text is the span array `content.<type>_content` (or title/paragraph content). */
const TEXT_BLOCKS: Record<string, { key: string; type: BlockType }> = {
  title: { key: 'title_content', type: 'title' },
  paragraph: { key: 'paragraph_content', type: 'text' },
  page_header: { key: 'page_header_content', type: 'header' },
  page_footer: { key: 'page_footer_content', type: 'footer' },
  page_number: { key: 'page_number_content', type: 'page_number' },
  page_aside_text: { key: 'page_aside_text_content', type: 'aside_text' },
  page_footnote: { key: 'page_footnote_content', type: 'page_footnote' },
};

interface NestedKey {
  key: string;
  type: BlockType;
  before: boolean;
}
const FLOAT_NESTED: Record<string, NestedKey[]> = {
  table: [
    { key: 'table_caption', type: 'table_caption', before: true },
    { key: 'table_footnote', type: 'table_footnote', before: false },
  ],
  image: [
    { key: 'image_caption', type: 'image_caption', before: false },
    { key: 'image_footnote', type: 'image_footnote', before: false },
  ],
  chart: [
    { key: 'chart_caption', type: 'image_caption', before: false },
    { key: 'chart_footnote', type: 'image_footnote', before: false },
  ],
  code: [{ key: 'code_caption', type: 'image_caption', before: true }],
  algorithm: [{ key: 'algorithm_caption', type: 'image_caption', before: true }],
};

export const mineruContentListV2: Adapter = {
  name: FORMAT,
  description: 'MinerU content_list_v2.json (pages of typed blocks with span arrays, MinerU 2.5+/3.x)',
  detect: detectV2,
  read: readV2,
};

function detectV2(input: AdapterInput): number {
  if (input.isFolder || input.files.length !== 1) return 0;
  const json = input.files[0].json;
  if (!Array.isArray(json) || json.length === 0 || !json.every(Array.isArray)) return 0;
  const blocks = (json as unknown[][]).flat().slice(0, 20);
  // By shape (keys), so that one malformed block is reported by read() with its path wherever it is.
  const looksLikeBlock = (b: unknown) => isRecord(b) && 'type' in b && isRecord(b.content);
  return mostly(blocks, looksLikeBlock) ? 0.95 : 0;
}

function readV2(input: AdapterInput): ParsedDocument {
  const file = input.files[0];
  const pages = expectArray(file, '', file.json);
  const builder = new DocumentBuilder(FORMAT, input.path, 'math');
  const flow: Flow = {};
  pages.forEach((rawPage, pageIndex) => {
    const page = pageIndex + 1;
    builder.page({ page, unit: 'per-mille', width: 1000, height: 1000 });
    expectArray(file, pointer(pageIndex), rawPage).forEach((raw, blockIndex) => {
      readBlock(builder, file, pointer(pageIndex, blockIndex), page, raw, flow);
    });
  });
  return builder.finish();
}

/** The last paragraph with text read so far: the one an emptied paragraph's lines were moved into. */
interface Flow {
  lastTextRef?: string;
}

function readBlock(
  builder: DocumentBuilder,
  file: SourceFile,
  ptr: string,
  page: number,
  raw: unknown,
  flow: Flow,
): void {
  const block = expectObject(file, ptr, raw);
  const type = expectText(file, `${ptr}/type`, block.type);
  const content = expectObject(file, `${ptr}/content`, block.content);
  const bbox = block.bbox === undefined || block.bbox === null ? null : perMilleBox(file, `${ptr}/bbox`, block.bbox);
  // Spread last in each element below: Node 20's V8 builds `{ ...base, type }` some 50 times slower than
  // `{ type, ...base }` (a tenth of reading a long document); the keys differ, so the objects are the same.
  const base = { file, pointer: ptr, page, sourceType: type, bbox };
  const nested = FLOAT_NESTED[type] ?? [];
  for (const n of nested.filter((k) => k.before)) emitNested(builder, file, content, ptr, page, n);
  if (type in TEXT_BLOCKS) {
    const { key, type: blockType } = TEXT_BLOCKS[type];
    const text = spansText(file, `${ptr}/content/${key}`, content[key]);
    const level = optionalNumber(file, `${ptr}/content/level`, content.level);
    const hints: ElementHints = level !== undefined ? { level } : {};
    // MinerU empties a paragraph whose lines it moved into the previous one (its own cross-column/page merge), as
    // content_list.json does: `paragraph_content: []`
    if (type === 'paragraph' && text === '' && flow.lastTextRef) hints.parserMergedWith = [flow.lastTextRef];
    builder.add({ type: blockType, text, hints, ...base });
    if (type === 'paragraph' && text !== '') flow.lastTextRef = ptr;
  } else if (type === 'equation_interline') {
    const latex = expectText(file, `${ptr}/content/math_content`, content.math_content);
    const hints: ElementHints = { latex };
    const path = imagePathOf(file, ptr, content);
    if (path) hints.imagePath = path;
    builder.add({ type: 'equation', text: latex ? `$$\n${latex}\n$$` : '', hints, ...base });
  } else if (type === 'table') {
    const html = expectText(file, `${ptr}/content/html`, content.html);
    const path = imagePathOf(file, ptr, content);
    builder.add({
      type: 'table',
      text: html ? htmlToText(html) : '',
      html: html || undefined,
      hints: path ? { imagePath: path } : {},
      ...base,
    });
  } else if (type === 'image' || type === 'chart') {
    const path = imagePathOf(file, ptr, content);
    const text = expectText(file, `${ptr}/content/content`, content.content);
    builder.add({ type: 'image', text, hints: path ? { imagePath: path } : {}, ...base });
  } else if (type === 'code' || type === 'algorithm') {
    const text = spansText(file, `${ptr}/content/${type}_content`, content[`${type}_content`]);
    const language = expectText(file, `${ptr}/content/code_language`, content.code_language);
    const hints: ElementHints = language ? { codeLanguage: language } : {};
    builder.add({ type: 'code', text, hints, ...base });
  } else if (type === 'list' || type === 'index') {
    const items =
      content.list_items === undefined ? [] : expectArray(file, `${ptr}/content/list_items`, content.list_items);
    const texts = items.map((item, i) => {
      const itemPtr = `${ptr}/content/list_items/${i}`;
      return spansText(file, `${itemPtr}/item_content`, expectObject(file, itemPtr, item).item_content);
    });
    builder.add({ type: 'list_item', text: texts.join('\n'), ...base });
  } else {
    builder.drop(file, ptr, 'mineru.unknown-type', `unknown content_list_v2 block type "${type}"`, { page });
  }
  for (const n of nested.filter((k) => !k.before)) emitNested(builder, file, content, ptr, page, n);
}

function emitNested(
  builder: DocumentBuilder,
  file: SourceFile,
  content: Record<string, unknown>,
  ptr: string,
  page: number,
  nested: NestedKey,
): void {
  const value = content[nested.key];
  if (value === undefined || value === null) return;
  const nestedPtr = `${ptr}/content/${nested.key}`;
  const spans = expectArray(file, nestedPtr, value);
  if (spans.length === 0) return;
  builder.add({
    file,
    pointer: nestedPtr,
    page,
    type: nested.type,
    sourceType: nested.key,
    text: spansText(file, nestedPtr, spans),
    bbox: null,
    hints: { nestedIn: refOf(file, ptr) },
  });
}

/** Plain text of a span array: text spans as written, inline equations as `$…$`. */
function spansText(file: SourceFile, ptr: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  const parts = expectArray(file, ptr, value).map((raw, i) => {
    const span = expectObject(file, `${ptr}/${i}`, raw);
    const text = expectText(file, `${ptr}/${i}/content`, span.content);
    return span.type === 'equation_inline' ? ` $${text.trim()}$ ` : text;
  });
  return parts.join('').replace(/ {2,}/g, ' ').trim();
}

function imagePathOf(file: SourceFile, ptr: string, content: Record<string, unknown>): string {
  if (content.image_source === undefined || content.image_source === null) return '';
  const source = expectObject(file, `${ptr}/content/image_source`, content.image_source);
  return expectText(file, `${ptr}/content/image_source/path`, source.path);
}
