// Docling: a DoclingDocument JSON (`schema_name: "DoclingDocument"`), one file for the whole document.
//
// Elements: every item of `texts`, `tables`, `pictures`, `key_value_items` and `form_items` that the
// tree reaches, in the order of a depth-first walk of `body.children` (groups are walked through and are
// not elements). Items hanging under `furniture.children` are slotted in by page: page headers before
// the page's first body element, everything else after its last one. Ref = the item's own pointer,
// `/texts/7`, `/tables/2`. Not elements (each listed in `dropped` with a reason): text items inside a
// picture (chart labels, OCR'd words; their text is attached to the picture element), items with no
// `prov`, empty texts, and items no tree path reaches.
//
// Captions and footnotes a float lists in `captions`/`footnotes` are separate elements (Docling keeps them
// as separate text items): placed before the float when their box lies above its top, else after it.
//
// Boxes: `prov[0].bbox {l,t,r,b}` in points, `coord_origin` BOTTOMLEFT (y up; flipped here) or TOPLEFT,
// divided by `pages["N"].size`. An item with several `prov` entries was merged by Docling across
// pages/columns: it stays ONE element (page and box of the first prov) and `hints.parserMergedWith`
// lists the pointers of the other parts (`/texts/7/prov/1`), because the spec refers to the object
// the parser wrote and Docling wrote one item.
//
// Labels: title/section_header → title (section_header `level` → hints.level, 1 = top section);
// text/paragraph/reference/checkbox_*/… → text; list_item; caption → table_caption or image_caption
// (kind from the float listing it, else its first word, else the nearest float on the page);
// footnote → table/image_footnote when a float lists it, else page_footnote; page_header → header,
// page_footer → footer (page_number when the text is only a page number); formula → equation;
// code → code; picture/chart → image; table/document_index → table (HTML from `data.table_cells`).

import { LIMITS } from '../io/limits.js';
import type { SourceFile } from '../io/load.js';
import type { BBox, BlockType, ElementHints } from '../model/element.js';
import { DocstitchError, schemaError } from '../model/errors.js';
import { normalizeBottomLeftBox, normalizeBox } from '../model/geometry.js';
import { makeRef, pointer } from '../model/pointer.js';
import { pushAll } from '../util/arrays.js';
import {
  checkFields,
  DocumentBuilder,
  expectArray,
  expectCellIndex,
  expectNumber,
  expectObject,
  expectPageIndex,
  expectText,
  type NewElement,
  str,
} from './builder.js';
import {
  captionKindFromText,
  centerY,
  type GridCell,
  gridToHtml,
  gridToText,
  looksLikePageNumber,
  nearestIndex,
} from './layout-helpers.js';
import type { Adapter } from './types.js';

const ITEM_COLLECTIONS = ['texts', 'tables', 'pictures', 'key_value_items', 'form_items'] as const;
const REF_PATTERN = /^#\/(texts|tables|pictures|groups|key_value_items|form_items)\/(\d+)$/;

type Obj = Record<string, unknown>;
type FloatKind = 'table' | 'image';

interface Context {
  file: SourceFile;
  root: Obj;
  pageSizes: Map<number, { width: number; height: number }>;
  builder: DocumentBuilder;
  visited: Set<string>;
  /** How deep the walk is in the item tree. */
  depth: number;
  /** Caption/footnote pointer → kind of the float listing it. */
  captionOf: Map<string, FloatKind>;
  footnoteOf: Map<string, FloatKind>;
  floats: Array<{ page: number; bbox: BBox; kind: FloatKind }>;
}

/** Placement of one element in the page it sits on. */
interface Placed {
  page: number;
  bbox: BBox;
  hints: ElementHints;
}

