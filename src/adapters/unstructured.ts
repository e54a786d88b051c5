// Unstructured (unstructured-io) element JSON: an array of `{type, element_id, text, metadata}` in reading
// order, one entry per element, `metadata.page_number` 1-based.
//
// Elements: every array entry, ref `/12`. Dropped with a reason: PageBreak markers and entries with no
// text (except Image and Table, which keep their box).
//
// Boxes: `metadata.coordinates.points` (a polygon) in `system` units over `layout_width` ×
// `layout_height`. PixelSpace has its origin top-left (y down); PointSpace and
// RelativeCoordinateSystem (0–1) have it bottom-left (y up) and are flipped here. Entries without
// coordinates (the ingest tests strip them) get bbox null.
//
// Labels: Title/Headline/Subheadline/Section-header → title, with hints.level = category_depth + 1
// (Unstructured counts depth from 0; docstitch levels start at 1); NarrativeText/Text/
// UncategorizedText/Address/EmailAddress/CompositeElement/… → text; ListItem/List-item/BulletedText →
// list_item; Table/TableChunk → table (`text_as_html` → html); Image/Picture/Figure → image;
// FigureCaption/Caption → table_caption or image_caption (by its first word, else the nearest Table or
// Image on the page); Footnote → page_footnote; Header/Page-header → header; Footer/Page-footer →
// footer; PageNumber → page_number; Formula → equation; CodeSnippet → code.
import type { SourceFile } from '../io/load.js';
import type { BBox, BlockType, ElementHints, PageInfo } from '../model/element.js';
import { DocstitchError, schemaError } from '../model/errors.js';
import { polygonBox } from '../model/geometry.js';
import {
  checkFields,
  DocumentBuilder,
  expectArray,
  expectNumber,
  expectNumbers,
  expectObject,
  expectPageIndex,
  expectText,
  str,
} from './builder.js';
import { captionKindFromText, looksLikePageNumber, nearestIndex } from './layout-helpers.js';
import { mostly } from './mineru-content-list.js';
import type { Adapter } from './types.js';

type Obj = Record<string, unknown>;

const TYPE_MAP: Record<string, BlockType> = {
  Title: 'title',
  Headline: 'title',
  Subheadline: 'title',
  'Section-header': 'title',
  ListItem: 'list_item',
  'List-item': 'list_item',
  BulletedText: 'list_item',
  Table: 'table',
  TableChunk: 'table',
  Image: 'image',
  Picture: 'image',
  Figure: 'image',
  Footnote: 'page_footnote',
  Header: 'header',
  'Page-header': 'header',
  Footer: 'footer',
  'Page-footer': 'footer',
  PageNumber: 'page_number',
  Formula: 'equation',
  CodeSnippet: 'code',
};
const CAPTION_TYPES = new Set(['FigureCaption', 'Caption']);
const KEEP_EMPTY = new Set<BlockType>(['image', 'table']);

interface Entry {
  ptr: string;
  item: Obj;
  meta: Obj;
  type: string;
  page: number;
  bbox: BBox | null;
}

export const unstructured: Adapter = {
  name: 'unstructured',
  description: 'Unstructured element JSON (array of {type, element_id, text, metadata})',
  detect(input) {
    if (input.files.length !== 1) return 0;
    const json = input.files[0].json;
    if (!Array.isArray(json) || json.length === 0) return 0;
    // By keys, over most of a sample: one malformed element is reported by read() with its path.
    const looks = mostly(json.slice(0, 20), (e) => {
      const o = e as Obj | null;
      return o !== null && typeof o === 'object' && 'type' in o && 'element_id' in o && 'metadata' in o;
    });
    return looks ? 0.95 : 0;
  },
  read(input) {
    if (input.files.length !== 1) {
      throw new DocstitchError('format', `unstructured reads one JSON file, not ${input.files.length} files`, {
        file: input.path,
      });
    }
    const file = input.files[0];
    const builder = new DocumentBuilder('unstructured', input.path);
    const list = expectArray(file, '', file.json);
    let missingPage = false;
    const entries: Entry[] = list.map((raw, i) => {
      const ptr = `/${i}`;
      const item = expectObject(file, ptr, raw);
      const meta = item.metadata === undefined ? {} : expectObject(file, `${ptr}/metadata`, item.metadata);
      checkFields(file, ptr, item, { text: ['type', 'text'] });
      checkFields(file, `${ptr}/metadata`, meta, {
        text: ['image_path', 'image_url', 'text_as_html'],
        number: ['category_depth', 'detection_class_prob'],
      });
      const type = str(item.type);
      if (type === '') throw schemaError(file.path, `${ptr}/type`, 'element has no type');
      let page = 1;
      if (meta.page_number === undefined || meta.page_number === null) missingPage = true;
      else page = expectPageIndex(file, `${ptr}/metadata/page_number`, meta.page_number, 1);
      const { bbox, info } = readCoordinates(file, ptr, meta, page);
      if (info) builder.page(info);
      return { ptr, item, meta, type, page, bbox };
    });
    if (missingPage) {
      builder.warn('unstructured.no-page-number', 'some elements have no metadata.page_number; they are put on page 1');
    }
    entries.forEach((e, i) => {
      emit(file, builder, e, entries, i);
    });
    return builder.finish();
  },
};

