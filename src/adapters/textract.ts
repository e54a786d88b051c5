// AWS Textract AnalyzeDocument / GetDocumentAnalysis JSON with the LAYOUT feature: `{Blocks: [...]}`
// (or a list of such responses, or a folder of them, as the async API pages its output). Blocks link
// by `Relationships[{Type: CHILD, Ids}]`; `Page` is 1-based (absent in single-page sync responses → 1).
//
// Elements, in the order of the Blocks array (Textract returns LAYOUT blocks in reading order):
// - every LAYOUT_* block except LAYOUT_LIST (a container: its LAYOUT_TEXT children are the elements,
//   as list_item); text = its child LINEs' text, joined as wrapped lines (a space, none between CJK characters,
//   a line-final hyphen dropped) unless the author broke a text block's lines (a program: breaks kept); their
//   boxes give `hints.lastLineFill` and `firstLineIndent`.
// - a LAYOUT_TABLE takes its content from the TABLE block overlapping it most (cells → html with
//   row/col spans, MERGED_CELL → one spanning cell, COLUMN_HEADER → <th>); that TABLE's TABLE_TITLE and
//   TABLE_FOOTER blocks become table_caption / table_footnote elements just before / after it, unless a
//   LAYOUT block already covers them (then they are dropped as duplicates of that block).
// - a TABLE no LAYOUT_TABLE matches becomes a table element at the end of its page, unless LAYOUT blocks
//   already cover it (dropped as a duplicate).
// - a response with no LAYOUT block at all (AnalyzeDocument without LAYOUT): each LINE outside tables
//   becomes a text element and each TABLE a table element (with a warning).
// Silently absorbed (documented here): PAGE (declares the page), LINE and WORD blocks that make up an
// element's text, CELL/MERGED_CELL blocks of a table (and the SELECTION_ELEMENTs in its cells, read as
// "[x]"/"[ ]"), LAYOUT_LIST; the parts of a TABLE or TABLE_TITLE dropped as a whole go with it.
// Dropped with a reason: LINEs outside every LAYOUT block, KEY_VALUE_SET and SELECTION_ELEMENT (form
// annotations over words already read through LINEs), QUERY and QUERY_RESULT (FeatureTypes QUERIES: a
// question asked of the document and its answer, key/value extractions and not body text; the text kept
// in the drop is the question or the answer), SIGNATURE and unknown blocks, empty layout blocks.
// Geometry may be absent (QUERY blocks never have it, QUERY_RESULT not always): such a block is read as
// usual when no box is needed (PAGE, WORD, CELL, a LINE inside a layout block, a table's title/footer); a
// LAYOUT block, TABLE or free LINE without one has no place on the page and is dropped with its words
// (`textract.no-geometry`, with a warning). A Geometry that is present but malformed is a schema error. Ref = `/Blocks/12` (`/0/Blocks/12` for a list; `file.json#/Blocks/12` in a folder).
//
// Boxes: `Geometry.BoundingBox {Left, Top, Width, Height}` is already 0–1 of the page, origin top-left.
//
// Labels: LAYOUT_TITLE/LAYOUT_SECTION_HEADER → title; LAYOUT_TEXT/LAYOUT_KEY_VALUE → text (list_item
// inside a LAYOUT_LIST); LAYOUT_TABLE → table; LAYOUT_FIGURE → image; LAYOUT_HEADER → header;
// LAYOUT_FOOTER → footer; LAYOUT_PAGE_NUMBER → page_number. Confidence/100 → hints.score.
import { LIMITS } from '../io/limits.js';
import type { SourceFile } from '../io/load.js';
import type { BBox, BlockType, ElementHints } from '../model/element.js';
import { schemaError } from '../model/errors.js';
import { makeRef } from '../model/pointer.js';
import {
  checkFields,
  DocumentBuilder,
  expectArray,
  expectNumber,
  expectObject,
  expectPageIndex,
  expectText,
  type NewElement,
  str,
} from './builder.js';
import {
  area,
  type GridCell,
  gridToHtml,
  gridToText,
  intersectionArea,
  joinLines,
  lineShape,
  linesBrokenByAuthor,
} from './layout-helpers.js';
import type { Adapter } from './types.js';

type Obj = Record<string, unknown>;