export const docling: Adapter = {
  name: 'docling',
  description: 'Docling DoclingDocument JSON (texts/tables/pictures with prov boxes, body tree for reading order)',
  detect(input) {
    if (input.files.length !== 1) return 0;
    const json = input.files[0].json;
    if (json === null || typeof json !== 'object' || Array.isArray(json)) return 0;
    const o = json as Obj;
    if (o.schema_name === 'DoclingDocument') return 1;
    return o.body && Array.isArray(o.texts) && o.pages && typeof o.pages === 'object' ? 0.8 : 0;
  },
  read(input) {
    if (input.files.length !== 1) {
      throw new DocstitchError('format', `docling reads one DoclingDocument file, not ${input.files.length} files`, {
        file: input.path,
      });
    }
    const file = input.files[0];
    const root = expectObject(file, '', file.json);
    const builder = new DocumentBuilder('docling', input.path);
    const ctx: Context = {
      file,
      root,
      pageSizes: readPages(file, root, builder),
      builder,
      visited: new Set(),
      depth: 0,
      captionOf: new Map(),
      footnoteOf: new Map(),
      floats: [],
    };
    scanFloats(ctx);

    const body: NewElement[] = [];
    for (const [i, child] of childRefs(ctx, '/body').entries()) walk(ctx, child, pointer('body', 'children', i), body);
    const furniture: NewElement[] = [];
    if (root.furniture !== undefined) {
      for (const [i, child] of childRefs(ctx, '/furniture').entries()) {
        walk(ctx, child, pointer('furniture', 'children', i), furniture);
      }
    }
    for (const el of mergeFurniture(body, furniture)) builder.add(el);
    dropUnreached(ctx);
    return builder.finish();
  },
};

/** `pages` → page sizes (points), also declared to the builder. */
function readPages(file: SourceFile, root: Obj, builder: DocumentBuilder) {
  const sizes = new Map<number, { width: number; height: number }>();
  const pages = expectObject(file, '/pages', root.pages);
  for (const [key, value] of Object.entries(pages)) {
    const p = expectObject(file, pointer('pages', key), value);
    const size = expectObject(file, pointer('pages', key, 'size'), p.size);
    const width = expectNumber(file, pointer('pages', key, 'size', 'width'), size.width);
    const height = expectNumber(file, pointer('pages', key, 'size', 'height'), size.height);
    const page =
      p.page_no === undefined || p.page_no === null
        ? expectPageIndex(file, pointer('pages', key), Number(key), 1)
        : expectPageIndex(file, pointer('pages', key, 'page_no'), p.page_no, 1);
    if (width <= 0 || height <= 0) {
      throw schemaError(file.path, pointer('pages', key), `page ${key} has no usable number or size`);
    }
    sizes.set(page, { width, height });
    builder.page({ page, width, height, unit: 'pt' });
  }
  return sizes;
}

/** The `children` refs of a node, as pointers (`/texts/7`). */
function childRefs(ctx: Context, nodePtr: string): string[] {
  const node = expectObject(ctx.file, nodePtr, resolve(ctx.root, nodePtr));
  if (node.children === undefined) return [];
  const children = expectArray(ctx.file, `${nodePtr}/children`, node.children);
  return children.map((c, i) => refTarget(ctx, `${nodePtr}/children/${i}`, c));
}

function refTarget(ctx: Context, at: string, value: unknown): string {
  const ref = expectText(ctx.file, `${at}/$ref`, expectObject(ctx.file, at, value).$ref);
  if (!REF_PATTERN.test(ref)) throw schemaError(ctx.file.path, `${at}/$ref`, `"${ref}" is not a reference to an item`);
  return ref.slice(1);
}

function resolve(root: Obj, ptr: string): unknown {
  const [, coll, idx] = ptr.split('/');
  if (idx === undefined) return root[coll];
  const list = root[coll];
  return Array.isArray(list) ? list[Number(idx)] : undefined;
}

/** Record which items floats claim as captions/footnotes, and where floats sit (for orphan captions). */
function scanFloats(ctx: Context): void {
  for (const [coll, kind] of [
    ['tables', 'table'],
    ['pictures', 'image'],
  ] as const) {
    const list = ctx.root[coll] === undefined ? [] : expectArray(ctx.file, `/${coll}`, ctx.root[coll]);
    list.forEach((raw, i) => {
      const ptr = pointer(coll, i);
      const item = expectObject(ctx.file, ptr, raw);
      for (const [field, map] of [
        ['captions', ctx.captionOf],
        ['footnotes', ctx.footnoteOf],
      ] as const) {
        if (item[field] === undefined) continue;
        expectArray(ctx.file, `${ptr}/${field}`, item[field]).forEach((c, j) => {
          map.set(refTarget(ctx, `${ptr}/${field}/${j}`, c), kind);
        });
      }
      const placed = placeOf(ctx, ptr, item);
      if (placed) ctx.floats.push({ page: placed.page, bbox: placed.bbox, kind });
    });
  }
}

