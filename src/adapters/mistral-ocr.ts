// Mistral OCR API responses (`client.ocr.process`, saved as JSON): `{pages: [{index, markdown, dimensions
// {dpi, width, height}, images[], tables[], header, footer, blocks[]}], model, usage_info}`; a bare list
// of such page objects is read too (refs then start `/0/…` instead of `/pages/0/…`).
// Page number: `index` (0-based) + 1 when every page has a distinct one, else list order.
//
// Elements, per page:
//   - When the page has `blocks` (OCR 4 / `include_blocks`): each block, in order, ref `/pages/0/blocks/3`,
//     box from `top_left_x/y`, `bottom_right_x/y` (pixels of `dimensions`). A block's table HTML comes
//     from its content (or from `tables[]` via `table_id` when the content is only a link).
//     `images[]`/`tables[]` entries named by a block (`image_id`/`table_id`) are part of that block; any
//     other one becomes an element of its own at the end of the page.
//   - Otherwise the page `markdown` is split into top-level blocks (headings, paragraphs, list items,
//     pipe or HTML tables, `$$` equations, fenced code). Such a block is a stretch of a string, which no
//     JSON Pointer addresses: its ref is the markdown's pointer, a colon and the 0-based index of the block
//     in that split, `/pages/0/markdown:4` (the part before the colon resolves to the string). A block that
//     is only an image link `![img-0.jpeg](img-0.jpeg)` or table link `[tbl-0.html](tbl-0.html)` becomes the
//     image/table element, ref `/pages/0/images/0` / `/pages/0/tables/0` (box from the image's corners;
//     tables have none), and still takes up its index. Other boxes are null.
//   - Page-level `header` / `footer` strings (extract_header/extract_footer) → a header element first and a
//     footer element last, ref `/pages/0/header` / `/pages/0/footer`, no box — unless a block of that type
//     already holds it (then dropped, `mistral.header-in-blocks`).
//
// Block types → element type: title → title (level hint from `#`) · text → text · list → list_item ·
// table → table · image, signature → image · equation → equation (LaTeX hint) · caption → image_caption or
// table_caption (its words, else the nearest float) · code → code · references → text · aside_text →
// aside_text · header → header · footer → footer (page_number when only a page number) · footnote →
// page_footnote · anything else → text, with a warning.
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BBox, BlockType } from '../model/element.js';
import { normalizeBox } from '../model/geometry.js';
import { makeRef } from '../model/pointer.js';
import { pushAll } from '../util/arrays.js';
import {
  checkFields,
  DocumentBuilder,
  expectArray,
  expectNumber,
  expectObject,
  expectPageIndex,
  str,
} from './builder.js';
import {
  addDrafts,
  type Draft,
  type DraftOrigin,
  isPageNumberText,
  latexOf,
  markdownHeadingLevel,
  plainText,
  tableFromHtml,
  tableFromPipes,
} from './ocr-layout.js';
import type { Adapter } from './types.js';

const BLOCK_TYPES: Record<string, BlockType | 'caption?'> = {
  title: 'title',
  text: 'text',
  list: 'list_item',
  table: 'table',
  image: 'image',
  signature: 'image',
  equation: 'equation',
  caption: 'caption?',
  code: 'code',
  references: 'text',
  aside_text: 'aside_text',
  header: 'header',
  footer: 'footer',
  footnote: 'page_footnote',
};

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isPage(v: unknown): boolean {
  // By keys: a page whose markdown is of the wrong type is reported by read() with its path.
  return isObject(v) && 'markdown' in v && 'index' in v && ('dimensions' in v || 'images' in v);
}

// ---------------------------------------------------------------------------------------------------
// Markdown split (only the block structure OCR markdown uses)

export type MdKind = 'heading' | 'paragraph' | 'list_item' | 'table' | 'math' | 'code';
export interface MdBlock {
  kind: MdKind;
  text: string;
}

