// Azure AI Document Intelligence `prebuilt-layout` results (REST v3.1 / v4.0): the whole operation
// response `{status, analyzeResult: {...}}` or the bare `analyzeResult` (a folder: one result per file).
//
// Elements, in reading order: `paragraphs[]` are already in reading order; `tables[]` and `figures[]`
// are separate arrays, so each table/figure group (the float, its caption, its footnotes) is slotted in
// before the first paragraph that belongs to it, or, when it owns no paragraph, before the first free
// paragraph that follows it (by span offset, else by page and top edge). Within a group the parts go
// by page and top edge (no boxes: table caption first, figure caption after the figure).
//
// Which paragraphs belong to a table/figure part (absorbed silently, documented here): first the v4
// `elements` lists ("/paragraphs/7") of table cells, figures, captions and footnotes; then `spans`
// (a paragraph whose spans all lie inside a part's spans; captions/footnotes tried before the float's
// body, since a float's spans may cover its caption); then, only where the paragraph or the part has
// no spans, region containment (half the paragraph's box inside the part's box, same page). Cell
// paragraphs are the table's cell text (read from `cells[].content`); paragraphs inside a figure
// become the figure element's text; caption/footnote paragraphs are read from `caption.content`.
// Dropped with a reason: paragraphs, captions and footnotes with empty content. `pages[].lines` are read
// only for their boxes: a paragraph's lines (those whose span starts inside the paragraph's spans) give
// `hints.lastLineFill` and `hints.firstLineIndent`. `sections` (the v4 tree) give a title or sectionHeading paragraph
// that opens a section `hints.level` = its section's depth + 1 (azure-di-sections.ts; a malformed tree is a warning).
// Not read at all: `pages[].words/selectionMarks/barcodes/formulas`, `styles`, `keyValuePairs`, `documents`.
//
// Refs: `/analyzeResult/paragraphs/12`, `/analyzeResult/tables/2`, `/analyzeResult/tables/2/caption`,
// `/analyzeResult/tables/2/footnotes/0`, `/analyzeResult/figures/1` (no `/analyzeResult` prefix for a
// bare analyzeResult; `file.json#…` in a folder). Captions/footnotes get `hints.captionOf` = the float's ref.
//
// Boxes: the first `boundingRegions` entry: `polygon` [x1,y1,…,x4,y4] in the page's unit ("inch" for
// PDF, "pixel" for images) → its bounding box ÷ the page's `width`/`height`. A page without a size
// (Office input) or a region without a polygon gives bbox null.
//
// Labels (`role`): title → title + hints.documentTitle; sectionHeading → title; pageHeader/pageFooter →
// header/footer (page_number when the text is only a page number); pageNumber → page_number; footnote →
// page_footnote; formulaBlock → equation; no role → text, or list_item when it opens with a bullet or an
// item number. Tables → html/text from `cells` (0-based `rowIndex`/`columnIndex`, `rowSpan`/`columnSpan`;
// kind columnHeader/stubHead → <th>). Figures → image.
import type { SourceFile } from '../io/load.js';
import type { BBox, BlockType, ElementHints, PageInfo } from '../model/element.js';
import { schemaError } from '../model/errors.js';
import { polygonBox } from '../model/geometry.js';
import { makeRef } from '../model/pointer.js';
import { maxOf, minOf } from '../util/arrays.js';
import { sectionLevels } from './azure-di-sections.js';
import {
  checkFields,
  DocumentBuilder,
  expectArray,
  expectCellIndex,
  expectNumber,
  expectNumbers,
  expectObject,
  expectPageIndex,
  kindOf,
  type NewElement,
  str,
} from './builder.js';
import {
  type GridCell,
  gridToHtml,
  gridToText,
  intersectionArea,
  lineShape,
  looksLikePageNumber,
} from './layout-helpers.js';
import type { Adapter } from './types.js';

type Obj = Record<string, unknown>;
type FloatKind = 'table' | 'figure';

