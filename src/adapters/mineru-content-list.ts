// MinerU `content_list.json`: one flat array of entries in reading order, written by magic-pdf 0.10,
// MinerU 2.x/3.x (pipeline backend) and the VLM backend.
//
// Elements: every top-level entry (`/12`) is one element, except that the captions and footnotes a
// table/image/chart/code entry carries as string arrays (`table_caption`, `img_caption`/`image_caption`,
// `table_footnote`, `img_footnote`/`image_footnote`, `chart_*`, `code_caption`) each become their own
// element, pointer `/12/table_caption/0`, `hints.nestedIn` = the float's ref, bbox null (they have no
// coordinates). Table/code captions come before their float, image/chart captions and all footnotes after.
// A `list` entry (`list_items` strings) is one `list_item` element whose text is the items joined by "\n".
//
// Units: `bbox` is [x1,y1,x2,y2] in 0–1000 of the page (MinerU scales by page size and truncates), so
// every value is divided by 1000. magic-pdf 0.10 writes no bbox: those elements get bbox null.
// `page_idx` is 0-based; element pages are 1-based.
//
// The helpers exported at the bottom are shared by the other MinerU adapters.
import { toText } from 'hast-util-to-text';
import { LIMITS } from '../io/limits.js';
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BBox, BlockType, ElementHints } from '../model/element.js';
import { schemaError } from '../model/errors.js';
import { normalizeBox } from '../model/geometry.js';
import { makeRef, pointer } from '../model/pointer.js';
import { keepGrid, tableTextAndGrid } from '../table/grid.js';
import { parseHtmlFragment } from '../table/html.js';
import {
  DocumentBuilder,
  expectArray,
  expectNumbers,
  expectObject,
  expectPageIndex,
  expectText,
  optionalArray,
  optionalNumber,
  topLevelEntries,
} from './builder.js';
import type { Adapter } from './types.js';

const FORMAT = 'mineru-content-list';

/** Entry types whose text is plain body text, with the block type they map to. */
const TEXT_TYPES: Record<string, BlockType> = {
  text: 'text',
  phonetic: 'text',
  index: 'text',
  abstract: 'text',
  ref_text: 'list_item',
  header: 'header',
  footer: 'footer',
  page_number: 'page_number',
  aside_text: 'aside_text',
  page_footnote: 'page_footnote',
};

/** Nested caption/footnote arrays of a float entry: key, element type, and whether it precedes the float. */
interface NestedKey {
  key: string;
  type: BlockType;
  before: boolean;
}
const NESTED_KEYS: Record<string, NestedKey[]> = {
  table: [
    { key: 'table_caption', type: 'table_caption', before: true },
    { key: 'table_footnote', type: 'table_footnote', before: false },
  ],
  image: [
    { key: 'img_caption', type: 'image_caption', before: false },
    { key: 'image_caption', type: 'image_caption', before: false },
    { key: 'img_footnote', type: 'image_footnote', before: false },
    { key: 'image_footnote', type: 'image_footnote', before: false },
  ],
  chart: [
    { key: 'chart_caption', type: 'image_caption', before: false },
    { key: 'chart_footnote', type: 'image_footnote', before: false },
  ],
  code: [
    { key: 'code_caption', type: 'image_caption', before: true },
    { key: 'code_footnote', type: 'image_footnote', before: false },
  ],
};

const KNOWN_TYPES = new Set([...Object.keys(TEXT_TYPES), ...Object.keys(NESTED_KEYS), 'equation', 'list', 'discarded']);

export const mineruContentList: Adapter = {
  name: FORMAT,
  description: 'MinerU content_list.json (magic-pdf 0.10, MinerU 2.x/3.x pipeline and VLM backends)',
  detect: detectContentList,
  read: readContentList,
  readsStream: true,
};

function detectContentList(input: AdapterInput): number {
  if (input.isFolder || input.files.length !== 1) return 0;
  const json = input.files[0].json;
  if (!Array.isArray(json) || json.length === 0) return 0;
  // By the file's shape (keys, not value types), so that one malformed entry, wherever it is, is
  // reported by read() with its path instead of making the whole file unrecognised.
  const looksLikeEntry = (item: unknown) =>
    isRecord(item) &&
    'type' in item &&
    'page_idx' in item &&
    !isRecord(item.content) &&
    !('category' in item) &&
    !('block_label' in item);
  return mostly(json.slice(0, 20), looksLikeEntry) ? 0.95 : 0;
}

/** True when at least half of a non-empty sample passes (detection by overall shape). */
export function mostly(sample: readonly unknown[], test: (item: unknown) => boolean): boolean {
  return sample.length > 0 && sample.filter(test).length * 2 >= sample.length;
}