const LAYOUT_TYPES: Record<string, BlockType> = {
  LAYOUT_TITLE: 'title',
  LAYOUT_SECTION_HEADER: 'title',
  LAYOUT_TEXT: 'text',
  LAYOUT_KEY_VALUE: 'text',
  LAYOUT_TABLE: 'table',
  LAYOUT_FIGURE: 'image',
  LAYOUT_HEADER: 'header',
  LAYOUT_FOOTER: 'footer',
  LAYOUT_PAGE_NUMBER: 'page_number',
};
const FORM_TYPES = new Set(['KEY_VALUE_SET', 'SELECTION_ELEMENT']);
/** Running lines: their lines are one line of text, never an author's breaks. */
const FURNITURE = new Set<BlockType>(['header', 'footer', 'page_number']);
/** Overlap (share of the smaller box) from which two blocks are taken to be the same region. */
const SAME_REGION = 0.5;

/** One block with where it lives. */
interface Block {
  file: SourceFile;
  ptr: string;
  obj: Obj;
  type: string;
  page: number;
  /** Null when the block has no Geometry. */
  bbox: BBox | null;
}

/** A block known to have a box. */
type PlacedBlock = Block & { bbox: BBox };
const placed = (b: Block): b is PlacedBlock => b.bbox !== null;

/** One response (a `{Blocks}` object) and its pointer prefix inside its file. */
interface Response {
  file: SourceFile;
  prefix: string;
  value: unknown;
}

export const textract: Adapter = {
  name: 'textract',
  description: 'AWS Textract AnalyzeDocument JSON with LAYOUT blocks (one response, a list of them, or a folder)',
  detect(input) {
    const first = input.files[0]?.json;
    const response = Array.isArray(first) ? first[0] : first;
    if (response === null || typeof response !== 'object' || Array.isArray(response)) return 0;
    const blocks = (response as Obj).Blocks;
    if (!Array.isArray(blocks)) return 0;
    const b0 = blocks[0] as Obj | undefined;
    if (blocks.length > 0 && (typeof b0 !== 'object' || b0 === null || typeof b0.BlockType !== 'string')) return 0;
    return Array.isArray(first) ? 0.9 : 0.95;
  },
  read(input) {
    const responses: Response[] = input.files.flatMap((file) =>
      Array.isArray(file.json)
        ? file.json.map((value, i) => ({ file, prefix: `/${i}`, value }))
        : [{ file, prefix: '', value: file.json }],
    );
    const builder = new DocumentBuilder('textract', input.path);
    const blocks = responses.flatMap((r) => readBlocks(r, builder));
    const byId = new Map<string, Block>();
    for (const b of blocks) {
      const id = str(b.obj.Id);
      const twin = byId.get(id);
      if (twin) throw schemaError(b.file.path, `${b.ptr}/Id`, `Id ${JSON.stringify(id)} is also the Id of ${twin.ptr}`);
      if (id) byId.set(id, b);
    }
    const doc = new TextractDoc(builder, blocks, byId);
    if (blocks.some((b) => b.type.startsWith('LAYOUT_'))) doc.readLayout();
    else doc.readWithoutLayout();
    return builder.finish();
  },
};

function readBlocks(r: Response, builder: DocumentBuilder): Block[] {
  const response = expectObject(r.file, r.prefix, r.value);
  const list = expectArray(r.file, `${r.prefix}/Blocks`, response.Blocks);
  return list.map((raw, i) => {
    const ptr = `${r.prefix}/Blocks/${i}`;
    const obj = expectObject(r.file, ptr, raw);
    checkFields(r.file, ptr, obj, { text: ['Id', 'BlockType', 'Text', 'TextType'] });
    const page = obj.Page === undefined ? 1 : expectPageIndex(r.file, `${ptr}/Page`, obj.Page, 1);
    const type = str(obj.BlockType);
    if (type === '') throw schemaError(r.file.path, `${ptr}/BlockType`, 'block has no BlockType');
    if (type === 'PAGE') builder.page({ page, width: 1, height: 1, unit: 'normalized' });
    return { file: r.file, ptr, obj, type, page, bbox: boxOf(r.file, ptr, obj) };
  });
}

/** Share of `b`'s area that layout blocks on its page cover (layout blocks hardly overlap each other). */
function coveredShare(b: PlacedBlock, layout: PlacedBlock[]): number {
  let covered = 0;
  for (const l of layout) if (l.page === b.page) covered += intersectionArea(l.bbox, b.bbox);
  return Math.min(1, covered / Math.max(1e-9, area(b.bbox)));
}