/** Page and normalized box of an item from its first prov; null when it has no prov. */
function placeOf(ctx: Context, ptr: string, item: Obj): Placed | null {
  if (item.prov === undefined) return null;
  const provs = expectArray(ctx.file, `${ptr}/prov`, item.prov);
  if (provs.length === 0) return null;
  const { page, bbox } = provBox(ctx, `${ptr}/prov/0`, provs[0]);
  const hints: ElementHints = {};
  if (provs.length > 1)
    hints.parserMergedWith = provs.slice(1).map((_, k) => makeRef(ctx.file.name, `${ptr}/prov/${k + 1}`));
  return { page, bbox, hints };
}

function provBox(ctx: Context, at: string, raw: unknown): { page: number; bbox: BBox } {
  const prov = expectObject(ctx.file, at, raw);
  const page = expectNumber(ctx.file, `${at}/page_no`, prov.page_no);
  const b = expectObject(ctx.file, `${at}/bbox`, prov.bbox);
  const [l, t, r, bottom] = (['l', 't', 'r', 'b'] as const).map((k) => expectNumber(ctx.file, `${at}/bbox/${k}`, b[k]));
  const size = ctx.pageSizes.get(page);
  if (!size) throw schemaError(ctx.file.path, `${at}/page_no`, `page ${page} is not listed in /pages`);
  const origin = b.coord_origin ?? 'TOPLEFT';
  if (origin === 'BOTTOMLEFT') return { page, bbox: normalizeBottomLeftBox(l, t, r, bottom, size.width, size.height) };
  if (origin === 'TOPLEFT') return { page, bbox: normalizeBox(l, t, r, bottom, size.width, size.height) };
  throw schemaError(ctx.file.path, `${at}/bbox/coord_origin`, `unknown coord_origin ${JSON.stringify(origin)}`);
}

/**
 * Depth-first walk from one item: emits its element (if any) into `out`, then its children.
 * `pictureText` collects the text of items inside a picture (they are absorbed, not emitted).
 */
function walk(ctx: Context, ptr: string, holder: string, out: NewElement[], pictureText?: string[]): void {
  // Items nest by reference, not by JSON nesting: the depth of that tree is bounded as well.
  if (ctx.depth >= LIMITS.maxJsonDepth) {
    throw schemaError(ctx.file.path, holder, `items nested deeper than ${LIMITS.maxJsonDepth} levels`);
  }
  ctx.depth++;
  walkItem(ctx, ptr, holder, out, pictureText);
  ctx.depth--;
}

function walkItem(ctx: Context, ptr: string, holder: string, out: NewElement[], pictureText?: string[]): void {
  if (ctx.visited.has(ptr)) {
    ctx.builder.warn('docling.duplicate-ref', `${ptr} is referenced more than once; read at its first place`, ptr);
    return;
  }
  ctx.visited.add(ptr);
  const raw = resolve(ctx.root, ptr);
  if (raw === undefined) throw schemaError(ctx.file.path, holder, `reference ${ptr} points at no item`);
  const item = expectObject(ctx.file, ptr, raw);
  checkFields(ctx.file, ptr, item, { text: ['text', 'orig', 'label'] });
  const coll = ptr.split('/')[1];
  const walkChildren = (into: NewElement[], text?: string[]) => {
    for (const [i, child] of childRefs(ctx, ptr).entries()) walk(ctx, child, `${ptr}/children/${i}`, into, text);
  };

  if (coll === 'groups') {
    walkChildren(out, pictureText);
    return;
  }
  if (pictureText && !ctx.captionOf.has(ptr) && !ctx.footnoteOf.has(ptr)) {
    const text = itemText(item);
    if (text) pictureText.push(text);
    const page = firstPage(ctx, ptr, item);
    ctx.builder.drop(ctx.file, ptr, 'docling.picture-text', 'text inside a picture; attached to the picture element', {
      ...(page ? { page } : {}),
      text,
    });
    walkChildren(out, pictureText);
    return;
  }

  const el = toElement(ctx, ptr, item);
  if (coll !== 'tables' && coll !== 'pictures') {
    if (el) out.push(el);
    walkChildren(out, pictureText);
    return;
  }
  // A float: its captions/footnotes go before or after it by position, other children after it.
  const before: NewElement[] = [];
  const after: NewElement[] = [];
  const inside: string[] = [];
  for (const [i, child] of childRefs(ctx, ptr).entries()) {
    const at = `${ptr}/children/${i}`;
    if (ctx.captionOf.has(child) || ctx.footnoteOf.has(child)) {
      const parts: NewElement[] = [];
      walk(ctx, child, at, parts);
      for (const part of parts) part.hints = { ...part.hints, captionOf: makeRef(ctx.file.name, ptr) };
      const above = el?.bbox && parts[0]?.bbox && parts[0].page === el.page && centerY(parts[0].bbox) < el.bbox[1];
      pushAll(above ? before : after, parts);
    } else if (coll === 'pictures') {
      walk(ctx, child, at, after, inside);
    } else {
      walk(ctx, child, at, after, pictureText);
    }
  }
  if (el && coll === 'pictures' && inside.length > 0) el.text = [el.text, ...inside].filter(Boolean).join(' ');
  pushAll(out, before);
  if (el) out.push(el);
  pushAll(out, after);
}