const ROLE_TYPES: Record<string, BlockType> = {
  title: 'title',
  sectionHeading: 'title',
  pageHeader: 'header',
  pageFooter: 'footer',
  pageNumber: 'page_number',
  footnote: 'page_footnote',
  formulaBlock: 'equation',
};
const HEADER_KINDS = new Set(['columnHeader', 'stubHead']);
/** A leading bullet or item number ("•", "-", "1.", "(a)", "iv)") followed by a space. */
const LIST_MARK = /^\s*(?:[•●○◦▪▫■□‣⁃∙·*–—-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s+\S/i;
/** Share of a paragraph's box that must lie inside a part's box for the paragraph to belong to it. */
const INSIDE = 0.5;

interface Span {
  offset: number;
  length: number;
}

interface Region {
  page: number;
  bbox: BBox | null;
}

interface Paragraph {
  index: number;
  ptr: string;
  obj: Obj;
  region: Region | null;
  spans: Span[];
}

/** A table or figure body, caption or footnote: one element. */
interface Part {
  role: 'body' | 'caption' | 'footnote';
  ptr: string;
  obj: Obj;
  region: Region | null;
  spans: Span[];
  owned: Paragraph[];
}

interface Group {
  kind: FloatKind;
  ptr: string;
  obj: Obj;
  parts: Part[];
}

export const azureDocumentIntelligence: Adapter = {
  name: 'azure-di',
  description: 'Azure AI Document Intelligence prebuilt-layout analyzeResult (REST v3.1/v4.0, whole response or bare)',
  detect(input) {
    const root = input.files[0]?.json;
    if (!isObj(root)) return 0;
    const wrapped = isObj(root.analyzeResult);
    const result = wrapped ? (root.analyzeResult as Obj) : root;
    if (!Array.isArray(result.pages)) return 0;
    const p0 = result.pages[0];
    if (result.pages.length > 0 && !(isObj(p0) && typeof p0.pageNumber === 'number')) return 0;
    const modelish = typeof result.modelId === 'string' || typeof result.apiVersion === 'string';
    if (!modelish && !Array.isArray(result.paragraphs)) return 0;
    if (wrapped) return 0.95;
    return modelish ? 0.9 : 0.8;
  },
  read(input) {
    const builder = new DocumentBuilder('azure-di', input.path);
    for (const file of input.files) new AzureResult(file, builder).read();
    return builder.finish();
  },
};

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

class AzureResult {
  private readonly prefix: string;
  private readonly result: Obj;
  private readonly pages = new Map<number, PageInfo & { spans: Span[] }>();
  /** Per page: its text lines' span offsets and boxes (page units), for `hints.lastLineFill`. */
  private readonly lines = new Map<number, Array<{ offset: number; box: [number, number, number, number] }>>();
  private warnedNoSize = false;
  /** Paragraph index → the level of the section it opens (v4 `sections`). */
  private levels = new Map<number, number>();

  constructor(
    private readonly file: SourceFile,
    private readonly builder: DocumentBuilder,
  ) {
    const root = expectObject(file, '', file.json);
    if (root.analyzeResult !== undefined || typeof root.status === 'string') {
      if (!isObj(root.analyzeResult)) {
        const status = typeof root.status === 'string' ? ` (status "${root.status}")` : '';
        throw schemaError(
          file.path,
          '/analyzeResult',
          `the operation response has no analyzeResult${status}, found ${kindOf(root.analyzeResult)}`,
        );
      }
      this.prefix = '/analyzeResult';
      this.result = root.analyzeResult;
    } else {
      this.prefix = '';
      this.result = root;
    }
  }

  read(): void {
    this.readPages();
    const at = this.ref(`${this.prefix}/sections`);
    this.levels = sectionLevels(this.result.sections, (code, message) => this.builder.warn(code, message, at));
    const paragraphs = this.list('paragraphs').map((raw, i) => this.paragraph(raw, i));
    if (this.result.paragraphs === undefined) {
      this.builder.warn('azure-di.no-paragraphs', 'analyzeResult has no paragraphs (not a layout result?)');
    }
    const groups = [
      ...this.list('tables').map((raw, i) => this.group('table', raw, i)),
      ...this.list('figures').map((raw, i) => this.group('figure', raw, i)),
    ];
    const owner = this.assign(paragraphs, groups);
    const free = paragraphs.filter((p) => !owner.has(p));

    // Sort keys in paragraph-index space: a free paragraph at its index, a group at its first owned
    // paragraph or half a step before the first free paragraph following it.
    const items: Array<{ key: number; page: number; top: number; seq: number; emit: () => void }> = [];
    free.forEach((p, seq) => {
      items.push({ key: p.index, page: 0, top: 0, seq, emit: () => this.emitParagraph(p) });
    });
    groups.forEach((g, seq) => {
      const owned = g.parts.flatMap((part) => part.owned.map((p) => p.index));
      const first = g.parts.find((part) => part.region)?.region;
      const key = owned.length > 0 ? minOf(owned) : this.keyAfter(g, free, paragraphs.length);
      items.push({
        key,
        page: first?.page ?? 0,
        top: first?.bbox?.[1] ?? 0,
        seq: free.length + seq,
        emit: () => this.emitGroup(g),
      });
    });
    items.sort((a, b) => a.key - b.key || a.page - b.page || a.top - b.top || a.seq - b.seq);
    for (const item of items) item.emit();
  }

  private readPages(): void {
    this.list('pages').forEach((raw, i) => {
      const ptr = `${this.prefix}/pages/${i}`;
      const page = expectObject(this.file, ptr, raw);
      const n = expectPageIndex(this.file, `${ptr}/pageNumber`, page.pageNumber, 1);
      const info: PageInfo & { spans: Span[] } = { page: n, spans: this.spans(ptr, page) };
      if (page.width !== undefined && page.height !== undefined) {
        info.width = expectNumber(this.file, `${ptr}/width`, page.width);
        info.height = expectNumber(this.file, `${ptr}/height`, page.height);
        if (info.width <= 0 || info.height <= 0) {
          throw schemaError(this.file.path, ptr, `page size ${info.width} × ${info.height} is not positive`);
        }
      }
      if (page.unit === 'inch') info.unit = 'inch';
      else if (page.unit === 'pixel') info.unit = 'px';
      else if (page.unit !== undefined) {
        this.builder.warn('azure-di.unknown-unit', `unknown page unit ${JSON.stringify(page.unit)}`, this.ref(ptr));
      }
      this.pages.set(n, info);
      this.lines.set(n, this.pageLines(ptr, page));
      const { spans: _spans, ...declared } = info;
      this.builder.page(declared);
    });
  }

  private paragraph(raw: unknown, index: number): Paragraph {
    const ptr = `${this.prefix}/paragraphs/${index}`;
    const obj = expectObject(this.file, ptr, raw);
    checkFields(this.file, ptr, obj, { text: ['content', 'role'] });
    const spans = this.spans(ptr, obj);
    return { index, ptr, obj, spans, region: this.region(ptr, obj) };
  }

  private group(kind: FloatKind, raw: unknown, index: number): Group {
    const ptr = `${this.prefix}/${kind === 'table' ? 'tables' : 'figures'}/${index}`;
    const obj = expectObject(this.file, ptr, raw);
    const part = (role: Part['role'], at: string, o: Obj): Part => {
      checkFields(this.file, at, o, { text: ['content'] });
      return partOf(role, at, o);
    };
    const partOf = (role: Part['role'], at: string, o: Obj): Part => ({
      role,
      ptr: at,
      obj: o,
      region: this.region(at, o),
      spans: this.spans(at, o),
      owned: [],
    });
    const parts = [part('body', ptr, obj)];
    if (obj.caption !== undefined && obj.caption !== null) {
      parts.push(part('caption', `${ptr}/caption`, expectObject(this.file, `${ptr}/caption`, obj.caption)));
    }
    if (obj.footnotes !== undefined && obj.footnotes !== null) {
      expectArray(this.file, `${ptr}/footnotes`, obj.footnotes).forEach((f, j) => {
        const at = `${ptr}/footnotes/${j}`;
        parts.push(part('footnote', at, expectObject(this.file, at, f)));
      });
    }
    return { kind, ptr, obj, parts };
  }

  /** Paragraph → the table/figure part it belongs to (elements, then spans, then regions). */
  private assign(paragraphs: Paragraph[], groups: Group[]): Map<Paragraph, Part> {
    const owner = new Map<Paragraph, Part>();
    const take = (p: Paragraph | undefined, part: Part) => {
      if (!p || owner.has(p)) return;
      owner.set(p, part);
      part.owned.push(p);
    };
    // Captions and footnotes before bodies: a float's spans and box may cover its caption.
    const parts = groups.flatMap((g) => g.parts).sort((a, b) => rank(a) - rank(b));
    for (const part of parts) {
      for (const el of this.elementsOf(part)) {
        const m = /^\/paragraphs\/(\d+)$/.exec(el);
        if (m) take(paragraphs[Number(m[1])], part);
      }
    }
    for (const p of paragraphs) {
      if (owner.has(p)) continue;
      for (const part of parts) {
        if (p.spans.length > 0 && part.spans.length > 0) {
          if (
            p.spans.every((s) =>
              part.spans.some((t) => s.offset >= t.offset && s.offset + s.length <= t.offset + t.length),
            )
          ) {
            take(p, part);
            break;
          }
        } else if (p.region?.bbox && part.region?.bbox && p.region.page === part.region.page) {
          const box = p.region.bbox;
          const areaOf = Math.max(1e-9, (box[2] - box[0]) * (box[3] - box[1]));
          if (intersectionArea(box, part.region.bbox) >= INSIDE * areaOf) {
            take(p, part);
            break;
          }
        }
      }
    }
    for (const part of parts) part.owned.sort((a, b) => a.index - b.index);
    return owner;
  }

  /** The v4 `elements` pointers of a part (for a table body: those of its cells). */
  private elementsOf(part: Part): string[] {
    const out: string[] = [];
    const collect = (at: string, o: Obj) => {
      if (o.elements === undefined || o.elements === null) return;
      for (const e of expectArray(this.file, `${at}/elements`, o.elements)) if (typeof e === 'string') out.push(e);
    };
    collect(part.ptr, part.obj);
    if (part.role === 'body' && Array.isArray(part.obj.cells)) {
      part.obj.cells.forEach((c, i) => {
        if (isObj(c)) collect(`${part.ptr}/cells/${i}`, c);
      });
    }
    return out;
  }

  /** Key for a group that owns no paragraph: just before the first free paragraph after it. */
  private keyAfter(g: Group, free: Paragraph[], count: number): number {
    const body = g.parts[0];
    const offset = body.spans.length > 0 ? minOf(body.spans.map((s) => s.offset)) : undefined;
    let next: Paragraph | undefined;
    if (offset !== undefined && free.every((p) => p.spans.length > 0)) {
      next = free.find((p) => p.spans[0].offset >= offset);
    } else if (body.region) {
      const { page, bbox } = body.region;
      const top = bbox?.[1] ?? 0;
      next = free.find(
        (p) => p.region && (p.region.page > page || (p.region.page === page && (p.region.bbox?.[1] ?? 0) >= top)),
      );
    }
    return (next ? next.index : count) - 0.5;
  }

  private emitParagraph(p: Paragraph): void {
    const text = str(p.obj.content);
    const role = str(p.obj.role);
    const page = this.pageOf(p.ptr, p.region, p.spans);
    if (text.trim() === '') {
      this.builder.drop(this.file, p.ptr, 'azure-di.empty', 'paragraph with no text', { page });
      return;
    }
    let type: BlockType = ROLE_TYPES[role] ?? 'text';
    if ((role === 'pageHeader' || role === 'pageFooter') && looksLikePageNumber(text)) type = 'page_number';
    if (role === '' && LIST_MARK.test(text)) type = 'list_item';
    if (role !== '' && !(role in ROLE_TYPES)) {
      this.builder.warn('azure-di.unknown-role', `unknown paragraph role "${role}"; read as text`, this.ref(p.ptr));
    }
    const hints: ElementHints = role === 'title' ? { documentTitle: true } : {};
    const level = this.levels.get(p.index);
    if (level !== undefined && (role === 'title' || role === 'sectionHeading')) hints.level = level;
    const inParagraph = (offset: number) => p.spans.some((s) => offset >= s.offset && offset < s.offset + s.length);
    Object.assign(
      hints,
      lineShape((this.lines.get(page) ?? []).filter((l) => inParagraph(l.offset)).map((l) => l.box)),
    );
    this.add({
      pointer: p.ptr,
      page,
      type,
      sourceType: role || 'paragraph',
      text,
      bbox: p.region?.bbox ?? null,
      hints,
    });
  }

  private emitGroup(g: Group): void {
    const parts = [...g.parts];
    const boxed = parts.every((p) => p.region?.bbox);
    const fallback = (p: Part) =>
      p.role === 'footnote' ? 2 : p.role === 'caption' ? (g.kind === 'table' ? 0 : 1.5) : 1;
    parts.sort((a, b) =>
      boxed
        ? (a.region?.page ?? 0) - (b.region?.page ?? 0) || (a.region?.bbox?.[1] ?? 0) - (b.region?.bbox?.[1] ?? 0)
        : fallback(a) - fallback(b),
    );
    const floatRef = this.ref(g.ptr);
    for (const part of parts) {
      const page = this.pageOf(part.ptr, part.region, part.spans);
      const bbox = part.region?.bbox ?? null;
      if (part.role === 'body') {
        if ((part.region ? this.regionsOf(part.ptr, part.obj).size : 0) > 1) {
          this.builder.warn(
            'azure-di.multi-page',
            `${g.kind} spans several pages; read at its first region's page and box`,
            floatRef,
          );
        }
        if (g.kind === 'table') {
          const cells = this.cells(g);
          this.add({
            pointer: g.ptr,
            page,
            type: 'table',
            sourceType: 'table',
            text: gridToText(cells),
            html: gridToHtml(cells),
            bbox,
          });
        } else {
          const text = part.owned.map((p) => str(p.obj.content)).join('\n');
          this.add({ pointer: g.ptr, page, type: 'image', sourceType: 'figure', text, bbox });
        }
        continue;
      }
      const text = str(part.obj.content);
      const kind = g.kind === 'table' ? 'table' : 'image';
      if (text.trim() === '') {
        this.builder.drop(this.file, part.ptr, 'azure-di.empty', `${g.kind} ${part.role} with no text`, { page });
        continue;
      }
      this.add({
        pointer: part.ptr,
        page,
        type: part.role === 'caption' ? `${kind}_caption` : `${kind}_footnote`,
        sourceType: part.role,
        text,
        bbox,
        hints: { captionOf: floatRef },
      });
    }
  }

  private cells(g: Group): GridCell[] {
    const list = expectArray(this.file, `${g.ptr}/cells`, g.obj.cells);
    return list.map((raw, i) => {
      const at = `${g.ptr}/cells/${i}`;
      const c = expectObject(this.file, at, raw);
      checkFields(this.file, at, c, { text: ['content', 'kind'] });
      const span = (key: string) =>
        c[key] === undefined ? 1 : Math.max(1, expectCellIndex(this.file, `${at}/${key}`, c[key]));
      return {
        row: expectCellIndex(this.file, `${at}/rowIndex`, c.rowIndex),
        col: expectCellIndex(this.file, `${at}/columnIndex`, c.columnIndex),
        rowSpan: span('rowSpan'),
        colSpan: span('columnSpan'),
        text: str(c.content),
        header: HEADER_KINDS.has(str(c.kind)),
      };
    });
  }

  private add(el: Omit<NewElement, 'file'>): void {
    this.builder.add({ file: this.file, ...el });
  }

  /** Page and box of the first bounding region, or null when there is none. */
  private region(ptr: string, obj: Obj): Region | null {
    if (obj.boundingRegions === undefined || obj.boundingRegions === null) return null;
    const regions = expectArray(this.file, `${ptr}/boundingRegions`, obj.boundingRegions);
    if (regions.length === 0) return null;
    const at = `${ptr}/boundingRegions/0`;
    const r = expectObject(this.file, at, regions[0]);
    const page = expectNumber(this.file, `${at}/pageNumber`, r.pageNumber);
    const info = this.pages.get(page);
    if (!info) throw schemaError(this.file.path, `${at}/pageNumber`, `no page ${page} in pages`);
    if (r.polygon === undefined || r.polygon === null) return { page, bbox: null };
    const polygon = expectNumbers(this.file, `${at}/polygon`, r.polygon);
    if (info.width === undefined || info.height === undefined) {
      if (!this.warnedNoSize) {
        this.builder.warn('azure-di.no-page-size', `page ${page} has no width/height; boxes left out`, this.ref(at));
        this.warnedNoSize = true;
      }
      return { page, bbox: null };
    }
    return { page, bbox: polygonBox(polygon, info.width, info.height) };
  }

  /** Distinct pages of an object's bounding regions. */
  private regionsOf(ptr: string, obj: Obj): Set<number> {
    const regions = expectArray(this.file, `${ptr}/boundingRegions`, obj.boundingRegions);
    return new Set(
      regions.map((r, i) => expectNumber(this.file, `${ptr}/boundingRegions/${i}/pageNumber`, (r as Obj)?.pageNumber)),
    );
  }

  /** A page's lines with a polygon and a span: where each starts in the content, and its box. */
  private pageLines(ptr: string, page: Obj): Array<{ offset: number; box: [number, number, number, number] }> {
    if (!Array.isArray(page.lines)) return [];
    const out: Array<{ offset: number; box: [number, number, number, number] }> = [];
    page.lines.forEach((raw, i) => {
      const line = expectObject(this.file, `${ptr}/lines/${i}`, raw);
      const spans = this.spans(`${ptr}/lines/${i}`, line);
      if (spans.length === 0 || !Array.isArray(line.polygon)) return;
      const xy = expectNumbers(this.file, `${ptr}/lines/${i}/polygon`, line.polygon);
      const xs = xy.filter((_, k) => k % 2 === 0);
      const ys = xy.filter((_, k) => k % 2 === 1);
      out.push({ offset: spans[0].offset, box: [minOf(xs), minOf(ys), maxOf(xs), maxOf(ys)] });
    });
    return out;
  }

  private spans(ptr: string, obj: Obj): Span[] {
    if (obj.spans === undefined || obj.spans === null) return [];
    return expectArray(this.file, `${ptr}/spans`, obj.spans).map((raw, i) => {
      const s = expectObject(this.file, `${ptr}/spans/${i}`, raw);
      return {
        offset: expectNumber(this.file, `${ptr}/spans/${i}/offset`, s.offset),
        length: expectNumber(this.file, `${ptr}/spans/${i}/length`, s.length),
      };
    });
  }

  /** The region's page, else the page whose spans hold the first span, else page 1 (with a warning). */
  private pageOf(ptr: string, region: Region | null, spans: Span[]): number {
    if (region) return region.page;
    const offset = spans[0]?.offset;
    if (offset !== undefined) {
      for (const info of this.pages.values()) {
        if (info.spans.some((s) => offset >= s.offset && offset < s.offset + s.length)) return info.page;
      }
    }
    const first = minOf(this.pages.keys());
    this.builder.warn('azure-di.no-page', 'no bounding region or page span locates this object', this.ref(ptr));
    return Number.isFinite(first) ? first : 1;
  }

  private list(key: string): unknown[] {
    const v = this.result[key];
    if (v === undefined || v === null) return [];
    return expectArray(this.file, `${this.prefix}/${key}`, v);
  }

  private ref(ptr: string): string {
    return makeRef(this.file.name, ptr);
  }
}

function rank(p: Part): number {
  return p.role === 'body' ? 1 : 0;
}