function readContentList(input: AdapterInput): ReturnType<DocumentBuilder['finish']> {
  const file = input.files[0];
  // each entry read once by its index, its nested arrays by their keys: no pointer twice (no Map of refs)
  const builder = new DocumentBuilder(FORMAT, input.path, 'markdown', true);
  let lastPage = 0;
  let lastPagePtr = '';
  const pagesWithContent = new Set<number>();
  let lastTextRef: string | undefined;
  let index = -1;
  for (const raw of topLevelEntries(file)) {
    index++;
    const ptr = pointer(index);
    const entry = expectObject(file, ptr, raw);
    const type = expectText(file, `${ptr}/type`, entry.type);
    const page = expectPageIndex(file, `${ptr}/page_idx`, entry.page_idx, 0);
    pagesWithContent.add(page);
    if (page > lastPage) {
      lastPage = page;
      lastPagePtr = `${ptr}/page_idx`;
    }
    if (!KNOWN_TYPES.has(type)) {
      builder.drop(file, ptr, 'mineru.unknown-type', `unknown content_list entry type "${type}"`, { page });
      continue;
    }
    const bbox = entry.bbox === undefined || entry.bbox === null ? null : perMilleBox(file, `${ptr}/bbox`, entry.bbox);
    const nested = NESTED_KEYS[type] ?? [];
    // Spread last in each element below: Node 20's V8 builds `{ ...base, type }` some 50 times slower than
    // `{ type, ...base }` (a tenth of reading a long document); the keys differ, so the objects are the same.
    const base = { file, pointer: ptr, page, sourceType: type, bbox };
    for (const n of nested.filter((k) => k.before)) emitNested(builder, file, entry, ptr, page, n);
    if (type === 'text') {
      const text = expectText(file, `${ptr}/text`, entry.text);
      const level = headingLevel(file, `${ptr}/text_level`, entry.text_level);
      const hints: ElementHints = {};
      if (level !== undefined) hints.level = level;
      // MinerU empties a paragraph whose lines it moved into the previous one (its own cross-column/page merge).
      if (text === '' && level === undefined && lastTextRef) hints.parserMergedWith = [lastTextRef];
      builder.add({ type: level !== undefined ? 'title' : 'text', text, hints, ...base });
      if (text !== '' && level === undefined) lastTextRef = ptr;
    } else if (type in TEXT_TYPES) {
      builder.add({ type: TEXT_TYPES[type], text: expectText(file, `${ptr}/text`, entry.text), ...base });
    } else if (type === 'discarded') {
      const text = expectText(file, `${ptr}/text`, entry.text);
      builder.add({ type: guessFurnitureType(bbox, text), text, ...base });
    } else if (type === 'list') {
      const items = optionalArray(file, `${ptr}/list_items`, entry.list_items);
      const texts = items.map((item, i) => expectText(file, `${ptr}/list_items/${i}`, item));
      builder.add({ type: 'list_item', text: texts.join('\n'), ...base });
    } else if (type === 'equation') {
      const text = expectText(file, `${ptr}/text`, entry.text);
      const hints: ElementHints = {};
      if (text) hints.latex = stripMathDelimiters(text);
      const imagePath = expectText(file, `${ptr}/img_path`, entry.img_path);
      if (imagePath) hints.imagePath = imagePath;
      builder.add({ type: 'equation', text, hints, ...base });
    } else if (type === 'table') {
      const html = expectText(file, `${ptr}/table_body`, entry.table_body);
      const imagePath = expectText(file, `${ptr}/img_path`, entry.img_path);
      const hints: ElementHints = imagePath ? { imagePath } : {};
      // the text and the cell grid the stages read, from one parse of the HTML
      const read = html ? tableTextAndGrid(html) : undefined;
      const el = builder.add({ type: 'table', text: read?.text ?? '', html: html || undefined, hints, ...base });
      if (read) keepGrid(el, html, read.grid);
    } else if (type === 'code') {
      const body = expectText(file, `${ptr}/code_body`, entry.code_body);
      builder.add({ type: 'code', text: body, hints: codeHints(body), ...base });
    } else {
      // image, chart
      const imagePath = expectText(file, `${ptr}/img_path`, entry.img_path);
      const hints: ElementHints = imagePath ? { imagePath } : {};
      builder.add({ type: 'image', text: expectText(file, `${ptr}/content`, entry.content), hints, ...base });
    }
    for (const n of nested.filter((k) => !k.before)) emitNested(builder, file, entry, ptr, page, n);
  }
  checkSparsePages(file, lastPagePtr, lastPage, pagesWithContent.size);
  for (let p = 1; p <= lastPage; p++) builder.page({ page: p, unit: 'per-mille', width: 1000, height: 1000 });
  return builder.finish();
}

function emitNested(
  builder: DocumentBuilder,
  file: SourceFile,
  entry: Record<string, unknown>,
  ptr: string,
  page: number,
  nested: NestedKey,
): void {
  const value = entry[nested.key];
  if (value === undefined || value === null) return;
  const texts = expectArray(file, `${ptr}/${nested.key}`, value);
  texts.forEach((text, i) => {
    builder.add({
      file,
      pointer: `${ptr}/${nested.key}/${i}`,
      page,
      type: nested.type,
      sourceType: nested.key,
      text: expectText(file, `${ptr}/${nested.key}/${i}`, text),
      bbox: null,
      hints: { nestedIn: refOf(file, ptr) },
    });
  });
}

