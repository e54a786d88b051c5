// Marker (datalab-to/marker 1.x) JSON renderer output: `{block_type: "Document", children: [Page…]}`;
// each Page block lists its blocks in reading order in `children`, each with `block_type`, `html`,
// `polygon`/`bbox` in page points (origin top-left) and `section_hierarchy`.
//
// Elements: the blocks directly under a Page, except group blocks (ListGroup, TableGroup, FigureGroup,
// PictureGroup), whose own children are the elements instead (a TableGroup = a Table + its Caption/
// Footnote blocks). Ref = path of `children` indexes, `/children/3/children/5` or, inside a group,
// `/children/3/children/5/children/0`. Not elements, silently absorbed: the Document and Page blocks
// (pages are declared from them), group blocks (their members are the elements), and the children of a
// leaf block (TableCell/Line/Span: a Table's cells are already in its `html`). Dropped with a reason:
// blocks whose html holds no text (except figures, tables, equations and page headers/footers, which
// keep their box), empty groups.
//
// Boxes: `bbox` [x1,y1,x2,y2] (or the `polygon`) in points, minus the page bbox origin, divided by the
// page bbox size. Text: the block `html` stripped to text (hast); tables keep their `<table>` html;
// equations give their `<math>` source as text and hints.latex.
//
// Labels: SectionHeader → title (`<hN>` → hints.level); Text/TextInlineMath/Handwriting/ComplexRegion/
// Reference → text; ListItem → list_item; Table/TableOfContents/Form(with a table) → table;
// Figure/Picture → image; Caption → table_caption in a TableGroup, image_caption in a Figure/Picture
// group, else by its first word or the nearest float; Footnote → table/image_footnote inside a group,
// else page_footnote; PageHeader → header, PageFooter → footer (page_number when only a number);
// Equation → equation; Code → code.