/** Box and page size from `metadata.coordinates`, or nulls when there are none. */
function readCoordinates(file: SourceFile, ptr: string, meta: Obj, page: number) {
  if (meta.coordinates === undefined || meta.coordinates === null) return { bbox: null, info: null };
  const at = `${ptr}/metadata/coordinates`;
  const c = expectObject(file, at, meta.coordinates);
  const system = expectText(file, `${at}/system`, c.system);
  const relative = system === 'RelativeCoordinateSystem';
  const width = relative ? 1 : expectNumber(file, `${at}/layout_width`, c.layout_width);
  const height = relative ? 1 : expectNumber(file, `${at}/layout_height`, c.layout_height);
  if (!(width > 0 && height > 0)) throw schemaError(file.path, at, 'layout size must be positive');
  const points = expectArray(file, `${at}/points`, c.points).map((p, k) =>
    expectNumbers(file, `${at}/points/${k}`, p, 2),
  );
  const yUp = system === 'PointSpace' || relative;
  const flipped = points.map(([x, y]) => [x, yUp ? height - y : y]);
  const unit: PageInfo['unit'] = system === 'PointSpace' ? 'pt' : relative ? 'normalized' : 'px';
  return { bbox: polygonBox(flipped, width, height), info: { page, width, height, unit } };
}

function emit(file: SourceFile, builder: DocumentBuilder, e: Entry, all: Entry[], index: number): void {
  const text = str(e.item.text);
  if (e.type === 'PageBreak') {
    builder.drop(file, e.ptr, 'unstructured.page-break', 'page-break marker, not content', { page: e.page });
    return;
  }
  const type = CAPTION_TYPES.has(e.type) ? captionType(text, e, all, index) : furnitureType(e.type, text);
  if (text.trim() === '' && !KEEP_EMPTY.has(type)) {
    builder.drop(file, e.ptr, 'unstructured.empty', `${e.type} element with no text`, { page: e.page });
    return;
  }
  const hints: ElementHints = {};
  if (type === 'title' && typeof e.meta.category_depth === 'number') hints.level = e.meta.category_depth + 1;
  if (typeof e.meta.image_path === 'string') hints.imagePath = e.meta.image_path;
  else if (typeof e.meta.image_url === 'string') hints.imagePath = e.meta.image_url;
  if (typeof e.meta.detection_class_prob === 'number') hints.score = e.meta.detection_class_prob;
  const html = type === 'table' && typeof e.meta.text_as_html === 'string' ? e.meta.text_as_html : undefined;
  builder.add({
    file,
    pointer: e.ptr,
    page: e.page,
    type,
    sourceType: e.type,
    text,
    bbox: e.bbox,
    hints,
    ...(html ? { html } : {}),
  });
}

function furnitureType(type: string, text: string): BlockType {
  const mapped = TYPE_MAP[type] ?? 'text';
  if ((mapped === 'header' || mapped === 'footer') && looksLikePageNumber(text)) return 'page_number';
  return mapped;
}

const floatsCache = new WeakMap<Entry[], Map<number, Array<{ x: Entry; i: number }>>>();

/** The tables and images of each page, with their list index: found once per document (not once per caption). */
function floatsByPage(all: Entry[]): Map<number, Array<{ x: Entry; i: number }>> {
  let byPage = floatsCache.get(all);
  if (!byPage) {
    byPage = new Map();
    all.forEach((x, i) => {
      const kind = TYPE_MAP[x.type];
      if (kind !== 'table' && kind !== 'image') return;
      const list = byPage?.get(x.page) ?? [];
      list.push({ x, i });
      byPage?.set(x.page, list);
    });
    floatsCache.set(all, byPage);
  }
  return byPage;
}

/** Caption kind: its first word, else the nearest Table/Image on the page (by box, or by position in the list). */
function captionType(text: string, e: Entry, all: Entry[], index: number): BlockType {
  const floatKind = (x: Entry) => TYPE_MAP[x.type];
  let kind = captionKindFromText(text);
  if (!kind) {
    const floats = floatsByPage(all).get(e.page) ?? [];
    const boxed = floats.filter(({ x }) => x.bbox);
    if (e.bbox && boxed.length > 0) {
      const j = nearestIndex(
        e.bbox,
        boxed.map(({ x }) => x.bbox as BBox),
      );
      kind = floatKind(boxed[j].x) === 'table' ? 'table' : 'image';
    } else if (floats.length > 0) {
      const near = floats.reduce((a, b) => (Math.abs(b.i - index) < Math.abs(a.i - index) ? b : a));
      kind = floatKind(near.x) === 'table' ? 'table' : 'image';
    }
  }
  return kind === 'table' ? 'table_caption' : 'image_caption';
}