function boxOf(file: SourceFile, ptr: string, obj: Obj): BBox | null {
  if (obj.Geometry === undefined || obj.Geometry === null) return null;
  const at = `${ptr}/Geometry/BoundingBox`;
  const geometry = expectObject(file, `${ptr}/Geometry`, obj.Geometry);
  const box = expectObject(file, at, geometry.BoundingBox);
  const [left, top, width, height] = (['Left', 'Top', 'Width', 'Height'] as const).map((k) =>
    expectNumber(file, `${at}/${k}`, box[k]),
  );
  return [left, top, left + width, top + height];
}

class TextractDoc {
  /** Blocks read into an element (or dropped): never reported again. */
  private readonly used = new Set<Block>();

  constructor(
    private readonly builder: DocumentBuilder,
    private readonly blocks: Block[],
    private readonly byId: Map<string, Block>,
  ) {}

  readLayout(): void {
    const listItems = new Set<Block>();
    for (const b of this.blocks) if (b.type === 'LAYOUT_LIST') for (const c of this.related(b)) listItems.add(c);
    const layout = this.blocks.filter((b) => b.type in LAYOUT_TYPES).filter(placed);
    const tables = this.blocks.filter((b) => b.type === 'TABLE').filter(placed);
    const tableOf = this.matchTables(layout, tables);

    const perPage = new Map<number, NewElement[]>();
    const push = (el: NewElement | null) => {
      if (!el) return;
      if (!perPage.has(el.page)) perPage.set(el.page, []);
      perPage.get(el.page)?.push(el);
    };
    for (const b of layout) {
      const table = tableOf.get(b);
      if (table) {
        for (const t of this.related(table, 'TABLE_TITLE')) push(this.tableNote(t, layout));
        push(this.tableElement(b, table));
        for (const t of this.related(table, 'TABLE_FOOTER')) push(this.tableNote(t, layout));
      } else {
        push(this.layoutElement(b, listItems.has(b) ? 'list_item' : LAYOUT_TYPES[b.type]));
      }
    }
    for (const t of tables) {
      if (this.used.has(t)) continue;
      if (coveredShare(t, layout) >= SAME_REGION) {
        for (const note of [...this.related(t, 'TABLE_TITLE'), ...this.related(t, 'TABLE_FOOTER')]) {
          push(this.tableNote(note, layout));
        }
        this.dropAll(
          t,
          'textract.table-covered',
          'TABLE with no matching LAYOUT_TABLE; layout blocks already hold its words',
        );
      } else {
        this.builder.warn(
          'textract.table-without-layout',
          'TABLE has no LAYOUT_TABLE; put at the end of its page',
          this.ref(t),
        );
        push(this.tableElement(t, t));
      }
    }
    for (const page of [...perPage.keys()].sort((a, b) => a - b))
      for (const el of perPage.get(page) ?? []) this.builder.add(el);
    this.dropRest();
  }

  /** No LAYOUT blocks: LINEs outside tables are text elements, TABLEs are table elements, by position in the array. */
  readWithoutLayout(): void {
    this.builder.warn(
      'textract.no-layout',
      'no LAYOUT blocks (run AnalyzeDocument with LAYOUT); reading LINE and TABLE blocks',
    );
    const tables = this.blocks.filter((b) => b.type === 'TABLE').filter(placed);
    for (const b of this.blocks) {
      if (!placed(b)) continue; // left for dropRest
      if (b.type === 'TABLE') {
        const el = this.tableElement(b, b);
        if (el) this.builder.add(el);
      } else if (b.type === 'LINE' && !this.used.has(b)) {
        const inTable = tables.some(
          (t) => t.page === b.page && intersectionArea(t.bbox, b.bbox) >= SAME_REGION * area(b.bbox),
        );
        if (inTable) continue; // left for dropRest: its words are in the table's cells
        const el = this.layoutElement(b, 'text', str(b.obj.Text));
        if (el) this.builder.add(el);
      }
    }
    this.dropRest();
  }

  /** Each LAYOUT_TABLE → the unused TABLE on its page that overlaps it most (share of the smaller box). */
  private matchTables(layout: PlacedBlock[], tables: PlacedBlock[]): Map<Block, PlacedBlock> {
    const out = new Map<Block, PlacedBlock>();
    const taken = new Set<Block>();
    for (const l of layout.filter((b) => b.type === 'LAYOUT_TABLE')) {
      let best: PlacedBlock | undefined;
      let bestShare = SAME_REGION;
      for (const t of tables) {
        if (taken.has(t) || t.page !== l.page) continue;
        const share = intersectionArea(l.bbox, t.bbox) / Math.max(1e-9, Math.min(area(l.bbox), area(t.bbox)));
        if (share >= bestShare) {
          best = t;
          bestShare = share;
        }
      }
      if (best) {
        out.set(l, best);
        taken.add(best);
      }
    }
    return out;
  }