import type { Element as HastElement, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { SourceFile } from '../io/load.js';
import type { BBox, BlockType, ElementHints } from '../model/element.js';
import { DocstitchError, schemaError } from '../model/errors.js';
import { normalizeBox, polygonBox } from '../model/geometry.js';
import { makeRef } from '../model/pointer.js';
import { parseCaptionLabel } from '../text/caption-label.js';
import {
  checkFields,
  DocumentBuilder,
  expectArray,
  expectNumbers,
  expectObject,
  expectPageIndex,
  type NewElement,
  optionalArray,
  str,
} from './builder.js';
import { captionKindFromText, looksLikePageNumber, nearestIndex } from './layout-helpers.js';
import type { Adapter } from './types.js';

type Obj = Record<string, unknown>;
type FloatKind = 'table' | 'image';

const GROUPS: Record<string, FloatKind | 'list'> = {
  ListGroup: 'list',
  TableGroup: 'table',
  FigureGroup: 'image',
  PictureGroup: 'image',
};
const TABLE_TYPES = new Set(['Table', 'TableOfContents']);
const IMAGE_TYPES = new Set(['Figure', 'Picture']);
/** Block types kept even when their html has no text: their box still tells where something is. */
const KEEP_EMPTY = new Set(['Figure', 'Picture', 'Table', 'TableOfContents', 'Equation', 'PageHeader', 'PageFooter']);

interface PageFrame {
  page: number;
  x0: number;
  y0: number;
  width: number;
  height: number;
}

export const marker: Adapter = {
  name: 'marker',
  description: 'Marker JSON renderer output (Document → Page → blocks with html and bbox)',
  detect(input) {
    if (input.files.length !== 1) return 0;
    const json = input.files[0].json as Obj | null;
    if (json === null || typeof json !== 'object' || Array.isArray(json) || !Array.isArray(json.children)) return 0;
    const first = json.children[0] as Obj | undefined;
    if (first?.block_type === 'Page') return json.block_type === 'Document' ? 1 : 0.9;
    return 0;
  },
  read(input) {
    if (input.files.length !== 1) {
      throw new DocstitchError('format', `marker reads one JSON file, not ${input.files.length} files`, {
        file: input.path,
      });
    }
    const file = input.files[0];
    const root = expectObject(file, '', file.json);
    const builder = new DocumentBuilder('marker', input.path, 'math');
    expectArray(file, '/children', root.children).forEach((raw, i) => {
      readPage(file, builder, `/children/${i}`, raw, i);
    });
    return builder.finish();
  },
};

function readPage(file: SourceFile, builder: DocumentBuilder, ptr: string, raw: unknown, index: number): void {
  const pageBlock = expectObject(file, ptr, raw);
  const frame = pageFrame(file, ptr, pageBlock, index);
  builder.page({ page: frame.page, width: frame.width, height: frame.height, unit: 'pt' });
  if (pageBlock.children === null || pageBlock.children === undefined) return;
  const blocks = expectArray(file, `${ptr}/children`, pageBlock.children);

  // Where the floats of this page sit, for captions that are not in a group.
  const floats: Array<{ bbox: BBox; kind: FloatKind }> = [];
  blocks.forEach((b, j) => {
    const block = expectObject(file, `${ptr}/children/${j}`, b);
    checkFields(file, `${ptr}/children/${j}`, block, { text: ['block_type', 'html', 'id'] });
    const bt = str(block.block_type);
    const kind = GROUPS[bt] ?? (TABLE_TYPES.has(bt) ? 'table' : IMAGE_TYPES.has(bt) ? 'image' : undefined);
    if (kind === 'table' || kind === 'image') {
      floats.push({ bbox: blockBox(file, `${ptr}/children/${j}`, block, frame), kind });
    }
  });

  blocks.forEach((b, j) => {
    const at = `${ptr}/children/${j}`;
    const block = b as Obj;
    const group = GROUPS[str(block.block_type)];
    if (!group) {
      emit(file, builder, at, block, frame, { floats });
      return;
    }
    const members = optionalArray(file, `${at}/children`, block.children);
    if (members.length === 0) {
      builder.drop(file, at, 'marker.empty-group', `${str(block.block_type)} with no member blocks`, {
        page: frame.page,
      });
    }
    // The group's float (its Table/Figure member) is what its captions and footnotes belong to.
    const floatIndex = members.findIndex((m) => {
      const t = str((m as Obj)?.block_type);
      return TABLE_TYPES.has(t) || IMAGE_TYPES.has(t);
    });
    const floatRef = floatIndex >= 0 ? makeRef(file.name, `${at}/children/${floatIndex}`) : undefined;
    members.forEach((m, k) => {
      const mAt = `${at}/children/${k}`;
      emit(file, builder, mAt, expectObject(file, mAt, m), frame, { floats, group, groupRef: at, floatRef });
    });
  });
}

/** Page number (from the `/page/N/…` id, else position) and the page's frame in points. */
function pageFrame(file: SourceFile, ptr: string, block: Obj, index: number): PageFrame {
  checkFields(file, ptr, block, { text: ['id'] });
  const id = /^\/page\/(\d+)\//.exec(str(block.id));
  const page = id ? expectPageIndex(file, `${ptr}/id`, Number(id[1]), 0) : index + 1;
  const box = expectNumbers(file, `${ptr}/bbox`, block.bbox);
  const width = box[2] - box[0];
  const height = box[3] - box[1];
  if (!(width > 0 && height > 0)) throw schemaError(file.path, `${ptr}/bbox`, 'page bbox has no area');
  return { page, x0: box[0], y0: box[1], width, height };
}

function blockBox(file: SourceFile, ptr: string, block: Obj, f: PageFrame): BBox {
  if (block.bbox !== undefined && block.bbox !== null) {
    const b = expectNumbers(file, `${ptr}/bbox`, block.bbox);
    return normalizeBox(b[0] - f.x0, b[1] - f.y0, b[2] - f.x0, b[3] - f.y0, f.width, f.height);
  }
  const poly = expectArray(file, `${ptr}/polygon`, block.polygon);
  const points = poly.map((p, i) => expectNumbers(file, `${ptr}/polygon/${i}`, p, 2));
  return polygonBox(
    points.map(([x, y]) => [x - f.x0, y - f.y0]),
    f.width,
    f.height,
  );
}

interface EmitContext {
  floats: Array<{ bbox: BBox; kind: FloatKind }>;
  group?: FloatKind | 'list';
  groupRef?: string;
  /** Ref of the group's float, for its captions and footnotes. */
  floatRef?: string;
}

function emit(file: SourceFile, builder: DocumentBuilder, ptr: string, block: Obj, frame: PageFrame, ctx: EmitContext) {
  checkFields(file, ptr, block, { text: ['block_type', 'html', 'id'] });
  const bt = str(block.block_type);
  const html = str(block.html);
  const tree = fromHtml(html, { fragment: true });
  const bbox = blockBox(file, ptr, block, frame);
  const hints: ElementHints = {};
  let text: string;
  let tableHtml: string | undefined;
  if (bt === 'Equation') {
    text = mathSource(tree) || toText(tree).trim();
    if (text) hints.latex = text;
  } else {
    text = toText(delimitMath(tree)).trim();
  }
  const type = blockType(bt, html, text, bbox, ctx);
  if (type === 'table') tableHtml = firstTableHtml(html);
  if (text === '' && !KEEP_EMPTY.has(bt)) {
    builder.drop(file, ptr, 'marker.empty', `${bt} block with no text`, { page: frame.page });
    return;
  }
  const level = /^\s*<h([1-6])\b/i.exec(html);
  if (type === 'title' && level) hints.level = Number(level[1]);
  if (ctx.floatRef && /_(caption|footnote)$/.test(type)) hints.captionOf = ctx.floatRef;
  const el: NewElement = { file, pointer: ptr, page: frame.page, type, sourceType: bt, text, bbox, hints };
  if (tableHtml !== undefined) el.html = tableHtml;
  builder.add(el);
}

function blockType(bt: string, html: string, text: string, bbox: BBox, ctx: EmitContext): BlockType {
  const groupFloat = ctx.group === 'table' || ctx.group === 'image' ? ctx.group : undefined;
  switch (bt) {
    case 'SectionHeader':
      return 'title';
    case 'ListItem': {
      // Marker sometimes types a figure's caption as a list item; a caption is never a bullet.
      const label = parseCaptionLabel(text);
      if (!label || label.kind === 'code') return 'list_item';
      return groupFloat === 'table' || (!groupFloat && label.kind === 'table') ? 'table_caption' : 'image_caption';
    }
    case 'Table':
    case 'TableOfContents':
      return 'table';
    case 'Form':
      return /<table\b/i.test(html) ? 'table' : 'text';
    case 'Figure':
    case 'Picture':
      return 'image';
    case 'Caption': {
      const kind = groupFloat ?? captionKindFromText(text) ?? nearestFloat(bbox, ctx);
      return kind === 'table' ? 'table_caption' : 'image_caption';
    }
    case 'Footnote':
      return groupFloat === 'table' ? 'table_footnote' : groupFloat === 'image' ? 'image_footnote' : 'page_footnote';
    case 'PageHeader':
      return looksLikePageNumber(text) ? 'page_number' : 'header';
    case 'PageFooter':
      return looksLikePageNumber(text) ? 'page_number' : 'footer';
    case 'Equation':
      return 'equation';
    case 'Code':
      return 'code';
    default:
      return 'text';
  }
}

function nearestFloat(bbox: BBox, ctx: EmitContext): FloatKind {
  const i = nearestIndex(
    bbox,
    ctx.floats.map((f) => f.bbox),
  );
  return i >= 0 ? ctx.floats[i].kind : 'image';
}

/** The `<table>…</table>` part of a block's html (Marker sometimes wraps it), or the whole html. */
function firstTableHtml(html: string): string {
  const start = html.search(/<table\b/i);
  const end = html.toLowerCase().lastIndexOf('</table>');
  return start >= 0 && end > start ? html.slice(start, end + '</table>'.length) : html;
}

/** The tree with each `<math>` in running text as `$…$` (`$$…$$` when display="block"): the text's markup is `math`. */
function delimitMath(tree: Root): Root {
  const visit = <T extends Root | HastElement>(node: T): T => ({
    ...node,
    children: node.children.map((child) => {
      if (child.type !== 'element') return child;
      if (child.tagName !== 'math') return visit(child);
      const raw = toText(child);
      const source = raw.trim();
      const fence = child.properties?.display === 'block' ? '$$' : '$';
      // Blanks inside the tag ("\hat{y}_i </math>is") separate words: they go outside the delimiters.
      const before = /^\s/.test(raw) ? ' ' : '';
      const after = /\s$/.test(raw) ? ' ' : '';
      return { type: 'text', value: source ? `${before}${fence}${source}${fence}${after}` : raw };
    }),
  });
  return visit(tree);
}

/** Concatenated text of the `<math>` elements of an equation block. */
function mathSource(tree: Root): string {
  const parts: string[] = [];
  const visit = (node: Root | HastElement) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'math') parts.push(toText(child).trim());
      else visit(child);
    }
  };
  visit(tree);
  return parts.join('\n');
}