/**
 * Formats without a page list count the empty pages up to the largest page index. An index that
 * would add more empty pages than LIMITS.maxEmptyPages, and more than there are pages with content, is
 * rejected (page numbers are kept as given, never renumbered: they point back at the PDF).
 */
export function checkSparsePages(file: SourceFile, ptr: string, lastPage: number, pagesWithContent: number): void {
  const empty = lastPage - pagesWithContent;
  if (empty > LIMITS.maxEmptyPages && empty > pagesWithContent) {
    throw schemaError(
      file.path,
      ptr,
      `page ${lastPage} would leave ${empty.toLocaleString('en')} of ${lastPage.toLocaleString('en')} pages without any content: the page indices are sparse beyond any real document (at most ${LIMITS.maxEmptyPages.toLocaleString('en')} empty pages, or as many as pages with content)`,
    );
  }
}

/** A heading level field (MinerU `text_level`): absent/null/0 = not a heading; else a whole number from 1. */
export function headingLevel(file: SourceFile, ptr: string, value: unknown): number | undefined {
  const level = optionalNumber(file, ptr, value);
  if (level === undefined) return undefined;
  if (!Number.isInteger(level) || level < 0 || level > 100) {
    throw schemaError(file.path, ptr, `heading level ${level} is not a whole number from 0 to 100`);
  }
  return level >= 1 ? level : undefined;
}

function codeHints(body: string): ElementHints {
  const fence = /^```([\w+#-]+)/.exec(body);
  return fence ? { codeLanguage: fence[1] } : {};
}

// ---------------------------------------------------------------------------------------------------
// Helpers shared by the MinerU adapters.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The ref of a pointer in a file (file prefix for multi-file input). */
export function refOf(file: SourceFile, ptr: string): string {
  return makeRef(file.name, ptr);
}

/** A MinerU 0–1000 box → 0–1. */
export function perMilleBox(file: SourceFile, ptr: string, value: unknown): BBox {
  const [x1, y1, x2, y2] = expectNumbers(file, ptr, value);
  return normalizeBox(x1, y1, x2, y2, 1000, 1000);
}

/** A box in the page's own unit (PDF points, pixels) → 0–1, given the page size. */
export function pageBox(file: SourceFile, ptr: string, value: unknown, width: number, height: number): BBox {
  const [x1, y1, x2, y2] = expectNumbers(file, ptr, value);
  return normalizeBox(x1, y1, x2, y2, width, height);
}

/** Page size `[w, h]` as positive numbers, or a schema error. */
export function expectPageSize(file: SourceFile, ptr: string, value: unknown): [number, number] {
  const [w, h] = expectNumbers(file, ptr, value, 2);
  if (!(w > 0 && h > 0)) throw schemaError(file.path, ptr, `page size ${JSON.stringify(value)} is not positive`);
  return [w, h];
}

/** Visible text of an HTML table: cells separated by tabs, rows by newlines. */
export function htmlToText(html: string): string {
  return toText(parseHtmlFragment(html)).trim();
}

/** LaTeX without its `$$ … $$`, `\[ … \]` or `$ … $` delimiters. */
export function stripMathDelimiters(text: string): string {
  const t = text.trim();
  const pairs: Array<[string, string]> = [
    ['$$', '$$'],
    ['\\[', '\\]'],
    ['\\(', '\\)'],
    ['$', '$'],
  ];
  for (const [open, close] of pairs) {
    if (t.length >= open.length + close.length && t.startsWith(open) && t.endsWith(close)) {
      return t.slice(open.length, t.length - close.length).trim();
    }
  }
  return t;
}

const PAGE_NUMBER_TEXT = /^[\s\-–—[(]*((page|p\.|第)?\s*[0-9ivxlcdm]+(\s*(\/|of|页)\s*[0-9]+)?\s*(页)?)[\s\-–—\])]*$/i;

/** True when a text looks like a page number ("12", "- 12 -", "Page 3 of 9", "xiv", "第3页"). */
export function isPageNumberText(text: string): boolean {
  return text.trim() !== '' && PAGE_NUMBER_TEXT.test(text.trim());
}

/**
 * Type for a block MinerU discarded as page furniture (`discarded`, layout "abandon"): decided from its
 * position on the page (0–1 box) and its text. Top band → header, bottom band → footer (or page number
 * when the text is a number), narrow strip at a side → aside text, lower part of the page → page footnote.
 */
export function guessFurnitureType(box: BBox | null, text: string): BlockType {
  const pageNumber = isPageNumberText(text);
  if (!box) return pageNumber ? 'page_number' : 'footer';
  const [x1, y1, x2, y2] = box;
  const sideStrip = (x2 <= 0.1 || x1 >= 0.9) && y2 - y1 > x2 - x1;
  if (sideStrip) return 'aside_text';
  if (y2 <= 0.12) return pageNumber ? 'page_number' : 'header';
  if (y1 >= 0.88) return pageNumber ? 'page_number' : 'footer';
  if (pageNumber) return 'page_number';
  if (x2 <= 0.1 || x1 >= 0.9) return 'aside_text';
  return y1 >= 0.6 ? 'page_footnote' : 'aside_text';
}
