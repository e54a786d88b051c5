// Docling: a DoclingDocument JSON (schema 1.10 as Docling 2.x writes it; compare ../shared/samples/docling/).
// Items in `texts`/`tables`/`pictures`, reached from `body.children` in reading order; consecutive list items in
// a `list` group; page headers/footers in the body with `content_layer: "furniture"` (as in the 2206.01062
// sample); a caption a float took is a child of the float and listed in its `captions`; boxes `{l,t,r,b}` in
// points, BOTTOMLEFT. Section headers carry Docling's `level` (mostly 1 for all, habits.ts `levels`). Tables as
// `data.table_cells` (cell boxes split evenly over the table box), `num_rows`, `num_cols`.
import type { VElem, VPage } from '../habits.js';
import { floatsOnPage, type Placed, splitMarker, tableRows } from './common.js';

type Item = Record<string, unknown>;

const ref = (r: string) => ({ $ref: `#${r}` });

function prov(v: VElem, pageNo: number, height: number, text: string) {
  const [x0, y0, x1, y1] = v.elem.bbox;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return [
    {
      page_no: pageNo,
      bbox: { l: r2(x0), t: r2(height - y0), r: r2(x1), b: r2(height - y1), coord_origin: 'BOTTOMLEFT' },
      charspan: [0, text.length],
    },
  ];
}

function label(v: VElem): string {
  switch (v.as) {
    case 'heading':
      return v.elem.isTitle ? 'title' : 'section_header';
    case 'item':
      return 'list_item';
    case 'code':
      return 'code';
    case 'footnote':
      return 'footnote';
    case 'caption':
      return 'caption';
    case 'header':
      return 'page_header';
    case 'footer':
    case 'page_number':
      return v.elem.top ? 'page_header' : 'page_footer';
    default:
      return v.elem.role === 'equation' ? 'formula' : 'text';
  }
}

function tableData(v: VElem) {
  const rows = tableRows(v.elem);
  const nCols = Math.max(1, ...rows.map((r) => r.cells.length));
  const [x0, y0, x1, y1] = v.elem.bbox;
  const h = (y1 - y0) / Math.max(1, rows.length);
  const w = (x1 - x0) / nCols;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const cells = rows.flatMap((r, i) =>
    r.cells.map((text, j) => ({
      bbox: {
        l: r2(x0 + j * w),
        t: r2(y0 + i * h),
        r: r2(x0 + (j + 1) * w),
        b: r2(y0 + (i + 1) * h),
        coord_origin: 'TOPLEFT',
      },
      row_span: 1,
      col_span: 1,
      start_row_offset_idx: i,
      end_row_offset_idx: i + 1,
      start_col_offset_idx: j,
      end_col_offset_idx: j + 1,
      text,
      column_header: r.head,
      row_header: false,
      row_section: false,
      fillable: false,
    })),
  );
  return { table_cells: cells, num_rows: rows.length, num_cols: nCols };
}

interface State {
  texts: Item[];
  tables: Item[];
  pictures: Item[];
  groups: Item[];
  body: { $ref: string }[];
  placed: Placed[];
  /** the open list group (consecutive list items, across pages) */
  list: Item | null;
}

function addFloat(st: State, v: VElem, pageNo: number, height: number): Item {
  const table = v.elem.kind === 'table';
  const arr = table ? st.tables : st.pictures;
  const self = `/${table ? 'tables' : 'pictures'}/${arr.length}`;
  const item: Item = {
    self_ref: `#${self}`,
    parent: ref('/body'),
    children: [],
    content_layer: 'body',
    label: table ? 'table' : 'picture',
    prov: prov(v, pageNo, height, ''),
    captions: [],
    references: [],
    footnotes: [],
    ...(table ? { data: tableData(v) } : { annotations: [] }),
  };
  arr.push(item);
  st.body.push(ref(self));
  st.placed.push({ elem: v.elem, ref: self });
  st.list = null;
  return item;
}