function itemText(item: Obj): string {
  return str(item.text) || str(item.orig);
}

/** Page of an item's first prov, when it has one (checked like every page number: it is written out). */
function firstPage(ctx: Context, ptr: string, item: Obj): number | undefined {
  const prov = Array.isArray(item.prov) ? (item.prov[0] as Obj | undefined) : undefined;
  if (prov === null || typeof prov !== 'object' || prov.page_no === undefined || prov.page_no === null)
    return undefined;
  return expectPageIndex(ctx.file, `${ptr}/prov/0/page_no`, prov.page_no, 1);
}

/** The element for one item, or null (after recording the drop). */
function toElement(ctx: Context, ptr: string, item: Obj): NewElement | null {
  const label = str(item.label) || ptr.split('/')[1];
  const placed = placeOf(ctx, ptr, item);
  if (!placed) {
    ctx.builder.drop(ctx.file, ptr, 'docling.no-prov', 'item has no position (empty prov)', { text: itemText(item) });
    return null;
  }
  const { page, bbox, hints } = placed;
  const coll = ptr.split('/')[1];
  let text = itemText(item);
  let html: string | undefined;
  if (coll === 'tables') {
    const cells = tableCells(ctx, ptr, item);
    html = gridToHtml(cells);
    text = gridToText(cells);
  } else if (coll === 'key_value_items' || coll === 'form_items') {
    text = graphText(item);
  }
  const type = blockType(ctx, ptr, label, text, page, bbox);
  if (text.trim() === '' && !['table', 'image', 'equation'].includes(type)) {
    ctx.builder.drop(ctx.file, ptr, 'docling.empty-text', `${label} item with no text`, { page });
    return null;
  }
  if (typeof item.level === 'number' && type === 'title') hints.level = item.level;
  if (item.label === 'title') hints.documentTitle = true;
  if (typeof item.code_language === 'string' && item.code_language !== 'unknown') {
    hints.codeLanguage = item.code_language;
  }
  const image = item.image as Obj | undefined;
  if (typeof image?.uri === 'string' && !image.uri.startsWith('data:')) hints.imagePath = image.uri;
  return { file: ctx.file, pointer: ptr, page, type, sourceType: label, text, bbox, ...(html ? { html } : {}), hints };
}

