// AWS Textract GetDocumentAnalysis with FeatureTypes LAYOUT and TABLES, the pages of one job concatenated into one
// `{DocumentMetadata: {Pages}, JobStatus, Blocks}` (compare ../shared/samples/textract/: AnalyzeDocument of one
// page). Per page, in the order Textract returns them: the PAGE block, its LINE blocks (one per printed line, with
// their own boxes: the adapter's line evidence), the TABLE blocks with their CELLs (cell text as WORD children) and
// TABLE_TITLE, then the LAYOUT blocks in reading order. Boxes are 0–1 of the page (`Geometry.BoundingBox` and
// `Polygon`), every block has `Page` (1-based) and a `Confidence`.
// Layout types: LAYOUT_TITLE (the document's title), LAYOUT_SECTION_HEADER (every other heading, no level),
// LAYOUT_TEXT (paragraphs, captions, footnotes, formulas), LAYOUT_LIST holding one LAYOUT_TEXT per item (the run
// of consecutive items), LAYOUT_TABLE, LAYOUT_FIGURE (no text), LAYOUT_HEADER / LAYOUT_FOOTER / LAYOUT_PAGE_NUMBER.
// Textract has no caption type. Its habits, one choice per document: a short caption typed LAYOUT_SECTION_HEADER
// (the sample's "Table 1"; in the gold it stays the float's caption), and whether a table's caption on its page is
// also given as the TABLE's TABLE_TITLE (the adapter drops it as a duplicate of the layout block over it).
// Refs `/Blocks/<i>` of the layout block (a list item: its LAYOUT_TEXT).
import type { PElem } from '../build.js';
import type { VElem, VPage } from '../habits.js';
import type { Rng } from '../rng.js';
import { hexId, type Placed, tableCells } from './common.js';

type Box = [number, number, number, number];
type Obj = Record<string, unknown>;

/** A short caption (the label and a few words) is what Textract's layout model takes for a section header. */
const SHORT_CAPTION = 60;

function layoutType(v: VElem, captionAsHeader: boolean): string {
  switch (v.as) {
    case 'heading':
      return v.elem.isTitle ? 'LAYOUT_TITLE' : 'LAYOUT_SECTION_HEADER';
    case 'caption':
      return captionAsHeader && v.elem.text.length <= SHORT_CAPTION ? 'LAYOUT_SECTION_HEADER' : 'LAYOUT_TEXT';
    case 'table':
      return 'LAYOUT_TABLE';
    case 'image':
      return 'LAYOUT_FIGURE';
    case 'header':
      return 'LAYOUT_HEADER';
    case 'footer':
      return v.elem.top ? 'LAYOUT_HEADER' : 'LAYOUT_FOOTER';
    case 'page_number':
      return 'LAYOUT_PAGE_NUMBER';
    default:
      return 'LAYOUT_TEXT';
  }
}

/** Builds the Blocks array of one job: ids, geometry, confidences. */
class Blocks {
  readonly list: Obj[] = [];
  private n = 0;

  constructor(
    private readonly docId: string,
    private readonly rng: Rng,
  ) {}

  id(): string {
    const h = hexId(`${this.docId}/textract/${this.n++}`);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  }

  confidence(): number {
    return Math.round((60 + 40 * this.rng.next()) * 1e4) / 1e4;
  }

  /** Append a block; returns its index in the array (its ref). */
  add(block: Obj): number {
    this.list.push(block);
    return this.list.length - 1;
  }
}

function geometry(b: Box, page: VPage): Obj {
  const [x0, y0, x1, y1] = [b[0] / page.width, b[1] / page.height, b[2] / page.width, b[3] / page.height];
  const r = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1e6) / 1e6;
  return {
    BoundingBox: { Width: r(x1 - x0), Height: r(y1 - y0), Left: r(x0), Top: r(y0) },
    Polygon: [
      { X: r(x0), Y: r(y0) },
      { X: r(x1), Y: r(y0) },
      { X: r(x1), Y: r(y1) },
      { X: r(x0), Y: r(y1) },
    ],
  };
}

const children = (ids: string[]) => (ids.length ? { Relationships: [{ Type: 'CHILD', Ids: ids }] } : {});

/** The LINE blocks of an element (its printed lines, or one line over its box); their ids. */
function lineBlocks(out: Blocks, v: VElem, page: VPage, pageNo: number): string[] {
  const e = v.elem;
  const lines = e.lines?.length ? e.lines : [{ bbox: e.bbox, text: e.text.replace(/\s*\n\s*/g, ' ') }];
  return lines
    .filter((l) => l.text.trim() !== '')
    .map((l) => {
      const id = out.id();
      out.add({
        BlockType: 'LINE',
        Confidence: out.confidence(),
        Text: l.text.trim(),
        Geometry: geometry(l.bbox, page),
        Id: id,
        Page: pageNo,
      });
      return id;
    });
}