  private layoutElement(b: Block, type: BlockType, ownText?: string): NewElement | null {
    this.used.add(b);
    const lines = this.related(b).filter((c) => c.type === 'LINE' || c.type === 'WORD');
    for (const l of lines) this.absorb(l);
    const text = ownText ?? this.linesText(lines, type);
    if (text.trim() === '' && type !== 'image' && type !== 'table') {
      this.builder.drop(b.file, b.ptr, 'textract.empty', `${b.type} with no text`, { page: b.page });
      return null;
    }
    const element = this.element(b, type, text);
    const lineBoxes = lines
      .filter(placed)
      .filter((l) => l.type === 'LINE')
      .map((l) => l.bbox);
    element.hints = { ...element.hints, ...lineShape(lineBoxes) };
    return element;
  }

  /**
   * The text of a layout block's lines: wrapped lines joined as a typesetter wraps them (a space, none between CJK
   * characters, a line-final hyphen dropped), as the other parsers give a block's text. A text block whose author
   * broke its lines (a program, an address: ./layout-helpers.ts) keeps its breaks; a title or running line never
   * does ("Chapter 2" over "1.6.2. The Unstable Status" is one heading).
   */
  private linesText(lines: Block[], type: BlockType): string {
    const texts = lines.map((l) => str(l.obj.Text));
    const boxes = lines.filter(placed).map((l) => l.bbox);
    const keepBreaks = type !== 'title' && !FURNITURE.has(type) && boxes.length === lines.length;
    return keepBreaks && linesBrokenByAuthor(boxes) ? texts.join('\n') : joinLines(texts);
  }

  /** A table element at `layoutBlock`'s place with `table`'s cells (the same block when there is no layout). */
  private tableElement(layoutBlock: PlacedBlock, table: PlacedBlock): NewElement {
    this.used.add(layoutBlock);
    this.used.add(table);
    const cells = this.tableCells(table);
    // Lines of the layout region that lie outside the TABLE's box keep their text around the cells.
    const above: string[] = [];
    const below: string[] = [];
    for (const l of this.related(layoutBlock)) {
      if (l.type !== 'LINE') continue;
      this.absorb(l);
      if (!placed(l)) continue; // no place to tell: taken to be inside the table, as its words are in the cells
      const [x, y] = [(l.bbox[0] + l.bbox[2]) / 2, (l.bbox[1] + l.bbox[3]) / 2];
      const t = table.bbox;
      if (x >= t[0] && x <= t[2] && y >= t[1] && y <= t[3]) continue;
      (y < t[1] ? above : below).push(str(l.obj.Text));
    }
    if (above.length + below.length > 0) {
      this.builder.warn(
        'textract.table-partial',
        `TABLE ${this.ref(table)} covers only part of this LAYOUT_TABLE; lines outside it kept as text`,
        this.ref(layoutBlock),
      );
    }
    const text = [...above, gridToText(cells), ...below].filter(Boolean).join('\n');
    return { ...this.element(layoutBlock, 'table', text), html: gridToHtml(cells) };
  }

  /** A TABLE_TITLE/TABLE_FOOTER: an element, or dropped when a layout block already covers it. */
  private tableNote(note: Block, layout: PlacedBlock[]): NewElement | null {
    const cover = placed(note) ? this.coveredBy(note, layout) : undefined;
    if (cover) {
      this.dropAll(note, 'textract.duplicate-of-layout', `${note.type} duplicates layout block ${this.ref(cover)}`);
      return null;
    }
    const words = this.related(note).filter((c) => c.type === 'WORD');
    for (const w of words) this.absorb(w);
    this.used.add(note);
    const type = note.type === 'TABLE_TITLE' ? 'table_caption' : 'table_footnote';
    return this.element(note, type, words.map((w) => str(w.obj.Text)).join(' '));
  }

  private element(b: Block, type: BlockType, text: string): NewElement {
    const hints: ElementHints = {};
    if (typeof b.obj.Confidence === 'number') hints.score = b.obj.Confidence / 100;
    if (b.type === 'LAYOUT_TITLE') hints.documentTitle = true;
    return { file: b.file, pointer: b.ptr, page: b.page, type, sourceType: b.type, text, bbox: b.bbox, hints };
  }