function blockType(ctx: Context, ptr: string, label: string, text: string, page: number, bbox: BBox): BlockType {
  switch (label) {
    case 'title':
    case 'section_header':
      return 'title';
    case 'list_item':
      return 'list_item';
    case 'caption': {
      const kind = ctx.captionOf.get(ptr) ?? captionKindFromText(text) ?? nearestFloatKind(ctx, page, bbox);
      return kind === 'table' ? 'table_caption' : 'image_caption';
    }
    case 'footnote': {
      const kind = ctx.footnoteOf.get(ptr);
      return kind === 'table' ? 'table_footnote' : kind === 'image' ? 'image_footnote' : 'page_footnote';
    }
    case 'page_header':
      return looksLikePageNumber(text) ? 'page_number' : 'header';
    case 'page_footer':
      return looksLikePageNumber(text) ? 'page_number' : 'footer';
    case 'formula':
      return 'equation';
    case 'code':
      return 'code';
    case 'picture':
    case 'chart':
      return 'image';
    case 'table':
    case 'document_index':
      return 'table';
    default:
      if (ptr.startsWith('/tables/')) return 'table';
      if (ptr.startsWith('/pictures/')) return 'image';
      return 'text';
  }
}

function nearestFloatKind(ctx: Context, page: number, bbox: BBox): FloatKind {
  const onPage = ctx.floats.filter((f) => f.page === page);
  const i = nearestIndex(
    bbox,
    onPage.map((f) => f.bbox),
  );
  return i >= 0 ? onPage[i].kind : 'image';
}

/** Cells of a table item from `data.table_cells` (or, failing that, the de-duplicated `data.grid`). */
function tableCells(ctx: Context, ptr: string, item: Obj): GridCell[] {
  if (item.data === undefined) return [];
  const data = expectObject(ctx.file, `${ptr}/data`, item.data);
  let raw: Array<{ at: string; value: unknown }> = [];
  if (Array.isArray(data.table_cells) && data.table_cells.length > 0) {
    raw = data.table_cells.map((value, i) => ({ at: `${ptr}/data/table_cells/${i}`, value }));
  } else if (Array.isArray(data.grid)) {
    raw = data.grid.flatMap((row, r) =>
      expectArray(ctx.file, `${ptr}/data/grid/${r}`, row).map((value, c) => ({
        at: `${ptr}/data/grid/${r}/${c}`,
        value,
      })),
    );
  }
  return raw.map(({ at, value }) => {
    const c = expectObject(ctx.file, at, value);
    const row = expectCellIndex(ctx.file, `${at}/start_row_offset_idx`, c.start_row_offset_idx);
    const col = expectCellIndex(ctx.file, `${at}/start_col_offset_idx`, c.start_col_offset_idx);
    const end = (key: string, start: number) =>
      c[key] === undefined || c[key] === null ? start + 1 : expectCellIndex(ctx.file, `${at}/${key}`, c[key]);
    const endRow = end('end_row_offset_idx', row);
    const endCol = end('end_col_offset_idx', col);
    checkFields(ctx.file, at, c, { text: ['text'] });
    return {
      row,
      col,
      rowSpan: Math.max(1, endRow - row),
      colSpan: Math.max(1, endCol - col),
      text: str(c.text),
      header: c.column_header === true || c.row_header === true,
    };
  });
}

/** Text of a key-value or form item: its graph cells' texts in order. */
function graphText(item: Obj): string {
  const graph = item.graph as Obj | undefined;
  const cells = Array.isArray(graph?.cells) ? (graph.cells as Obj[]) : [];
  return cells
    .map((c) => str(c?.text))
    .filter(Boolean)
    .join(' ');
}

/** Furniture-tree elements slotted into the body order by page (headers first on their page, the rest last). */
function mergeFurniture(body: NewElement[], furniture: NewElement[]): NewElement[] {
  const out = [...body];
  for (const el of furniture) {
    let at: number;
    if (el.sourceType === 'page_header') {
      at = out.findIndex((b) => b.page >= el.page);
      if (at < 0) at = out.length;
    } else {
      at = out.findLastIndex((b) => b.page <= el.page) + 1;
    }
    out.splice(at, 0, el);
  }
  return out;
}

/** Items no tree path reaches are not in Docling's own exports either; list them as dropped. */
function dropUnreached(ctx: Context): void {
  for (const coll of ITEM_COLLECTIONS) {
    const list = ctx.root[coll];
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const ptr = pointer(coll, i);
      if (ctx.visited.has(ptr)) return;
      const item = (raw ?? {}) as Obj;
      const page = firstPage(ctx, ptr, item);
      ctx.builder.drop(ctx.file, ptr, 'docling.unreachable', 'not reachable from body or furniture', {
        ...(page ? { page } : {}),
        text: itemText(item),
      });
    });
  }
}