function textItem(v: VElem, self: string, pageNo: number, height: number, level: number | undefined): Item {
  const lab = label(v);
  const m = splitMarker(v.elem.text);
  const text = lab === 'list_item' ? m.body : v.elem.text;
  const item: Item = {
    self_ref: `#${self}`,
    parent: ref('/body'),
    children: [],
    content_layer: lab === 'page_header' || lab === 'page_footer' ? 'furniture' : 'body',
    label: lab,
    prov: prov(v, pageNo, height, text),
    orig: text,
    text,
  };
  if (lab === 'section_header') item.level = level ?? 1;
  if (lab === 'code') item.code_language = 'unknown';
  if (lab === 'list_item') {
    item.enumerated = m.enumerated;
    item.marker = m.marker || '-';
  }
  return item;
}

/** A text item into the body, or into the open list group. */
function addToBody(st: State, item: Item, self: string) {
  if (item.label !== 'list_item') {
    if (item.content_layer === 'body') st.list = null;
    st.body.push(ref(self));
    return;
  }
  if (!st.list) {
    st.list = {
      self_ref: `#/groups/${st.groups.length}`,
      parent: ref('/body'),
      children: [],
      content_layer: 'body',
      name: 'list',
      label: 'list',
    };
    st.groups.push(st.list);
    st.body.push(ref(`/groups/${st.groups.length - 1}`));
  }
  item.parent = ref(String(st.list.self_ref).slice(1));
  (st.list.children as unknown[]).push(ref(self));
}

function addPage(st: State, page: VPage, pageNo: number, levels: Map<VElem, number>) {
  const floats = floatsOnPage(page.elems);
  const floatItem = new Map<VElem, Item>();
  const pendingCaps: [VElem, Item, string][] = [];
  for (const v of page.elems) {
    if (v.elem.kind === 'table' || v.elem.kind === 'image') {
      floatItem.set(v, addFloat(st, v, pageNo, page.height));
      continue;
    }
    const self = `/texts/${st.texts.length}`;
    const item = textItem(v, self, pageNo, page.height, levels.get(v));
    st.texts.push(item);
    st.placed.push({ elem: v.elem, ref: self });
    const host = v.attach !== undefined ? floats.get(v.attach) : undefined;
    if (v.as === 'caption' && host) pendingCaps.push([host, item, self]);
    else addToBody(st, item, self);
  }
  // captions the parser tied to a float on this page: children of the float, listed in its captions
  for (const [host, item, self] of pendingCaps) {
    const fi = floatItem.get(host) as Item;
    item.parent = ref(String(fi.self_ref).slice(1));
    (fi.children as unknown[]).push(ref(self));
    (fi.captions as unknown[]).push(ref(self));
  }
}

export function emitDocling(docId: string, pages: VPage[], levels: Map<VElem, number>) {
  const st: State = { texts: [], tables: [], pictures: [], groups: [], body: [], placed: [], list: null };
  for (const [pi, page] of pages.entries()) addPage(st, page, pi + 1, levels);
  const root = (name: string, children: unknown[]) => ({
    self_ref: `#/${name}`,
    children,
    content_layer: name,
    name: '_root_',
    label: 'unspecified',
  });
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const input = {
    schema_name: 'DoclingDocument',
    version: '1.10.0',
    name: docId,
    origin: { mimetype: 'application/pdf', binary_hash: 0, filename: `${docId}.pdf` },
    furniture: root('furniture', []),
    body: root('body', st.body),
    groups: st.groups,
    texts: st.texts,
    pictures: st.pictures,
    tables: st.tables,
    key_value_items: [],
    form_items: [],
    pages: Object.fromEntries(
      pages.map((p, i) => [String(i + 1), { size: { width: r2(p.width), height: r2(p.height) }, page_no: i + 1 }]),
    ),
  };
  return { input, placed: st.placed };
}
