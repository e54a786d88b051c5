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

export function emitDocling(docId: string, pages: VPage[], levels: Map<VElem, number>) {
  const texts: Item[] = [];
  const tables: Item[] = [];
  const pictures: Item[] = [];
  const groups: Item[] = [];
  const body: { $ref: string }[] = [];
  const placed: Placed[] = [];
  let list: Item | null = null;
  pages.forEach((page, pi) => {
    const pageNo = pi + 1;
    const floats = floatsOnPage(page.elems);
    const floatItem = new Map<VElem, Item>();
    const pendingCaps: [VElem, string][] = [];
    for (const v of page.elems) {
      const e = v.elem;
      if (e.kind === 'table' || e.kind === 'image') {
        const arr = e.kind === 'table' ? tables : pictures;
        const self = `/${e.kind === 'table' ? 'tables' : 'pictures'}/${arr.length}`;
        const item: Item = {
          self_ref: `#${self}`,
          parent: ref('/body'),
          children: [],
          content_layer: 'body',
          label: e.kind === 'table' ? 'table' : 'picture',
          prov: prov(v, pageNo, page.height, ''),
          captions: [],
          references: [],
          footnotes: [],
          ...(e.kind === 'table' ? { data: tableData(v) } : { annotations: [] }),
        };
        arr.push(item);
        floatItem.set(v, item);
        body.push(ref(self));
        placed.push({ elem: e, ref: self });
        list = null;
        continue;
      }
      const text = v.as === 'item' ? splitMarker(e.text).body : e.text;
      const self = `/texts/${texts.length}`;
      const lab = label(v);
      const item: Item = {
        self_ref: `#${self}`,
        parent: ref('/body'),
        children: [],
        content_layer: lab === 'page_header' || lab === 'page_footer' ? 'furniture' : 'body',
        label: lab,
        prov: prov(v, pageNo, page.height, text),
        orig: text,
        text,
      };
      if (lab === 'section_header') item.level = levels.get(v) ?? 1;
      if (lab === 'code') item.code_language = 'unknown';
      if (lab === 'list_item') {
        const m = splitMarker(e.text);
        item.enumerated = m.enumerated;
        item.marker = m.marker || '-';
      }
      texts.push(item);
      placed.push({ elem: e, ref: self });
      const host = v.attach !== undefined ? floats.get(v.attach) : undefined;
      if (v.as === 'caption' && host) {
        pendingCaps.push([host, self]);
        continue;
      }
      if (lab === 'list_item') {
        if (!list) {
          list = {
            self_ref: `#/groups/${groups.length}`,
            parent: ref('/body'),
            children: [],
            content_layer: 'body',
            name: 'list',
            label: 'list',
          };
          groups.push(list);
          body.push(ref(`/groups/${groups.length - 1}`));
        }
        item.parent = ref(String(list.self_ref).slice(1));
        (list.children as unknown[]).push(ref(self));
        continue;
      }
      if (item.content_layer === 'body') list = null;
      body.push(ref(self));
    }
    for (const [host, self] of pendingCaps) {
      const fi = floatItem.get(host) as Item;
      const t = texts[Number(self.split('/')[2])];
      t.parent = ref(String(fi.self_ref).slice(1));
      (fi.children as unknown[]).push(ref(self));
      (fi.captions as unknown[]).push(ref(self));
    }
  });
  const input = {
    schema_name: 'DoclingDocument',
    version: '1.10.0',
    name: docId,
    origin: { mimetype: 'application/pdf', binary_hash: 0, filename: `${docId}.pdf` },
    furniture: {
      self_ref: '#/furniture',
      children: [],
      content_layer: 'furniture',
      name: '_root_',
      label: 'unspecified',
    },
    body: { self_ref: '#/body', children: body, content_layer: 'body', name: '_root_', label: 'unspecified' },
    groups,
    texts,
    pictures,
    tables,
    key_value_items: [],
    form_items: [],
    pages: Object.fromEntries(
      pages.map((p, i) => [
        String(i + 1),
        { size: { width: Math.round(p.width * 100) / 100, height: Math.round(p.height * 100) / 100 }, page_no: i + 1 },
      ]),
    ),
  };
  return { input, placed };
}