  /** Cells of a TABLE at 0-based anchors; a MERGED_CELL replaces the cells it covers. */
  private tableCells(table: Block): GridCell[] {
    const cells = this.related(table).filter((c) => c.type === 'CELL');
    const merged = this.related(table, 'MERGED_CELL');
    const inMerge = new Map<Block, Block>();
    for (const m of merged) for (const c of this.related(m)) inMerge.set(c, m);
    const out: Array<GridCell & { source: Block }> = [];
    for (const c of cells) {
      this.absorb(c);
      const m = inMerge.get(c);
      if (m && out.some((o) => o.source === m)) continue;
      const anchor = m ?? c;
      this.absorb(anchor);
      const parts = m ? this.related(m).filter((x) => x.type === 'CELL') : [c];
      out.push({
        source: anchor,
        row: this.index(anchor, 'RowIndex') - 1,
        col: this.index(anchor, 'ColumnIndex') - 1,
        rowSpan: Math.max(1, this.index(anchor, 'RowSpan', 1)),
        colSpan: Math.max(1, this.index(anchor, 'ColumnSpan', 1)),
        text: parts
          .map((p) => this.cellText(p))
          .filter(Boolean)
          .join(' '),
        header: Array.isArray(anchor.obj.EntityTypes) && anchor.obj.EntityTypes.includes('COLUMN_HEADER'),
      });
    }
    return out.map(({ source: _source, ...cell }) => cell);
  }

  private cellText(cell: Block): string {
    const parts: string[] = [];
    for (const w of this.related(cell)) {
      this.absorb(w);
      if (w.type === 'WORD') parts.push(str(w.obj.Text));
      else if (w.type === 'SELECTION_ELEMENT') parts.push(w.obj.SelectionStatus === 'SELECTED' ? '[x]' : '[ ]');
    }
    return parts.join(' ');
  }

  private index(b: Block, key: string, fallback?: number): number {
    if (b.obj[key] === undefined && fallback !== undefined) return fallback;
    const n = expectNumber(b.file, `${b.ptr}/${key}`, b.obj[key]);
    // 1-based; out of range, a cell would vanish from the grid or make it absurdly large.
    if (!Number.isInteger(n) || n < 1 || n > LIMITS.maxTableIndex) {
      throw schemaError(
        b.file.path,
        `${b.ptr}/${key}`,
        `${key} ${n} is not a whole number from 1 to ${LIMITS.maxTableIndex}`,
      );
    }
    return n;
  }

  /** Blocks linked from `b` by relationships of `type` (CHILD by default); unknown ids are a schema error. */
  private related(b: Block, type = 'CHILD'): Block[] {
    if (b.obj.Relationships === undefined || b.obj.Relationships === null) return [];
    const rels = expectArray(b.file, `${b.ptr}/Relationships`, b.obj.Relationships);
    const out: Block[] = [];
    rels.forEach((raw, i) => {
      const rel = expectObject(b.file, `${b.ptr}/Relationships/${i}`, raw);
      if (rel.Type !== type) return;
      expectArray(b.file, `${b.ptr}/Relationships/${i}/Ids`, rel.Ids).forEach((id, k) => {
        const target = this.byId.get(expectText(b.file, `${b.ptr}/Relationships/${i}/Ids/${k}`, id));
        if (!target) {
          throw schemaError(
            b.file.path,
            `${b.ptr}/Relationships/${i}/Ids/${k}`,
            `no block has Id ${JSON.stringify(id)}`,
          );
        }
        out.push(target);
      });
    });
    return out;
  }

  /** The first text-bearing LAYOUT block (not a LAYOUT_TABLE) covering most of `b`, if any. */
  private coveredBy(b: PlacedBlock, layout: PlacedBlock[]): Block | undefined {
    return layout.find(
      (l) =>
        l.type !== 'LAYOUT_TABLE' &&
        l.page === b.page &&
        intersectionArea(l.bbox, b.bbox) >= SAME_REGION * Math.max(1e-9, area(b.bbox)),
    );
  }

  private absorb(b: Block): void {
    this.used.add(b);
  }