/** A TABLE with its CELLs (cell text as one WORD each: the adapter reads a cell's words), rows split evenly. */
function tableBlock(out: Blocks, e: PElem, page: VPage, pageNo: number, title?: string): string {
  const rows = tableCells(e);
  const cellIds: string[] = [];
  const cells: Obj[] = [];
  rows.forEach((r, ri) => {
    r.cells.forEach((text, ci) => {
      const box = r.boxes[ci];
      const wordIds: string[] = [];
      if (text.trim()) {
        const wid = out.id();
        wordIds.push(wid);
        cells.push({
          BlockType: 'WORD',
          Confidence: out.confidence(),
          Text: text.trim(),
          TextType: 'PRINTED',
          Geometry: geometry(box, page),
          Id: wid,
          Page: pageNo,
        });
      }
      const id = out.id();
      cellIds.push(id);
      cells.push({
        BlockType: 'CELL',
        Confidence: out.confidence(),
        RowIndex: ri + 1,
        ColumnIndex: ci + 1,
        RowSpan: 1,
        ColumnSpan: 1,
        Geometry: geometry(box, page),
        Id: id,
        ...children(wordIds),
        ...(r.head ? { EntityTypes: ['COLUMN_HEADER'] } : {}),
        Page: pageNo,
      });
    });
  });
  const id = out.id();
  const rel: Obj[] = [{ Type: 'CHILD', Ids: cellIds }];
  if (title) rel.push({ Type: 'TABLE_TITLE', Ids: [title] });
  out.add({
    BlockType: 'TABLE',
    Confidence: out.confidence(),
    Geometry: geometry(e.bbox, page),
    Id: id,
    Relationships: rel,
    EntityTypes: ['STRUCTURED_TABLE'],
    Page: pageNo,
  });
  for (const c of cells) out.add(c);
  return id;
}

export interface Choice {
  captionAsHeader: boolean;
  tableTitles: boolean;
}

/** One page: PAGE, LINEs, TABLEs, then the layout blocks; the placed elements in reading order. */
function writePage(out: Blocks, page: VPage, pageNo: number, choice: Choice, placed: Placed[]) {
  const pageIdx = out.add({
    BlockType: 'PAGE',
    Geometry: geometry([0, 0, page.width, page.height], page),
    Id: out.id(),
    Page: pageNo,
  });
  const lineIds = page.elems.map((v) => (v.as === 'table' || v.as === 'image' ? [] : lineBlocks(out, v, page, pageNo)));
  // A table's caption on its page (the parser's tie, `attach`) as its TABLE_TITLE: a block over the caption's box.
  const titleOf = new Map<string, string>();
  if (choice.tableTitles) {
    for (const v of page.elems) {
      if (v.as !== 'caption' || !v.attach || titleOf.has(v.attach)) continue;
      const id = out.id();
      out.add({
        BlockType: 'TABLE_TITLE',
        Confidence: out.confidence(),
        Geometry: geometry(v.elem.bbox, page),
        Id: id,
        Page: pageNo,
      });
      titleOf.set(v.attach, id);
    }
  }
  for (const v of page.elems) {
    if (v.as === 'table')
      tableBlock(out, v.elem, page, pageNo, v.elem.blockId ? titleOf.get(v.elem.blockId) : undefined);
  }
  const layoutIds: string[] = [];
  for (let i = 0; i < page.elems.length; i++) {
    const v = page.elems[i];
    if (v.as === 'item') {
      let j = i;
      while (j < page.elems.length && page.elems[j].as === 'item') j++;
      const run = page.elems.slice(i, j);
      const itemIds = run.map(() => out.id());
      const box: Box = [
        Math.min(...run.map((x) => x.elem.bbox[0])),
        Math.min(...run.map((x) => x.elem.bbox[1])),
        Math.max(...run.map((x) => x.elem.bbox[2])),
        Math.max(...run.map((x) => x.elem.bbox[3])),
      ];
      const listId = out.id();
      layoutIds.push(listId);
      out.add({
        BlockType: 'LAYOUT_LIST',
        Confidence: out.confidence(),
        Geometry: geometry(box, page),
        Id: listId,
        ...children(itemIds),
        Page: pageNo,
      });
      run.forEach((x, k) => {
        const at = out.add({
          BlockType: 'LAYOUT_TEXT',
          Confidence: out.confidence(),
          Geometry: geometry(x.elem.bbox, page),
          Id: itemIds[k],
          ...children(lineIds[i + k]),
          Page: pageNo,
        });
        placed.push({ elem: x.elem, ref: `/Blocks/${at}` });
      });
      i = j - 1;
      continue;
    }
    const id = out.id();
    layoutIds.push(id);
    const kids = v.as === 'table' ? [] : lineIds[i];
    const at = out.add({
      BlockType: layoutType(v, choice.captionAsHeader),
      Confidence: out.confidence(),
      Geometry: geometry(v.elem.bbox, page),
      Id: id,
      ...children(kids),
      Page: pageNo,
    });
    placed.push({ elem: v.elem, ref: `/Blocks/${at}` });
  }
  const pageBlock = out.list[pageIdx];
  Object.assign(pageBlock, children([...lineIds.flat(), ...layoutIds]));
}

export function emitTextract(docId: string, pages: VPage[], rng: Rng, force?: Choice) {
  const choice: Choice = force ?? { captionAsHeader: rng.chance(0.4), tableTitles: rng.chance(0.5) };
  const out = new Blocks(docId, rng);
  const placed: Placed[] = [];
  pages.forEach((page, pi) => {
    writePage(out, page, pi + 1, choice, placed);
  });
  const input = {
    DocumentMetadata: { Pages: pages.length },
    JobStatus: 'SUCCEEDED',
    Blocks: out.list,
    AnalyzeDocumentModelVersion: '1.0',
  };
  const variant = `${choice.captionAsHeader ? 'short captions as section headers' : 'captions as text'}; ${choice.tableTitles ? 'TABLE_TITLE' : 'no TABLE_TITLE'}`;
  return { input, placed, variant };
}