const LIST_MARK = /^\s{0,6}([-*+•]|\d{1,3}[.)]|[a-z][.)])\s+/i;
const FENCE = /^\s{0,3}(```|~~~)/;

/** Split page markdown into its top-level blocks, in order. */
export function splitMarkdown(md: string): MdBlock[] {
  const out: MdBlock[] = [];
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  let paraKind: MdKind = 'paragraph';
  const flush = () => {
    const text = para.join('\n').trim();
    if (text) out.push({ kind: paraKind, text });
    para = [];
    paraKind = 'paragraph';
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    if (t === '') {
      flush();
      continue;
    }
    const collectUntil = (kind: MdKind, done: (l: string, first: boolean) => boolean) => {
      flush();
      const buf = [line];
      if (!done(t, true)) {
        while (i + 1 < lines.length) {
          i++;
          buf.push(lines[i]);
          if (done(lines[i].trim(), false)) break;
        }
      }
      out.push({ kind, text: buf.join('\n').trim() });
    };
    if (FENCE.test(line)) {
      const fence = t.slice(0, 3);
      collectUntil('code', (l, first) => !first && l.startsWith(fence));
    } else if (t.startsWith('$$')) {
      collectUntil('math', (l, first) => (first ? l.length > 2 && l.endsWith('$$') : l.endsWith('$$')));
    } else if (/^<table[\s>]/i.test(t)) {
      collectUntil('table', (l) => /<\/table>/i.test(l));
    } else if (/^#{1,6}\s/.test(t)) {
      flush();
      out.push({ kind: 'heading', text: t });
    } else if (t.startsWith('|')) {
      if (paraKind !== 'table') flush();
      paraKind = 'table';
      para.push(t);
    } else if (LIST_MARK.test(line)) {
      flush();
      paraKind = 'list_item';
      para.push(line);
    } else {
      if (paraKind === 'table') flush();
      para.push(line);
    }
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------------

interface Size {
  width: number;
  height: number;
}

type MDraft = Draft<DraftOrigin>;

const CORNER_KEYS = ['top_left_x', 'top_left_y', 'bottom_right_x', 'bottom_right_y'];

function cornerBox(o: Record<string, unknown>, size: Size | undefined): BBox | null {
  const { top_left_x: x1, top_left_y: y1, bottom_right_x: x2, bottom_right_y: y2 } = o;
  if (!size || ![x1, y1, x2, y2].every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  return normalizeBox(x1 as number, y1 as number, x2 as number, y2 as number, size.width, size.height);
}

function sizeOf(file: SourceFile, ptr: string, page: Record<string, unknown>): Size | undefined {
  if (!isObject(page.dimensions)) return undefined;
  const width = expectNumber(file, `${ptr}/dimensions/width`, page.dimensions.width);
  const height = expectNumber(file, `${ptr}/dimensions/height`, page.dimensions.height);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

function tableContent(t: Record<string, unknown>): { html: string; text: string } | null {
  const c = str(t.content);
  return tableFromHtml(c) ?? tableFromPipes(c);
}

/** The page's `images[]`/`tables[]` by id, with their pointers. */
function attachments(file: SourceFile, ptr: string, page: Record<string, unknown>, key: 'images' | 'tables') {
  const list = page[key] === undefined || page[key] === null ? [] : expectArray(file, `${ptr}/${key}`, page[key]);
  return list.map((v, m) => {
    const o = expectObject(file, `${ptr}/${key}/${m}`, v);
    checkFields(file, `${ptr}/${key}/${m}`, o, { text: ['id', 'content', 'format'], number: CORNER_KEYS });
    return { id: str(o.id), pointer: `${ptr}/${key}/${m}`, obj: o };
  });
}

type Attachment = ReturnType<typeof attachments>[number];

function imageDraft(a: Attachment, size: Size | undefined): MDraft {
  return {
    type: 'image',
    bbox: cornerBox(a.obj, size),
    text: '',
    extra: { pointer: a.pointer, sourceType: 'image', hints: { imagePath: a.id } },
  };
}

function tableDraft(a: Attachment): MDraft {
  const t = tableContent(a.obj);
  const extra: DraftOrigin = { pointer: a.pointer, sourceType: 'table', hints: {} };
  if (t) extra.html = t.html;
  return { type: 'table', bbox: null, text: t ? t.text : plainText(str(a.obj.content)), extra };
}

/** Draft for a piece of content of a given type (shared by blocks and markdown blocks). */
function contentDraft(
  type: BlockType | 'caption?',
  content: string,
  bbox: BBox | null,
  extra: DraftOrigin,
  tables: Attachment[],
): MDraft {
  let text = plainText(content);
  if (type === 'table') {
    const linked = tables.find((t) => t.id && content.includes(`(${t.id})`));
    const table = tableFromHtml(content) ?? tableFromPipes(content) ?? (linked ? tableContent(linked.obj) : null);
    if (table) {
      extra.html = table.html;
      text = table.text;
    }
  } else if (type === 'equation') {
    text = latexOf(content);
    if (text) extra.hints.latex = text;
  } else if (type === 'title') {
    const level = markdownHeadingLevel(content);
    if (level !== undefined) extra.hints.level = level;
  } else if ((type === 'header' || type === 'footer') && isPageNumberText(text)) {
    type = 'page_number';
  } else if (type === 'image') {
    text = plainText(content.replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
  } else if (type === 'code') {
    text = content.replace(/^\s*(```|~~~)[^\n]*\n?/, '').replace(/\n?(```|~~~)\s*$/, '');
  }
  return { type, bbox, text, extra };
}

function blockDrafts(
  file: SourceFile,
  ptr: string,
  page: Record<string, unknown>,
  size: Size | undefined,
  builder: DocumentBuilder,
  unknown: Set<string>,
) {
  const blocks = expectArray(file, `${ptr}/blocks`, page.blocks);
  const images = attachments(file, ptr, page, 'images');
  const tables = attachments(file, ptr, page, 'tables');
  const usedIds = new Set<string>();
  const drafts: MDraft[] = blocks.map((v, j) => {
    const pointer = `${ptr}/blocks/${j}`;
    const b = expectObject(file, pointer, v);
    checkFields(file, pointer, b, { text: ['type', 'content', 'image_id', 'table_id'], number: CORNER_KEYS });
    const label = str(b.type);
    let type = BLOCK_TYPES[label];
    if (type === undefined) {
      type = 'text';
      if (!unknown.has(label)) {
        unknown.add(label);
        builder.warn(
          'mistral.unknown-block-type',
          `unknown block type "${label}" read as text`,
          makeRef(file.name, pointer),
        );
      }
    }
    for (const key of ['image_id', 'table_id']) if (typeof b[key] === 'string') usedIds.add(b[key] as string);
    const extra: DraftOrigin = { pointer, sourceType: label, hints: {} };
    if (typeof b.image_id === 'string') extra.hints.imagePath = b.image_id;
    return contentDraft(type, str(b.content), cornerBox(b, size), extra, tables);
  });
  for (const a of images) if (!usedIds.has(a.id)) drafts.push(imageDraft(a, size));
  for (const a of tables) if (!usedIds.has(a.id)) drafts.push(tableDraft(a));
  return drafts;
}

const IMAGE_ONLY = /^(\s*!\[[^\]]*\]\(([^)\s]+)\)\s*)+$/;
const TABLE_LINK = /^\[[^\]]*\]\(([^)\s]+)\)$/;

function markdownDrafts(file: SourceFile, ptr: string, page: Record<string, unknown>, size: Size | undefined) {
  const images = attachments(file, ptr, page, 'images');
  const tables = attachments(file, ptr, page, 'tables');
  const used = new Set<string>();
  const drafts: MDraft[] = [];
  splitMarkdown(str(page.markdown)).forEach((blk, k) => {
    const pointer = `${ptr}/markdown:${k}`;
    if (blk.kind === 'paragraph' && IMAGE_ONLY.test(blk.text)) {
      for (const m of blk.text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
        const a = images.find((x) => x.id === m[1] && !used.has(x.pointer));
        if (a) {
          used.add(a.pointer);
          drafts.push(imageDraft(a, size));
        } else {
          drafts.push({
            type: 'image',
            bbox: null,
            text: '',
            extra: { pointer, sourceType: 'markdown image', hints: { imagePath: m[1] } },
          });
        }
      }
      return;
    }
    const link = blk.kind === 'paragraph' ? TABLE_LINK.exec(blk.text) : null;
    const linked = link ? tables.find((x) => x.id === link[1] && !used.has(x.pointer)) : undefined;
    if (linked) {
      used.add(linked.pointer);
      drafts.push(tableDraft(linked));
      return;
    }
    const type: BlockType =
      blk.kind === 'heading'
        ? 'title'
        : blk.kind === 'table'
          ? 'table'
          : blk.kind === 'math'
            ? 'equation'
            : blk.kind === 'code'
              ? 'code'
              : blk.kind === 'list_item'
                ? 'list_item'
                : 'text';
    drafts.push(contentDraft(type, blk.text, null, { pointer, sourceType: `markdown ${blk.kind}`, hints: {} }, tables));
  });
  for (const a of images) if (!used.has(a.pointer)) drafts.push(imageDraft(a, size));
  for (const a of tables) if (!used.has(a.pointer)) drafts.push(tableDraft(a));
  return drafts;
}

function pagesOf(file: SourceFile): { list: unknown[]; base: string } {
  if (Array.isArray(file.json)) return { list: file.json, base: '' };
  const root = expectObject(file, '', file.json);
  return { list: expectArray(file, '/pages', root.pages), base: '/pages' };
}

function read(input: AdapterInput) {
  const builder = new DocumentBuilder('mistral-ocr', input.path, 'markdown');
  const unknown = new Set<string>();
  const items = input.files.flatMap((file) => {
    const { list, base } = pagesOf(file);
    return list.map((v, i) => {
      const page = expectObject(file, `${base}/${i}`, v);
      checkFields(file, `${base}/${i}`, page, { text: ['markdown', 'header', 'footer'] });
      return { file, ptr: `${base}/${i}`, page };
    });
  });
  // A page index of the wrong type or out of range is an error with its path; absent ones fall back to order.
  const idx = items.map((it) =>
    it.page.index === undefined || it.page.index === null
      ? undefined
      : expectPageIndex(it.file, `${it.ptr}/index`, it.page.index, 0) - 1,
  );
  const useIndex =
    idx.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0) && new Set(idx).size === idx.length;
  if (!useIndex && idx.some((v) => v !== undefined)) {
    builder.warn('mistral.page-index', '"index" is missing or repeated on some pages; pages numbered in order');
  }
  const numbered = items.map((it, i) => ({ ...it, no: useIndex ? (it.page.index as number) + 1 : i + 1 }));
  numbered.sort((a, b) => a.no - b.no);
  let warnedSize = false;
  for (const { file, ptr, page, no } of numbered) {
    const size = sizeOf(file, ptr, page);
    if (!size && !warnedSize) {
      warnedSize = true;
      builder.warn('mistral.no-dimensions', 'a page has no dimensions; its boxes are left out');
    }
    builder.page(size ? { page: no, width: size.width, height: size.height, unit: 'px' } : { page: no });
    const hasBlocks = Array.isArray(page.blocks) && page.blocks.length > 0;
    const body = hasBlocks
      ? blockDrafts(file, ptr, page, size, builder, unknown)
      : markdownDrafts(file, ptr, page, size);
    const drafts: MDraft[] = [];
    const edge = (key: 'header' | 'footer'): MDraft | null => {
      const value = page[key];
      if (typeof value !== 'string' || !value.trim()) return null;
      if (hasBlocks && body.some((d) => d.extra.sourceType === key)) {
        builder.drop(file, `${ptr}/${key}`, 'mistral.header-in-blocks', `page ${key} also given as a ${key} block`, {
          page: no,
          text: value,
        });
        return null;
      }
      return contentDraft(key, value, null, { pointer: `${ptr}/${key}`, sourceType: key, hints: {} }, []);
    };
    const header = edge('header');
    const footer = edge('footer');
    if (header) drafts.push(header);
    pushAll(drafts, body);
    if (footer) drafts.push(footer);
    addDrafts(builder, file, no, drafts);
  }
  return builder.finish();
}

export const mistralOcr: Adapter = {
  name: 'mistral-ocr',
  description: 'Mistral OCR API response (pages with markdown, images, tables, header/footer and OCR 4 blocks)',
  detect(input) {
    const json = input.files[0]?.json;
    if (Array.isArray(json)) return json.length > 0 && isPage(json[0]) ? 0.85 : 0;
    if (!isObject(json) || !Array.isArray(json.pages) || json.pages.length === 0) return 0;
    return isPage(json.pages[0]) ? 0.95 : 0;
  },
  read,
};