  /** Drop a block together with its word/cell descendants (so they are not reported one by one). */
  private dropAll(b: Block, rule: string, reason: string): void {
    const words: string[] = [];
    const visit = (x: Block) => {
      this.used.add(x);
      if (x.type === 'WORD') words.push(str(x.obj.Text));
      for (const c of this.related(x)) if (!this.used.has(c)) visit(c);
      for (const c of this.related(x, 'MERGED_CELL')) if (!this.used.has(c)) visit(c);
    };
    visit(b);
    this.builder.drop(b.file, b.ptr, rule, reason, { page: b.page, text: words.join(' ') });
  }

  /** Every block not read into an element: dropped with a reason, except the documented absorbed kinds. */
  private dropRest(): void {
    // First the blocks that needed a box and had none, each with its lines and words.
    const unplaced = this.blocks.filter(
      (b) => !this.used.has(b) && !placed(b) && (b.type in LAYOUT_TYPES || b.type === 'TABLE' || b.type === 'LINE'),
    );
    for (const b of unplaced) {
      if (!this.used.has(b)) this.dropAll(b, 'textract.no-geometry', `${b.type} has no Geometry: no place on the page`);
    }
    if (unplaced.length > 0) {
      this.builder.warn(
        'textract.no-geometry',
        `${unplaced.length} LAYOUT/TABLE/LINE block(s) without Geometry dropped (see sourceDropped)`,
        this.ref(unplaced[0]),
      );
    }
    const queryOf = new Map<Block, Block>();
    for (const q of this.blocks) if (q.type === 'QUERY') for (const r of this.related(q, 'ANSWER')) queryOf.set(r, q);
    for (const b of this.blocks) {
      if (this.used.has(b)) continue;
      if (b.type === 'PAGE' || b.type === 'LAYOUT_LIST') continue;
      if (b.type === 'WORD' && this.isInsideLine(b)) continue; // shares its LINE's fate
      const text = str(b.obj.Text);
      const extra = { page: b.page, ...(text ? { text } : {}) };
      if (b.type === 'QUERY') {
        const question = this.queryText(b);
        this.builder.drop(
          b.file,
          b.ptr,
          'textract.query',
          `QUERY${question ? ` "${question}"` : ''}: a question asked of the document (FeatureTypes QUERIES), not its text`,
          { page: b.page, ...(question ? { text: question } : {}) },
        );
      } else if (b.type === 'QUERY_RESULT') {
        const query = queryOf.get(b);
        const of = query ? ` to QUERY ${this.ref(query)} "${this.queryText(query)}"` : '';
        this.builder.drop(
          b.file,
          b.ptr,
          'textract.query-result',
          `QUERY_RESULT: the answer${of}, a key/value extraction, not body text`,
          extra,
        );
      } else if (FORM_TYPES.has(b.type)) {
        this.builder.drop(
          b.file,
          b.ptr,
          'textract.form-annotation',
          `${b.type}: form annotation over words already read`,
          extra,
        );
      } else if (b.type === 'LINE') {
        this.builder.drop(b.file, b.ptr, 'textract.line-outside-layout', 'LINE outside every layout block', extra);
      } else if (b.type === 'WORD') {
        this.builder.drop(b.file, b.ptr, 'textract.word-outside-line', 'WORD not part of any element', extra);
      } else if (
        b.type === 'CELL' ||
        b.type === 'MERGED_CELL' ||
        b.type === 'TABLE_TITLE' ||
        b.type === 'TABLE_FOOTER'
      ) {
        this.builder.drop(b.file, b.ptr, 'textract.orphan-table-part', `${b.type} of no table read`, extra);
      } else {
        this.builder.drop(b.file, b.ptr, 'textract.unsupported', `${b.type} blocks are not read`, extra);
      }
    }
  }

  /** `Query.Text` of a QUERY block ('' when absent; a non-string is a schema error). */
  private queryText(q: Block): string {
    if (q.obj.Query === undefined || q.obj.Query === null) return '';
    const query = expectObject(q.file, `${q.ptr}/Query`, q.obj.Query);
    return expectText(q.file, `${q.ptr}/Query/Text`, query.Text);
  }

  private wordsOfLines: Set<Block> | undefined;

  /** True when the word belongs to a LINE (read into an element, or dropped with its words as text). */
  private isInsideLine(word: Block): boolean {
    if (!this.wordsOfLines) {
      this.wordsOfLines = new Set();
      for (const b of this.blocks) if (b.type === 'LINE') for (const w of this.related(b)) this.wordsOfLines.add(w);
    }
    return this.wordsOfLines.has(word);
  }

  private ref(b: Block): string {
    return makeRef(b.file.name, b.ptr);
  }
}
